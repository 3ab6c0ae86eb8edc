class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__("not found: %s" % key)
        self.key = key
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
print(NotFound.__mro__[1].__name__, issubclass(NotFound, Exception))
print(repr(AppError("a", 2)))
