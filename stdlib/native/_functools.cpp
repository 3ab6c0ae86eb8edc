// The `_functools` module: reduce, the partial type and cmp_to_key's key
// wrapper, which functools.py re-exports.
//
// They are native because they sit on hot paths (sorted(key=cmp_to_key(f)),
// map(partial(f, x), ...)) and because they need no class machinery. A
// partial of a plain partial is flattened into one, as in CPython, so
// stacking partials costs one call. Calling a partial lays the frozen
// positional arguments and the new ones in one contiguous array; keywords
// are merged (the call's override the frozen ones) only when both exist.
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

Ref functools_reduce(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("reduce", kwnames) || !check_nargs("reduce", nargs, 2, 3)) return nullptr;
  Ref it = get_iter(args[1]);
  if (!it) {
    if (err_matches(&Exc_TypeError)) {
      err_clear();
      return raise(&Exc_TypeError, "reduce() arg 2 must support iteration");
    }
    return nullptr;
  }
  Ref acc = nargs == 3 ? Ref::dup(args[2]) : Ref();
  for (;;) {
    Ref x = iter_next(it);
    if (!x) break;
    acc = acc ? call2(args[0], acc, x) : std::move(x);
    if (!acc) return nullptr;
  }
  if (err_occurred()) return nullptr;
  if (!acc) return raise(&Exc_TypeError, "reduce() of empty iterable with no initial value");
  return acc;
}

// --- partial ---

Type PartialType;

struct Partial : Object {
  Ref func;
  Ref args;      // tuple
  Ref keywords;  // dict
};

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

Ref partial_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (nargs == 0) return raise(&Exc_TypeError, "type 'partial' takes at least one argument");
  Value func = args[0];
  if (!is_callable(func)) return raise(&Exc_TypeError, "the first argument must be callable");
  std::vector<Value> pos;
  Ref keywords = new_dict();
  if (!keywords) return nullptr;
  if (type_of(func) == &PartialType) {
    // Flatten: partial(partial(f, a), b) is partial(f, a, b).
    Partial* inner = func.as<Partial>();
    func = inner->func;
    for (Value v : *inner->args.as<Tuple>()) pos.push_back(v);
    if (dict_update(keywords, inner->keywords) < 0) return nullptr;
  }
  pos.insert(pos.end(), args + 1, args + nargs);
  if (kwnames) {
    Tuple* names = kwnames.as<Tuple>();
    for (size_t i = 0; i < names->size; ++i)
      if (dict_set(keywords, names->items[i], args[nargs + i]) < 0) return nullptr;
  }
  Ref frozen = new_tuple_from(pos.data(), pos.size());
  if (!frozen) return nullptr;
  Partial* p = alloc_object<Partial>(t, t->basicsize);
  if (!p) return nullptr;
  p->func = Ref::dup(func);
  p->args = std::move(frozen);
  p->keywords = std::move(keywords);
  return Ref::steal(p);
}

Ref partial_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Partial* p = self.as<Partial>();
  Tuple* frozen = p->args.as<Tuple>();
  Dict* kw = p->keywords.as<Dict>();
  size_t ncall_kw = kwnames ? kwnames.as<Tuple>()->size : 0;
  std::vector<Value> argv(frozen->begin(), frozen->end());
  argv.insert(argv.end(), args, args + nargs);
  size_t npos = argv.size();
  if (kw->used == 0) {
    argv.insert(argv.end(), args + nargs, args + nargs + ncall_kw);
    return call(p->func, argv.data(), npos, kwnames);
  }
  Ref merged = dict_copy(p->keywords);
  if (!merged) return nullptr;
  for (size_t i = 0; i < ncall_kw; ++i)
    if (dict_set(merged, kwnames.as<Tuple>()->items[i], args[nargs + i]) < 0) return nullptr;
  Tuple* names = tuple_alloc(merged.as<Dict>()->used);
  if (!names) return nullptr;
  Ref names_ref = Ref::steal(names);
  size_t pos = 0, i = 0;
  Value k, v;
  while (dict_next(merged, &pos, &k, &v)) {
    tuple_set(names, i++, Ref::dup(k));
    argv.push_back(v);
  }
  return call(p->func, argv.data(), npos, names_ref);
}

Ref partial_repr(Value self) {
  Partial* p = self.as<Partial>();
  int rec = repr_enter(self);
  if (rec < 0) return nullptr;
  if (rec > 0) return new_str("...");
  StrBuilder b;
  b.append(type_name(self));
  b.append_char('(');
  auto add_repr = [&](Value v) {
    Ref r = repr(v);
    if (r) b.append(r.as<Str>()->view());
    return bool(r);
  };
  bool ok = add_repr(p->func);
  for (Value v : *p->args.as<Tuple>()) {
    if (!ok) break;
    b.append(", ");
    ok = add_repr(v);
  }
  size_t pos = 0;
  Value k, v;
  while (ok && dict_next(p->keywords, &pos, &k, &v)) {
    b.append(", ");
    Ref ks = str(k);
    if (!ks) {
      ok = false;
      break;
    }
    b.append(ks.as<Str>()->view());
    b.append_char('=');
    ok = add_repr(v);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  b.append_char(')');
  return b.finish();
}

Ref partial_get_func(Value self) { return self.as<Partial>()->func.dup(); }
Ref partial_get_args(Value self) { return self.as<Partial>()->args.dup(); }
Ref partial_get_keywords(Value self) { return self.as<Partial>()->keywords.dup(); }

const GetSetDef partial_getset[] = {
    {"func", partial_get_func, nullptr},
    {"args", partial_get_args, nullptr},
    {"keywords", partial_get_keywords, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar partial_reg(&PartialType, [](Type& t) {
  t.name = "functools.partial";
  t.basicsize = sizeof(Partial);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<Partial>;
  t.new_ = partial_new;
  t.call = partial_call;
  t.repr = partial_repr;
  t.getset = partial_getset;
});

// --- cmp_to_key ---

Type KeyWrapperType;

struct KeyWrapper : Object {
  Ref cmp;
  Ref obj;  // null in the wrapper cmp_to_key returns; set in the keys it makes
};

Ref key_wrapper_make(Value cmp, Value obj) {
  KeyWrapper* k = alloc_object<KeyWrapper>(&KeyWrapperType);
  if (!k) return nullptr;
  k->cmp = Ref::dup(cmp);
  if (obj) k->obj = Ref::dup(obj);
  return Ref::steal(k);
}

Ref functools_cmp_to_key(Value, const Value* args, size_t nargs, Value kwnames) {
  Value cmp;
  if (!parse_args("cmp_to_key", args, nargs, kwnames, {"mycmp"}, 1, &cmp)) return nullptr;
  return key_wrapper_make(cmp, Value());
}

Ref key_wrapper_call(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value obj;
  if (!parse_args("K", args, nargs, kwnames, {"obj"}, 1, &obj)) return nullptr;
  return key_wrapper_make(self.as<KeyWrapper>()->cmp, obj);
}

Ref key_wrapper_richcompare(Value a, Value b, CompareOp op) {
  if (type_of(b) != &KeyWrapperType)
    return raise(&Exc_TypeError, "other argument must be K instance");
  KeyWrapper* x = a.as<KeyWrapper>();
  KeyWrapper* y = b.as<KeyWrapper>();
  if (!x->obj || !y->obj) return raise(&Exc_AttributeError, "object");
  Ref r = call2(x->cmp, x->obj, y->obj);
  if (!r) return nullptr;
  return compare(r, Value::small(0), op);
}

Ref key_wrapper_get_obj(Value self) {
  KeyWrapper* k = self.as<KeyWrapper>();
  if (!k->obj) return raise(&Exc_AttributeError, "obj");
  return k->obj.dup();
}

const GetSetDef key_wrapper_getset[] = {
    {"obj", key_wrapper_get_obj, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar key_wrapper_reg(&KeyWrapperType, [](Type& t) {
  t.name = "functools.KeyWrapper";
  t.basicsize = sizeof(KeyWrapper);
  t.dealloc = destroy_object<KeyWrapper>;
  t.call = key_wrapper_call;
  t.richcompare = key_wrapper_richcompare;
  t.hash = hash_unhashable;
  t.getset = key_wrapper_getset;
});

int functools_init(Value module) {
  if (module_add_function(module, "reduce", functools_reduce) < 0 ||
      module_add_function(module, "cmp_to_key", functools_cmp_to_key) < 0 ||
      module_add_object(module, "partial", Value(&PartialType)) < 0 ||
      module_add_object(module, "KeyWrapper", Value(&KeyWrapperType)) < 0)
    return -1;
  return 0;
}

const NativeModuleDef functools_module = {"_functools", functools_init};
NativeModuleRegistrar functools_module_reg(&functools_module);

}  // namespace
}  // namespace gp
