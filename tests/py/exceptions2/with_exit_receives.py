class Recorder:
    def __init__(self, suppress):
        self.suppress = suppress
        self.seen = None
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type, exc)
        return self.suppress
r = Recorder(True)
with r:
    raise ValueError("inner")
print(r.seen[0].__name__, r.seen[1], isinstance(r.seen[1], ValueError))
r = Recorder(False)
try:
    with r:
        raise KeyError("k")
except KeyError as e:
    print("propagated", e is r.seen[1])
r = Recorder(1)
with r:
    1 / 0
print("truthy suppress", r.seen[0].__name__)
r = Recorder(None)
with r:
    pass
print(r.seen)
