def check(x):
    assert x > 0, "x must be positive, got %d" % x
    assert isinstance(x, int), x
    return x
for v in [1, -1]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert [], ["list", "msg"]
except AssertionError as e:
    print(e.args)
try:
    assert 0
except AssertionError as e:
    print(repr(e), e.args)
