for fn in [lambda: {}["k"], lambda: [][0], lambda: 1 // 0, lambda: 2.0 ** 10000, lambda: open("_nope_zz_missing"), lambda: int("x")]:
    try:
        fn()
    except LookupError as e:
        print("LookupError <-", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError <-", type(e).__name__)
    except OSError as e:
        print("OSError <-", type(e).__name__)
    except Exception as e:
        print("Exception <-", type(e).__name__)
print([c.__name__ for c in KeyError.__mro__], [c.__name__ for c in FileNotFoundError.__mro__])
