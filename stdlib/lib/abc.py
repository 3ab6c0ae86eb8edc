"""Abstract base classes.

ABCMeta records on each class the names of its abstract methods (those
marked by @abstractmethod in its namespace, plus inherited ones it did not
override) in __abstractmethods__, and refuses to instantiate a class while
that set is non-empty. CPython does the refusal in object.__new__; here the
metaclass's __call__ does it, which only costs classes built by ABCMeta.
register() is not available yet: isinstance() does not consult the
metaclass's __instancecheck__, so virtual subclasses could not be honoured.
"""


def abstractmethod(funcobj):
    """Mark a method abstract: subclasses must override it to be instantiable."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    """Deprecated alias: use property with abstractmethod instead."""

    __isabstractmethod__ = True


def _is_abstract(value):
    if isinstance(value, property):
        # gilpy's property does not derive __isabstractmethod__ from its
        # accessors (CPython's does), so look at them here.
        for accessor in (value.fget, value.fset, value.fdel):
            if getattr(accessor, "__isabstractmethod__", False):
                return True
    return getattr(value, "__isabstractmethod__", False)


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items() if _is_abstract(value)}
        for base in bases:
            for key in getattr(base, "__abstractmethods__", ()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError(
                "Can't instantiate abstract class {} with abstract method{} {}".format(
                    cls.__name__, "s" if len(names) > 1 else "", ", ".join(names)
                )
            )
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        raise NotImplementedError(
            "ABCMeta.register: virtual subclasses need isinstance() and "
            "issubclass() to call __instancecheck__/__subclasscheck__"
        )


class ABC(metaclass=ABCMeta):
    """Helper base: subclassing ABC gives a class ABCMeta as metaclass."""

    __slots__ = ()

