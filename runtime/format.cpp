// Text formatting: format(v, spec), str.format and `%` formatting.
//
// All three share one numeric core. A number is rendered as three parts:
// a lead (sign and 0x-style prefix), integer digits, and a remainder
// (fraction, exponent, '%'). Grouping separators go into the digits, and
// zero padding in '=' alignment is done by the grouping pass itself, so
// "0,012,345" comes out the way CPython spells it; then fill and alignment
// are applied around the whole. Float digits come from snprintf (%e/%f/%g,
// which round correctly on glibc) or, for the repr-like default, float_repr.
// Output is written straight into a StrBuilder; scratch text lives in a
// small inline buffer, so formatting an ordinary number does not allocate
// beyond the result.
#include "runtime/format.h"

#include <cmath>
#include <cstdarg>
#include <cstdio>
#include <memory>

#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

// A byte buffer with inline storage for the usual short number text.
class Buf {
 public:
  Buf() = default;
  Buf(const Buf&) = delete;
  Buf& operator=(const Buf&) = delete;

  char* data() { return p_; }
  size_t size() const { return n_; }
  std::string_view view() const { return {p_, n_}; }
  void clear() { n_ = 0; }
  void truncate(size_t n) { n_ = n; }
  void reserve(size_t cap) {
    if (cap <= cap_) return;
    auto heap = std::make_unique<char[]>(cap);
    std::memcpy(heap.get(), p_, n_);
    heap_ = std::move(heap);
    p_ = heap_.get();
    cap_ = cap;
  }
  void push(char c) {
    if (n_ == cap_) reserve(cap_ * 2);
    p_[n_++] = c;
  }
  void append(std::string_view s) {
    if (s.empty()) return;  // an empty view's data() may be null
    reserve(n_ + s.size());
    std::memcpy(p_ + n_, s.data(), s.size());
    n_ += s.size();
  }
  // printf-appends; one vsnprintf call unless the text outgrows the buffer.
  void appendf(const char* fmt, ...) __attribute__((format(printf, 2, 3))) {
    va_list ap;
    va_start(ap, fmt);
    int n = std::vsnprintf(p_ + n_, cap_ - n_, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if (size_t(n) >= cap_ - n_) {
      reserve(n_ + size_t(n) + 1);
      va_start(ap, fmt);
      std::vsnprintf(p_ + n_, cap_ - n_, fmt, ap);
      va_end(ap);
    }
    n_ += size_t(n);
  }

 private:
  char inline_[128];
  std::unique_ptr<char[]> heap_;
  char* p_ = inline_;
  size_t n_ = 0;
  size_t cap_ = sizeof inline_;
};

// A parsed format spec: [[fill]align][sign][z][#][0][width][grouping][.precision][type]
struct Spec {
  uint32_t fill = ' ';
  char align = 0;  // '<' '>' '^' '=' or 0 for the type's default
  char sign = 0;   // '+' '-' ' ' or 0
  bool no_neg_zero = false;
  bool alt = false;
  char grouping = 0;  // ',' or '_'
  int group_size = 3;
  ptrdiff_t width = -1;
  ptrdiff_t precision = -1;
  uint32_t type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads a run of decimal digits; -1 if none; raises on overflow (returns -2).
ptrdiff_t read_number(const char*& p, const char* end) {
  if (p == end || *p < '0' || *p > '9') return -1;
  ptrdiff_t v = 0;
  while (p < end && *p >= '0' && *p <= '9') {
    if (v > (PTRDIFF_MAX - 9) / 10) {
      raise(&Exc_ValueError, "Too many decimal digits in format string");
      return -2;
    }
    v = v * 10 + (*p++ - '0');
  }
  return v;
}

// Formats a type character for messages: 'x', or '\x0' for control chars.
const char* type_char_text(uint32_t t, char (&buf)[16]) {
  if (t > 32 && t < 128) {
    std::snprintf(buf, sizeof buf, "%c", char(t));
  } else {
    std::snprintf(buf, sizeof buf, "\\x%x", t);
  }
  return buf;
}

std::nullptr_t unknown_code(uint32_t t, Value obj) {
  char buf[16];
  return raise(&Exc_ValueError, "Unknown format code '%s' for object of type '%s'",
               type_char_text(t, buf), type_name(obj));
}

// Parses `s`; default_align is '>' for numbers and '<' for str (it decides
// whether a leading '0' also selects '=' alignment).
bool parse_spec(std::string_view s, char default_align, Value obj, Spec* o) {
  const char* p = s.data();
  const char* end = p + s.size();
  bool fill_given = false, align_given = false;
  if (p < end) {
    const char* q = p;
    uint32_t c0 = utf8_next(q);
    if (q < end && is_align(static_cast<unsigned char>(*q))) {
      o->fill = c0;
      o->align = *q;
      p = q + 1;
      fill_given = align_given = true;
    } else if (is_align(c0)) {
      o->align = char(c0);
      p = q;
      align_given = true;
    }
  }
  if (p < end && (*p == '+' || *p == '-' || *p == ' ')) o->sign = *p++;
  if (p < end && *p == 'z') {
    o->no_neg_zero = true;
    ++p;
  }
  if (p < end && *p == '#') {
    o->alt = true;
    ++p;
  }
  if (p < end && *p == '0' && !fill_given) {
    o->fill = '0';
    if (!align_given && default_align == '>') o->align = '=';
    ++p;
  }
  o->width = read_number(p, end);
  if (o->width == -2) return false;
  if (p < end && (*p == ',' || *p == '_')) {
    o->grouping = *p++;
    if (p < end && (*p == ',' || *p == '_')) {
      raise(&Exc_ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
  }
  if (p < end && *p == '.') {
    ++p;
    o->precision = read_number(p, end);
    if (o->precision == -2) return false;
    if (o->precision == -1) {
      raise(&Exc_ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (p < end) {
    const char* q = p;
    uint32_t t = utf8_next(q);
    if (q != end) {
      raise(&Exc_ValueError, "Invalid format specifier '%.*s' for object of type '%s'",
            int(s.size()), s.data(), type_name(obj));
      return false;
    }
    o->type = t;
  }
  if (o->grouping) {
    uint32_t effective = o->type ? o->type : default_align == '<' ? 's' : 0;
    switch (effective) {
      case 'd':
      case 'e':
      case 'f':
      case 'g':
      case 'E':
      case 'G':
      case '%':
      case 'F':
      case 0:
        break;
      case 'b':
      case 'o':
      case 'x':
      case 'X':
        if (o->grouping == '_') {
          o->group_size = 4;
          break;
        }
        [[fallthrough]];
      default: {
        char buf[16];
        raise(&Exc_ValueError, "Cannot specify '%c' with '%s'.", o->grouping,
              type_char_text(effective, buf));
        return false;
      }
    }
  }
  return true;
}

void emit_fill(StrBuilder& b, uint32_t fill, size_t n) { b.append_fill(fill, n); }

// Writes lead + body padded to the spec's width with its fill and alignment.
void emit_padded(StrBuilder& b, const Spec& sp, char align, std::string_view lead,
                 std::string_view body, size_t body_cps) {
  size_t total = lead.size() + body_cps;
  size_t pad = sp.width > 0 && size_t(sp.width) > total ? size_t(sp.width) - total : 0;
  switch (align) {
    case '<':
      b.append(lead);
      b.append(body);
      emit_fill(b, sp.fill, pad);
      break;
    case '^':
      emit_fill(b, sp.fill, pad / 2);
      b.append(lead);
      b.append(body);
      emit_fill(b, sp.fill, pad - pad / 2);
      break;
    case '=':
      b.append(lead);
      emit_fill(b, sp.fill, pad);
      b.append(body);
      break;
    default:
      emit_fill(b, sp.fill, pad);
      b.append(lead);
      b.append(body);
      break;
  }
}

// Inserts `sep` every `group` digits, zero-extending the digits until the
// grouped text is at least min_width wide (the '0' flag with grouping).
void group_digits(Buf& out, std::string_view digits, char sep, int group, ptrdiff_t min_width) {
  Buf rev;
  auto remaining = ptrdiff_t(digits.size());
  size_t pos = digits.size();
  bool first = true;
  for (;;) {
    ptrdiff_t l = std::max<ptrdiff_t>(std::max(remaining, min_width), 1);
    if (l > group) l = group;
    if (!first) rev.push(sep);
    first = false;
    ptrdiff_t chars = std::min(remaining, l);
    for (ptrdiff_t i = 0; i < chars; ++i) rev.push(digits[--pos]);
    for (ptrdiff_t i = chars; i < l; ++i) rev.push('0');
    remaining -= chars;
    min_width -= l;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  for (size_t i = rev.size(); i > 0; --i) out.push(rev.data()[i - 1]);
}

// Assembles a number from its parts under the spec (grouping, zero fill,
// alignment) into b.
void emit_number(StrBuilder& b, const Spec& sp, std::string_view lead, std::string_view digits,
                 std::string_view remainder) {
  char align = sp.align ? sp.align : '>';
  Buf body;
  if (sp.grouping) {
    ptrdiff_t min_width = 0;
    if (sp.fill == '0' && align == '=' && sp.width > 0)
      min_width = sp.width - ptrdiff_t(lead.size() + remainder.size());
    if (!digits.empty() || min_width > 0)
      group_digits(body, digits, sp.grouping, sp.group_size, min_width);
  } else {
    body.append(digits);
  }
  body.append(remainder);
  emit_padded(b, sp, align, lead, body.view(), body.size());
}

// Digits of |v| in `base` (lower case unless upper), without sign or prefix.
// Returns 1 if v is negative, 0 if not, -1 on error (the decimal digit limit
// of big ints, which int_repr enforces).
int int_digits(Value v, int base, bool upper, Buf& out) {
  static const char lower_digits[] = "0123456789abcdef";
  static const char upper_digits[] = "0123456789ABCDEF";
  const char* digs = upper ? upper_digits : lower_digits;
  int64_t i;
  if (int_to_i64(v, &i)) {
    uint64_t u = i < 0 ? uint64_t(0) - uint64_t(i) : uint64_t(i);
    char tmp[64];
    size_t n = 0;
    do {
      tmp[n++] = digs[u % unsigned(base)];
      u /= unsigned(base);
    } while (u);
    while (n) out.push(tmp[--n]);
    return i < 0;
  }
  size_t start = out.size();
  if (base == 10) {
    Ref text = int_repr(v);
    if (!text) return -1;
    out.append(as_str(text)->view());
  } else {
    out.append(int_to_string(v, base));
    if (upper) {
      for (size_t k = start; k < out.size(); ++k) {
        char& c = out.data()[k];
        if (c >= 'a' && c <= 'f') c = char(c - 32);
      }
    }
  }
  bool neg = out.size() > start && out.data()[start] == '-';
  if (neg) {
    std::memmove(out.data() + start, out.data() + start + 1, out.size() - start - 1);
    out.truncate(out.size() - 1);
  }
  return neg;
}

char sign_char(bool negative, char sign_opt) {
  if (negative) return '-';
  if (sign_opt == '+') return '+';
  if (sign_opt == ' ') return ' ';
  return 0;
}

// The text of a non-negative double (or nan) for presentation type t:
// e E f F g G % as in C, 'r' for repr's shortest digits, 'q' for the default
// type with a precision (like 'g', but keeping a ".0" and switching to
// exponent notation when exp >= precision - 1).
void float_body(Buf& out, double x, uint32_t t, int prec, bool alt) {
  bool upper = t == 'E' || t == 'F' || t == 'G';
  if (std::isinf(x) || std::isnan(x)) {
    out.append(std::isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
    if (t == '%') out.push('%');
    return;
  }
  switch (t) {
    case 'r': {
      std::string r = float_repr(x);
      out.append(r);
      return;
    }
    case 'e':
    case 'E':
      out.appendf(alt ? "%#.*e" : "%.*e", prec, x);
      if (upper) {
        for (size_t k = 0; k < out.size(); ++k)
          if (out.data()[k] == 'e') out.data()[k] = 'E';
      }
      return;
    case 'f':
    case 'F':
      out.appendf(alt ? "%#.*f" : "%.*f", prec, x);
      return;
    case '%':
      out.appendf(alt ? "%#.*f" : "%.*f", prec, x * 100);
      out.push('%');
      return;
    case 'g':
    case 'G':
      out.appendf(alt ? "%#.*g" : "%.*g", prec == 0 ? 1 : prec, x);
      if (upper) {
        for (size_t k = 0; k < out.size(); ++k)
          if (out.data()[k] == 'e') out.data()[k] = 'E';
      }
      return;
    default:
      break;
  }
  // 'q': decide between fixed and exponent from the rounded exponent.
  if (prec == 0) prec = 1;
  char probe[32];
  std::snprintf(probe, sizeof probe, "%.*e", prec - 1 < 17 ? prec - 1 : 17, x);
  int exp = std::atoi(std::strchr(probe, 'e') + 1);
  Buf tmp;
  bool fixed = exp >= -4 && exp < prec - 1;
  if (fixed) {
    tmp.appendf(alt ? "%#.*f" : "%.*f", prec - 1 - exp, x);
  } else {
    tmp.appendf(alt ? "%#.*e" : "%.*e", prec - 1, x);
  }
  std::string_view s = tmp.view();
  size_t e = fixed ? s.size() : s.find('e');
  std::string_view mant = s.substr(0, e);
  if (!alt && mant.find('.') != std::string_view::npos) {
    while (mant.back() == '0') mant.remove_suffix(1);
    if (mant.back() == '.') mant.remove_suffix(1);
  }
  out.append(mant);
  // The fixed form always shows a fractional digit ("1.0", "1.").
  if (fixed && mant.find('.') == std::string_view::npos)
    out.append(".0");
  else if (fixed && mant.back() == '.')
    out.push('0');
  out.append(s.substr(e));
}

// Whether formatted float text is all zeros (for 'z' negative-zero coercion).
bool all_zero(std::string_view s) {
  for (char c : s) {
    if (c == 'e' || c == 'E' || c == '%') break;
    if (c != '0' && c != '.') return false;
  }
  return true;
}

bool format_float_spec(StrBuilder& b, double d, const Spec& sp, Value obj) {
  uint32_t t = sp.type;
  switch (t) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%':
    case 'n':
    case 0:
      break;
    default:
      unknown_code(t, obj);
      return false;
  }
  int prec = sp.precision < 0 ? 6 : int(sp.precision);
  if (t == 'n') t = 'g';
  if (t == 0) t = sp.precision < 0 ? 'r' : 'q';
  bool neg = !std::isnan(d) && std::signbit(d);
  Buf text;
  float_body(text, std::fabs(d), t, prec, sp.alt);
  if (neg && sp.no_neg_zero && all_zero(text.view())) neg = false;
  char lead[2] = {sign_char(neg, sp.sign), 0};
  std::string_view all = text.view();
  size_t ndig = 0;
  while (ndig < all.size() && all[ndig] >= '0' && all[ndig] <= '9') ++ndig;
  emit_number(b, sp, std::string_view(lead, lead[0] ? 1 : 0), all.substr(0, ndig),
              all.substr(ndig));
  return true;
}

bool format_int_spec(StrBuilder& b, Value v, const Spec& sp) {
  uint32_t t = sp.type;
  switch (t) {
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
    case '%': {
      bool overflow = false;
      double d = int_to_double(v, &overflow);
      if (overflow) {
        raise(&Exc_OverflowError, "int too large to convert to float");
        return false;
      }
      return format_float_spec(b, d, sp, v);
    }
    case 'b':
    case 'o':
    case 'x':
    case 'X':
    case 'd':
    case 'n':
    case 'c':
    case 0:
      break;
    default:
      unknown_code(t, v);
      return false;
  }
  if (sp.no_neg_zero) {
    raise(&Exc_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    return false;
  }
  if (sp.precision >= 0) {
    raise(&Exc_ValueError, "Precision not allowed in integer format specifier");
    return false;
  }
  if (t == 'c') {
    if (sp.sign) {
      raise(&Exc_ValueError, "Sign not allowed with integer format specifier 'c'");
      return false;
    }
    if (sp.alt) {
      raise(&Exc_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      return false;
    }
    int64_t cp;
    if (!int_to_i64(v, &cp) || cp < 0 || cp > kMaxCodePoint) {
      raise(&Exc_OverflowError, "%%c arg not in range(0x110000)");
      return false;
    }
    char buf[4];
    int n = utf8_encode(uint32_t(cp), buf);
    Spec s2 = sp;
    emit_padded(b, s2, sp.align ? sp.align : '>', {}, std::string_view(buf, size_t(n)), 1);
    return true;
  }
  int base = t == 'b' ? 2 : t == 'o' ? 8 : (t == 'x' || t == 'X') ? 16 : 10;
  Buf digits;
  int neg = int_digits(v, base, t == 'X', digits);
  if (neg < 0) return false;
  char lead[4];
  size_t nlead = 0;
  if (char s = sign_char(neg != 0, sp.sign)) lead[nlead++] = s;
  if (sp.alt && base != 10) {
    lead[nlead++] = '0';
    lead[nlead++] = t == 'b' ? 'b' : t == 'o' ? 'o' : t == 'X' ? 'X' : 'x';
  }
  emit_number(b, sp, std::string_view(lead, nlead), digits.view(), {});
  return true;
}

bool format_str_spec(StrBuilder& b, Str* s, const Spec& sp, Value obj) {
  if (sp.type != 0 && sp.type != 's') {
    unknown_code(sp.type, obj);
    return false;
  }
  if (sp.sign) {
    raise(&Exc_ValueError, "Sign not allowed in string format specifier");
    return false;
  }
  if (sp.no_neg_zero) {
    raise(&Exc_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    return false;
  }
  if (sp.alt) {
    raise(&Exc_ValueError, "Alternate form (#) not allowed in string format specifier");
    return false;
  }
  if (sp.align == '=') {
    raise(&Exc_ValueError, "'=' alignment not allowed in string format specifier");
    return false;
  }
  size_t cps = s->length;
  std::string_view text = s->view();
  if (sp.precision >= 0 && size_t(sp.precision) < cps) {
    cps = size_t(sp.precision);
    text = text.substr(0, str_offset(s, cps));
  }
  emit_padded(b, sp, sp.align ? sp.align : '<', {}, text, cps);
  return true;
}

// Formats v with the spec text into b; v must be int, bool, float or str.
bool format_into(StrBuilder& b, Value v, std::string_view spec_text) {
  Spec sp;
  if (is_str(v)) {
    if (!parse_spec(spec_text, '<', v, &sp)) return false;
    return format_str_spec(b, as_str(v), sp, v);
  }
  if (!parse_spec(spec_text, '>', v, &sp)) return false;
  if (is_float(v)) return format_float_spec(b, float_value(v), sp, v);
  return format_int_spec(b, v, sp);
}

}  // namespace

Ref format_builtin(Value v, Value spec) {
  Str* sp = as_str(spec);
  bool known = is_int(v) || is_float(v) || is_str(v);
  if (sp->size == 0) {
    if (is_exact_str(v)) return Ref::dup(v);
    return str(v);
  }
  if (!known)
    return raise(&Exc_TypeError, "unsupported format string passed to %s.__format__", type_name(v));
  StrBuilder b;
  if (!format_into(b, v, sp->view())) return nullptr;
  return b.finish();
}

// ---- str.format ----

namespace {

// Where str.format finds its arguments: positional values plus either
// vectorcall keywords or a mapping (format_map).
struct FormatArgs {
  const Value* args = nullptr;
  size_t nargs = 0;
  Value kwnames;       // tuple of str, or null
  Value mapping;       // format_map's mapping, or null
  int auto_state = 0;  // 0 unknown, 1 automatic numbering, 2 manual
  size_t next_auto = 0;
};

Ref lookup_positional(FormatArgs& fa, size_t index) {
  if (fa.mapping) return getitem(fa.mapping, Ref::small(ptrdiff_t(index)));
  if (index >= fa.nargs)
    return raise(&Exc_IndexError, "Replacement index %zu out of range for positional args tuple",
                 index);
  return Ref::dup(fa.args[index]);
}

Ref lookup_keyword(FormatArgs& fa, std::string_view name) {
  Ref key = new_str(name);
  if (!key) return nullptr;
  if (fa.mapping) return getitem(fa.mapping, key);
  if (fa.kwnames) {
    auto* names = fa.kwnames.as<Tuple>();
    for (size_t i = 0; i < names->size; ++i) {
      if (as_str(names->items[i])->view() == name) return Ref::dup(fa.args[fa.nargs + i]);
    }
  }
  Ref args = new_tuple({key});
  if (args) raise_with_args(&Exc_KeyError, args);
  return nullptr;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Parses a decimal index; raises "Too many decimal digits" on overflow.
bool parse_index(std::string_view s, size_t* out) {
  const char* p = s.data();
  ptrdiff_t v = read_number(p, s.data() + s.size());
  if (v < 0) return false;
  *out = size_t(v);
  return true;
}

// Resolves a field name ("0", "name", "", "0.attr[key]") to its object.
Ref resolve_field(FormatArgs& fa, std::string_view field) {
  size_t first_end = 0;
  while (first_end < field.size() && field[first_end] != '.' && field[first_end] != '[')
    ++first_end;
  std::string_view first = field.substr(0, first_end);
  Ref obj;
  if (first.empty() || all_digits(first)) {
    size_t index;
    if (first.empty()) {
      if (fa.auto_state == 2)
        return raise(&Exc_ValueError,
                     "cannot switch from manual field specification to automatic field "
                     "numbering");
      fa.auto_state = 1;
      index = fa.next_auto++;
    } else {
      if (fa.auto_state == 1)
        return raise(&Exc_ValueError,
                     "cannot switch from automatic field numbering to manual field "
                     "specification");
      fa.auto_state = 2;
      if (!parse_index(first, &index)) return nullptr;
    }
    obj = lookup_positional(fa, index);
  } else {
    obj = lookup_keyword(fa, first);
  }
  if (!obj) return nullptr;
  size_t i = first_end;
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') ++j;
      std::string_view attr = field.substr(i + 1, j - i - 1);
      if (attr.empty()) return raise(&Exc_ValueError, "Empty attribute in format string");
      obj = getattr(obj, attr);
      if (!obj) return nullptr;
      i = j;
    } else {
      size_t j = field.find(']', i + 1);
      if (j == std::string_view::npos)
        return raise(&Exc_ValueError, "Missing ']' in format string");
      std::string_view key = field.substr(i + 1, j - i - 1);
      if (key.empty()) return raise(&Exc_ValueError, "Empty attribute in format string");
      Ref k;
      size_t index;
      if (all_digits(key)) {
        if (!parse_index(key, &index)) return nullptr;
        k = int_from_u64(index);
      } else {
        k = new_str(key);
      }
      if (!k) return nullptr;
      obj = getitem(obj, k);
      if (!obj) return nullptr;
      i = j + 1;
      if (i < field.size() && field[i] != '.' && field[i] != '[')
        return raise(&Exc_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
    }
  }
  return obj;
}

bool render(StrBuilder& b, std::string_view fmt, FormatArgs& fa, int depth);

// Formats one replacement field {name!conv:spec} (text between the braces).
bool render_field(StrBuilder& b, std::string_view field, char conv, std::string_view spec,
                  bool spec_nested, FormatArgs& fa, int depth) {
  Ref obj = resolve_field(fa, field);
  if (!obj) return false;
  if (conv) {
    switch (conv) {
      case 'r':
        obj = repr(obj);
        break;
      case 's':
        obj = str(obj);
        break;
      case 'a':
        obj = ascii(obj);
        break;
      default:
        raise(&Exc_ValueError, "Unknown conversion specifier %c", conv);
        return false;
    }
    if (!obj) return false;
  }
  Ref spec_str;
  if (spec_nested) {
    StrBuilder sb;
    if (!render(sb, spec, fa, depth - 1)) return false;
    spec_str = sb.finish();
  } else {
    spec_str = new_str(spec);
  }
  if (!spec_str) return false;
  if (is_exact_str(obj) && as_str(spec_str)->size == 0) {
    b.append(as_str(obj)->view());
    return !b.failed();
  }
  Ref text = format(obj, spec_str);
  if (!text) return false;
  if (!is_str(text)) {
    raise(&Exc_TypeError, "__format__ must return a str, not %s", type_name(text));
    return false;
  }
  b.append(as_str(text)->view());
  return !b.failed();
}

bool render(StrBuilder& b, std::string_view fmt, FormatArgs& fa, int depth) {
  if (depth <= 0) {
    raise(&Exc_ValueError, "Max string recursion exceeded");
    return false;
  }
  size_t i = 0, n = fmt.size();
  while (i < n) {
    size_t j = i;
    while (j < n && fmt[j] != '{' && fmt[j] != '}') ++j;
    b.append(fmt.substr(i, j - i));
    if (j == n) break;
    char c = fmt[j];
    if (j + 1 < n && fmt[j + 1] == c) {
      b.append_char(c);
      i = j + 2;
      continue;
    }
    if (c == '}') {
      raise(&Exc_ValueError, "Single '}' encountered in format string");
      return false;
    }
    if (j + 1 == n) {
      raise(&Exc_ValueError, "Single '{' encountered in format string");
      return false;
    }
    // The field name runs to '}', '!' or ':'; brackets may hide those.
    size_t k = j + 1;
    char stop = 0;
    while (k < n) {
      char d = fmt[k++];
      if (d == '{') {
        raise(&Exc_ValueError, "unexpected '{' in field name");
        return false;
      }
      if (d == '[') {
        while (k < n && fmt[k] != ']') ++k;
        continue;
      }
      if (d == '}' || d == '!' || d == ':') {
        stop = d;
        break;
      }
    }
    if (!stop) {
      raise(&Exc_ValueError, "expected '}' before end of string");
      return false;
    }
    std::string_view field = fmt.substr(j + 1, k - j - 2);
    char conv = 0;
    if (stop == '!') {
      if (k >= n) {
        raise(&Exc_ValueError, "end of string while looking for conversion specifier");
        return false;
      }
      conv = fmt[k++];
      if (k >= n) {
        raise(&Exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      stop = fmt[k++];
      if (stop != '}' && stop != ':') {
        raise(&Exc_ValueError, "expected ':' after conversion specifier");
        return false;
      }
    }
    std::string_view spec;
    bool nested = false;
    if (stop == ':') {
      size_t start = k;
      int level = 1;
      while (k < n) {
        char d = fmt[k++];
        if (d == '{') {
          ++level;
          nested = true;
        } else if (d == '}' && --level == 0) {
          break;
        }
      }
      if (level != 0) {
        raise(&Exc_ValueError, "unmatched '{' in format spec");
        return false;
      }
      spec = fmt.substr(start, k - start - 1);
    }
    if (!render_field(b, field, conv, spec, nested, fa, depth)) return false;
    i = k;
  }
  return !b.failed();
}

}  // namespace

Ref str_format(Str* fmt, const Value* args, size_t nargs, Value kwnames) {
  FormatArgs fa;
  fa.args = args;
  fa.nargs = nargs;
  fa.kwnames = kwnames;
  StrBuilder b(fmt->size + 16);
  if (!render(b, fmt->view(), fa, 2)) return nullptr;
  return b.finish();
}

Ref str_format_map(Str* fmt, Value mapping) {
  FormatArgs fa;
  fa.mapping = mapping;
  StrBuilder b(fmt->size + 16);
  if (!render(b, fmt->view(), fa, 2)) return nullptr;
  return b.finish();
}

// ---- printf-style formatting ----

namespace {

struct PercentState {
  Value args;          // the right operand
  Value dict;          // mapping for %(name)s, or null
  const Value* items;  // positional items
  size_t nitems;
  size_t next = 0;
};

Value next_arg(PercentState& ps) {
  if (ps.next >= ps.nitems) {
    raise(&Exc_TypeError, "not enough arguments for format string");
    return Value();
  }
  return ps.items[ps.next++];
}

// Converts a %d/%x argument to an int, with CPython's messages.
Ref percent_int_arg(Value v, char conv) {
  if (is_int(v)) return Ref::dup(v);
  bool decimal = conv == 'd' || conv == 'i' || conv == 'u';
  if (decimal && is_float(v)) return int_from_double(float_value(v));
  NumberSlots* num = type_of(v)->number;
  if (num && num->index) return number_index(v);
  if (decimal && num && (num->to_int || num->to_float)) {
    if (num->to_int) return num->to_int(v);
    Ref f = num->to_float(v);
    if (!f) return nullptr;
    return int_from_double(float_value(f));
  }
  if (decimal)
    return raise(&Exc_TypeError, "%%%c format: a real number is required, not %s", conv,
                 type_name(v));
  return raise(&Exc_TypeError, "%%%c format: an integer is required, not %s", conv, type_name(v));
}

bool percent_double_arg(Value v, double* out) {
  if (is_float(v)) {
    *out = float_value(v);
    return true;
  }
  NumberSlots* num = type_of(v)->number;
  if (!is_int(v) && !(num && (num->to_float || num->index))) {
    raise(&Exc_TypeError, "must be real number, not %s", type_name(v));
    return false;
  }
  return to_double(v, out);
}

// %b / %s of bytes formatting: a bytes-like value or one with __bytes__.
bool percent_bytes_arg(StrBuilder& b, Spec& sp, Value v) {
  std::string_view text;
  Ref conv;
  if (!bytes_like_view(v, &text)) {
    Ref m = getattr_opt(v, Value(intern("__bytes__")));
    if (!m) {
      if (!err_occurred())
        raise(&Exc_TypeError,
              "%%b requires a bytes-like object, or an object that implements __bytes__, not "
              "'%s'",
              type_name(v));
      return false;
    }
    conv = call0(m);
    if (!conv) return false;
    if (!is_bytes(conv)) {
      raise(&Exc_TypeError, "__bytes__ returned non-bytes (type %s)", type_name(conv));
      return false;
    }
    text = conv.as<Bytes>()->view();
  }
  if (sp.align == '=') sp.align = '>';
  sp.fill = ' ';
  if (sp.precision >= 0 && size_t(sp.precision) < text.size())
    text = text.substr(0, size_t(sp.precision));
  emit_padded(b, sp, sp.align ? sp.align : '>', {}, text, text.size());
  return true;
}

// %c of bytes formatting: an int in range(256) or a single byte.
bool percent_byte_char(StrBuilder& b, Spec& sp, Value v) {
  std::string_view one;
  char c;
  if (bytes_like_view(v, &one) && one.size() == 1) {
    c = one[0];
  } else if (is_int(v)) {
    int64_t i;
    if (!int_to_i64(v, &i) || i < 0 || i > 255) {
      raise(&Exc_OverflowError, "%%c arg not in range(256)");
      return false;
    }
    c = char(i);
  } else {
    raise(&Exc_TypeError, "%%c requires an integer in range(256) or a single byte");
    return false;
  }
  if (sp.align == '=') sp.align = '>';
  sp.fill = ' ';
  emit_padded(b, sp, sp.align ? sp.align : '>', {}, std::string_view(&c, 1), 1);
  return true;
}

// One conversion: flags parsed into sp (align '<' for '-', '=' with '0').
// `bytes` selects bytes formatting (%b and %s take buffers, %r is ascii).
bool percent_one(StrBuilder& b, Spec& sp, char conv, Value v, bool bytes) {
  if (bytes && (conv == 's' || conv == 'b')) return percent_bytes_arg(b, sp, v);
  if (bytes && conv == 'c') return percent_byte_char(b, sp, v);
  switch (conv) {
    case 's':
    case 'r':
    case 'a': {
      Ref s = conv == 's' ? str(v) : conv == 'r' && !bytes ? repr(v) : ascii(v);
      if (!s) return false;
      if (sp.align == '=') sp.align = '>';
      sp.fill = ' ';
      Str* t = as_str(s);
      size_t cps = t->length;
      std::string_view text = t->view();
      if (sp.precision >= 0 && size_t(sp.precision) < cps) {
        cps = size_t(sp.precision);
        text = text.substr(0, str_offset(t, cps));
      }
      emit_padded(b, sp, sp.align ? sp.align : '>', {}, text, cps);
      return true;
    }
    case 'c': {
      uint32_t cp;
      if (is_str(v)) {
        if (as_str(v)->length != 1) {
          raise(&Exc_TypeError, "%%c requires int or char");
          return false;
        }
        const char* p = as_str(v)->data;
        cp = utf8_next(p);
      } else if (is_int(v)) {
        int64_t i;
        if (!int_to_i64(v, &i) || i < 0 || i > kMaxCodePoint) {
          raise(&Exc_OverflowError, "%%c arg not in range(0x110000)");
          return false;
        }
        cp = uint32_t(i);
      } else {
        raise(&Exc_TypeError, "%%c requires int or char");
        return false;
      }
      char buf[4];
      int n = utf8_encode(cp, buf);
      if (sp.align == '=') sp.align = '>';
      sp.fill = ' ';
      emit_padded(b, sp, sp.align ? sp.align : '>', {}, std::string_view(buf, size_t(n)), 1);
      return true;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      Ref iv = percent_int_arg(v, conv);
      if (!iv) return false;
      int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
      Buf digits;
      int neg = int_digits(iv, base, conv == 'X', digits);
      if (neg < 0) return false;
      Buf padded;
      if (sp.precision > 0 && size_t(sp.precision) > digits.size()) {
        for (size_t k = digits.size(); k < size_t(sp.precision); ++k) padded.push('0');
      }
      padded.append(digits.view());
      char lead[4];
      size_t nlead = 0;
      if (char s = sign_char(neg != 0, sp.sign)) lead[nlead++] = s;
      if (sp.alt && base != 10) {
        lead[nlead++] = '0';
        lead[nlead++] = conv == 'o' ? 'o' : conv;
      }
      emit_padded(b, sp, sp.align ? sp.align : '>', std::string_view(lead, nlead), padded.view(),
                  padded.size());
      return true;
    }
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G': {
      double d;
      if (!percent_double_arg(v, &d)) return false;
      int prec = sp.precision < 0 ? 6 : int(sp.precision);
      bool neg = !std::isnan(d) && std::signbit(d);
      Buf text;
      float_body(text, std::fabs(d), uint32_t(conv), prec, sp.alt);
      char lead[2] = {sign_char(neg, sp.sign), 0};
      emit_padded(b, sp, sp.align ? sp.align : '>', std::string_view(lead, lead[0] ? 1 : 0),
                  text.view(), text.size());
      return true;
    }
    default:
      return false;
  }
}

// Reads a '*' width/precision argument.
bool star_arg(PercentState& ps, ptrdiff_t* out) {
  Value v = next_arg(ps);
  if (!v) return false;
  int64_t i;
  if (!is_int(v)) {
    raise(&Exc_TypeError, "* wants int");
    return false;
  }
  if (!int_as_i64(v, &i)) return false;
  *out = ptrdiff_t(i);
  return true;
}

}  // namespace

namespace {

// The printf-style engine for str % args and bytes % args (`bytes`): the
// format is UTF-8 text or raw bytes, the output goes to b.
bool percent_render(StrBuilder& b, std::string_view f, Value args, bool bytes) {
  PercentState ps;
  ps.args = args;
  std::string_view ignored;
  if (is_tuple(args)) {
    ps.items = args.as<Tuple>()->items;
    ps.nitems = args.as<Tuple>()->size;
  } else {
    ps.items = &ps.args;
    ps.nitems = 1;
    if (!is_str(args) && !bytes_like_view(args, &ignored) && type_of(args)->getitem) ps.dict = args;
  }
  size_t i = 0, n = f.size();
  while (i < n) {
    size_t pct = f.find('%', i);
    if (pct == std::string_view::npos) pct = n;
    b.append(f.substr(i, pct - i));
    if (pct == n) break;
    size_t k = pct + 1;
    Value arg;
    Ref keyed;
    if (k < n && f[k] == '(') {
      if (!ps.dict) {
        raise(&Exc_TypeError, "format requires a mapping");
        return false;
      }
      int level = 1;
      size_t start = ++k;
      while (k < n && level) {
        if (f[k] == '(')
          ++level;
        else if (f[k] == ')')
          --level;
        ++k;
      }
      if (level) {
        raise(&Exc_ValueError, "incomplete format key");
        return false;
      }
      std::string_view name = f.substr(start, k - 1 - start);
      Ref key = bytes ? new_bytes(name) : new_str(name);
      if (!key) return false;
      keyed = getitem(ps.dict, key);
      if (!keyed) return false;
      arg = keyed;
    }
    Spec sp;
    for (; k < n; ++k) {
      char c = f[k];
      if (c == '-')
        sp.align = '<';
      else if (c == '+')
        sp.sign = '+';
      else if (c == ' ') {
        if (sp.sign != '+') sp.sign = ' ';
      } else if (c == '#')
        sp.alt = true;
      else if (c == '0') {
        if (sp.align != '<') {
          sp.align = '=';
          sp.fill = '0';
        }
      } else
        break;
    }
    if (sp.align == '<') sp.fill = ' ';
    if (k < n && f[k] == '*') {
      ptrdiff_t w;
      if (!star_arg(ps, &w)) return false;
      if (w < 0) {
        sp.align = '<';
        sp.fill = ' ';
        w = -w;
      }
      sp.width = w;
      ++k;
    } else {
      const char* p = f.data() + k;
      sp.width = read_number(p, f.data() + n);
      if (sp.width == -2) return false;
      k = size_t(p - f.data());
    }
    if (k < n && f[k] == '.') {
      ++k;
      if (k < n && f[k] == '*') {
        ptrdiff_t pr;
        if (!star_arg(ps, &pr)) return false;
        sp.precision = pr < 0 ? 0 : pr;
        ++k;
      } else {
        const char* p = f.data() + k;
        ptrdiff_t pr = read_number(p, f.data() + n);
        if (pr == -2) return false;
        sp.precision = pr < 0 ? 0 : pr;
        k = size_t(p - f.data());
      }
    }
    // Length modifiers are accepted and ignored, as in CPython.
    while (k < n && (f[k] == 'h' || f[k] == 'l' || f[k] == 'L')) ++k;
    if (k >= n) {
      raise(&Exc_ValueError, "incomplete format");
      return false;
    }
    const char* cp_at = f.data() + k;
    uint32_t conv = bytes ? static_cast<unsigned char>(*cp_at++) : utf8_next(cp_at);
    if (conv == '%' && k == pct + 1) {
      b.append_char('%');
      i = k + 1;
      continue;
    }
    if (!arg) {
      arg = next_arg(ps);
      if (!arg) return false;
    }
    if (conv > 0x7F || !std::strchr(bytes ? "sracdiuxXoeEfFgGb" : "sracdiuxXoeEfFgG", int(conv))) {
      raise(&Exc_ValueError, "unsupported format character '%c' (0x%x) at index %zu",
            conv > 31 && conv < 127 ? char(conv) : '?', conv, bytes ? k : utf8_count(f.data(), k));
      return false;
    }
    if (!percent_one(b, sp, char(conv), arg, bytes)) return false;
    i = size_t(cp_at - f.data());
  }
  if (ps.next < ps.nitems && !ps.dict) {
    raise(&Exc_TypeError, "not all arguments converted during %s formatting",
          bytes ? "bytes" : "string");
    return false;
  }
  return true;
}

}  // namespace

Ref percent_format(Str* fmt, Value args) {
  StrBuilder b(fmt->size + 16);
  if (!percent_render(b, fmt->view(), args, false)) return nullptr;
  return b.finish();
}

bool percent_format_bytes(std::string_view fmt, Value args, std::string* out) {
  StrBuilder b(fmt.size() + 16);
  if (!percent_render(b, fmt, args, true)) return false;
  out->assign(b.data(), b.size());
  return true;
}

}  // namespace gp
