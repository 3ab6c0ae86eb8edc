// The object protocols (abstract.h): operator dispatch over the type slots.
//
// These are the slow, general paths. The eval loop handles the hottest
// cases (small ints, floats, exact str/list/dict) inline and falls back here.
#include "runtime/abstract.h"

#include <cstdio>
#include <vector>

#include "interp/thread_state.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

// --- text ---

Ref repr(Value v) {
  UnaryFn f = type_of(v)->repr;
  if (!f) return str_printf("<%s object at %p>", type_name(v), static_cast<void*>(v.obj()));
  if (!enter_recursive_call(" while getting the repr of an object")) return nullptr;
  Ref r = f(v);
  leave_recursive_call();
  if (r && !is_str(r)) {
    return raise(&Exc_TypeError, "__repr__ returned non-string (type %s)", type_name(r));
  }
  return r;
}

Ref str(Value v) {
  if (is_exact_str(v)) return Ref::dup(v);
  Type* t = type_of(v);
  UnaryFn f = t->str ? t->str : t->repr;
  if (!f) return repr(v);
  if (!enter_recursive_call(" while getting the str of an object")) return nullptr;
  Ref r = f(v);
  leave_recursive_call();
  if (r && !is_str(r)) {
    return raise(&Exc_TypeError, "__str__ returned non-string (type %s)", type_name(r));
  }
  return r;
}

Ref ascii(Value v) {
  Ref r = repr(v);
  if (!r || r.as<Str>()->ascii) return r;
  return str_escape_non_ascii(r);
}

Ref format(Value v, Value spec) {
  Type* t = type_of(v);
  if (t == &IntType || t == &FloatType || t == &StrType || t == &BoolType) {
    return format_builtin(v, spec);
  }
  Value fmt = type_lookup(t, intern("__format__"));
  if (!fmt) return raise(&Exc_TypeError, "Type %s doesn't define __format__", t->name);
  Value args[2] = {v, spec};
  Ref r = call(fmt, args, 2);
  if (r && !is_str(r)) {
    return raise(&Exc_TypeError, "__format__ must return a str, not %s", type_name(r));
  }
  return r;
}

int64_t hash(Value v) {
  if (v.is_small()) return int_hash(v);
  auto f = type_of(v)->hash;
  if (GP_UNLIKELY(!f)) {
    raise(&Exc_TypeError, "unhashable type: '%s'", type_name(v));
    return -1;
  }
  return f(v);
}

int truthy(Value v) {
  if (v.is(True())) return 1;
  if (v.is(False()) || v.is(None())) return 0;
  if (v.is_small()) return v.small_value() != 0;
  Type* t = type_of(v);
  if (t->number && t->number->truthy) return t->number->truthy(v);
  if (t->length) {
    ptrdiff_t n = t->length(v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

// --- attributes ---

static Str* as_name(Value name) {
  if (GP_UNLIKELY(!is_str(name))) {
    raise(&Exc_TypeError, "attribute name must be string, not '%s'", type_name(name));
    return nullptr;
  }
  return name.as<Str>();
}

Ref getattr(Value obj, Value name) {
  Str* s = as_name(name);
  if (!s) return nullptr;
  Type* t = type_of(obj);
  return t->getattr ? t->getattr(obj, s) : generic_getattr(obj, s);
}

Ref getattr(Value obj, std::string_view name) { return getattr(obj, Value(intern(name))); }

static Value instance_dict(Value obj) {
  Ref* d = instance_dict_ptr(obj, type_of(obj));
  return d ? d->get() : Value();
}

// generic_getattr's lookup with `dict` as the instance dict (may be null):
// null without an exception when the attribute is missing, so getattr_opt
// and hasattr need not build an AttributeError.
static Ref generic_lookup(Value obj, Str* name, Value dict) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  TernaryFn get = nullptr;
  if (descr) {
    Type* dt = type_of(descr);
    get = dt->descr_get;
    if (get && dt->descr_set) return get(descr, obj, Value(t));
  }
  if (dict) {
    if (Value v = dict_get_str(dict, name)) return Ref::dup(v);
    if (err_occurred()) return nullptr;
  }
  if (get) return get(descr, obj, Value(t));
  if (descr) return Ref::dup(descr);
  return nullptr;
}

Ref getattr_opt(Value obj, Value name) {
  Str* s = as_name(name);
  if (!s) return nullptr;
  Type* t = type_of(obj);
  Ref r = !t->getattr || t->getattr == generic_getattr ? generic_lookup(obj, s, instance_dict(obj))
                                                       : t->getattr(obj, s);
  if (!r && err_matches(&Exc_AttributeError)) err_clear();
  return r;
}

int setattr(Value obj, Value name, Value v) {
  Str* s = as_name(name);
  if (!s) return -1;
  Type* t = type_of(obj);
  if (t->setattr) return t->setattr(obj, s, v);
  raise(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, s->data);
  return -1;
}

int hasattr(Value obj, Value name) {
  if (Ref r = getattr_opt(obj, name)) return 1;
  return err_occurred() ? -1 : 0;
}

void err_add_name_context(Value name, Value obj) {
  static Str* const kName = intern("name");
  static Str* const kObj = intern("obj");
  Ref exc = err_fetch();
  if (setattr(exc, Value(kName), name) < 0 || (obj && setattr(exc, Value(kObj), obj) < 0)) return;
  err_restore(std::move(exc));
}

Ref generic_getattr(Value obj, Str* name) {
  return generic_getattr_with_dict(obj, name, instance_dict(obj));
}

Ref generic_getattr_with_dict(Value obj, Str* name, Value dict) {
  Ref r = generic_lookup(obj, name, dict);
  if (r || err_occurred()) return r;
  raise(&Exc_AttributeError, "'%s' object has no attribute '%s'", type_name(obj), name->data);
  err_add_name_context(Value(name), obj);
  return nullptr;
}

// Stores `name` in `dict`, or deletes it (v null; dict may then be null).
static int dict_store_attr(Type* t, Value dict, Str* name, Value v) {
  if (!v) {
    if (!dict || !dict_get_str(dict, name)) {
      if (!err_occurred()) {
        raise(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
      }
      return -1;
    }
    return dict_del(dict, Value(name));
  }
  return dict_set(dict, Value(name), v);
}

int generic_setattr(Value obj, Str* name, Value v) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr) {
    if (auto set = type_of(descr)->descr_set) return set(descr, obj, v);
  }
  Ref* d = instance_dict_ptr(obj, t);
  if (!d) {
    if (descr) {
      raise(&Exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name, name->data);
    } else {
      raise(&Exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name->data);
    }
    return -1;
  }
  if (v && !*d) {
    *d = new_dict();
    if (!*d) return -1;
  }
  return dict_store_attr(t, *d, name, v);
}

int generic_setattr_with_dict(Value obj, Str* name, Value v, Value dict) {
  Type* t = type_of(obj);
  Value descr = type_lookup(t, name);
  if (descr) {
    if (auto set = type_of(descr)->descr_set) return set(descr, obj, v);
  }
  return dict_store_attr(t, dict, name, v);
}

// --- calls ---

Ref call(Value f, const Value* args, size_t nargs, Value kwnames) {
  CallFn c = type_of(f)->call;
  if (GP_UNLIKELY(!c)) return raise(&Exc_TypeError, "'%s' object is not callable", type_name(f));
  return c(f, args, nargs, kwnames);
}

Ref call0(Value f) { return call(f, nullptr, 0); }
Ref call1(Value f, Value a) { return call(f, &a, 1); }
Ref call2(Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(f, args, 2);
}

Ref call_tuple_dict(Value f, Value args_tuple, Value kwargs_dict) {
  Tuple* args = args_tuple.as<Tuple>();
  size_t nkw = kwargs_dict ? kwargs_dict.as<Dict>()->used : 0;
  if (nkw == 0) return call(f, args->items, args->size);
  std::vector<Value> all(args->items, args->items + args->size);
  Tuple* names = tuple_alloc(nkw);
  if (!names) return nullptr;
  Ref names_ref = Ref::steal(names);
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(kwargs_dict, &pos, &k, &v)) {
    if (!is_str(k)) return raise(&Exc_TypeError, "keywords must be strings");
    tuple_set(names, i++, Ref::dup(k));
    all.push_back(v);
  }
  return call(f, all.data(), args->size, names_ref);
}

Ref call_method(Value obj, std::string_view name, const Value* args, size_t nargs) {
  Ref m = getattr(obj, name);
  if (!m) return nullptr;
  return call(m, args, nargs);
}

// --- numbers ---

static const char* const kBinOpSymbols[] = {"+",  "-",  "*", "@", "/", "%", "** or pow()",
                                            "<<", ">>", "|", "^", "&", "//"};
static const char* const kInplaceSymbols[] = {
    "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};

static BinaryFn binary_slot(Type* t, BinOp op) {
  return t->number ? t->number->binary[int(op)] : nullptr;
}

// CPython's binary_op1: the right operand's slot goes first when its type is
// a proper subclass of the left's, so subclasses can override operators.
static Ref binary_op1(Value a, Value b, BinOp op) {
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  BinaryFn fa = binary_slot(ta, op);
  BinaryFn fb = tb != ta ? binary_slot(tb, op) : nullptr;
  if (fb == fa) fb = nullptr;
  if (fa) {
    if (fb && type_is_subtype(tb, ta)) {
      Ref r = fb(a, b);
      if (!r || !r.get().is(NotImplemented())) return r;
      fb = nullptr;
    }
    Ref r = fa(a, b);
    if (!r || !r.get().is(NotImplemented())) return r;
  }
  if (fb) return fb(a, b);
  return not_implemented_ref();
}

// The TypeError for an operator no operand implements. `+` and `*` with a
// str or sequence operand get the messages of CPython's sequence
// concat/repeat fallbacks instead of the generic one.
static std::nullptr_t operand_error(Value a, Value b, BinOp op, const char* sym) {
  if (op == BinOp::Add && is_str(a) && !is_str(b)) {
    return raise(&Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
  }
  if (op == BinOp::Mul) {
    constexpr uint32_t kSequence =
        kTpStrSubclass | kTpBytesSubclass | kTpListSubclass | kTpTupleSubclass;
    if (has_flag(a, kSequence) || has_flag(b, kSequence)) {
      return raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                   type_name(has_flag(a, kSequence) ? b : a));
    }
  }
  return raise(&Exc_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym,
               type_name(a), type_name(b));
}

Ref binary_op(Value a, Value b, BinOp op) {
  Ref r = binary_op1(a, b, op);
  if (r && r.get().is(NotImplemented())) return operand_error(a, b, op, kBinOpSymbols[int(op)]);
  return r;
}

Ref inplace_op(Value a, Value b, BinOp op) {
  Type* ta = type_of(a);
  if (ta->number && ta->number->inplace[int(op)]) {
    Ref r = ta->number->inplace[int(op)](a, b);
    if (!r || !r.get().is(NotImplemented())) return r;
  }
  Ref r = binary_op1(a, b, op);
  if (r && r.get().is(NotImplemented())) return operand_error(a, b, op, kInplaceSymbols[int(op)]);
  return r;
}

Ref power(Value a, Value b, Value mod) {
  if (!mod || mod.is(None())) return binary_op(a, b, BinOp::Pow);
  Type* ta = type_of(a);
  if (ta->number && ta->number->power) {
    Ref r = ta->number->power(a, b, mod);
    if (!r || !r.get().is(NotImplemented())) return r;
  }
  return raise(&Exc_TypeError, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
               type_name(a), type_name(b), type_name(mod));
}

static Ref unary(Value v, UnaryFn NumberSlots::*slot, const char* sym) {
  Type* t = type_of(v);
  if (t->number && t->number->*slot) return (t->number->*slot)(v);
  return raise(&Exc_TypeError, "bad operand type for %s: '%s'", sym, t->name);
}

Ref negative(Value v) { return unary(v, &NumberSlots::negative, "unary -"); }
Ref positive(Value v) { return unary(v, &NumberSlots::positive, "unary +"); }
Ref invert(Value v) { return unary(v, &NumberSlots::invert, "unary ~"); }
Ref absolute(Value v) { return unary(v, &NumberSlots::absolute, "abs()"); }

// --- comparison ---

static const CompareOp kSwapped[] = {CompareOp::Gt, CompareOp::Ge, CompareOp::Eq,
                                     CompareOp::Ne, CompareOp::Lt, CompareOp::Le};
static const char* const kCompareSymbols[] = {"<", "<=", "==", "!=", ">", ">="};

Ref compare(Value a, Value b, CompareOp op) {
  if (a.is_small() && b.is_small()) {
    intptr_t x = a.small_value(), y = b.small_value();
    bool r = compare_values(x, y, op);
    return bool_ref(r);
  }
  if (!enter_recursive_call(" in comparison")) return nullptr;
  Type* ta = type_of(a);
  Type* tb = type_of(b);
  bool checked_reverse = false;
  Ref r;
  if (ta != tb && tb->richcompare && type_is_subtype(tb, ta)) {
    checked_reverse = true;
    r = tb->richcompare(b, a, kSwapped[int(op)]);
    if (!r || !r.get().is(NotImplemented())) goto done;
  }
  if (ta->richcompare) {
    r = ta->richcompare(a, b, op);
    if (!r || !r.get().is(NotImplemented())) goto done;
  }
  if (!checked_reverse && tb->richcompare) {
    r = tb->richcompare(b, a, kSwapped[int(op)]);
    if (!r || !r.get().is(NotImplemented())) goto done;
  }
  if (op == CompareOp::Eq || op == CompareOp::Ne) {
    r = bool_ref(a.is(b) == (op == CompareOp::Eq));
  } else {
    r = raise(&Exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
              kCompareSymbols[int(op)], ta->name, tb->name);
  }
done:
  leave_recursive_call();
  return r;
}

int compare_bool(Value a, Value b, CompareOp op) {
  Ref r = compare(a, b, op);
  if (!r) return -1;
  if (r.get().is(True())) return 1;
  if (r.get().is(False())) return 0;
  return truthy(r);
}

int equal(Value a, Value b) {
  if (a.is(b)) return 1;
  return compare_bool(a, b, CompareOp::Eq);
}

// --- iteration ---

Ref get_iter(Value v) {
  Type* t = type_of(v);
  if (t->iter) {
    Ref it = t->iter(v);
    if (it && !type_of(it)->iternext) {
      return raise(&Exc_TypeError, "iter() returned non-iterator of type '%s'", type_name(it));
    }
    return it;
  }
  if (t->getitem) return new_seq_iter(v);
  return raise(&Exc_TypeError, "'%s' object is not iterable", t->name);
}

Ref iter_next(Value it) {
  UnaryFn next = type_of(it)->iternext;
  if (GP_UNLIKELY(!next)) {
    return raise(&Exc_TypeError, "'%s' object is not an iterator", type_name(it));
  }
  return next(it);
}

// --- items ---

Ref getitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->getitem) return t->getitem(obj, key);
  if (t == &TypeType || (t->flags & kTpTypeSubclass)) {
    if (Value cg = type_lookup(obj.as<Type>(), intern("__class_getitem__"))) {
      Ref bound = type_of(cg)->descr_get ? type_of(cg)->descr_get(cg, Value(), obj) : Ref::dup(cg);
      if (!bound) return nullptr;
      return call1(bound, key);
    }
    return raise(&Exc_TypeError, "type '%s' is not subscriptable", obj.as<Type>()->name);
  }
  return raise(&Exc_TypeError, "'%s' object is not subscriptable", t->name);
}

int setitem(Value obj, Value key, Value v) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(obj, key, v);
  raise(&Exc_TypeError, "'%s' object does not support item assignment", t->name);
  return -1;
}

int delitem(Value obj, Value key) {
  Type* t = type_of(obj);
  if (t->setitem) return t->setitem(obj, key, Value());
  raise(&Exc_TypeError, "'%s' object doesn't support item deletion", t->name);
  return -1;
}

ptrdiff_t length(Value v) {
  Type* t = type_of(v);
  if (t->length) return t->length(v);
  raise(&Exc_TypeError, "object of type '%s' has no len()", t->name);
  return -1;
}

int contains(Value container, Value item) {
  Type* t = type_of(container);
  if (t->contains) return t->contains(container, item);
  if (!t->iter && !t->getitem) {
    raise(&Exc_TypeError, "argument of type '%s' is not iterable", t->name);
    return -1;
  }
  Ref it = get_iter(container);
  if (!it) return -1;
  while (Ref x = iter_next(it)) {
    int eq = equal(x, item);
    if (eq != 0) return eq;
  }
  return err_occurred() ? -1 : 0;
}

// --- types ---

bool isinstance_type(Value v, Type* t) { return type_is_subtype(type_of(v), t); }

static bool is_type(Value v) { return v.is_obj() && (type_of(v)->flags & kTpTypeSubclass); }

int isinstance(Value v, Value cls) {
  if (is_type(cls)) return isinstance_type(v, cls.as<Type>());
  if (is_tuple(cls)) {
    for (Value c : *cls.as<Tuple>()) {
      int r = isinstance(v, c);
      if (r != 0) return r;
    }
    return 0;
  }
  raise(&Exc_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int issubclass(Value cls, Value base) {
  if (!is_type(cls)) {
    raise(&Exc_TypeError, "issubclass() arg 1 must be a class");
    return -1;
  }
  if (is_type(base)) return type_is_subtype(cls.as<Type>(), base.as<Type>());
  if (is_tuple(base)) {
    for (Value c : *base.as<Tuple>()) {
      int r = issubclass(cls, c);
      if (r != 0) return r;
    }
    return 0;
  }
  raise(&Exc_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
  return -1;
}

Ref number_index(Value v) {
  if (is_int(v)) {
    if (v.is_obj() && type_of(v) == &BoolType) return Ref::small(v.as<BoolObject>()->value);
    return Ref::dup(v);
  }
  Type* t = type_of(v);
  if (t->number && t->number->index) return t->number->index(v);
  return raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
}

bool index_ssize(Value v, ptrdiff_t* out) { return index_ssize(v, out, &Exc_IndexError); }

bool index_ssize(Value v, ptrdiff_t* out, Type* overflow_exc) {
  if (v.is_small()) {
    *out = v.small_value();
    return true;
  }
  Ref i = number_index(v);
  if (!i) return false;
  int64_t x;
  if (!int_to_i64(i, &x)) {
    raise(overflow_exc, "cannot fit '%s' into an index-sized integer", type_name(v));
    return false;
  }
  *out = ptrdiff_t(x);
  return true;
}

}  // namespace gp
