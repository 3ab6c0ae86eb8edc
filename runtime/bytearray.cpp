// bytearray: the mutable byte string (see bytearray.h).
//
// The read-only methods and the comparison/concatenation slots come from
// bytes.cpp, which works on either type's bytes; this file holds what only
// a mutable buffer has: item and slice assignment, the list-like mutators,
// in-place + and *, and an iterator that reads the live buffer (so appends
// made while iterating are seen, as in CPython).
#include "runtime/bytearray.h"

#include <algorithm>
#include <cstring>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {

Type ByteArrayType;
Type ByteArrayIterType;

namespace {

std::string& buf_of(Value v) { return v.as<ByteArray>()->buf; }

ByteArray* bytearray_alloc(Type* t) {
  size_t size = std::max(t->basicsize, sizeof(ByteArray));
  ByteArray* b = alloc_object<ByteArray>(t, size);
  if (!b) raise(&Exc_MemoryError, "%s", "");
  return b;
}

// An int in range(256) for append/insert/item assignment.
bool byte_value(Value v, char* out) {
  NumberSlots* num = type_of(v)->number;
  if (!is_int(v) && !(num && num->index)) {
    raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(v));
    return false;
  }
  ptrdiff_t i;
  if (!index_ssize(v, &i)) return false;
  if (i < 0 || i > 255) {
    raise(&Exc_ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *out = char(i);
  return true;
}

// The bytes a slice assignment stores: a buffer or an iterable of ints;
// ints and str are refused with CPython's message.
bool assigned_bytes(Value v, std::string* out) {
  std::string_view view;
  if (bytes_like_view(v, &view)) {
    out->assign(view);
    return true;
  }
  if (is_int(v) || is_str(v) || !type_of(v)->iter) {
    raise(&Exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    return false;
  }
  return bytes_from_object(v, "bytearray", out);
}

// Normalises an index for item access; false after raising IndexError.
bool item_index(Value self, Value key, size_t* out) {
  ptrdiff_t i;
  if (!index_ssize(key, &i)) return false;
  auto n = ptrdiff_t(buf_of(self).size());
  if (i < 0) i += n;
  if (i < 0 || i >= n) {
    raise(&Exc_IndexError, "bytearray index out of range");
    return false;
  }
  *out = size_t(i);
  return true;
}

int set_slice(Value self, Value key, Value v) {
  std::string& buf = buf_of(self);
  ptrdiff_t start, stop, step;
  ptrdiff_t n = slice_unpack(key, ptrdiff_t(buf.size()), &start, &stop, &step);
  if (n < 0) return -1;
  std::string data;
  if (v && !assigned_bytes(v, &data)) return -1;
  if (step == 1) {
    size_t len = stop > start ? size_t(stop - start) : 0;
    buf.replace(size_t(start), len, data);
    return 0;
  }
  if (!v) {
    // Deleting an extended slice: keep every byte not on the slice.
    if (step < 0) {
      start += step * (n - 1);
      step = -step;
    }
    size_t w = 0;
    for (size_t r = 0; r < buf.size(); ++r) {
      bool on_slice = n > 0 && ptrdiff_t(r) >= start && (ptrdiff_t(r) - start) % step == 0 &&
                      (ptrdiff_t(r) - start) / step < n;
      if (!on_slice) buf[w++] = buf[r];
    }
    buf.resize(w);
    return 0;
  }
  if (ptrdiff_t(data.size()) != n) {
    raise(&Exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %zd",
          data.size(), n);
    return -1;
  }
  for (ptrdiff_t i = 0, j = start; i < n; ++i, j += step) buf[size_t(j)] = data[size_t(i)];
  return 0;
}

int bytearray_setitem(Value self, Value key, Value v) {
  if (type_of(key) == &SliceType) return set_slice(self, key, v);
  NumberSlots* num = type_of(key)->number;
  if (!is_int(key) && !(num && num->index)) {
    raise(&Exc_TypeError, "bytearray indices must be integers or slices, not %s", type_name(key));
    return -1;
  }
  size_t i;
  if (!item_index(self, key, &i)) return -1;
  if (!v) {
    buf_of(self).erase(i, 1);
    return 0;
  }
  char c;
  if (!byte_value(v, &c)) return -1;
  buf_of(self)[i] = c;
  return 0;
}

// bytearray.extend and +=: a buffer, or any iterable of ints.
bool extend_with(Value self, Value src) {
  std::string data;
  std::string_view view;
  if (bytes_like_view(src, &view)) {
    data.assign(view);
  } else if (!type_of(src)->iter && !is_str(src)) {
    raise(&Exc_TypeError, "can't extend bytearray with %s", type_name(src));
    return false;
  } else if (!bytes_from_object(src, "bytearray", &data)) {
    return false;
  }
  buf_of(self).append(data);
  return true;
}

// ---- slots ----

void bytearray_dealloc(Object* o) { destroy_object<ByteArray>(o); }

Ref bytearray_repr(Value v) {
  Ref inner = bytes_repr_text(buf_of(v));
  if (!inner) return nullptr;
  return str_printf("%s(%s)", type_of(v)->name, as_str(inner)->data);
}

ptrdiff_t bytearray_length(Value v) { return ptrdiff_t(buf_of(v).size()); }

Ref bytearray_new(Type* t, const Value*, size_t, Value) {
  ByteArray* b = bytearray_alloc(t);
  return b ? Ref::steal(Value(b)) : nullptr;
}

// bytearray(source=b'', encoding, errors): the work happens in __init__,
// so calling it again on an existing object refills it.
int bytearray_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("bytearray", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a))
    return -1;
  Value src = a[0];
  std::string data;
  if (a[1] || a[2]) {
    if (!src || !is_str(src)) {
      raise(&Exc_TypeError,
            a[1] ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    for (int i = 1; i < 3; ++i) {
      if (a[i] && !is_str(a[i])) {
        raise(&Exc_TypeError, "bytearray() argument '%s' must be str, not %s",
              i == 1 ? "encoding" : "errors", type_name(a[i]));
        return -1;
      }
    }
    Ref encoded = str_encode(src, a[1] ? as_str(a[1])->view() : "utf-8",
                             a[2] ? as_str(a[2])->view() : "strict");
    if (!encoded) return -1;
    data.assign(encoded.as<Bytes>()->view());
  } else if (!src) {
  } else if (is_str(src)) {
    raise(&Exc_TypeError, "string argument without an encoding");
    return -1;
  } else if (NumberSlots* num = type_of(src)->number; is_int(src) || (num && num->index)) {
    ptrdiff_t n;
    if (!index_ssize(src, &n)) return -1;
    if (n < 0) {
      raise(&Exc_ValueError, "negative count");
      return -1;
    }
    data.assign(size_t(n), '\0');
  } else if (!bytes_from_object(src, "bytearray", &data)) {
    return -1;
  }
  buf_of(self) = std::move(data);
  return 0;
}

Ref bytearray_iadd(Value a, Value b) {
  if (!is_bytearray(a)) return not_implemented_ref();
  std::string_view view;
  if (!bytes_like_view(b, &view)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't concat %s to bytearray", type_name(b));
  }
  buf_of(a).append(view);
  return Ref::dup(a);
}

Ref bytearray_imul(Value a, Value b) {
  if (!is_bytearray(a)) return not_implemented_ref();
  NumberSlots* num = type_of(b)->number;
  if (!is_int(b) && !(num && num->index)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(b));
  }
  ptrdiff_t n;
  if (!index_ssize(b, &n)) return nullptr;
  std::string& buf = buf_of(a);
  if (n <= 0) {
    buf.clear();
  } else {
    if (buf.size() && size_t(n) > size_t(PTRDIFF_MAX) / buf.size())
      return raise(&Exc_MemoryError, "%s", "");
    std::string once = buf;
    buf.reserve(once.size() * size_t(n));
    for (ptrdiff_t i = 1; i < n; ++i) buf.append(once);
  }
  return Ref::dup(a);
}

struct ByteArrayIter : Object {
  Ref array;  // null once exhausted
  size_t pos;
};

Ref bytearray_iter(Value v) {
  auto* it = alloc_object<ByteArrayIter>(&ByteArrayIterType);
  if (!it) return nullptr;
  it->array = Ref::dup(v);
  return Ref::steal(Value(it));
}

Ref bytearray_iternext(Value v) {
  auto* it = v.as<ByteArrayIter>();
  if (!it->array) return nullptr;
  const std::string& buf = buf_of(it->array);
  if (it->pos >= buf.size()) {
    it->array.reset();
    return nullptr;
  }
  return Ref::small(static_cast<unsigned char>(buf[it->pos++]));
}

void iter_dealloc(Object* o) { destroy_object<ByteArrayIter>(o); }

// ---- methods ----

Ref ba_append(Value self, const Value* args, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "append", kw, nargs, 1, 1)) return nullptr;
  char c;
  if (!byte_value(args[0], &c)) return nullptr;
  buf_of(self).push_back(c);
  return none_ref();
}

Ref ba_extend(Value self, const Value* args, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "extend", kw, nargs, 1, 1)) return nullptr;
  if (!extend_with(self, args[0])) return nullptr;
  return none_ref();
}

Ref ba_pop(Value self, const Value* args, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "pop", kw, nargs, 0, 1)) return nullptr;
  std::string& buf = buf_of(self);
  ptrdiff_t i = -1;
  if (nargs && !index_ssize(args[0], &i)) return nullptr;
  if (buf.empty()) return raise(&Exc_IndexError, "pop from empty bytearray");
  if (i < 0) i += ptrdiff_t(buf.size());
  if (i < 0 || size_t(i) >= buf.size()) return raise(&Exc_IndexError, "pop index out of range");
  auto c = static_cast<unsigned char>(buf[size_t(i)]);
  buf.erase(size_t(i), 1);
  return Ref::small(c);
}

Ref ba_insert(Value self, const Value* args, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "insert", kw, nargs, 2, 2)) return nullptr;
  ptrdiff_t i;
  char c;
  if (!index_ssize(args[0], &i) || !byte_value(args[1], &c)) return nullptr;
  std::string& buf = buf_of(self);
  auto n = ptrdiff_t(buf.size());
  if (i < 0) i = std::max<ptrdiff_t>(i + n, 0);
  buf.insert(size_t(std::min(i, n)), 1, c);
  return none_ref();
}

Ref ba_remove(Value self, const Value* args, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "remove", kw, nargs, 1, 1)) return nullptr;
  char c;
  if (!byte_value(args[0], &c)) return nullptr;
  std::string& buf = buf_of(self);
  size_t pos = buf.find(c);
  if (pos == std::string::npos) return raise(&Exc_ValueError, "value not found in bytearray");
  buf.erase(pos, 1);
  return none_ref();
}

Ref ba_clear(Value self, const Value*, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "clear", kw, nargs, 0, 0)) return nullptr;
  buf_of(self).clear();
  return none_ref();
}

Ref ba_reverse(Value self, const Value*, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "reverse", kw, nargs, 0, 0)) return nullptr;
  std::reverse(buf_of(self).begin(), buf_of(self).end());
  return none_ref();
}

Ref ba_copy(Value self, const Value*, size_t nargs, Value kw) {
  if (!method_args(&ByteArrayType, "copy", kw, nargs, 0, 0)) return nullptr;
  return new_bytearray(buf_of(self));
}

#define GP_BYTES_METHOD_ENTRY(name) {#name, bytes_method_##name},
const MethodDef bytearray_methods[] = {
    GP_BYTES_SHARED_METHODS(GP_BYTES_METHOD_ENTRY)  //
    {"fromhex", bytes_method_fromhex, kMethClass},
    {"maketrans", bytes_method_maketrans, kMethStatic},
    {"append", ba_append},
    {"extend", ba_extend},
    {"pop", ba_pop},
    {"insert", ba_insert},
    {"remove", ba_remove},
    {"clear", ba_clear},
    {"reverse", ba_reverse},
    {"copy", ba_copy},
    {nullptr, nullptr},
};
#undef GP_BYTES_METHOD_ENTRY

NumberSlots bytearray_number;

TypeRegistrar bytearray_reg(&ByteArrayType, [](Type& t) {
  t.name = "bytearray";
  t.basicsize = sizeof(ByteArray);
  t.flags = kTpBaseType;
  t.base = &ObjectType;
  t.dealloc = bytearray_dealloc;
  t.repr = bytearray_repr;
  t.str = bytearray_repr;
  t.hash = hash_unhashable;
  t.richcompare = bytes_like_richcompare;
  t.length = bytearray_length;
  t.getitem = bytes_like_subscript;
  t.setitem = bytearray_setitem;
  t.contains = bytes_like_contains;
  t.iter = bytearray_iter;
  bytearray_number.binary[int(BinOp::Add)] = bytes_like_add;
  bytearray_number.binary[int(BinOp::Mul)] = bytes_like_mul;
  bytearray_number.binary[int(BinOp::Mod)] = bytes_remainder;
  bytearray_number.inplace[int(BinOp::Add)] = bytearray_iadd;
  bytearray_number.inplace[int(BinOp::Mul)] = bytearray_imul;
  t.number = &bytearray_number;
  t.new_ = bytearray_new;
  t.init = bytearray_init;
  t.methods = bytearray_methods;
});

TypeRegistrar bytearray_iter_reg(&ByteArrayIterType, [](Type& t) {
  t.name = "bytearray_iterator";
  t.basicsize = sizeof(ByteArrayIter);
  t.base = &ObjectType;
  t.dealloc = iter_dealloc;
  t.iter = iter_self;
  t.iternext = bytearray_iternext;
});

}  // namespace

Ref new_bytearray(std::string_view data) {
  ByteArray* b = bytearray_alloc(&ByteArrayType);
  if (!b) return nullptr;
  b->buf.assign(data);
  return Ref::steal(Value(b));
}

}  // namespace gp
