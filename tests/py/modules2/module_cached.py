import sys
import _counted
import _counted
import _counted as again
from _counted import bump
print(_counted is again, sys.modules["_counted"] is _counted)
print(bump(), bump(), _counted.loads)
del sys.modules["_counted"]
import _counted as fresh
print(fresh is again, fresh.loads, again.loads)
