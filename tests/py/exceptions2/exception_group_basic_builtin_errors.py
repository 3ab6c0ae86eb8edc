cases = [
    lambda: [1][5],
    lambda: {"a": 1}["b"],
    lambda: int("x1"),
    lambda: None.attr,
    lambda: 1 + "a",
    lambda: undefined_name,
    lambda: (1).__foo__,
    lambda: [].pop(),
    lambda: {}.popitem(),
    lambda: "abc".index("z"),
    lambda: float("nan?"),
    lambda: [1, 2].remove(3),
    lambda: tuple()[0],
    lambda: 2 ** -1 % 0,
    lambda: chr(-1),
]
for c in cases:
    try:
        c()
    except Exception as e:
        print(type(e).__name__ + ":", e)
