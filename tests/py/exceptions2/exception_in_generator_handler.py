def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("gen finally")
for x in gen():
    print(x)
    break
print("after loop")
