// bytes: the immutable byte string type, plus the utf-8 / ascii / latin-1
// codecs that str.encode, bytes.decode and str(b, encoding) share.
//
// A bytes object is one allocation like str (header, data, NUL). It hashes
// with str's hash function. The codecs work in one pass into a builder; the
// strict UTF-8 decoder validates a word at a time and copies valid runs
// whole, so decoding ASCII-heavy data costs little more than a memcpy.
// Decode/encode errors raise UnicodeDecodeError / UnicodeEncodeError with
// CPython's five arguments (encoding, object, start, end, reason).
#include "runtime/bytes.h"

#include <algorithm>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/iterators.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type BytesType;
Type BytesIterType;

namespace {

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
constexpr size_t kHeader = offsetof(Bytes, data);
#pragma GCC diagnostic pop

inline Bytes* B(Value v) { return v.as<Bytes>(); }

}  // namespace

Bytes* bytes_alloc(size_t n) {
  void* mem = gp_malloc(kHeader + n + 1);
  if (!mem) {
    raise(&Exc_MemoryError, "%s", "");
    return nullptr;
  }
  Bytes* b = new (mem) Bytes;
  b->type = &BytesType;
  b->hash = -1;
  b->size = n;
  b->data[n] = '\0';
  return b;
}

Ref new_bytes(std::string_view data) {
  Bytes* b = bytes_alloc(data.size());
  if (!b) return nullptr;
  std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(Value(b));
}

Ref bytes_repr(Value v) {
  static const char hex[] = "0123456789abcdef";
  std::string_view d = B(v)->view();
  char quote =
      d.find('\'') != std::string_view::npos && d.find('"') == std::string_view::npos ? '"' : '\'';
  StrBuilder b(d.size() + 3);
  b.append_char('b');
  b.append_char(quote);
  for (char ch : d) {
    auto c = static_cast<unsigned char>(ch);
    if (c == uint8_t(quote) || c == '\\') {
      b.append_char('\\');
      b.append_char(char(c));
    } else if (c == '\t') {
      b.append("\\t");
    } else if (c == '\n') {
      b.append("\\n");
    } else if (c == '\r') {
      b.append("\\r");
    } else if (c < 0x20 || c >= 0x7F) {
      char esc[4] = {'\\', 'x', hex[c >> 4], hex[c & 0xF]};
      b.append(std::string_view(esc, 4));
    } else {
      b.append_char(char(c));
    }
  }
  b.append_char(quote);
  return b.finish();
}

// ---- codecs ----

namespace {

enum class Codec { Utf8, Ascii, Latin1, Unknown };

Codec lookup_codec(std::string_view name) {
  char norm[32];
  if (name.size() >= sizeof norm) return Codec::Unknown;
  size_t n = 0;
  for (char c : name) norm[n++] = (c == '-' || c == ' ') ? '_' : char(std::tolower(c));
  std::string_view s(norm, n);
  if (s == "utf_8" || s == "utf8" || s == "u8" || s == "utf" || s == "cp65001") return Codec::Utf8;
  if (s == "ascii" || s == "us_ascii" || s == "646") return Codec::Ascii;
  if (s == "latin_1" || s == "latin1" || s == "latin" || s == "l1" || s == "iso_8859_1" ||
      s == "iso8859_1" || s == "8859" || s == "cp819" || s == "iso_ir_100")
    return Codec::Latin1;
  return Codec::Unknown;
}

const char* codec_name(Codec c) {
  return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

enum class Handler { Strict, Replace, Ignore, BackslashReplace, SurrogateEscape, XmlCharRef, Bad };

Handler lookup_handler(std::string_view name) {
  if (name == "strict") return Handler::Strict;
  if (name == "replace") return Handler::Replace;
  if (name == "ignore") return Handler::Ignore;
  if (name == "backslashreplace") return Handler::BackslashReplace;
  if (name == "surrogateescape") return Handler::SurrogateEscape;
  if (name == "xmlcharrefreplace") return Handler::XmlCharRef;
  return Handler::Bad;
}

std::nullptr_t raise_codec_error(Type* t, Codec c, Value obj, size_t start, size_t end,
                                 const char* reason) {
  Ref enc = new_str(codec_name(c));
  Ref s = int_from_u64(start);
  Ref e = int_from_u64(end);
  Ref why = new_str(reason);
  if (!enc || !s || !e || !why) return nullptr;
  Ref args = new_tuple({enc, obj, s, e, why});
  if (!args) return nullptr;
  Ref exc = new_exception(t, args);
  if (!exc) return nullptr;
  return raise_value(exc);
}

void append_hex_escape(StrBuilder& b, char kind, uint32_t v, int digits) {
  static const char hex[] = "0123456789abcdef";
  b.append_char('\\');
  b.append_char(kind);
  for (int i = digits - 1; i >= 0; --i) b.append_char(hex[(v >> (4 * i)) & 0xF]);
}

}  // namespace

Ref bytes_decode_text(const char* data, size_t n, std::string_view encoding,
                      std::string_view errors) {
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Unknown)
    return raise(&Exc_LookupError, "unknown encoding: %.*s", int(encoding.size()), encoding.data());
  if (codec == Codec::Utf8) {
    size_t valid = utf8_valid_prefix(data, n);
    if (valid == n) return new_str(std::string_view(data, n));
  } else if (codec == Codec::Ascii && utf8_is_ascii(data, n)) {
    return new_str(std::string_view(data, n));
  }
  Handler h = lookup_handler(errors);
  auto p = reinterpret_cast<const unsigned char*>(data);
  auto end = p + n;
  StrBuilder b(n);
  Ref obj;  // the bytes object for the exception, made only on error
  const unsigned char* q = p;
  while (q < end) {
    uint32_t cp;
    int len, bad = 1;
    const char* reason = "ordinal not in range(128)";
    if (codec == Codec::Latin1) {
      b.append_cp(*q++);
      continue;
    }
    if (codec == Codec::Ascii) {
      len = *q < 0x80 ? 1 : 0;
      cp = *q;
    } else {
      len = utf8_decode_strict(q, end, &cp, &bad, &reason);
    }
    if (len) {
      b.append(std::string_view(reinterpret_cast<const char*>(q), size_t(len)));
      q += len;
      continue;
    }
    size_t pos = size_t(q - p);
    switch (h) {
      case Handler::Replace:
        b.append_cp(0xFFFD);
        break;
      case Handler::Ignore:
        break;
      case Handler::BackslashReplace:
        for (int i = 0; i < bad; ++i) append_hex_escape(b, 'x', q[i], 2);
        break;
      case Handler::SurrogateEscape:
        for (int i = 0; i < bad; ++i) {
          if (q[i] < 0x80) goto strict;
          b.append_cp(0xDC00 + q[i]);
        }
        break;
      case Handler::Bad:
        return raise(&Exc_LookupError, "unknown error handler name '%.*s'", int(errors.size()),
                     errors.data());
      default:
      strict:
        obj = new_bytes(std::string_view(data, n));
        if (!obj) return nullptr;
        return raise_codec_error(&Exc_UnicodeDecodeError, codec, obj, pos, pos + size_t(bad),
                                 reason);
    }
    q += bad;
  }
  return b.finish();
}

Ref str_encode(Value s, std::string_view encoding, std::string_view errors) {
  Str* str = as_str(s);
  Codec codec = lookup_codec(encoding);
  if (codec == Codec::Unknown)
    return raise(&Exc_LookupError, "unknown encoding: %.*s", int(encoding.size()), encoding.data());
  if (str->ascii) return new_bytes(str->view());
  Handler h = Handler::Strict;
  bool handler_known = false;
  uint32_t limit = codec == Codec::Ascii ? 0x80 : codec == Codec::Latin1 ? 0x100 : 0x110000;
  std::string out;
  out.reserve(str->size);
  size_t index = 0;
  for (const char* p = str->data; p < str->data + str->size; ++index) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    bool surrogate = cp >= 0xD800 && cp < 0xE000;
    if (cp < limit && !(codec == Codec::Utf8 && surrogate)) {
      if (codec == Codec::Utf8) {
        out.append(start, size_t(p - start));
      } else {
        out.push_back(char(cp));
      }
      continue;
    }
    if (!handler_known) {
      h = lookup_handler(errors);
      handler_known = true;
    }
    char buf[16];
    switch (h) {
      case Handler::Replace:
        out.push_back('?');
        break;
      case Handler::Ignore:
        break;
      case Handler::BackslashReplace:
        if (cp < 0x100) {
          std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        } else if (cp < 0x10000) {
          std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        } else {
          std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        }
        out.append(buf);
        break;
      case Handler::XmlCharRef:
        std::snprintf(buf, sizeof buf, "&#%u;", cp);
        out.append(buf);
        break;
      case Handler::SurrogateEscape:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
          out.push_back(char(cp - 0xDC00));
          break;
        }
        [[fallthrough]];
      case Handler::Strict:
        return raise_codec_error(&Exc_UnicodeEncodeError, codec, s, index, index + 1,
                                 codec == Codec::Utf8    ? "surrogates not allowed"
                                 : codec == Codec::Ascii ? "ordinal not in range(128)"
                                                         : "ordinal not in range(256)");
      case Handler::Bad:
        return raise(&Exc_LookupError, "unknown error handler name '%.*s'", int(errors.size()),
                     errors.data());
    }
  }
  return new_bytes(out);
}

// ---- slots ----

namespace {

void bytes_dealloc(Object* o) { gp_free(o); }

int64_t bytes_hash(Value v) {
  Bytes* b = B(v);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->size);
  return b->hash;
}

Ref bytes_richcompare(Value a, Value b, CompareOp op) {
  if (!is_bytes(a) || !is_bytes(b)) return not_implemented_ref();
  std::string_view x = B(a)->view(), y = B(b)->view();
  int c = x.compare(y);
  bool r = false;
  switch (op) {
    case CompareOp::Lt:
      r = c < 0;
      break;
    case CompareOp::Le:
      r = c <= 0;
      break;
    case CompareOp::Eq:
      r = c == 0;
      break;
    case CompareOp::Ne:
      r = c != 0;
      break;
    case CompareOp::Gt:
      r = c > 0;
      break;
    case CompareOp::Ge:
      r = c >= 0;
      break;
  }
  return bool_ref(r);
}

ptrdiff_t bytes_length(Value v) { return ptrdiff_t(B(v)->size); }

Ref bytes_getitem(Value v, Value key) {
  Bytes* b = B(v);
  if (type_of(key) == &SliceType) {
    ptrdiff_t start, stop, step;
    ptrdiff_t n = slice_unpack(key, ptrdiff_t(b->size), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) {
      if (n == ptrdiff_t(b->size) && b->type == &BytesType) return Ref::dup(v);
      return new_bytes(std::string_view(b->data + start, size_t(n)));
    }
    Bytes* r = bytes_alloc(size_t(n));
    if (!r) return nullptr;
    for (ptrdiff_t i = 0, j = start; i < n; ++i, j += step) r->data[i] = b->data[j];
    return Ref::steal(Value(r));
  }
  NumberSlots* num = type_of(key)->number;
  if (!is_int(key) && !(num && num->index))
    return raise(&Exc_TypeError, "byte indices must be integers or slices, not %s", type_name(key));
  ptrdiff_t i;
  if (!index_ssize(key, &i)) return nullptr;
  if (i < 0) i += ptrdiff_t(b->size);
  if (i < 0 || size_t(i) >= b->size) return raise(&Exc_IndexError, "index out of range");
  return Ref::small(static_cast<unsigned char>(b->data[i]));
}

// A bytes argument (or raises CPython's "a bytes-like object is required").
bool need_bytes(Value v) {
  if (is_bytes(v)) return true;
  raise(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
}

// A search argument: bytes or an int in range(256); `one` holds the byte.
bool search_arg(Value v, std::string_view* out, char* one) {
  if (is_bytes(v)) {
    *out = B(v)->view();
    return true;
  }
  if (is_int(v)) {
    int64_t i;
    if (!int_to_i64(v, &i) || i < 0 || i > 255) {
      raise(&Exc_ValueError, "byte must be in range(0, 256)");
      return false;
    }
    *one = char(i);
    *out = std::string_view(one, 1);
    return true;
  }
  raise(&Exc_TypeError, "argument should be integer or bytes-like object, not '%s'", type_name(v));
  return false;
}

int bytes_contains(Value v, Value item) {
  std::string_view needle;
  char one;
  if (is_str(item)) {
    need_bytes(item);
    return -1;
  }
  if (!search_arg(item, &needle, &one)) return -1;
  return B(v)->view().find(needle) != std::string_view::npos;
}

Ref bytes_add(Value a, Value b) {
  if (!is_bytes(a)) return not_implemented_ref();
  if (!is_bytes(b)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't concat %s to bytes", type_name(b));
  }
  Bytes* x = B(a);
  Bytes* y = B(b);
  Bytes* r = bytes_alloc(x->size + y->size);
  if (!r) return nullptr;
  std::memcpy(r->data, x->data, x->size);
  std::memcpy(r->data + x->size, y->data, y->size);
  return Ref::steal(Value(r));
}

Ref bytes_mul(Value a, Value b) {
  Value s = is_bytes(a) ? a : b;
  Value count = is_bytes(a) ? b : a;
  if (!is_bytes(s)) return not_implemented_ref();
  NumberSlots* num = type_of(count)->number;
  if (!is_int(count) && !(num && num->index)) {
    if (type_of(count)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(count));
  }
  ptrdiff_t n;
  if (!index_ssize(count, &n)) return nullptr;
  Bytes* x = B(s);
  if (n <= 0) n = 0;
  if (x->size && size_t(n) > size_t(PTRDIFF_MAX) / x->size)
    return raise(&Exc_OverflowError, "repeated bytes are too long");
  Bytes* r = bytes_alloc(x->size * size_t(n));
  if (!r) return nullptr;
  for (ptrdiff_t i = 0; i < n; ++i) std::memcpy(r->data + size_t(i) * x->size, x->data, x->size);
  return Ref::steal(Value(r));
}

struct BytesIter : Object {
  Ref bytes;
  size_t pos;
};

Ref bytes_iter(Value v) {
  auto* it = alloc_object<BytesIter>(&BytesIterType);
  if (!it) return nullptr;
  it->bytes = Ref::dup(v);
  return Ref::steal(Value(it));
}

Ref bytes_iternext(Value v) {
  auto* it = v.as<BytesIter>();
  if (!it->bytes) return nullptr;
  Bytes* b = it->bytes.as<Bytes>();
  if (it->pos >= b->size) {
    it->bytes.reset();
    return nullptr;
  }
  return Ref::small(static_cast<unsigned char>(b->data[it->pos++]));
}

// bytes(source=b'', encoding, errors)
Ref bytes_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a))
    return nullptr;
  Value src = a[0];
  if (a[1] || a[2]) {
    if (!src || !is_str(src))
      return raise(&Exc_TypeError, src ? "encoding without a string argument"
                                       : "encoding or errors without sequence argument");
    for (int i = 1; i < 3; ++i) {
      if (a[i] && !is_str(a[i]))
        return raise(&Exc_TypeError, "bytes() argument '%s' must be str, not %s",
                     i == 1 ? "encoding" : "errors", type_name(a[i]));
    }
    return str_encode(src, a[1] ? as_str(a[1])->view() : "utf-8",
                      a[2] ? as_str(a[2])->view() : "strict");
  }
  if (!src) return new_bytes({});
  if (is_bytes(src)) return new_bytes(B(src)->view());
  if (is_str(src)) return raise(&Exc_TypeError, "string argument without an encoding");
  NumberSlots* num = type_of(src)->number;
  if (is_int(src) || (num && num->index)) {
    ptrdiff_t n;
    if (!index_ssize(src, &n)) return nullptr;
    if (n < 0) return raise(&Exc_ValueError, "negative count");
    Bytes* r = bytes_alloc(size_t(n));
    if (!r) return nullptr;
    std::memset(r->data, 0, size_t(n));
    return Ref::steal(Value(r));
  }
  Ref it = get_iter(src);
  if (!it) {
    if (!err_matches(&Exc_TypeError)) return nullptr;
    err_clear();
    return raise(&Exc_TypeError, "cannot convert '%s' object to bytes", type_name(src));
  }
  std::string out;
  for (;;) {
    Ref item = iter_next(it);
    if (!item) {
      if (err_occurred()) return nullptr;
      break;
    }
    ptrdiff_t v;
    if (!is_int(item) && !(type_of(item)->number && type_of(item)->number->index))
      return raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                   type_name(item));
    if (!index_ssize(item, &v)) return nullptr;
    if (v < 0 || v > 255) return raise(&Exc_ValueError, "bytes must be in range(0, 256)");
    out.push_back(char(v));
  }
  return new_bytes(out);
}

// ---- methods ----

Ref b_decode(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("decode", args, nargs, kwnames, {"encoding", "errors"}, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(a[i]))
      return raise(&Exc_TypeError, "decode() argument '%s' must be str, not %s",
                   i ? "errors" : "encoding", type_name(a[i]));
  }
  return bytes_decode_text(B(self)->data, B(self)->size, a[0] ? as_str(a[0])->view() : "utf-8",
                           a[1] ? as_str(a[1])->view() : "strict");
}

Ref b_hex(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("hex", kw) || !check_nargs("hex", nargs, 0, 0)) return nullptr;
  static const char hex[] = "0123456789abcdef";
  Bytes* b = B(self);
  Str* s = str_alloc(b->size * 2);
  if (!s) return nullptr;
  for (size_t i = 0; i < b->size; ++i) {
    auto c = static_cast<unsigned char>(b->data[i]);
    s->data[2 * i] = hex[c >> 4];
    s->data[2 * i + 1] = hex[c & 0xF];
  }
  return str_finish(s);
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Ref b_fromhex(Value, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("fromhex", kw) || !check_nargs("fromhex", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0]))
    return raise(&Exc_TypeError, "fromhex() argument must be str, not %s", type_name(args[0]));
  Str* s = as_str(args[0]);
  std::string out;
  size_t i = 0, n = s->size;
  while (i < n) {
    if (uni_isspace(static_cast<unsigned char>(s->data[i]))) {
      ++i;
      continue;
    }
    int hi = hex_value(s->data[i]);
    int lo = i + 1 < n ? hex_value(s->data[i + 1]) : -1;
    if (hi < 0 || lo < 0)
      return raise(&Exc_ValueError, "non-hexadecimal number found in fromhex() arg at position %zu",
                   utf8_count(s->data, hi < 0 ? i : i + 1));
    out.push_back(char(hi * 16 + lo));
    i += 2;
  }
  return new_bytes(out);
}

// Start/end window for find-style methods (slice semantics), in bytes.
bool byte_window(Bytes* b, const Value* args, size_t nargs, size_t* lo, size_t* hi) {
  auto len = ptrdiff_t(b->size);
  ptrdiff_t s = 0, e = len;
  if (nargs > 1 && !is_none(args[1]) && !index_ssize(args[1], &s)) return false;
  if (nargs > 2 && !is_none(args[2]) && !index_ssize(args[2], &e)) return false;
  if (s < 0) s = std::max<ptrdiff_t>(s + len, 0);
  if (e < 0) e = std::max<ptrdiff_t>(e + len, 0);
  if (e > len) e = len;
  *lo = size_t(s);
  *hi = size_t(std::max(s, e));
  return true;
}

Ref b_find(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("find", kw) || !check_nargs("find", nargs, 1, 3)) return nullptr;
  std::string_view needle;
  char one;
  size_t lo, hi;
  if (!search_arg(args[0], &needle, &one) || !byte_window(B(self), args, nargs, &lo, &hi))
    return nullptr;
  if (lo > B(self)->size) return Ref::small(-1);
  size_t pos = B(self)->view().substr(lo, hi - lo).find(needle);
  return Ref::small(pos == std::string_view::npos ? -1 : ptrdiff_t(lo + pos));
}

Ref b_count(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("count", kw) || !check_nargs("count", nargs, 1, 3)) return nullptr;
  std::string_view needle;
  char one;
  size_t lo, hi;
  if (!search_arg(args[0], &needle, &one) || !byte_window(B(self), args, nargs, &lo, &hi))
    return nullptr;
  if (lo > B(self)->size) return Ref::small(0);
  std::string_view hay = B(self)->view().substr(lo, hi - lo);
  if (needle.empty()) return Ref::small(ptrdiff_t(hay.size() + 1));
  ptrdiff_t n = 0;
  for (size_t pos = hay.find(needle); pos != std::string_view::npos;
       pos = hay.find(needle, pos + needle.size()))
    ++n;
  return Ref::small(n);
}

Ref affix(Value self, const Value* args, size_t nargs, Value kw, const char* name, bool ends) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  size_t lo, hi;
  if (!byte_window(B(self), args, nargs, &lo, &hi)) return nullptr;
  auto test = [&](std::string_view p) {
    if (lo > B(self)->size || p.size() > hi - lo) return false;
    return std::memcmp(B(self)->data + (ends ? hi - p.size() : lo), p.data(), p.size()) == 0;
  };
  if (is_tuple(args[0])) {
    for (Value item : *args[0].as<Tuple>()) {
      if (!need_bytes(item)) return nullptr;
      if (test(B(item)->view())) return bool_ref(true);
    }
    return bool_ref(false);
  }
  if (!is_bytes(args[0]))
    return raise(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                 type_name(args[0]));
  return bool_ref(test(B(args[0])->view()));
}

Ref b_startswith(Value self, const Value* a, size_t n, Value kw) {
  return affix(self, a, n, kw, "startswith", false);
}
Ref b_endswith(Value self, const Value* a, size_t n, Value kw) {
  return affix(self, a, n, kw, "endswith", true);
}

bool byte_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

Ref b_split(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("split", args, nargs, kwnames, {"sep", "maxsplit"}, 0, a)) return nullptr;
  ptrdiff_t maxsplit = -1;
  if (a[1] && !index_ssize(a[1], &maxsplit)) return nullptr;
  std::string_view d = B(self)->view();
  Ref list = new_list();
  if (!list) return nullptr;
  auto add = [&](std::string_view piece) {
    Ref b = new_bytes(piece);
    return b && list_append(list, b) == 0;
  };
  ptrdiff_t splits = 0;
  if (!a[0] || is_none(a[0])) {
    size_t i = 0;
    while (i < d.size()) {
      while (i < d.size() && byte_space(d[i])) ++i;
      if (i == d.size()) break;
      size_t start = i;
      if (maxsplit >= 0 && splits == maxsplit) {
        if (!add(d.substr(start))) return nullptr;  // the rest, trailing space kept
        break;
      }
      while (i < d.size() && !byte_space(d[i])) ++i;
      if (!add(d.substr(start, i - start))) return nullptr;
      ++splits;
    }
    return list;
  }
  if (!need_bytes(a[0])) return nullptr;
  std::string_view sep = B(a[0])->view();
  if (sep.empty()) return raise(&Exc_ValueError, "empty separator");
  size_t start = 0;
  for (size_t pos;
       (maxsplit < 0 || splits < maxsplit) && (pos = d.find(sep, start)) != std::string_view::npos;
       ++splits) {
    if (!add(d.substr(start, pos - start))) return nullptr;
    start = pos + sep.size();
  }
  if (!add(d.substr(start))) return nullptr;
  return list;
}

Ref b_join(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("join", kw) || !check_nargs("join", nargs, 1, 1)) return nullptr;
  Ref items = list_from_iterable(args[0]);
  if (!items) return nullptr;
  auto* l = items.as<List>();
  std::string_view sep = B(self)->view();
  std::string out;
  for (size_t i = 0; i < l->size; ++i) {
    if (!is_bytes(l->items[i]))
      return raise(&Exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                   type_name(l->items[i]));
    if (i) out.append(sep);
    out.append(B(l->items[i])->view());
  }
  return new_bytes(out);
}

Ref b_strip(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("strip", kw) || !check_nargs("strip", nargs, 0, 1)) return nullptr;
  std::string_view d = B(self)->view();
  std::string_view chars = " \t\n\r\v\f";
  if (nargs && !is_none(args[0])) {
    if (!need_bytes(args[0])) return nullptr;
    chars = B(args[0])->view();
  }
  size_t lo = d.find_first_not_of(chars);
  if (lo == std::string_view::npos) return new_bytes({});
  size_t hi = d.find_last_not_of(chars) + 1;
  return new_bytes(d.substr(lo, hi - lo));
}

Ref b_case(Value self, size_t nargs, Value kw, const char* name, bool upper) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  Bytes* b = B(self);
  Bytes* r = bytes_alloc(b->size);
  if (!r) return nullptr;
  for (size_t i = 0; i < b->size; ++i) {
    char c = b->data[i];
    if (upper && c >= 'a' && c <= 'z') c = char(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = char(c + 32);
    r->data[i] = c;
  }
  return Ref::steal(Value(r));
}

Ref b_upper(Value self, const Value*, size_t n, Value kw) {
  return b_case(self, n, kw, "upper", true);
}
Ref b_lower(Value self, const Value*, size_t n, Value kw) {
  return b_case(self, n, kw, "lower", false);
}

Ref b_replace(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("replace", kw) || !check_nargs("replace", nargs, 2, 3)) return nullptr;
  if (!need_bytes(args[0]) || !need_bytes(args[1])) return nullptr;
  ptrdiff_t limit = -1;
  if (nargs > 2 && !index_ssize(args[2], &limit)) return nullptr;
  std::string_view d = B(self)->view(), from = B(args[0])->view(), to = B(args[1])->view();
  std::string out;
  size_t start = 0;
  ptrdiff_t done = 0;
  if (from.empty()) {
    for (size_t i = 0; i <= d.size() && (limit < 0 || done < limit); ++i, ++done) {
      out.append(to);
      if (i < d.size()) out.push_back(d[i]);
      start = i + 1;
    }
    if (start < d.size()) out.append(d.substr(start));
    return new_bytes(out);
  }
  for (size_t pos;
       (limit < 0 || done < limit) && (pos = d.find(from, start)) != std::string_view::npos;
       ++done) {
    out.append(d.substr(start, pos - start));
    out.append(to);
    start = pos + from.size();
  }
  out.append(d.substr(start));
  return new_bytes(out);
}

const MethodDef bytes_methods[] = {
    {"decode", b_decode},         {"hex", b_hex},           {"fromhex", b_fromhex, kMethClass},
    {"startswith", b_startswith}, {"endswith", b_endswith}, {"find", b_find},
    {"count", b_count},           {"split", b_split},       {"join", b_join},
    {"strip", b_strip},           {"upper", b_upper},       {"lower", b_lower},
    {"replace", b_replace},       {nullptr, nullptr},
};

NumberSlots bytes_number;

void iter_dealloc(Object* o) { destroy_object<BytesIter>(o); }

TypeRegistrar bytes_reg(&BytesType, [](Type& t) {
  t.name = "bytes";
  t.basicsize = sizeof(Bytes);
  t.itemsize = 1;
  t.flags = kTpBaseType | kTpBytesSubclass;
  t.base = &ObjectType;
  t.dealloc = bytes_dealloc;
  t.repr = bytes_repr;
  t.str = bytes_repr;
  t.hash = bytes_hash;
  t.richcompare = bytes_richcompare;
  t.length = bytes_length;
  t.getitem = bytes_getitem;
  t.contains = bytes_contains;
  t.iter = bytes_iter;
  bytes_number.binary[int(BinOp::Add)] = bytes_add;
  bytes_number.binary[int(BinOp::Mul)] = bytes_mul;
  t.number = &bytes_number;
  t.new_ = bytes_new;
  t.methods = bytes_methods;
});

TypeRegistrar bytes_iter_reg(&BytesIterType, [](Type& t) {
  t.name = "bytes_iterator";
  t.basicsize = sizeof(BytesIter);
  t.base = &ObjectType;
  t.dealloc = iter_dealloc;
  t.iter = iter_self;
  t.iternext = bytes_iternext;
});

}  // namespace

}  // namespace gp
