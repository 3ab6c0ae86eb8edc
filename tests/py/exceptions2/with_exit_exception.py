class Bad:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print("RuntimeError:", e, "context:", repr(e.__context__))
try:
    with Bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, e.__context__)
class BadEnter:
    def __enter__(self): raise OSError("enter")
    def __exit__(self, *a):
        print("never called")
try:
    with BadEnter():
        print("no body")
except OSError as e:
    print("OSError:", e)
