from _shapes.circle import Circle as C
import _shapes.util as u
from _shapes import util, Shape
print(C(1), u is util, u.fmt(2), callable(Shape))
print(C.__module__, Shape.__module__)
