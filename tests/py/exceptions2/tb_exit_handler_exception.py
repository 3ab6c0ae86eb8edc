class Closer:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise OSError("close failed")
with Closer():
    x = 1 / 0
