from ...base import Shape
from ... import VERSION
from .. import LEVEL
from . import parent_level
print("init leaf", __name__, __package__)
def Leaf():
    return Shape("Leaf", 0)
INFO = (VERSION, LEVEL, parent_level)
