class EventBus:
    def __init__(self):
        self._handlers = {}
    def on(self, event, handler=None):
        if handler is None:
            def deco(fn):
                self.on(event, fn)
                return fn
            return deco
        self._handlers.setdefault(event, []).append(handler)
        return handler
    def off(self, event, handler):
        self._handlers[event].remove(handler)
    def emit(self, event, *args, **kw):
        results = []
        for h in list(self._handlers.get(event, [])):
            try:
                results.append(h(*args, **kw))
            except Exception as e:
                results.append("%s failed: %s" % (getattr(h, "__name__", "handler"), e))
        return results
bus = EventBus()
log = []
@bus.on("login")
def greet(user):
    return "welcome " + user
@bus.on("login")
def audit(user):
    log.append(("login", user))
    return "audited"
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, *a, **kw):
        self.n += 1
        return self.n
counter = Counter()
bus.on("login", counter)
bus.on("logout", lambda user, reason="bye": "%s left (%s)" % (user, reason))
def broken(user):
    raise RuntimeError("oops " + user)
bus.on("login", broken)
print(bus.emit("login", "ann"))
print(bus.emit("logout", "ann", reason="timeout"))
bus.off("login", broken)
print(bus.emit("login", "bob"))
print(bus.emit("nothing"), counter.n, log)
