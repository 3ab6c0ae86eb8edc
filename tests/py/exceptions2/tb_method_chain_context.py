class Store:
    def __init__(self):
        self.data = {}
    def get(self, key):
        try:
            return self.data[key]
        except KeyError:
            return self.fallback(key)
    def fallback(self, key):
        return int(key)
Store().get("not-a-number")
