def check(v):
    if v < 0:
        raise ValueError(f"negative value: {v}")
    return v

check(5)
check(-2)
