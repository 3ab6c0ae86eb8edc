// str: the type, allocation, hashing, interning and the core protocols
// (concatenation, repetition, indexing, slicing, comparison, iteration,
// repr). The methods live in str_methods.cpp, formatting in format.cpp.
//
// A str is one allocation: the header then the UTF-8 text and a NUL. The
// empty string and the 128 one-character ASCII strings are shared immortal
// objects, because loops over text produce them constantly. Code points are
// ordered like their UTF-8 encodings, so comparison is memcmp; equality
// checks identity, then size and cached hashes, before touching the bytes.
// Interned strings live in one global table, are immortal, and are flagged so
// that two distinct interned strings compare unequal without a memcmp.
#include "runtime/str.h"

#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <unordered_map>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace gp {

Type StrType;
Type StrIterType;
Type StrAsciiIterType;

namespace {

// Str is not standard-layout (members in both Object and Str), but GCC and
// Clang lay it out like C, so offsetof is exact.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kHeader = offsetof(Str, data);
#pragma GCC diagnostic pop

// Allocates a str of `size` bytes with an uninitialised body. No zero-fill:
// the caller writes every byte.
Str* raw_alloc(Type* t, size_t size) {
  void* mem = gp_malloc(kHeader + size + 1);
  if (!mem) {
    raise(&Exc_MemoryError, "%s", "");
    return nullptr;
  }
  Str* s = new (mem) Str;
  s->type = t;
  s->hash = -1;
  s->size = size;
  s->length = 0;
  s->ascii = false;
  s->interned = false;
  s->data[size] = '\0';
  return s;
}

Str* make_immortal_str(std::string_view text) {
  Str* s = raw_alloc(&StrType, text.size());
  // The empty string's view may have a null data pointer; memcpy must not see it.
  if (!text.empty()) std::memcpy(s->data, text.data(), text.size());
  s->length = utf8_count(text.data(), text.size());
  s->ascii = s->length == text.size();
  s->interned = true;
  make_immortal(s);
  return s;
}

// Index 0..127: the one-character ASCII strs; index 128: the empty str.
Str* const* shared_strs() {
  static Str* const* table = [] {
    static Str* t[129];
    for (int c = 0; c < 128; ++c) {
      char ch = char(c);
      t[c] = make_immortal_str(std::string_view(&ch, 1));
    }
    t[128] = make_immortal_str(std::string_view());
    return t;
  }();
  return table;
}

inline Ref shared_ref(size_t index) { return Ref::steal(Value(shared_strs()[index])); }

// Returns the shared object for "" and one ASCII char, else null.
inline Str* shared_for(const char* p, size_t n) {
  if (n == 0) return shared_strs()[128];
  if (n == 1 && static_cast<unsigned char>(p[0]) < 0x80) return shared_strs()[size_t(p[0])];
  return nullptr;
}

void str_dealloc(Object* o) { gp_free(o); }

inline uint64_t read8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
inline uint64_t read4(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}
inline uint64_t mix(uint64_t a, uint64_t b) {
  __uint128_t r = static_cast<__uint128_t>(a) * b;
  return uint64_t(r) ^ uint64_t(r >> 64);
}

}  // namespace

// A wyhash-style multiply-mix hash: 16 bytes per round, short tails read
// with overlapping loads so there is no byte loop.
int64_t hash_bytes(const char* p, size_t n) {
  constexpr uint64_t k0 = 0xa0761d6478bd642full, k1 = 0xe7037ed1a0b428dbull,
                     k2 = 0x8ebc6af09c88c6e3ull;
  uint64_t seed = k0 ^ mix(n ^ k1, k2);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 8) {
      a = read8(p);
      b = read8(p + n - 8);
    } else if (n >= 4) {
      a = read4(p);
      b = read4(p + n - 4);
    } else if (n > 0) {
      auto u = [p](size_t i) { return uint64_t(static_cast<unsigned char>(p[i])); };
      a = (u(0) << 16) | (u(n >> 1) << 8) | u(n - 1);
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t i = n;
    while (i > 16) {
      seed = mix(read8(p) ^ k1, read8(p + 8) ^ seed);
      p += 16;
      i -= 16;
    }
    a = read8(p + i - 16);
    b = read8(p + i - 8);
  }
  auto h = int64_t(mix(k1 ^ n, mix(a ^ k1, b ^ seed)));
  return h == -1 ? -2 : h;
}

Str* str_alloc(size_t size) { return raw_alloc(&StrType, size); }

Ref str_finish(Str* s) {
  if (!s) return nullptr;
  if (Str* shared = shared_for(s->data, s->size)) {
    gp_free(s);
    return Ref::steal(Value(shared));
  }
  s->data[s->size] = '\0';
  s->length = utf8_count(s->data, s->size);
  s->ascii = s->length == s->size;
  return Ref::steal(Value(s));
}

Ref new_str(std::string_view utf8) {
  if (Str* shared = shared_for(utf8.data(), utf8.size())) return Ref::steal(Value(shared));
  Str* s = str_alloc(utf8.size());
  if (!s) return nullptr;
  std::memcpy(s->data, utf8.data(), utf8.size());
  return str_finish(s);
}

Ref str_empty() { return shared_ref(128); }

Ref str_from_codepoint(uint32_t cp) {
  if (cp < 0x80) return shared_ref(cp);
  char buf[4];
  int n = utf8_encode(cp, buf);
  Str* s = str_alloc(size_t(n));
  if (!s) return nullptr;
  std::memcpy(s->data, buf, size_t(n));
  s->length = 1;
  return Ref::steal(Value(s));
}

namespace {

struct InternHash {
  size_t operator()(std::string_view v) const { return size_t(hash_bytes(v.data(), v.size())); }
};

struct InternTable {
  std::unordered_map<std::string_view, Str*, InternHash> map;
#if GILPY_FREE_THREADED
  std::mutex mu;
#endif
};

InternTable& intern_table() {
  static InternTable* table = new InternTable;  // never destroyed: strs are immortal
  return *table;
}

}  // namespace

Str* intern(std::string_view utf8) {
  if (Str* shared = shared_for(utf8.data(), utf8.size())) return shared;
  InternTable& t = intern_table();
#if GILPY_FREE_THREADED
  std::lock_guard<std::mutex> lock(t.mu);
#endif
  auto it = t.map.find(utf8);
  if (it != t.map.end()) return it->second;
  Str* s = make_immortal_str(utf8);
  t.map.emplace(s->view(), s);
  return s;
}

int64_t str_hash(Str* s) {
  if (GP_LIKELY(s->hash != -1)) return s->hash;
  s->hash = hash_bytes(s->data, s->size);
  return s->hash;
}

bool str_eq(Str* a, Str* b) {
  if (a == b) return true;
  if (a->size != b->size || (a->interned && b->interned)) return false;
  if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
  return std::memcmp(a->data, b->data, a->size) == 0;
}

// ---- StrBuilder ----

StrBuilder::StrBuilder(size_t reserve) {
  if (reserve) grow(reserve);
}

StrBuilder::~StrBuilder() {
  if (s_) gp_free(s_);
}

bool StrBuilder::grow(size_t extra) {
  if (failed_) return false;
  size_t want = len_ + extra;
  size_t cap = cap_ < 16 ? 16 : cap_;
  while (cap < want) cap += cap / 2 + 16;
  void* mem = gp_realloc(s_, kHeader + cap + 1);
  if (!mem) {
    failed_ = true;
    raise(&Exc_MemoryError, "%s", "");
    return false;
  }
  s_ = static_cast<Str*>(mem);
  cap_ = cap;
  return true;
}

void StrBuilder::append_cp(uint32_t cp) {
  if (cp < 0x80) {
    append_char(char(cp));
  } else if (char* p = extend(size_t(utf8_len(cp)))) {
    utf8_encode(cp, p);
  }
}

void StrBuilder::append_fill(uint32_t cp, size_t count) {
  if (!count) return;
  if (cp < 0x80) {
    if (char* p = extend(count)) std::memset(p, int(cp), count);
    return;
  }
  char buf[4];
  auto n = size_t(utf8_encode(cp, buf));
  if (char* p = extend(n * count)) {
    for (size_t i = 0; i < count; ++i) std::memcpy(p + i * n, buf, n);
  }
}

Ref StrBuilder::finish() {
  if (failed_) return nullptr;
  if (Str* shared = shared_for(data(), len_)) return Ref::steal(Value(shared));
  Str* s = s_;
  if (cap_ > len_ + 64) {
    if (void* mem = gp_realloc(s_, kHeader + len_ + 1)) s = static_cast<Str*>(mem);
  }
  s_ = nullptr;
  new (s) Str;
  s->type = &StrType;
  s->hash = -1;
  s->size = len_;
  s->interned = false;
  len_ = cap_ = 0;
  return str_finish(s);
}

// ---- concatenation ----

Ref str_concat(Value a, Value b) {
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (y->size == 0 && is_exact_str(a)) return Ref::dup(a);
  if (x->size == 0 && is_exact_str(b)) return Ref::dup(b);
  Str* s = str_alloc(x->size + y->size);
  if (!s) return nullptr;
  std::memcpy(s->data, x->data, x->size);
  std::memcpy(s->data + x->size, y->data, y->size);
  s->length = x->length + y->length;
  s->ascii = x->ascii && y->ascii;
  return Ref::steal(Value(s));
}

Ref str_append(Ref a, Value b) {
  Str* x = a.as<Str>();
  Str* y = as_str(b);
  if (!is_exact_str(a) || x->interned || !is_unique(x) || y->size == 0 || !is_exact_str(b))
    return str_concat(a, b);
  size_t old = x->size;
  void* mem = gp_realloc(x, kHeader + old + y->size + 1);
  if (!mem) return raise(&Exc_MemoryError, "%s", "");
  (void)a.release();  // the object moved (or stayed): `a` no longer owns it
  x = static_cast<Str*>(mem);
  std::memcpy(x->data + old, y->data, y->size);
  x->size = old + y->size;
  x->data[x->size] = '\0';
  x->length += y->length;
  x->ascii = x->ascii && y->ascii;
  x->hash = -1;
  return Ref::steal(Value(x));
}

Ref str_concat_n(const Value* pieces, size_t n) {
  size_t total = 0, length = 0;
  bool ascii = true;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(pieces[i]))
      return raise(&Exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                   type_name(pieces[i]));
    Str* p = as_str(pieces[i]);
    total += p->size;
    length += p->length;
    ascii = ascii && p->ascii;
  }
  if (n == 1 && is_exact_str(pieces[0])) return Ref::dup(pieces[0]);
  Str* s = str_alloc(total);
  if (!s) return nullptr;
  char* out = s->data;
  for (size_t i = 0; i < n; ++i) {
    Str* p = as_str(pieces[i]);
    std::memcpy(out, p->data, p->size);
    out += p->size;
  }
  if (total <= 1) return str_finish(s);
  s->length = length;
  s->ascii = ascii;
  return Ref::steal(Value(s));
}

namespace {

// Joins `items` with `sep` into one allocation.
Ref join_items(Str* sep, const Value* items, size_t n) {
  if (n == 0) return str_empty();
  if (n == 1 && is_exact_str(items[0])) return Ref::dup(items[0]);
  size_t total = sep->size * (n - 1), length = sep->length * (n - 1);
  bool ascii = sep->ascii;
  for (size_t i = 0; i < n; ++i) {
    if (!is_str(items[i]))
      return raise(&Exc_TypeError, "sequence item %zu: expected str instance, %s found", i,
                   type_name(items[i]));
    Str* p = as_str(items[i]);
    total += p->size;
    length += p->length;
    ascii = ascii && p->ascii;
  }
  Str* s = str_alloc(total);
  if (!s) return nullptr;
  char* out = s->data;
  for (size_t i = 0; i < n; ++i) {
    if (i && sep->size) {
      std::memcpy(out, sep->data, sep->size);
      out += sep->size;
    }
    Str* p = as_str(items[i]);
    std::memcpy(out, p->data, p->size);
    out += p->size;
  }
  if (total <= 1) return str_finish(s);
  s->length = length;
  s->ascii = ascii;
  return Ref::steal(Value(s));
}

}  // namespace

Ref str_join(Value sep, Value iterable) {
  if (is_list(iterable))
    return join_items(as_str(sep), iterable.as<List>()->items, iterable.as<List>()->size);
  if (is_tuple(iterable))
    return join_items(as_str(sep), iterable.as<Tuple>()->items, iterable.as<Tuple>()->size);
  Ref it = get_iter(iterable);
  if (!it) {
    if (err_matches(&Exc_TypeError)) {
      err_clear();
      return raise(&Exc_TypeError, "can only join an iterable");
    }
    return nullptr;
  }
  Ref list = list_from_iterable(it);
  if (!list) return nullptr;
  return join_items(as_str(sep), list.as<List>()->items, list.as<List>()->size);
}

Ref str_substr(Str* s, size_t start, size_t stop) {
  if (start == 0 && stop == s->length && s->type == &StrType) return Ref::dup(Value(s));
  size_t b0 = str_offset(s, start);
  size_t b1 = s->ascii ? stop : b0 + utf8_offset(s->data + b0, s->size - b0, stop - start);
  return new_str(std::string_view(s->data + b0, b1 - b0));
}

Ref str_printf(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return raise(&Exc_SystemError, "bad format string");
  if (size_t(n) < sizeof buf) return new_str(std::string_view(buf, size_t(n)));
  Str* s = str_alloc(size_t(n));
  if (!s) return nullptr;
  va_start(ap, fmt);
  std::vsnprintf(s->data, size_t(n) + 1, fmt, ap);
  va_end(ap);
  return str_finish(s);
}

// ---- repr ----

namespace {

void append_escape(StrBuilder& b, uint32_t cp) {
  static const char hex[] = "0123456789abcdef";
  char buf[10];
  int digits;
  buf[0] = '\\';
  if (cp < 0x100) {
    buf[1] = 'x';
    digits = 2;
  } else if (cp < 0x10000) {
    buf[1] = 'u';
    digits = 4;
  } else {
    buf[1] = 'U';
    digits = 8;
  }
  for (int i = 0; i < digits; ++i) buf[2 + i] = hex[(cp >> (4 * (digits - 1 - i))) & 0xF];
  b.append(std::string_view(buf, size_t(2 + digits)));
}

}  // namespace

Ref str_repr(Value v, bool ascii_only) {
  Str* s = as_str(v);
  std::string_view text = s->view();
  bool has_single = text.find('\'') != std::string_view::npos;
  char quote = has_single && text.find('"') == std::string_view::npos ? '"' : '\'';
  StrBuilder b(s->size + 2);
  b.append_char(quote);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    uint32_t cp = utf8_next(p);
    if (cp == uint32_t(quote) || cp == '\\') {
      b.append_char('\\');
      b.append_char(char(cp));
    } else if (cp == '\n') {
      b.append("\\n");
    } else if (cp == '\t') {
      b.append("\\t");
    } else if (cp == '\r') {
      b.append("\\r");
    } else if (cp >= 0x20 && cp < 0x7F) {
      b.append_char(char(cp));
    } else if (cp >= 0x80 && !ascii_only && uni_isprintable(cp)) {
      b.append_cp(cp);
    } else {
      append_escape(b, cp);
    }
  }
  b.append_char(quote);
  return b.finish();
}

Ref str_escape_non_ascii(Value v) {
  Str* s = as_str(v);
  if (s->ascii) return Ref::dup(v);
  StrBuilder b(s->size + 8);
  const char* p = s->data;
  const char* end = p + s->size;
  while (p < end) {
    uint32_t cp = utf8_next(p);
    if (cp < 0x80) {
      b.append_char(char(cp));
    } else {
      append_escape(b, cp);
    }
  }
  return b.finish();
}

// ---- slots ----

namespace {

Ref str_repr_slot(Value v) { return str_repr(v, false); }

Ref str_str_slot(Value v) {
  if (is_exact_str(v)) return Ref::dup(v);
  return new_str(as_str(v)->view());
}

int64_t str_hash_slot(Value v) { return str_hash(as_str(v)); }

Ref str_richcompare(Value a, Value b, CompareOp op) {
  if (!is_str(a) || !is_str(b)) return not_implemented_ref();
  Str* x = as_str(a);
  Str* y = as_str(b);
  if (op == CompareOp::Eq) return bool_ref(str_eq(x, y));
  if (op == CompareOp::Ne) return bool_ref(!str_eq(x, y));
  int c = std::memcmp(x->data, y->data, x->size < y->size ? x->size : y->size);
  if (c == 0) c = x->size < y->size ? -1 : x->size > y->size ? 1 : 0;
  bool r = compare_values(c, 0, op);
  return bool_ref(r);
}

ptrdiff_t str_length(Value v) { return ptrdiff_t(as_str(v)->length); }

Ref str_index_item(Str* s, ptrdiff_t i) {
  if (i < 0) i += ptrdiff_t(s->length);
  if (i < 0 || size_t(i) >= s->length) return raise(&Exc_IndexError, "string index out of range");
  if (s->ascii) return str_from_codepoint(static_cast<unsigned char>(s->data[i]));
  const char* p = s->data + utf8_offset(s->data, s->size, size_t(i));
  return str_from_codepoint(utf8_next(p));
}

Ref str_slice(Str* s, Value slice) {
  ptrdiff_t start, stop, step;
  ptrdiff_t n = slice_unpack(slice, ptrdiff_t(s->length), &start, &stop, &step);
  if (n < 0) return nullptr;
  if (n == 0) return str_empty();
  if (step == 1) return str_substr(s, size_t(start), size_t(start + n));
  if (s->ascii) {
    Str* r = str_alloc(size_t(n));
    if (!r) return nullptr;
    for (ptrdiff_t i = 0, j = start; i < n; ++i, j += step) r->data[i] = s->data[j];
    return str_finish(r);
  }
  // Non-ASCII with a step: decode once into code points, then pick.
  std::u32string cps;
  cps.reserve(s->length);
  for (const char* p = s->data; p < s->data + s->size;) cps.push_back(utf8_next(p));
  StrBuilder b(size_t(n) * 2);
  for (ptrdiff_t i = 0, j = start; i < n; ++i, j += step) b.append_cp(cps[size_t(j)]);
  return b.finish();
}

Ref str_getitem(Value v, Value key) {
  Str* s = as_str(v);
  if (key.is_small()) return str_index_item(s, key.small_value());
  if (type_of(key) == &SliceType) return str_slice(s, key);
  NumberSlots* num = type_of(key)->number;
  if (num && num->index) {
    ptrdiff_t i;
    if (!index_ssize(key, &i)) return nullptr;
    return str_index_item(s, i);
  }
  return raise(&Exc_TypeError, "string indices must be integers, not '%s'", type_name(key));
}

int str_contains(Value v, Value item) {
  if (!is_str(item)) {
    raise(&Exc_TypeError, "'in <string>' requires string as left operand, not %s", type_name(item));
    return -1;
  }
  return as_str(v)->view().find(as_str(item)->view()) != std::string_view::npos;
}

// A heap type that defines `dunder` may still handle the operation.
bool may_handle(Value other, const char* dunder) {
  Type* t = type_of(other);
  return (t->flags & kTpHeapType) && type_lookup(t, intern(dunder));
}

Ref str_add(Value a, Value b) {
  if (!is_str(a)) return not_implemented_ref();
  if (!is_str(b)) {
    if (may_handle(b, "__radd__")) return not_implemented_ref();
    return raise(&Exc_TypeError, "can only concatenate str (not \"%s\") to str", type_name(b));
  }
  return str_concat(a, b);
}

Ref str_repeat(Str* s, Value count) {
  ptrdiff_t n;
  if (!index_ssize(count, &n)) return nullptr;
  if (n <= 0 || s->size == 0) return str_empty();
  if (n == 1 && s->type == &StrType) return Ref::dup(Value(s));
  if (s->size > size_t(PTRDIFF_MAX) / size_t(n))
    return raise(&Exc_OverflowError, "repeated string is too long");
  size_t total = s->size * size_t(n);
  Str* r = str_alloc(total);
  if (!r) return nullptr;
  if (s->size == 1) {
    std::memset(r->data, s->data[0], total);
  } else {
    // Doubling copies: log(n) memcpy calls instead of n.
    std::memcpy(r->data, s->data, s->size);
    size_t done = s->size;
    while (done < total) {
      size_t chunk = done < total - done ? done : total - done;
      std::memcpy(r->data + done, r->data, chunk);
      done += chunk;
    }
  }
  r->length = s->length * size_t(n);
  r->ascii = s->ascii;
  return Ref::steal(Value(r));
}

Ref str_mul(Value a, Value b) {
  Value s = is_str(a) ? a : b;
  Value count = is_str(a) ? b : a;
  if (!is_str(s)) return not_implemented_ref();
  NumberSlots* num = type_of(count)->number;
  if (is_int(count) || (num && num->index)) return str_repeat(as_str(s), count);
  if (may_handle(count, count.is(b) ? "__rmul__" : "__mul__")) return not_implemented_ref();
  return raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'", type_name(count));
}

Ref str_mod(Value a, Value b) {
  if (!is_str(a)) return not_implemented_ref();
  return percent_format(as_str(a), b);
}

// ---- iteration ----

struct StrIter : Object {
  Ref str;
  size_t pos;  // byte offset of the next code point
};

Ref str_iter(Value v) {
  Type* t = as_str(v)->ascii ? &StrAsciiIterType : &StrIterType;
  auto* it = alloc_object<StrIter>(t);
  if (!it) return nullptr;
  it->str = Ref::dup(v);
  return Ref::steal(Value(it));
}

Ref str_iternext(Value v) {
  auto* it = v.as<StrIter>();
  if (!it->str) return nullptr;
  Str* s = it->str.as<Str>();
  if (it->pos >= s->size) {
    it->str.reset();
    return nullptr;
  }
  const char* p = s->data + it->pos;
  uint32_t cp = utf8_next(p);
  it->pos = size_t(p - s->data);
  return str_from_codepoint(cp);
}

// Where a subclass instance's extra fields start: after the text, aligned.
size_t str_items_end(size_t size) { return (kHeader + size + 1 + 7) & ~size_t(7); }

// str(object='', encoding='utf-8', errors='strict')
Ref str_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("str", args, nargs, kwnames, {"object", "encoding", "errors"}, 0, a))
    return nullptr;
  Ref value;
  if (a[1] || a[2]) {
    for (int i = 1; i < 3; ++i) {
      if (a[i] && !is_str(a[i]))
        return raise(&Exc_TypeError, "str() argument '%s' must be str, not %s",
                     i == 1 ? "encoding" : "errors", type_name(a[i]));
    }
    if (!a[0]) {
      value = str_empty();
    } else if (is_str(a[0])) {
      return raise(&Exc_TypeError, "decoding str is not supported");
    } else if (std::string_view d; !bytes_like_view(a[0], &d)) {
      return raise(&Exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                   type_name(a[0]));
    } else {
      value = bytes_decode_text(d.data(), d.size(), a[1] ? as_str(a[1])->view() : "utf-8",
                                a[2] ? as_str(a[2])->view() : "strict");
    }
  } else {
    value = a[0] ? str(a[0]) : str_empty();
  }
  if (!value || t == &StrType) return value;
  // A subclass instance: the text followed by the subclass's extra fields.
  Str* src = value.as<Str>();
  size_t text = str_items_end(src->size);
  size_t extra = t->basicsize > sizeof(Str) ? t->basicsize - sizeof(Str) : 0;
  void* mem = gp_malloc(text + extra);
  if (!mem) return raise(&Exc_MemoryError, "%s", "");
  std::memset(mem, 0, text + extra);
  Str* s = new (mem) Str;
  s->type = t;
  s->hash = -1;
  s->size = src->size;
  s->length = src->length;
  s->ascii = src->ascii;
  std::memcpy(s->data, src->data, src->size + 1);
  incref(Value(t));
  return Ref::steal(Value(s));
}

NumberSlots str_number;

void iter_dealloc(Object* o) { destroy_object<StrIter>(o); }

void setup_iter(Type& t, const char* name) {
  t.name = name;
  t.basicsize = sizeof(StrIter);
  t.base = &ObjectType;
  t.dealloc = iter_dealloc;
  t.iter = iter_self;
  t.iternext = str_iternext;
}

TypeRegistrar str_reg(&StrType, [](Type& t) {
  t.name = "str";
  t.basicsize = sizeof(Str);
  t.itemsize = 1;
  t.flags = kTpBaseType | kTpStrSubclass;
  t.base = &ObjectType;
  t.dealloc = str_dealloc;
  t.repr = str_repr_slot;
  t.str = str_str_slot;
  t.hash = str_hash_slot;
  t.richcompare = str_richcompare;
  t.length = str_length;
  t.getitem = str_getitem;
  t.contains = str_contains;
  t.iter = str_iter;
  str_number.binary[int(BinOp::Add)] = str_add;
  str_number.binary[int(BinOp::Mul)] = str_mul;
  str_number.binary[int(BinOp::Mod)] = str_mod;
  t.number = &str_number;
  t.new_ = str_new;
  t.items_end = [](const Object* o) { return str_items_end(static_cast<const Str*>(o)->size); };
  t.methods = str_methods;
});

TypeRegistrar str_iter_reg(&StrIterType, [](Type& t) { setup_iter(t, "str_iterator"); });
TypeRegistrar str_ascii_iter_reg(&StrAsciiIterType,
                                 [](Type& t) { setup_iter(t, "str_ascii_iterator"); });

}  // namespace

}  // namespace gp
