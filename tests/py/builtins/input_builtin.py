name = input("Name? ")
print("Hello,", name)
n = int(input())
print(n * 2)
try:
    input()
except EOFError as e:
    print("EOFError:", e)
