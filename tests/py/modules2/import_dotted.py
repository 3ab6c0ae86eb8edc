import sys
import _shapes.deep.deeper.leaf
print(_shapes.VERSION, _shapes.deep.LEVEL)
print(_shapes.deep.deeper.leaf.INFO)
print(_shapes.deep.deeper.leaf.Leaf())
print([m for m in ["_shapes", "_shapes.base", "_shapes.deep", "_shapes.deep.deeper", "_shapes.deep.deeper.leaf", "_shapes.circle"] if m in sys.modules])
print(_shapes.deep.deeper.leaf.__name__, _shapes.deep.deeper.__package__)
