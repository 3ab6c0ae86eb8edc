def validate(x):
    assert x > 0, "x must be positive"

validate(1)
validate(-1)
