from _shapes.deep.deeper import leaf
import _shapes.circle
print(leaf.INFO)
print(_shapes.circle.area(2), _shapes.circle.Circle(1))
print(leaf.Shape is _shapes.Shape is _shapes.base.Shape)
