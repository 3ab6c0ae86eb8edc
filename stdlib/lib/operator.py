"""Operators as functions.

The functions and the itemgetter/attrgetter/methodcaller types are native
(_operator); this module re-exports them and adds the dunder aliases
(operator.__add__ is operator.add), as CPython's operator module does.
"""
from _operator import *

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

# Each dunder name is the function's name with any trailing underscore
# dropped: __and__ is and_, __not__ is not_. truth, the is_ pair, the
# getters and the sequence helpers have none.
_namespace = globals()
for _name in __all__:
    if _name in ('truth', 'is_', 'is_not', 'countOf', 'indexOf', 'length_hint',
                 'attrgetter', 'itemgetter', 'methodcaller'):
        continue
    _namespace['__' + _name.rstrip('_') + '__'] = _namespace[_name]
del _namespace, _name
