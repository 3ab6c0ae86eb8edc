class PrettyPrinter:
    def __init__(self, indent=2):
        self.indent = indent
    def fmt(self, obj, level=0):
        pad = " " * (self.indent * (level + 1))
        end = " " * (self.indent * level)
        if isinstance(obj, dict):
            if not obj:
                return "{}"
            parts = ["%s%s: %s" % (pad, self.fmt(k), self.fmt(v, level + 1)) for k, v in obj.items()]
            return "{\n" + ",\n".join(parts) + "\n" + end + "}"
        if isinstance(obj, (list, tuple)):
            if not obj:
                return "[]"
            if all(isinstance(x, (int, float, str, bool, type(None))) for x in obj) and len(obj) <= 4:
                return "[" + ", ".join(self.fmt(x) for x in obj) + "]"
            return "[\n" + ",\n".join(pad + self.fmt(x, level + 1) for x in obj) + "\n" + end + "]"
        if isinstance(obj, bool):
            return "true" if obj else "false"
        if obj is None:
            return "null"
        if isinstance(obj, str):
            out = '"'
            for ch in obj:
                out += {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\t": "\\t"}.get(ch, ch)
            return out + '"'
        if isinstance(obj, (int, float)):
            return repr(obj)
        raise TypeError("cannot serialise %s" % type(obj).__name__)
data = {
    "name": "gilpy",
    "version": [0, 1, 0],
    "tags": ["fast", "python", "c++", "gil", "threads"],
    "meta": {"stable": False, "score": 9.5, "owner": None, "notes": "line1\nline2 \"q\""},
    "empty": {},
    "list": [],
    "matrix": [[1, 2], [3, 4]],
}
pp = PrettyPrinter()
print(pp.fmt(data))
print(PrettyPrinter(4).fmt({"a": [1, {"b": True}]}))
try:
    pp.fmt({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
