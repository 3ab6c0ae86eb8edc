import importlib
m = importlib.import_module("_shapes.util")
print(m.fmt(1.5))
import _shapes
print(importlib.import_module("_shapes") is _shapes)
r = importlib.import_module(".circle", "_shapes")
print(r.__name__)
