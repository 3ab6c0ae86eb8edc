// The object protocols: what `a + b`, `a[i]`, `len(a)`, `a.x`, `f(x)` mean
// for any value. The eval loop and the builtins call these; each one
// dispatches through the type slots (type.h) with CPython's rules (reflected
// operands, NotImplemented, __eq__ fallback to identity, ...).
#pragma once

#include <string_view>

#include "runtime/type.h"

namespace gp {

Ref repr(Value v);
Ref str(Value v);
Ref ascii(Value v);
// format(v, spec): type(v).__format__(v, spec); spec is a str (may be empty).
Ref format(Value v, Value spec);
int64_t hash(Value v);  // -1 on error
int truthy(Value v);    // 1, 0, -1 on error

Ref getattr(Value obj, Value name);  // name is a str
Ref getattr(Value obj, std::string_view name);
// Like getattr but returns null without an exception when the attribute is
// missing (AttributeError cleared).
Ref getattr_opt(Value obj, Value name);
int setattr(Value obj, Value name, Value v);  // v null = delete
int hasattr(Value obj, Value name);           // 1, 0, -1

Ref generic_getattr(Value obj, Str* name);
int generic_setattr(Value obj, Str* name, Value v);
// The same with `dict` standing in for the instance dict (_thread._local
// keeps one per thread).
Ref generic_getattr_with_dict(Value obj, Str* name, Value dict);
int generic_setattr_with_dict(Value obj, Str* name, Value v, Value dict);
// Stores `name` (and `obj`, when non-null) as the .name/.obj attributes of
// the NameError or AttributeError just raised, as CPython 3.11 does, so the
// traceback printer can suggest a similar name. Call right after raising.
void err_add_name_context(Value name, Value obj = Value());

Ref call(Value f, const Value* args, size_t nargs, Value kwnames = Value());
Ref call0(Value f);
Ref call1(Value f, Value a);
Ref call2(Value f, Value a, Value b);
// f(*args_tuple, **kwargs_dict); kwargs may be null.
Ref call_tuple_dict(Value f, Value args_tuple, Value kwargs_dict);
// obj.name(args...)
Ref call_method(Value obj, std::string_view name, const Value* args, size_t nargs);

Ref binary_op(Value a, Value b, BinOp op);
Ref inplace_op(Value a, Value b, BinOp op);
Ref power(Value a, Value b, Value mod);  // mod may be None
Ref negative(Value v);
Ref positive(Value v);
Ref invert(Value v);
Ref absolute(Value v);
Ref compare(Value a, Value b, CompareOp op);
int compare_bool(Value a, Value b, CompareOp op);  // 1, 0, -1 on error
// a == b with the identity shortcut containers use (x is y implies equal).
int equal(Value a, Value b);

Ref get_iter(Value v);
// Next item; null + no exception when exhausted, null + exception on error.
Ref iter_next(Value it);

Ref getitem(Value obj, Value key);
int setitem(Value obj, Value key, Value v);
int delitem(Value obj, Value key);
ptrdiff_t length(Value v);                  // -1 on error
int contains(Value container, Value item);  // 1, 0, -1

bool isinstance_type(Value v, Type* t);
// isinstance(v, cls) / issubclass(cls, base) with tuples of classes.
int isinstance(Value v, Value cls);
int issubclass(Value cls, Value base);

// operator.index(v) as a C integer; raises TypeError, or `overflow_exc`
// (CPython: IndexError for subscripts, OverflowError for len()) when it does
// not fit.
bool index_ssize(Value v, ptrdiff_t* out, Type* overflow_exc);
bool index_ssize(Value v, ptrdiff_t* out);  // IndexError on overflow
Ref number_index(Value v);

}  // namespace gp
