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
#include <cstring>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytearray.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/format.h"
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
  if (!data.empty()) std::memcpy(b->data, data.data(), data.size());
  return Ref::steal(Value(b));
}

Ref bytes_repr_text(std::string_view d) {
  static const char hex[] = "0123456789abcdef";
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

Ref bytes_repr(Value v) { return bytes_repr_text(B(v)->view()); }

bool bytes_like_view(Value v, std::string_view* out) {
  if (is_bytes(v)) {
    *out = B(v)->view();
    return true;
  }
  if (is_bytearray(v)) {
    *out = v.as<ByteArray>()->buf;
    return true;
  }
  return false;
}

bool need_bytes_like(Value v, std::string_view* out) {
  if (bytes_like_view(v, out)) return true;
  raise(&Exc_TypeError, "a bytes-like object is required, not '%s'", type_name(v));
  return false;
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

// ---- what bytes and bytearray share ----

namespace {

std::string_view view_of(Value v) {
  return is_bytes(v) ? B(v)->view() : std::string_view(v.as<ByteArray>()->buf);
}

// A result of self's kind: bytes for bytes (and its subclasses), else a
// bytearray.
Ref like_self(Value self, std::string_view d) {
  return is_bytes(self) ? new_bytes(d) : new_bytearray(d);
}

const char* kind_name(Value self) { return is_bytes(self) ? "bytes" : "bytearray"; }

// A search argument: bytes-like or an int in range(256); `one` holds the byte.
bool search_arg(Value v, std::string_view* out, char* one) {
  if (bytes_like_view(v, out)) return true;
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

bool slice_index(Value v, ptrdiff_t* out) {
  if (is_none(v)) return true;
  NumberSlots* num = type_of(v)->number;
  if (!is_int(v) && !(num && num->index)) {
    raise(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_ssize(v, out);
}

// The [start, end) window of find-style methods (args[1], args[2]), with
// slice clamping; `empty` is set when start lies past the end or past end.
struct Window {
  size_t lo = 0, hi = 0;
  bool empty = false;
};

bool byte_window(size_t size, const Value* args, size_t nargs, Window* w) {
  auto len = ptrdiff_t(size);
  ptrdiff_t s = 0, e = len;
  if (nargs > 1 && !slice_index(args[1], &s)) return false;
  if (nargs > 2 && !slice_index(args[2], &e)) return false;
  if (s < 0) s = std::max<ptrdiff_t>(s + len, 0);
  if (e < 0) e = std::max<ptrdiff_t>(e + len, 0);
  if (e > len) e = len;
  w->empty = s > len || s > e;
  w->lo = size_t(std::min(s, len));
  w->hi = w->empty ? w->lo : size_t(e);
  return true;
}

// find / rfind / index / rindex / count in one place.
enum class Search { Find, RFind, Count };

Ref search(Value self, const Value* args, size_t nargs, Value kw, const char* name, Search how,
           bool raise_missing) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  std::string_view d = view_of(self), needle;
  char one;
  Window w;
  if (!search_arg(args[0], &needle, &one) || !byte_window(d.size(), args, nargs, &w))
    return nullptr;
  std::string_view hay = d.substr(w.lo, w.hi - w.lo);
  if (how == Search::Count) {
    if (w.empty) return Ref::small(0);
    if (needle.empty()) return Ref::small(ptrdiff_t(hay.size() + 1));
    ptrdiff_t n = 0;
    for (size_t pos = hay.find(needle); pos != std::string_view::npos;
         pos = hay.find(needle, pos + needle.size()))
      ++n;
    return Ref::small(n);
  }
  size_t pos = std::string_view::npos;
  if (!w.empty) pos = how == Search::Find ? hay.find(needle) : hay.rfind(needle);
  if (pos != std::string_view::npos) return Ref::small(ptrdiff_t(w.lo + pos));
  if (raise_missing) return raise(&Exc_ValueError, "subsection not found");
  return Ref::small(-1);
}

bool byte_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool byte_lower(char c) { return c >= 'a' && c <= 'z'; }
bool byte_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool byte_alpha(char c) { return byte_lower(c) || byte_upper(c); }
bool byte_digit(char c) { return c >= '0' && c <= '9'; }
char to_upper(char c) { return byte_lower(c) ? char(c - 32) : c; }
char to_lower(char c) { return byte_upper(c) ? char(c + 32) : c; }

// A method's single optional fill byte (center/ljust/rjust argument 2).
bool fill_arg(const char* name, const Value* args, size_t nargs, char* fill) {
  *fill = ' ';
  if (nargs < 2) return true;
  std::string_view f;
  if (!bytes_like_view(args[1], &f) || f.size() != 1) {
    raise(&Exc_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
          type_name(args[1]));
    return false;
  }
  *fill = f[0];
  return true;
}

Ref pad(Value self, const Value* args, size_t nargs, Value kw, const char* name, char align) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 2)) return nullptr;
  ptrdiff_t width;
  char fill;
  if (!index_ssize(args[0], &width) || !fill_arg(name, args, nargs, &fill)) return nullptr;
  std::string_view d = view_of(self);
  if (width <= ptrdiff_t(d.size())) return like_self(self, d);
  size_t total = size_t(width) - d.size(), left = 0;
  if (align == '>') left = total;
  if (align == '^') left = total / 2 + (total & size_t(width) & 1);
  std::string out(left, fill);
  out.append(d);
  out.append(total - left, fill);
  return like_self(self, out);
}

// A byte-wise transformation: f(prev_is_alpha, c) -> c'.
template <class F>
Ref map_bytes(Value self, size_t nargs, Value kw, const char* name, F f) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  std::string out(view_of(self));
  bool prev_alpha = false;
  for (size_t i = 0; i < out.size(); ++i) {
    char c = out[i];
    out[i] = f(i, prev_alpha, c);
    prev_alpha = byte_alpha(c);
  }
  return like_self(self, out);
}

template <class F>
Ref test_bytes(Value self, size_t nargs, Value kw, const char* name, F every) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  std::string_view d = view_of(self);
  if (d.empty()) return bool_ref(false);
  for (char c : d)
    if (!every(c)) return bool_ref(false);
  return bool_ref(true);
}

// Cased-ness tests: at least one cased byte and none of the other case.
Ref case_test(Value self, size_t nargs, Value kw, const char* name, bool upper) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  bool cased = false;
  for (char c : view_of(self)) {
    if (upper ? byte_lower(c) : byte_upper(c)) return bool_ref(false);
    cased |= byte_alpha(c);
  }
  return bool_ref(cased);
}

Ref strip(Value self, const Value* args, size_t nargs, Value kw, const char* name, bool left,
          bool right) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 1)) return nullptr;
  std::string_view d = view_of(self);
  std::string_view chars = " \t\n\r\v\f";
  if (nargs && !is_none(args[0]) && !need_bytes_like(args[0], &chars)) return nullptr;
  size_t lo = 0, hi = d.size();
  if (left)
    while (lo < hi && chars.find(d[lo]) != std::string_view::npos) ++lo;
  if (right)
    while (hi > lo && chars.find(d[hi - 1]) != std::string_view::npos) --hi;
  return like_self(self, d.substr(lo, hi - lo));
}

Ref split_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
               bool from_right) {
  Value a[2] = {};
  if (!parse_args(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a)) return nullptr;
  ptrdiff_t maxsplit = -1;
  if (a[1] && !index_ssize(a[1], &maxsplit)) return nullptr;
  if (maxsplit < 0) maxsplit = PTRDIFF_MAX;
  std::string_view d = view_of(self), sep;
  bool whitespace = !a[0] || is_none(a[0]);
  if (!whitespace) {
    if (!need_bytes_like(a[0], &sep)) return nullptr;
    if (sep.empty()) return raise(&Exc_ValueError, "empty separator");
  }
  std::vector<std::string_view> pieces;
  if (whitespace) {
    auto is_sp = [&](size_t i) { return byte_space(d[i]); };
    if (!from_right) {
      size_t i = 0, n = d.size();
      for (ptrdiff_t splits = 0;; ++splits) {
        while (i < n && is_sp(i)) ++i;
        if (i == n) break;
        size_t start = i;
        if (splits == maxsplit) {
          pieces.push_back(d.substr(start));  // the rest, trailing space kept
          break;
        }
        while (i < n && !is_sp(i)) ++i;
        pieces.push_back(d.substr(start, i - start));
      }
    } else {
      size_t i = d.size();
      for (ptrdiff_t splits = 0;; ++splits) {
        while (i > 0 && is_sp(i - 1)) --i;
        if (i == 0) break;
        size_t end = i;
        if (splits == maxsplit) {
          pieces.push_back(d.substr(0, end));  // the rest, leading space kept
          break;
        }
        while (i > 0 && !is_sp(i - 1)) --i;
        pieces.push_back(d.substr(i, end - i));
      }
      std::reverse(pieces.begin(), pieces.end());
    }
  } else if (!from_right) {
    size_t start = 0;
    for (ptrdiff_t splits = 0; splits < maxsplit; ++splits) {
      size_t pos = d.find(sep, start);
      if (pos == std::string_view::npos) break;
      pieces.push_back(d.substr(start, pos - start));
      start = pos + sep.size();
    }
    pieces.push_back(d.substr(start));
  } else {
    size_t end = d.size();
    for (ptrdiff_t splits = 0; splits < maxsplit && end >= sep.size(); ++splits) {
      size_t pos = d.rfind(sep, end - sep.size());
      if (pos == std::string_view::npos) break;
      pieces.push_back(d.substr(pos + sep.size(), end - pos - sep.size()));
      end = pos;
    }
    pieces.push_back(d.substr(0, end));
    std::reverse(pieces.begin(), pieces.end());
  }
  Ref list = new_list(pieces.size());
  if (!list) return nullptr;
  for (std::string_view p : pieces) {
    Ref b = like_self(self, p);
    if (!b || list_append(list, b) < 0) return nullptr;
  }
  return list;
}

Ref partition_impl(Value self, const Value* args, size_t nargs, Value kw, const char* name,
                   bool from_right) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 1)) return nullptr;
  std::string_view d = view_of(self), sep;
  if (!need_bytes_like(args[0], &sep)) return nullptr;
  if (sep.empty()) return raise(&Exc_ValueError, "empty separator");
  size_t pos = from_right ? d.rfind(sep) : d.find(sep);
  Ref parts[3];
  if (pos == std::string_view::npos) {
    parts[0] = like_self(self, from_right ? std::string_view() : d);
    parts[1] = like_self(self, {});
    parts[2] = like_self(self, from_right ? d : std::string_view());
  } else {
    parts[0] = like_self(self, d.substr(0, pos));
    parts[1] = like_self(self, sep);
    parts[2] = like_self(self, d.substr(pos + sep.size()));
  }
  if (!parts[0] || !parts[1] || !parts[2]) return nullptr;
  return new_tuple({parts[0], parts[1], parts[2]});
}

Ref affix(Value self, const Value* args, size_t nargs, Value kw, const char* name, bool ends) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  std::string_view d = view_of(self);
  Window w;
  if (!byte_window(d.size(), args, nargs, &w)) return nullptr;
  auto test = [&](std::string_view p) {
    if (w.lo > d.size() || (w.empty && !p.empty()) || p.size() > w.hi - w.lo) return false;
    if (w.empty) return w.lo <= d.size() && !(nargs > 2 && w.lo > w.hi);
    return std::memcmp(d.data() + (ends ? w.hi - p.size() : w.lo), p.data(), p.size()) == 0;
  };
  std::string_view p;
  if (is_tuple(args[0])) {
    for (Value item : *args[0].as<Tuple>()) {
      if (!need_bytes_like(item, &p)) return nullptr;
      if (test(p)) return bool_ref(true);
    }
    return bool_ref(false);
  }
  if (!bytes_like_view(args[0], &p))
    return raise(&Exc_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                 type_name(args[0]));
  return bool_ref(test(p));
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

#define BYTES_METHOD(name) \
  Ref bytes_method_##name(Value self, [[maybe_unused]] const Value* args, size_t nargs, Value kw)

BYTES_METHOD(decode) {
  Value a[2] = {};
  if (!parse_args("decode", args, nargs, kw, {"encoding", "errors"}, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(a[i]))
      return raise(&Exc_TypeError, "decode() argument '%s' must be str, not %s",
                   i ? "errors" : "encoding", type_name(a[i]));
  }
  std::string_view d = view_of(self);
  return bytes_decode_text(d.data(), d.size(), a[0] ? as_str(a[0])->view() : "utf-8",
                           a[1] ? as_str(a[1])->view() : "strict");
}

// hex(sep=None, bytes_per_sep=1): separators every |bytes_per_sep| bytes,
// counted from the right when it is positive, from the left when negative.
BYTES_METHOD(hex) {
  Value a[2] = {};
  if (!parse_args("hex", args, nargs, kw, {"sep", "bytes_per_sep"}, 0, a)) return nullptr;
  static const char hex[] = "0123456789abcdef";
  char sep = 0;
  ptrdiff_t group = 1;
  if (a[0]) {
    std::string_view s;
    if (is_str(a[0])) {
      s = as_str(a[0])->view();
      if (as_str(a[0])->length != 1) return raise(&Exc_ValueError, "sep must be length 1.");
    } else if (!bytes_like_view(a[0], &s)) {
      return raise(&Exc_TypeError, "object of type '%s' has no len()", type_name(a[0]));
    }
    if (s.size() != 1)
      return raise(&Exc_ValueError, s.empty() ? "sep must be length 1." : "sep must be ASCII.");
    if (static_cast<unsigned char>(s[0]) > 0x7F)
      return raise(&Exc_ValueError, "sep must be ASCII.");
    sep = s[0];
    if (a[1] && !index_ssize(a[1], &group)) return nullptr;
  }
  std::string_view d = view_of(self);
  size_t n = d.size();
  size_t every = size_t(group < 0 ? -group : group);
  StrBuilder b(n * 3);
  for (size_t i = 0; i < n; ++i) {
    if (sep && every && i) {
      bool boundary = group > 0 ? (n - i) % every == 0 : i % every == 0;
      if (boundary) b.append_char(sep);
    }
    auto c = static_cast<unsigned char>(d[i]);
    b.append_char(hex[c >> 4]);
    b.append_char(hex[c & 0xF]);
  }
  return b.finish();
}

Ref bytes_method_fromhex(Value cls, const Value* args, size_t nargs, Value kw) {
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
  Type* t = cls.as<Type>();
  if (t == &BytesType) return new_bytes(out);
  if (t == &ByteArrayType) return new_bytearray(out);
  Ref raw = type_is_subtype(t, &BytesType) ? new_bytes(out) : new_bytearray(out);
  if (!raw) return nullptr;
  return call1(cls, raw);
}

Ref bytes_method_maketrans(Value, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("maketrans", kw) || !check_nargs("maketrans", nargs, 2, 2)) return nullptr;
  std::string_view from, to;
  if (!need_bytes_like(args[0], &from) || !need_bytes_like(args[1], &to)) return nullptr;
  if (from.size() != to.size())
    return raise(&Exc_ValueError, "maketrans arguments must have same length");
  Bytes* r = bytes_alloc(256);
  if (!r) return nullptr;
  for (int i = 0; i < 256; ++i) r->data[i] = char(i);
  for (size_t i = 0; i < from.size(); ++i) r->data[static_cast<unsigned char>(from[i])] = to[i];
  return Ref::steal(Value(r));
}

BYTES_METHOD(translate) {
  Value a[2] = {};
  if (!parse_args("translate", args, nargs, kw, {"table", "delete"}, 1, a, 1)) return nullptr;
  std::string_view table, del;
  if (!is_none(a[0])) {
    if (!need_bytes_like(a[0], &table)) return nullptr;
    if (table.size() != 256)
      return raise(&Exc_ValueError, "translation table must be 256 characters long");
  }
  if (a[1] && !need_bytes_like(a[1], &del)) return nullptr;
  bool drop[256] = {};
  for (char c : del) drop[static_cast<unsigned char>(c)] = true;
  std::string out;
  for (char c : view_of(self)) {
    auto u = static_cast<unsigned char>(c);
    if (drop[u]) continue;
    out.push_back(table.empty() ? c : table[u]);
  }
  return like_self(self, out);
}

BYTES_METHOD(find) { return search(self, args, nargs, kw, "find", Search::Find, false); }
BYTES_METHOD(rfind) { return search(self, args, nargs, kw, "rfind", Search::RFind, false); }
BYTES_METHOD(index) { return search(self, args, nargs, kw, "index", Search::Find, true); }
BYTES_METHOD(rindex) { return search(self, args, nargs, kw, "rindex", Search::RFind, true); }
BYTES_METHOD(count) { return search(self, args, nargs, kw, "count", Search::Count, false); }
BYTES_METHOD(startswith) { return affix(self, args, nargs, kw, "startswith", false); }
BYTES_METHOD(endswith) { return affix(self, args, nargs, kw, "endswith", true); }
BYTES_METHOD(split) { return split_impl(self, args, nargs, kw, "split", false); }
BYTES_METHOD(rsplit) { return split_impl(self, args, nargs, kw, "rsplit", true); }
BYTES_METHOD(partition) { return partition_impl(self, args, nargs, kw, "partition", false); }
BYTES_METHOD(rpartition) { return partition_impl(self, args, nargs, kw, "rpartition", true); }
BYTES_METHOD(strip) { return strip(self, args, nargs, kw, "strip", true, true); }
BYTES_METHOD(lstrip) { return strip(self, args, nargs, kw, "lstrip", true, false); }
BYTES_METHOD(rstrip) { return strip(self, args, nargs, kw, "rstrip", false, true); }
BYTES_METHOD(center) { return pad(self, args, nargs, kw, "center", '^'); }
BYTES_METHOD(ljust) { return pad(self, args, nargs, kw, "ljust", '<'); }
BYTES_METHOD(rjust) { return pad(self, args, nargs, kw, "rjust", '>'); }

BYTES_METHOD(upper) {
  return map_bytes(self, nargs, kw, "upper", [](size_t, bool, char c) { return to_upper(c); });
}
BYTES_METHOD(lower) {
  return map_bytes(self, nargs, kw, "lower", [](size_t, bool, char c) { return to_lower(c); });
}
BYTES_METHOD(swapcase) {
  return map_bytes(self, nargs, kw, "swapcase",
                   [](size_t, bool, char c) { return byte_upper(c) ? to_lower(c) : to_upper(c); });
}
BYTES_METHOD(capitalize) {
  return map_bytes(self, nargs, kw, "capitalize",
                   [](size_t i, bool, char c) { return i == 0 ? to_upper(c) : to_lower(c); });
}
BYTES_METHOD(title) {
  return map_bytes(self, nargs, kw, "title",
                   [](size_t, bool prev, char c) { return prev ? to_lower(c) : to_upper(c); });
}

BYTES_METHOD(isalpha) { return test_bytes(self, nargs, kw, "isalpha", byte_alpha); }
BYTES_METHOD(isdigit) { return test_bytes(self, nargs, kw, "isdigit", byte_digit); }
BYTES_METHOD(isspace) { return test_bytes(self, nargs, kw, "isspace", byte_space); }
BYTES_METHOD(isalnum) {
  return test_bytes(self, nargs, kw, "isalnum",
                    [](char c) { return byte_alpha(c) || byte_digit(c); });
}
BYTES_METHOD(isascii) {
  if (!no_kwargs("isascii", kw) || !check_nargs("isascii", nargs, 0, 0)) return nullptr;
  std::string_view d = view_of(self);
  return bool_ref(utf8_is_ascii(d.data(), d.size()));
}
BYTES_METHOD(islower) { return case_test(self, nargs, kw, "islower", false); }
BYTES_METHOD(isupper) { return case_test(self, nargs, kw, "isupper", true); }

BYTES_METHOD(istitle) {
  if (!no_kwargs("istitle", kw) || !check_nargs("istitle", nargs, 0, 0)) return nullptr;
  bool cased = false, prev_cased = false;
  for (char c : view_of(self)) {
    if (byte_upper(c)) {
      if (prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else if (byte_lower(c)) {
      if (!prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_ref(cased);
}

BYTES_METHOD(join) {
  if (!no_kwargs("join", kw) || !check_nargs("join", nargs, 1, 1)) return nullptr;
  Ref items = list_from_iterable(args[0]);
  if (!items) return nullptr;
  auto* l = items.as<List>();
  std::string sep(view_of(self));
  std::string out;
  for (size_t i = 0; i < l->size; ++i) {
    std::string_view piece;
    if (!bytes_like_view(l->items[i], &piece))
      return raise(&Exc_TypeError, "sequence item %zu: expected a bytes-like object, %s found", i,
                   type_name(l->items[i]));
    if (i) out.append(sep);
    out.append(piece);
  }
  return like_self(self, out);
}

BYTES_METHOD(replace) {
  if (!no_kwargs("replace", kw) || !check_nargs("replace", nargs, 2, 3)) return nullptr;
  std::string_view d = view_of(self), from, to;
  if (!need_bytes_like(args[0], &from) || !need_bytes_like(args[1], &to)) return nullptr;
  ptrdiff_t limit = -1;
  if (nargs > 2 && !index_ssize(args[2], &limit)) return nullptr;
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
    return like_self(self, out);
  }
  for (size_t pos;
       (limit < 0 || done < limit) && (pos = d.find(from, start)) != std::string_view::npos;
       ++done) {
    out.append(d.substr(start, pos - start));
    out.append(to);
    start = pos + from.size();
  }
  out.append(d.substr(start));
  return like_self(self, out);
}

BYTES_METHOD(removeprefix) {
  if (!no_kwargs("removeprefix", kw) || !check_nargs("removeprefix", nargs, 1, 1)) return nullptr;
  std::string_view d = view_of(self), p;
  if (!need_bytes_like(args[0], &p)) return nullptr;
  return like_self(self, d.substr(d.substr(0, p.size()) == p ? p.size() : 0));
}

BYTES_METHOD(removesuffix) {
  if (!no_kwargs("removesuffix", kw) || !check_nargs("removesuffix", nargs, 1, 1)) return nullptr;
  std::string_view d = view_of(self), p;
  if (!need_bytes_like(args[0], &p)) return nullptr;
  bool has = !p.empty() && d.size() >= p.size() && d.substr(d.size() - p.size()) == p;
  return like_self(self, d.substr(0, d.size() - (has ? p.size() : 0)));
}

BYTES_METHOD(zfill) {
  if (!no_kwargs("zfill", kw) || !check_nargs("zfill", nargs, 1, 1)) return nullptr;
  ptrdiff_t width;
  if (!index_ssize(args[0], &width)) return nullptr;
  std::string_view d = view_of(self);
  if (width <= ptrdiff_t(d.size())) return like_self(self, d);
  std::string out(size_t(width) - d.size(), '0');
  out.append(d);
  size_t zeros = size_t(width) - d.size();
  if (!d.empty() && (d[0] == '+' || d[0] == '-')) std::swap(out[0], out[zeros]);
  return like_self(self, out);
}

BYTES_METHOD(expandtabs) {
  Value a[1] = {};
  if (!parse_args("expandtabs", args, nargs, kw, {"tabsize"}, 0, a)) return nullptr;
  ptrdiff_t tab = 8;
  if (a[0] && !index_ssize(a[0], &tab)) return nullptr;
  std::string out;
  size_t col = 0;
  for (char c : view_of(self)) {
    if (c == '\t') {
      if (tab > 0) {
        size_t n = size_t(tab) - col % size_t(tab);
        out.append(n, ' ');
        col += n;
      }
    } else {
      out.push_back(c);
      col = c == '\n' || c == '\r' ? 0 : col + 1;
    }
  }
  return like_self(self, out);
}

BYTES_METHOD(splitlines) {
  Value a[1] = {};
  if (!parse_args("splitlines", args, nargs, kw, {"keepends"}, 0, a)) return nullptr;
  int keep = 0;
  if (a[0] && (keep = truthy(a[0])) < 0) return nullptr;
  std::string_view d = view_of(self);
  Ref list = new_list();
  if (!list) return nullptr;
  size_t i = 0;
  while (i < d.size()) {
    size_t start = i;
    while (i < d.size() && d[i] != '\n' && d[i] != '\r') ++i;
    size_t end = i;
    if (i < d.size()) i += (d[i] == '\r' && i + 1 < d.size() && d[i + 1] == '\n') ? 2 : 1;
    Ref piece = like_self(self, d.substr(start, (keep ? i : end) - start));
    if (!piece || list_append(list, piece) < 0) return nullptr;
  }
  return list;
}

#undef BYTES_METHOD

// ---- shared slots ----

bool bytes_from_object(Value src, const char* what, std::string* out) {
  std::string_view view;
  if (bytes_like_view(src, &view)) {
    out->assign(view);
    return true;
  }
  Ref it = get_iter(src);
  if (!it) {
    if (!err_matches(&Exc_TypeError)) return false;
    err_clear();
    raise(&Exc_TypeError, "cannot convert '%s' object to %s", type_name(src), what);
    return false;
  }
  while (Ref item = iter_next(it)) {
    NumberSlots* num = type_of(item)->number;
    if (!is_int(item) && !(num && num->index)) {
      raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer", type_name(item));
      return false;
    }
    ptrdiff_t v;
    if (!index_ssize(item, &v)) return false;
    if (v < 0 || v > 255) {
      raise(&Exc_ValueError, "%s must be in range(0, 256)",
            std::strcmp(what, "bytes") == 0 ? "bytes" : "byte");
      return false;
    }
    out->push_back(char(v));
  }
  return !err_occurred();
}

Ref bytes_like_richcompare(Value a, Value b, CompareOp op) {
  std::string_view x, y;
  if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) return not_implemented_ref();
  int c = x.compare(y);
  bool r = compare_values(c, 0, op);
  return bool_ref(r);
}

int bytes_like_contains(Value v, Value item) {
  std::string_view needle;
  char one;
  if (is_str(item)) {
    need_bytes_like(item, &needle);
    return -1;
  }
  if (!search_arg(item, &needle, &one)) return -1;
  return view_of(v).find(needle) != std::string_view::npos;
}

Ref bytes_like_add(Value a, Value b) {
  std::string_view x, y;
  if (!bytes_like_view(a, &x)) return not_implemented_ref();
  if (!bytes_like_view(b, &y)) {
    if (type_of(b)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't concat %s to %s", type_name(b), kind_name(a));
  }
  std::string out;
  out.reserve(x.size() + y.size());
  out.append(x);
  out.append(y);
  return like_self(a, out);
}

Ref bytes_like_mul(Value a, Value b) {
  std::string_view x;
  bool left = bytes_like_view(a, &x);
  if (!left && !bytes_like_view(b, &x)) return not_implemented_ref();
  Value s = left ? a : b, count = left ? b : a;
  NumberSlots* num = type_of(count)->number;
  if (!is_int(count) && !(num && num->index)) {
    if (type_of(count)->flags & kTpHeapType) return not_implemented_ref();
    return raise(&Exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                 type_name(count));
  }
  ptrdiff_t n;
  if (!index_ssize(count, &n)) return nullptr;
  if (n <= 0) n = 0;
  if (x.size() && size_t(n) > size_t(PTRDIFF_MAX) / x.size())
    return raise(&Exc_MemoryError, "%s", "");
  std::string out;
  out.reserve(x.size() * size_t(n));
  for (ptrdiff_t i = 0; i < n; ++i) out.append(x);
  return like_self(s, out);
}

Ref bytes_remainder(Value a, Value b) {
  std::string_view fmt;
  if (!bytes_like_view(a, &fmt)) return not_implemented_ref();
  std::string out;
  if (!percent_format_bytes(fmt, b, &out)) return nullptr;
  return like_self(a, out);
}

Ref bytes_like_subscript(Value v, Value key) {
  std::string_view d = view_of(v);
  if (type_of(key) == &SliceType) {
    ptrdiff_t start, stop, step;
    ptrdiff_t n = slice_unpack(key, ptrdiff_t(d.size()), &start, &stop, &step);
    if (n < 0) return nullptr;
    if (step == 1) {
      if (n == ptrdiff_t(d.size()) && v.obj()->type == &BytesType) return Ref::dup(v);
      return like_self(v, d.substr(size_t(start), size_t(n)));
    }
    std::string out(size_t(n), '\0');
    for (ptrdiff_t i = 0, j = start; i < n; ++i, j += step) out[size_t(i)] = d[size_t(j)];
    return like_self(v, out);
  }
  NumberSlots* num = type_of(key)->number;
  if (!is_int(key) && !(num && num->index))
    return raise(&Exc_TypeError, "%s indices must be integers or slices, not %s",
                 is_bytes(v) ? "byte" : "bytearray", type_name(key));
  ptrdiff_t i;
  if (!index_ssize(key, &i)) return nullptr;
  if (i < 0) i += ptrdiff_t(d.size());
  if (i < 0 || size_t(i) >= d.size())
    return raise(&Exc_IndexError,
                 is_bytes(v) ? "index out of range" : "bytearray index out of range");
  return Ref::small(static_cast<unsigned char>(d[size_t(i)]));
}

// ---- bytes slots ----

namespace {

void bytes_dealloc(Object* o) { gp_free(o); }

// Where a subclass instance's extra fields start: after the data, aligned.
size_t bytes_items_end(size_t size) { return (kHeader + size + 1 + 7) & ~size_t(7); }

int64_t bytes_hash(Value v) {
  Bytes* b = B(v);
  if (b->hash == -1) b->hash = hash_bytes(b->data, b->size);
  return b->hash;
}

ptrdiff_t bytes_length(Value v) { return ptrdiff_t(B(v)->size); }

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
Ref bytes_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  Value a[3] = {};
  if (!parse_args("bytes", args, nargs, kwnames, {"source", "encoding", "errors"}, 0, a))
    return nullptr;
  Value src = a[0];
  Ref raw;
  if (a[1] || a[2]) {
    if (!src || !is_str(src))
      return raise(&Exc_TypeError, a[1] ? "encoding without a string argument"
                                        : "errors without a string argument");
    for (int i = 1; i < 3; ++i) {
      if (a[i] && !is_str(a[i]))
        return raise(&Exc_TypeError, "bytes() argument '%s' must be str, not %s",
                     i == 1 ? "encoding" : "errors", type_name(a[i]));
    }
    raw = str_encode(src, a[1] ? as_str(a[1])->view() : "utf-8",
                     a[2] ? as_str(a[2])->view() : "strict");
  } else if (!src) {
    raw = new_bytes({});
  } else if (is_str(src)) {
    return raise(&Exc_TypeError, "string argument without an encoding");
  } else if (NumberSlots* num = type_of(src)->number; is_int(src) || (num && num->index)) {
    ptrdiff_t n;
    if (!index_ssize(src, &n)) return nullptr;
    if (n < 0) return raise(&Exc_ValueError, "negative count");
    Bytes* r = bytes_alloc(size_t(n));
    if (!r) return nullptr;
    std::memset(r->data, 0, size_t(n));
    raw = Ref::steal(Value(r));
  } else if (Ref conv = getattr_opt(src, Value(intern("__bytes__"))); conv && !is_bytes(src)) {
    raw = call0(conv);
    if (raw && !is_bytes(raw))
      return raise(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(raw));
  } else {
    if (err_occurred()) return nullptr;
    std::string out;
    if (!bytes_from_object(src, "bytes", &out)) return nullptr;
    raw = new_bytes(out);
  }
  if (!raw || t == &BytesType) return raw;
  // A subclass instance: the bytes followed by the subclass's extra fields.
  std::string_view d = B(raw)->view();
  size_t items = bytes_items_end(d.size());
  size_t extra = t->basicsize > sizeof(Bytes) ? t->basicsize - sizeof(Bytes) : 0;
  void* mem = gp_malloc(items + extra);
  if (!mem) return raise(&Exc_MemoryError, "%s", "");
  std::memset(mem, 0, items + extra);
  Bytes* r = new (mem) Bytes;
  r->type = t;
  r->hash = -1;
  r->size = d.size();
  std::memcpy(r->data, d.data(), d.size());
  incref(Value(t));
  return Ref::steal(Value(r));
}

#define GP_BYTES_METHOD_ENTRY(name) {#name, bytes_method_##name},
const MethodDef bytes_methods[] = {
    GP_BYTES_SHARED_METHODS(GP_BYTES_METHOD_ENTRY)  //
    {"fromhex", bytes_method_fromhex, kMethClass},
    {"maketrans", bytes_method_maketrans, kMethStatic},
    {nullptr, nullptr},
};
#undef GP_BYTES_METHOD_ENTRY

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
  t.richcompare = bytes_like_richcompare;
  t.length = bytes_length;
  t.getitem = bytes_like_subscript;
  t.contains = bytes_like_contains;
  t.iter = bytes_iter;
  bytes_number.binary[int(BinOp::Add)] = bytes_like_add;
  bytes_number.binary[int(BinOp::Mul)] = bytes_like_mul;
  bytes_number.binary[int(BinOp::Mod)] = bytes_remainder;
  t.number = &bytes_number;
  t.new_ = bytes_new;
  t.items_end = [](const Object* o) { return bytes_items_end(static_cast<const Bytes*>(o)->size); };
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
