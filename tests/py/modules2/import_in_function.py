def use():
    import _counted
    from _star_all import alpha
    return _counted.bump() + alpha
print(use(), use())
print("_counted" in globals())
try:
    import json_not_real_module_abc as j
except ImportError:
    j = None
print(j)
