import sys
try:
    import _no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    import _shapes.nope
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, "| name:", e.name)
try:
    from _shapes import nope
except ImportError as e:
    print(type(e).__name__ + ":", e, "| name:", e.name)
try:
    import _counted.sub
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
print(issubclass(ModuleNotFoundError, ImportError))
try:
    import _broken
except ImportError as e:
    print(type(e).__name__, e)
print("_broken" in sys.modules)
