// The `_operator` module: Python's operators as functions, plus the
// itemgetter, attrgetter and methodcaller callables. stdlib/lib/operator.py
// re-exports it and adds the dunder aliases (operator.__add__ ...), as
// CPython's operator.py does over its own _operator.
//
// Each function is a thin call into the object protocols of abstract.h, so
// operator.add(a, b) dispatches exactly like `a + b`. The function tables
// are X-macros: one line per operator gives its name and protocol call.
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

bool one_arg(const char* qualified, size_t nargs, Value kwnames) {
  return no_kwargs(qualified, kwnames) && check_nargs(qualified, nargs, 1, 1);
}
// Keyword arguments are refused in the module-qualified wording CPython
// uses ("_operator.add() takes no keyword arguments").
bool qualified_no_kwargs(const char* name, Value kwnames) {
  if (!kwnames || kwnames.as<Tuple>()->size == 0) return true;
  raise(&Exc_TypeError, "_operator.%s() takes no keyword arguments", name);
  return false;
}
bool two_args(const char* name, size_t nargs, Value kwnames) {
  return qualified_no_kwargs(name, kwnames) && check_nargs(name, nargs, 2, 2);
}

// Sequences (for concat): a __getitem__ that is not a mapping's.
bool is_sequence(Value v) {
  Type* t = type_of(v);
  return t->getitem && !(t->flags & kTpDictSubclass);
}

Ref seq_concat(Value a, Value b, bool inplace) {
  if (!is_sequence(a))
    return raise(&Exc_TypeError, "'%s' object can't be concatenated", type_name(a));
  return inplace ? inplace_op(a, b, BinOp::Add) : binary_op(a, b, BinOp::Add);
}

#define OP_BINARY(X)                              \
  X(add, binary_op(a, b, BinOp::Add))             \
  X(sub, binary_op(a, b, BinOp::Sub))             \
  X(mul, binary_op(a, b, BinOp::Mul))             \
  X(matmul, binary_op(a, b, BinOp::MatMul))       \
  X(truediv, binary_op(a, b, BinOp::TrueDiv))     \
  X(floordiv, binary_op(a, b, BinOp::FloorDiv))   \
  X(mod, binary_op(a, b, BinOp::Mod))             \
  X(pow, power(a, b, None()))                     \
  X(lshift, binary_op(a, b, BinOp::LShift))       \
  X(rshift, binary_op(a, b, BinOp::RShift))       \
  X(and_, binary_op(a, b, BinOp::And))            \
  X(or_, binary_op(a, b, BinOp::Or))              \
  X(xor, binary_op(a, b, BinOp::Xor))             \
  X(iadd, inplace_op(a, b, BinOp::Add))           \
  X(isub, inplace_op(a, b, BinOp::Sub))           \
  X(imul, inplace_op(a, b, BinOp::Mul))           \
  X(imatmul, inplace_op(a, b, BinOp::MatMul))     \
  X(itruediv, inplace_op(a, b, BinOp::TrueDiv))   \
  X(ifloordiv, inplace_op(a, b, BinOp::FloorDiv)) \
  X(imod, inplace_op(a, b, BinOp::Mod))           \
  X(ipow, inplace_op(a, b, BinOp::Pow))           \
  X(ilshift, inplace_op(a, b, BinOp::LShift))     \
  X(irshift, inplace_op(a, b, BinOp::RShift))     \
  X(iand, inplace_op(a, b, BinOp::And))           \
  X(ior, inplace_op(a, b, BinOp::Or))             \
  X(ixor, inplace_op(a, b, BinOp::Xor))           \
  X(concat, seq_concat(a, b, false))              \
  X(iconcat, seq_concat(a, b, true))              \
  X(lt, compare(a, b, CompareOp::Lt))             \
  X(le, compare(a, b, CompareOp::Le))             \
  X(eq, compare(a, b, CompareOp::Eq))             \
  X(ne, compare(a, b, CompareOp::Ne))             \
  X(gt, compare(a, b, CompareOp::Gt))             \
  X(ge, compare(a, b, CompareOp::Ge))             \
  X(is_, bool_ref(a.is(b)))                       \
  X(is_not, bool_ref(!a.is(b)))                   \
  X(getitem, getitem(a, b))                       \
  X(delitem, delitem(a, b) < 0 ? nullptr : none_ref())

#define OP_UNARY(X)    \
  X(neg, negative(a))  \
  X(pos, positive(a))  \
  X(abs, absolute(a))  \
  X(inv, invert(a))    \
  X(invert, invert(a)) \
  X(index, number_index(a))

#define DEFINE_BINARY(name, expr)                                        \
  Ref op_##name(Value, const Value* args, size_t nargs, Value kwnames) { \
    if (!two_args(#name, nargs, kwnames)) return nullptr;                \
    Value a = args[0], b = args[1];                                      \
    return expr;                                                         \
  }
#define DEFINE_UNARY(name, expr)                                         \
  Ref op_##name(Value, const Value* args, size_t nargs, Value kwnames) { \
    if (!one_arg("_operator." #name, nargs, kwnames)) return nullptr;    \
    Value a = args[0];                                                   \
    return expr;                                                         \
  }
OP_BINARY(DEFINE_BINARY)
OP_UNARY(DEFINE_UNARY)
#undef DEFINE_BINARY
#undef DEFINE_UNARY

Ref op_truth_or_not(const char* name, const Value* args, size_t nargs, Value kwnames, bool negate) {
  if (!one_arg(name, nargs, kwnames)) return nullptr;
  int t = truthy(args[0]);
  if (t < 0) return nullptr;
  return bool_ref(bool(t) != negate);
}
Ref op_truth(Value, const Value* args, size_t nargs, Value kwnames) {
  return op_truth_or_not("_operator.truth", args, nargs, kwnames, false);
}
Ref op_not_(Value, const Value* args, size_t nargs, Value kwnames) {
  return op_truth_or_not("_operator.not_", args, nargs, kwnames, true);
}

Ref op_contains(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!two_args("contains", nargs, kwnames)) return nullptr;
  int r = contains(args[0], args[1]);
  return r < 0 ? nullptr : bool_ref(r);
}

Ref op_setitem(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!qualified_no_kwargs("setitem", kwnames) || !check_nargs("setitem", nargs, 3, 3))
    return nullptr;
  if (setitem(args[0], args[1], args[2]) < 0) return nullptr;
  return none_ref();
}

// Walks `seq` comparing with `item` (identity, then ==): countOf counts the
// matches, indexOf stops at the first.
Ref seq_search(const Value* args, size_t nargs, Value kwnames, const char* name, bool count) {
  if (!two_args(name, nargs, kwnames)) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  int64_t i = 0, hits = 0;
  for (;;) {
    Ref x = iter_next(it);
    if (!x) break;
    int eq = equal(x, args[1]);
    if (eq < 0) return nullptr;
    if (eq) {
      if (!count) return int_from_i64(i);
      hits++;
    }
    i++;
  }
  if (err_occurred()) return nullptr;
  if (count) return int_from_i64(hits);
  return raise(&Exc_ValueError, "sequence.index(x): x not in sequence");
}
Ref op_countOf(Value, const Value* args, size_t nargs, Value kwnames) {
  return seq_search(args, nargs, kwnames, "countOf", true);
}
Ref op_indexOf(Value, const Value* args, size_t nargs, Value kwnames) {
  return seq_search(args, nargs, kwnames, "indexOf", false);
}

Ref op_length_hint(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!qualified_no_kwargs("length_hint", kwnames) || !check_nargs("length_hint", nargs, 1, 2))
    return nullptr;
  ptrdiff_t dflt = 0;
  if (nargs == 2) {
    if (!is_int(args[1]))
      return raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(args[1]));
    if (!index_ssize(args[1], &dflt)) return nullptr;
  }
  Value obj = args[0];
  if (type_of(obj)->length) {
    ptrdiff_t n = length(obj);
    if (n >= 0) return Ref::small(n);
    if (!err_matches(&Exc_TypeError)) return nullptr;
    err_clear();
  }
  static Str* hint_name = intern("__length_hint__");
  Value hint = type_lookup(type_of(obj), hint_name);
  if (!hint) return Ref::small(dflt);
  Ref r = call(hint, &obj, 1);
  if (!r) {
    if (!err_matches(&Exc_TypeError)) return nullptr;
    err_clear();
    return Ref::small(dflt);
  }
  if (r.get().is(NotImplemented())) return Ref::small(dflt);
  if (!is_int(r))
    return raise(&Exc_TypeError, "__length_hint__ must be an integer, not %s", type_name(r));
  ptrdiff_t n;
  if (!index_ssize(r, &n)) return nullptr;
  if (n < 0) return raise(&Exc_ValueError, "__length_hint__() should return >= 0");
  return Ref::small(n);
}

Ref op_call(Value, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0)
    return raise(&Exc_TypeError, "call() missing 1 required positional argument: 'obj'");
  return call(args[0], args + 1, nargs - 1, kwnames);
}

// --- itemgetter, attrgetter, methodcaller ---

Type ItemGetterType, AttrGetterType, MethodCallerType;

struct Getter : Object {
  Ref items;  // itemgetter: the keys; attrgetter: the names as given
  Ref paths;  // attrgetter: per name, a tuple of its dotted parts (interned)
};

struct MethodCaller : Object {
  Ref name;
  Ref args;     // positional arguments then keyword values
  Ref kwnames;  // tuple of str, or null
  size_t nargs;
};

bool getter_call_args(const char* name, size_t nargs, Value kwnames) {
  if (!no_kwargs(name, kwnames)) return false;
  if (nargs == 1) return true;
  raise(&Exc_TypeError, "%s expected 1 argument, got %zu", name, nargs);
  return false;
}

Ref getter_alloc(Type* t, const Value* args, size_t nargs, Value kwnames, const char* name) {
  if (!no_kwargs(name, kwnames)) return nullptr;
  if (nargs == 0) return raise(&Exc_TypeError, "%s expected 1 argument, got 0", name);
  Ref items = new_tuple_from(args, nargs);
  if (!items) return nullptr;
  Getter* g = alloc_object<Getter>(t, t->basicsize);
  if (!g) return nullptr;
  g->items = std::move(items);
  return Ref::steal(g);
}

Ref itemgetter_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  return getter_alloc(t, args, nargs, kwnames, "itemgetter");
}

// Applies `one(obj, i)` for each item: its result alone for one item, a
// tuple of the results otherwise.
template <class F>
Ref getter_apply(Getter* g, F one) {
  Tuple* items = g->items.as<Tuple>();
  if (items->size == 1) return one(size_t(0));
  Tuple* out = tuple_alloc(items->size);
  if (!out) return nullptr;
  Ref result = Ref::steal(out);
  for (size_t i = 0; i < items->size; ++i) {
    Ref x = one(i);
    if (!x) return nullptr;
    tuple_set(out, i, std::move(x));
  }
  return result;
}

Ref itemgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!getter_call_args("itemgetter", nargs, kwnames)) return nullptr;
  Getter* g = self.as<Getter>();
  Value obj = args[0];
  return getter_apply(g, [&](size_t i) { return getitem(obj, g->items.as<Tuple>()->items[i]); });
}

Ref attrgetter_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  for (size_t i = 0; i < nargs; ++i) {
    if (!is_str(args[i])) return raise(&Exc_TypeError, "attribute name must be a string");
  }
  Ref r = getter_alloc(t, args, nargs, kwnames, "attrgetter");
  if (!r) return nullptr;
  Tuple* paths = tuple_alloc(nargs);
  if (!paths) return nullptr;
  r.as<Getter>()->paths = Ref::steal(paths);
  for (size_t i = 0; i < nargs; ++i) {
    std::string_view name = args[i].as<Str>()->view();
    std::vector<Value> parts;
    for (size_t start = 0;;) {
      size_t dot = name.find('.', start);
      parts.push_back(Value(intern(name.substr(start, dot - start))));
      if (dot == std::string_view::npos) break;
      start = dot + 1;
    }
    Ref path = new_tuple_from(parts.data(), parts.size());
    if (!path) return nullptr;
    tuple_set(paths, i, std::move(path));
  }
  return r;
}

Ref attrgetter_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!getter_call_args("attrgetter", nargs, kwnames)) return nullptr;
  Getter* g = self.as<Getter>();
  Value obj = args[0];
  return getter_apply(g, [&](size_t i) {
    Tuple* path = g->paths.as<Tuple>()->items[i].as<Tuple>();
    Ref cur = Ref::dup(obj);
    for (Value part : *path) {
      cur = getattr(cur, part);
      if (!cur) return Ref();
    }
    return cur;
  });
}

// "operator.itemgetter(1, 'a')": the type name and the reprs of `items`.
Ref getter_repr(Value self) {
  int rec = repr_enter(self);
  if (rec < 0) return nullptr;
  if (rec > 0) return str_printf("%s(...)", type_name(self));
  StrBuilder b;
  b.append(type_name(self));
  b.append_char('(');
  Tuple* items = self.as<Getter>()->items.as<Tuple>();
  for (size_t i = 0; i < items->size; ++i) {
    if (i) b.append(", ");
    Ref r = repr(items->items[i]);
    if (!r) {
      repr_leave(self);
      return nullptr;
    }
    b.append(r.as<Str>()->view());
  }
  b.append_char(')');
  repr_leave(self);
  return b.finish();
}

Ref methodcaller_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0)
    return raise(&Exc_TypeError, "methodcaller needs at least one argument, the method name");
  if (!is_str(args[0])) return raise(&Exc_TypeError, "method name must be a string");
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  Ref rest = new_tuple_from(args + 1, nargs - 1 + nkw);
  if (!rest) return nullptr;
  MethodCaller* m = alloc_object<MethodCaller>(t, t->basicsize);
  if (!m) return nullptr;
  m->name = Ref::dup(Value(intern(args[0].as<Str>()->view())));
  m->args = std::move(rest);
  if (nkw) m->kwnames = Ref::dup(kwnames);
  m->nargs = nargs - 1;
  return Ref::steal(m);
}

Ref methodcaller_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!getter_call_args("methodcaller", nargs, kwnames)) return nullptr;
  MethodCaller* m = self.as<MethodCaller>();
  Ref method = getattr(args[0], m->name);
  if (!method) return nullptr;
  return call(method, m->args.as<Tuple>()->items, m->nargs, m->kwnames);
}

Ref methodcaller_repr(Value self) {
  MethodCaller* m = self.as<MethodCaller>();
  StrBuilder b;
  b.append(type_name(self));
  b.append_char('(');
  Ref name = repr(m->name);
  if (!name) return nullptr;
  b.append(name.as<Str>()->view());
  Tuple* a = m->args.as<Tuple>();
  for (size_t i = 0; i < a->size; ++i) {
    b.append(", ");
    if (i >= m->nargs) {
      b.append(m->kwnames.as<Tuple>()->items[i - m->nargs].as<Str>()->view());
      b.append_char('=');
    }
    Ref r = repr(a->items[i]);
    if (!r) return nullptr;
    b.append(r.as<Str>()->view());
  }
  b.append_char(')');
  return b.finish();
}

TypeRegistrar itemgetter_reg(&ItemGetterType, [](Type& t) {
  t.name = "operator.itemgetter";
  t.basicsize = sizeof(Getter);
  t.dealloc = destroy_object<Getter>;
  t.new_ = itemgetter_new;
  t.call = itemgetter_call;
  t.repr = getter_repr;
});
TypeRegistrar attrgetter_reg(&AttrGetterType, [](Type& t) {
  t.name = "operator.attrgetter";
  t.basicsize = sizeof(Getter);
  t.dealloc = destroy_object<Getter>;
  t.new_ = attrgetter_new;
  t.call = attrgetter_call;
  t.repr = getter_repr;
});
TypeRegistrar methodcaller_reg(&MethodCallerType, [](Type& t) {
  t.name = "operator.methodcaller";
  t.basicsize = sizeof(MethodCaller);
  t.dealloc = destroy_object<MethodCaller>;
  t.new_ = methodcaller_new;
  t.call = methodcaller_call;
  t.repr = methodcaller_repr;
});

struct OpFunction {
  const char* name;
  NativeFn fn;
};

#define TABLE_ENTRY(name, expr) {#name, op_##name},
const OpFunction kFunctions[] = {
    OP_BINARY(TABLE_ENTRY) OP_UNARY(TABLE_ENTRY){"truth", op_truth},
    {"not_", op_not_},
    {"contains", op_contains},
    {"setitem", op_setitem},
    {"countOf", op_countOf},
    {"indexOf", op_indexOf},
    {"length_hint", op_length_hint},
    {"call", op_call},
};
#undef TABLE_ENTRY

int operator_init(Value module) {
  for (const OpFunction& f : kFunctions)
    if (module_add_function(module, f.name, f.fn) < 0) return -1;
  if (module_add_object(module, "itemgetter", Value(&ItemGetterType)) < 0 ||
      module_add_object(module, "attrgetter", Value(&AttrGetterType)) < 0 ||
      module_add_object(module, "methodcaller", Value(&MethodCallerType)) < 0)
    return -1;
  return 0;
}

const NativeModuleDef operator_module = {"_operator", operator_init};
NativeModuleRegistrar operator_module_reg(&operator_module);

}  // namespace
}  // namespace gp
