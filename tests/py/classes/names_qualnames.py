class Outer:
    class Inner:
        def method(self): pass
    def meth(self):
        class Local: pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.meth.__qualname__)
L = Outer().meth()
print(L.__name__, L.__qualname__)
def f():
    def g(): pass
    return g
print(f().__qualname__, f.__module__)
print(repr(Outer).replace("__main__", "M"))
