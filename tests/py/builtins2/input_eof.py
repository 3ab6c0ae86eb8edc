def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(input())
print(input("prompt> "))
print(repr(input()))
try:
    input()
except EOFError as e:
    print("EOFError:", e)
t(lambda: input("a", "b"))
