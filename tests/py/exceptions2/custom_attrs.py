class HTTPError(Exception):
    def __init__(self, code, reason):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
    def __str__(self):
        return "%d %s" % (self.code, self.reason)
try:
    raise HTTPError(404, "Not Found")
except HTTPError as e:
    print(e, "|", e.code, e.reason, e.args, repr(e))
    print(str(e), type(e).__name__, isinstance(e, Exception))
