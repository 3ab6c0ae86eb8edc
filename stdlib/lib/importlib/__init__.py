"""importlib: the import system's programmatic interface.

gilpy's import system has no finders, loaders or specs (see
runtime/import.cpp), so this package is a thin layer over __import__ and
sys.modules; reload re-runs a module's source natively through _imp.
"""
import sys
import _imp

__all__ = ["import_module", "reload", "invalidate_caches"]


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Import a module; a relative name ('.mod') is resolved against package."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative "
                "import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
    name = name[level:]
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        name = _resolve_name(name, package, level)
    if not name:
        raise ValueError("Empty module name")
    __import__(name)
    return sys.modules[name]


def reload(module):
    """Re-execute module's source in its existing namespace and return it."""
    return _imp.reload(module)


def invalidate_caches():
    """Nothing to invalidate: module lookups are not cached between imports."""
