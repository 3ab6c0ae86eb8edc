# isinstance/issubclass with user classes, tuples, builtins, errors.
class A: pass
class B(A): pass
class C: pass
class D(B, C): pass


objs = [A(), B(), C(), D()]
for o in objs:
    print(type(o).__name__, [isinstance(o, k) for k in (A, B, C, D, object)])
print(issubclass(D, (C, int)), issubclass(B, (C, int)), issubclass(bool, int))
print(isinstance(D(), (int, (str, C))))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(1, A)
except TypeError as e:
    print("TypeError:", e)


class MyList(list): pass
class MyErr(ValueError): pass


print(isinstance(MyList(), list), issubclass(MyErr, Exception), isinstance(MyErr(), LookupError))
print(type(MyList()) == list, type(MyList()) is MyList, isinstance(A, type))
print(D.__bases__, [k.__name__ for k in D.__mro__])
