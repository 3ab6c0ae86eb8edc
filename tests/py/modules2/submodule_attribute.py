import _shapes
print(hasattr(_shapes, "circle"), hasattr(_shapes, "base"))
from _shapes import circle
print(hasattr(_shapes, "circle"), _shapes.circle is circle)
import _shapes.util
print(_shapes.util.PI)
