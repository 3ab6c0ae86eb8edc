import os
import _shapes
import _shapes.util
print(_shapes.__name__, _shapes.__package__, _shapes.__doc__)
print(os.path.basename(_shapes.__file__), len(_shapes.__path__), os.path.basename(_shapes.__path__[0]))
print(_shapes.util.__name__, _shapes.util.__package__, os.path.basename(_shapes.util.__file__))
print(hasattr(_shapes.util, "__path__"), _shapes.util.__doc__)
print(type(_shapes).__name__, repr(_shapes.util).startswith("<module '_shapes.util' from "))
