class Spy:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback:" + name
s = Spy()
print(s.x, s.secret, s.missing)
