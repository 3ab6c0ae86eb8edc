import _counted
from _counted import loads
_counted.bump()
_counted.bump()
print(_counted.loads, loads)
_counted.loads = 100
import _counted as c2
print(c2.loads)
