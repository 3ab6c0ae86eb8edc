def documented(a, b=1):
    "A docstring."
    return a
print(documented.__name__, documented.__doc__, documented.__defaults__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, (lambda: 0).__name__)
print(callable(documented), callable(1), type(documented).__name__)
