// The builtin iterator classes: enumerate, zip, map, filter, reversed, and
// the generic `iterator` / `callable_iterator` behind iter().
//
// Each pulls from its sources through the iternext slot directly (a null
// result without an exception is the end), so chaining them costs no
// StopIteration objects. enumerate and zip hand out tuples through
// tuple_recycle: a loop that unpacks each tuple immediately reuses one
// allocation for the whole iteration, as in CPython. Per-step argument
// buffers live on the stack for the usual handful of sources.
#include "runtime/iterators.h"

#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type EnumerateType;
Type ZipType;
Type MapType;
Type FilterType;
Type ReversedType;
Type SeqIterType;
Type CallableIterType;

Ref iter_self(Value v) { return Ref::dup(v); }

namespace {

// Next item of an iterator: through its slot when it has one.
GP_INLINE Ref next_of(Value it) {
  UnaryFn next = type_of(it)->iternext;
  return next ? next(it) : iter_next(it);
}

// iter() of every argument, as a tuple of iterators.
Ref iter_all(const Value* args, size_t n) {
  Tuple* t = tuple_alloc(n);
  if (!t) return nullptr;
  Ref r = Ref::steal(t);
  for (size_t i = 0; i < n; ++i) {
    Ref it = get_iter(args[i]);
    if (!it) return nullptr;
    tuple_set(t, i, std::move(it));
  }
  return r;
}

// A stack buffer of Refs for small counts, heap for large ones.
class RefBuffer {
 public:
  explicit RefBuffer(size_t n) {
    if (n > kInline) {
      heap_.resize(n);
      data_ = heap_.data();
    }
  }
  Ref* data() { return data_; }

 private:
  static constexpr size_t kInline = 8;
  Ref inline_[kInline];
  std::vector<Ref> heap_;
  Ref* data_ = inline_;
};

// Builds a TypeRegistrar setup for an iterator type.
template <class T>
void setup_iter_type(Type& t, const char* name, UnaryFn next) {
  t.name = name;
  t.basicsize = sizeof(T);
  t.base = &ObjectType;
  t.dealloc = destroy_object<T>;
  t.iter = iter_self;
  t.iternext = next;
}

template <class T>
T* alloc_iter(Type* t) {
  size_t bytes = t->basicsize > sizeof(T) ? t->basicsize : sizeof(T);
  return alloc_object<T>(t, bytes);
}

// --- enumerate ---

struct Enumerate : Object {
  Ref it;
  Ref count;   // next index (an int)
  Ref result;  // recycled (index, item) tuple
};

Ref enumerate_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!parse_args("enumerate", args, nargs, kwnames, {"iterable", "start"}, 1, a)) return nullptr;
  Ref start = a[1] ? number_index(a[1]) : Ref::small(0);
  if (!start) return nullptr;
  Ref it = get_iter(a[0]);
  if (!it) return nullptr;
  Enumerate* e = alloc_iter<Enumerate>(t);
  if (!e) return nullptr;
  e->it = std::move(it);
  e->count = std::move(start);
  return Ref::steal(e);
}

Ref enumerate_next(Value v) {
  Enumerate* e = v.as<Enumerate>();
  Ref item = next_of(e->it);
  if (!item) return nullptr;
  Value c = e->count;
  Ref next = c.is_small() && c.small_value() < Value::kSmallMax ? Ref::small(c.small_value() + 1)
                                                                : int_add(c, Value::small(1));
  if (!next) return nullptr;
  Ref pair[2] = {std::move(e->count), std::move(item)};
  e->count = std::move(next);
  return tuple_recycle(&e->result, pair, 2);
}

// --- zip ---

struct Zip : Object {
  Ref iters;  // tuple of iterators
  bool strict;
  Ref result;
};

Ref zip_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  bool strict = false;
  if (kwnames) {
    Tuple* names = kwnames.as<Tuple>();
    for (size_t i = 0; i < names->size; ++i) {
      Str* name = names->items[i].as<Str>();
      if (name->view() != "strict")
        return raise(&Exc_TypeError, "'%s' is an invalid keyword argument for zip()", name->data);
      int b = truthy(args[nargs + i]);
      if (b < 0) return nullptr;
      strict = b;
    }
  }
  Ref iters = iter_all(args, nargs);
  if (!iters) return nullptr;
  Zip* z = alloc_iter<Zip>(t);
  if (!z) return nullptr;
  z->iters = std::move(iters);
  z->strict = strict;
  return Ref::steal(z);
}

// strict=True: iterator i (0-based) ended first (i > 0) or outlived the
// first (found by probing the others once the first ends).
std::nullptr_t zip_length_error(size_t i, const char* how) {
  if (i == 1) return raise(&Exc_ValueError, "zip() argument 2 is %s than argument 1", how);
  return raise(&Exc_ValueError, "zip() argument %zu is %s than arguments 1-%zu", i + 1, how, i);
}

Ref zip_next(Value v) {
  Zip* z = v.as<Zip>();
  Tuple* iters = z->iters.as<Tuple>();
  size_t n = iters->size;
  if (n == 0) return nullptr;
  RefBuffer buf(n);
  Ref* items = buf.data();
  for (size_t i = 0; i < n; ++i) {
    items[i] = next_of(iters->items[i]);
    if (items[i]) continue;
    if (err_occurred() || !z->strict) return nullptr;
    if (i > 0) return zip_length_error(i, "shorter");
    for (size_t j = 1; j < n; ++j) {
      Ref extra = next_of(iters->items[j]);
      if (extra) return zip_length_error(j, "longer");
      if (err_occurred()) return nullptr;
    }
    return nullptr;
  }
  return tuple_recycle(&z->result, items, n);
}

// --- map ---

struct Map : Object {
  Ref func;
  Ref iters;  // tuple of iterators
};

Ref map_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("map", kwnames)) return nullptr;
  if (nargs < 2) return raise(&Exc_TypeError, "map() must have at least two arguments.");
  Ref iters = iter_all(args + 1, nargs - 1);
  if (!iters) return nullptr;
  Map* m = alloc_iter<Map>(t);
  if (!m) return nullptr;
  m->func = Ref::dup(args[0]);
  m->iters = std::move(iters);
  return Ref::steal(m);
}

Ref map_next(Value v) {
  Map* m = v.as<Map>();
  Tuple* iters = m->iters.as<Tuple>();
  size_t n = iters->size;
  if (n == 1) {
    Ref x = next_of(iters->items[0]);
    if (!x) return nullptr;
    return call1(m->func, x);
  }
  RefBuffer buf(n);
  Ref* items = buf.data();
  std::vector<Value> heap_args;
  Value inline_args[8];
  Value* argv = inline_args;
  if (n > 8) {
    heap_args.resize(n);
    argv = heap_args.data();
  }
  for (size_t i = 0; i < n; ++i) {
    items[i] = next_of(iters->items[i]);
    if (!items[i]) return nullptr;
    argv[i] = items[i];
  }
  return call(m->func, argv, n);
}

// --- filter ---

struct Filter : Object {
  Ref func;  // None: keep truthy items
  Ref it;
};

Ref filter_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("filter", kwnames) || !check_nargs("filter", nargs, 2, 2)) return nullptr;
  Ref it = get_iter(args[1]);
  if (!it) return nullptr;
  Filter* f = alloc_iter<Filter>(t);
  if (!f) return nullptr;
  f->func = Ref::dup(args[0]);
  f->it = std::move(it);
  return Ref::steal(f);
}

Ref filter_next(Value v) {
  Filter* f = v.as<Filter>();
  bool plain = is_none(f->func) || f->func.get().is(Value(&BoolType));
  for (;;) {
    Ref x = next_of(f->it);
    if (!x) return nullptr;
    int keep;
    if (plain) {
      keep = truthy(x);
    } else {
      Ref r = call1(f->func, x);
      if (!r) return nullptr;
      keep = truthy(r);
    }
    if (keep < 0) return nullptr;
    if (keep) return x;
  }
}

// --- reversed and the sequence iterator ---

struct SeqIter : Object {
  Ref seq;          // null once exhausted
  ptrdiff_t index;  // next index: counts up for iter(), down for reversed()
};

// seq[i]; null without an exception when IndexError/StopIteration ends it.
Ref seq_item(Value seq, ptrdiff_t i) {
  if (type_of(seq) == &TupleType) {
    Tuple* t = seq.as<Tuple>();
    return size_t(i) < t->size ? Ref::dup(t->items[i]) : nullptr;
  }
  Ref x = getitem(seq, Value::small(i));
  if (!x && (err_matches(&Exc_IndexError) || err_matches(&Exc_StopIteration))) err_clear();
  return x;
}

Ref reversed_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("reversed", kwnames) || !check_nargs("reversed", nargs, 1, 1)) return nullptr;
  if (t == &ReversedType) return reversed_of(args[0]);
  // A subclass of reversed always gets the sequence protocol object.
  ptrdiff_t n = length(args[0]);
  if (n < 0) return nullptr;
  SeqIter* it = alloc_iter<SeqIter>(t);
  if (!it) return nullptr;
  it->seq = Ref::dup(args[0]);
  it->index = n - 1;
  return Ref::steal(it);
}

Ref reversed_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (!it->seq || it->index < 0) {
    it->seq.reset();
    return nullptr;
  }
  Ref x = seq_item(it->seq, it->index--);
  if (!x) it->seq.reset();
  return x;
}

Ref seqiter_next(Value v) {
  SeqIter* it = v.as<SeqIter>();
  if (!it->seq) return nullptr;
  Ref x = seq_item(it->seq, it->index++);
  if (!x) it->seq.reset();
  return x;
}

// --- callable_iterator ---

struct CallableIter : Object {
  Ref func;  // null once the sentinel was seen
  Ref sentinel;
};

Ref callableiter_next(Value v) {
  CallableIter* it = v.as<CallableIter>();
  if (!it->func) return nullptr;
  Ref r = call0(it->func);
  if (!r) {
    if (err_matches(&Exc_StopIteration)) {
      err_clear();
      it->func.reset();
    }
    return nullptr;
  }
  int eq = equal(it->sentinel, r);
  if (eq < 0) return nullptr;
  if (eq) {
    it->func.reset();
    return nullptr;
  }
  return r;
}

TypeRegistrar enumerate_reg(&EnumerateType, [](Type& t) {
  setup_iter_type<Enumerate>(t, "enumerate", enumerate_next);
  t.flags = kTpBaseType;
  t.new_ = enumerate_new;
});
TypeRegistrar zip_reg(&ZipType, [](Type& t) {
  setup_iter_type<Zip>(t, "zip", zip_next);
  t.flags = kTpBaseType;
  t.new_ = zip_new;
});
TypeRegistrar map_reg(&MapType, [](Type& t) {
  setup_iter_type<Map>(t, "map", map_next);
  t.flags = kTpBaseType;
  t.new_ = map_new;
});
TypeRegistrar filter_reg(&FilterType, [](Type& t) {
  setup_iter_type<Filter>(t, "filter", filter_next);
  t.flags = kTpBaseType;
  t.new_ = filter_new;
});
TypeRegistrar reversed_reg(&ReversedType, [](Type& t) {
  setup_iter_type<SeqIter>(t, "reversed", reversed_next);
  t.flags = kTpBaseType;
  t.new_ = reversed_new;
});
TypeRegistrar seqiter_reg(&SeqIterType,
                          [](Type& t) { setup_iter_type<SeqIter>(t, "iterator", seqiter_next); });
TypeRegistrar callableiter_reg(&CallableIterType, [](Type& t) {
  setup_iter_type<CallableIter>(t, "callable_iterator", callableiter_next);
});

}  // namespace

Ref new_seq_iter(Value seq) {
  SeqIter* it = alloc_object<SeqIter>(&SeqIterType);
  if (!it) return nullptr;
  it->seq = Ref::dup(seq);
  return Ref::steal(it);
}

Ref new_callable_iter(Value callable, Value sentinel) {
  CallableIter* it = alloc_object<CallableIter>(&CallableIterType);
  if (!it) return nullptr;
  it->func = Ref::dup(callable);
  it->sentinel = Ref::dup(sentinel);
  return Ref::steal(it);
}

Ref reversed_of(Value seq) {
  Type* t = type_of(seq);
  if (t == &ListType) return list_reverse_iter(seq);
  if (t != &TupleType && t != &StrType) {
    static Str* reversed_name = intern("__reversed__");
    Value rev = type_lookup(t, reversed_name);
    if (rev) {
      if (is_none(rev)) return raise(&Exc_TypeError, "'%s' object is not reversible", t->name);
      return call(rev, &seq, 1);
    }
    if (!t->getitem || !t->length || (t->flags & kTpDictSubclass))
      return raise(&Exc_TypeError, "'%s' object is not reversible", t->name);
  }
  ptrdiff_t n = length(seq);
  if (n < 0) return nullptr;
  SeqIter* it = alloc_object<SeqIter>(&ReversedType);
  if (!it) return nullptr;
  it->seq = Ref::dup(seq);
  it->index = n - 1;
  return Ref::steal(it);
}

}  // namespace gp
