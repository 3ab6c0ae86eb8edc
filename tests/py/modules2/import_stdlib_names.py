import math, sys, os
from math import sqrt as root, pi
import os.path
print(root(16), round(pi, 3), os.path is sys.modules["os.path"] or os.path.__name__)
print(type(math).__name__, math.__name__)
