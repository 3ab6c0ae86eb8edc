// The str methods (split, join, find, replace, case mapping, predicates, ...).
//
// Searching works on the UTF-8 bytes: a valid UTF-8 needle can only match at
// code-point boundaries, so byte search (memchr/two-way via string_view and
// memmem) is exact, and code-point positions are computed only for the
// results that need them. ASCII strings, the common case, take byte-table
// fast paths in the per-character methods; other text is walked one code
// point at a time through utf8.h's classes. Case mapping is the simple
// one-to-one mapping plus the special cases 'ß' (→ "SS"/"ss") and 'İ'
// (→ "i̇"); other one-to-many mappings (ligatures, Greek final forms) are not
// applied.
#include <algorithm>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/format.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

inline Str* S(Value v) { return as_str(v); }

inline bool is_none_or_null(Value v) { return !v || is_none(v); }

// The window [start, end) of a find-style call in code points and bytes,
// after slice adjustment. `valid` is false when start > len (no match at all,
// not even of the empty string).
struct Window {
  size_t cp0, cp1, b0, b1;
  bool valid;
};

bool slice_index(Value v, ptrdiff_t* out) {
  if (is_none_or_null(v)) return true;
  if (!is_int(v) && !(type_of(v)->number && type_of(v)->number->index)) {
    raise(&Exc_TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  return index_ssize(v, out);
}

bool make_window(Str* s, Value start, Value end, Window* w) {
  auto len = ptrdiff_t(s->length);
  ptrdiff_t a = 0, b = len;
  if (!slice_index(start, &a) || !slice_index(end, &b)) return false;
  if (a < 0) a = std::max<ptrdiff_t>(a + len, 0);
  if (b < 0) b = std::max<ptrdiff_t>(b + len, 0);
  if (b > len) b = len;
  w->valid = a <= len && a <= b;
  if (!w->valid) a = b = 0;
  w->cp0 = size_t(a);
  w->cp1 = size_t(b);
  w->b0 = str_offset(s, w->cp0);
  w->b1 =
      s->ascii ? w->cp1 : w->b0 + utf8_offset(s->data + w->b0, s->size - w->b0, w->cp1 - w->cp0);
  return true;
}

bool require_str(Value v, const char* what) {
  if (is_str(v)) return true;
  raise(&Exc_TypeError, "%s, not %s", what, type_name(v));
  return false;
}

Ref new_sub(Str* s, size_t b0, size_t b1) {
  if (b0 == 0 && b1 == s->size && s->type == &StrType) return Ref::dup(Value(s));
  return new_str(std::string_view(s->data + b0, b1 - b0));
}

// ---- find / index / count ----

enum class FindKind { Find, RFind, Index, RIndex };

Ref find_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
              FindKind kind) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  if (!require_str(args[0], "must be str")) return nullptr;
  Str* s = S(self);
  Str* sub = S(args[0]);
  Window w;
  if (!make_window(s, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &w))
    return nullptr;
  ptrdiff_t result = -1;
  if (w.valid && sub->size <= w.b1 - w.b0) {
    std::string_view hay(s->data + w.b0, w.b1 - w.b0);
    bool reverse = kind == FindKind::RFind || kind == FindKind::RIndex;
    size_t pos = reverse ? hay.rfind(sub->view()) : hay.find(sub->view());
    if (pos != std::string_view::npos)
      result = ptrdiff_t(w.cp0 + (s->ascii ? pos : utf8_count(hay.data(), pos)));
  }
  if (result < 0 && (kind == FindKind::Index || kind == FindKind::RIndex))
    return raise(&Exc_ValueError, "substring not found");
  return Ref::small(result);
}

Ref m_find(Value self, const Value* a, size_t n, Value kw) {
  return find_impl(self, a, n, kw, "find", FindKind::Find);
}
Ref m_rfind(Value self, const Value* a, size_t n, Value kw) {
  return find_impl(self, a, n, kw, "rfind", FindKind::RFind);
}
Ref m_index(Value self, const Value* a, size_t n, Value kw) {
  return find_impl(self, a, n, kw, "index", FindKind::Index);
}
Ref m_rindex(Value self, const Value* a, size_t n, Value kw) {
  return find_impl(self, a, n, kw, "rindex", FindKind::RIndex);
}

// Non-overlapping occurrences of sub in text, at most `limit` (-1: all).
size_t count_in(std::string_view text, std::string_view sub, ptrdiff_t limit) {
  size_t n = 0, pos = 0;
  if (sub.size() == 1) {
    for (const char* p = text.data(); p < text.data() + text.size(); ++p) {
      if (limit >= 0 && n >= size_t(limit)) break;
      p = static_cast<const char*>(std::memchr(p, sub[0], size_t(text.data() + text.size() - p)));
      if (!p) break;
      ++n;
    }
    return n;
  }
  while (limit < 0 || n < size_t(limit)) {
    pos = text.find(sub, pos);
    if (pos == std::string_view::npos) break;
    ++n;
    pos += sub.size();
  }
  return n;
}

Ref m_count(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("count", kwnames) || !check_nargs("count", nargs, 1, 3)) return nullptr;
  if (!require_str(args[0], "must be str")) return nullptr;
  Str* s = S(self);
  Str* sub = S(args[0]);
  Window w;
  if (!make_window(s, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &w))
    return nullptr;
  if (!w.valid) return Ref::small(0);
  if (sub->size == 0) return Ref::small(ptrdiff_t(w.cp1 - w.cp0 + 1));
  return Ref::small(
      ptrdiff_t(count_in(std::string_view(s->data + w.b0, w.b1 - w.b0), sub->view(), -1)));
}

// ---- startswith / endswith ----

Ref affix_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
               bool ends) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 3)) return nullptr;
  Str* s = S(self);
  Window w;
  if (!make_window(s, nargs > 1 ? args[1] : Value(), nargs > 2 ? args[2] : Value(), &w))
    return nullptr;
  auto test = [&](Str* p) {
    if (!w.valid || p->size > w.b1 - w.b0) return false;
    size_t at = ends ? w.b1 - p->size : w.b0;
    return std::memcmp(s->data + at, p->data, p->size) == 0;
  };
  Value prefix = args[0];
  if (is_tuple(prefix)) {
    for (Value item : *prefix.as<Tuple>()) {
      if (!is_str(item))
        return raise(&Exc_TypeError, "tuple for %s must only contain str, not %s", name,
                     type_name(item));
      if (test(S(item))) return bool_ref(true);
    }
    return bool_ref(false);
  }
  if (!is_str(prefix))
    return raise(&Exc_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                 type_name(prefix));
  return bool_ref(test(S(prefix)));
}

Ref m_startswith(Value self, const Value* a, size_t n, Value kw) {
  return affix_impl(self, a, n, kw, "startswith", false);
}
Ref m_endswith(Value self, const Value* a, size_t n, Value kw) {
  return affix_impl(self, a, n, kw, "endswith", true);
}

// ---- split family ----

bool parse_maxsplit(Value v, ptrdiff_t* out) {
  *out = -1;
  if (!v) return true;
  return index_ssize(v, out);
}

inline bool ascii_space(unsigned char c) {
  return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
}

// Appends s[b0:b1] to list; 0 or -1.
int append_piece(Value list, Str* s, size_t b0, size_t b1) {
  Ref piece = new_sub(s, b0, b1);
  if (!piece) return -1;
  return list_append(list, piece);
}

// Splits at runs of whitespace; byte offsets of each piece go to `out`.
void whitespace_pieces(Str* s, ptrdiff_t maxsplit, bool from_right,
                       std::vector<std::pair<size_t, size_t>>& out) {
  const char* d = s->data;
  size_t n = s->size;
  auto space_at = [&](size_t i, size_t* len) {
    auto c = static_cast<unsigned char>(d[i]);
    if (c < 0x80) {
      *len = 1;
      return ascii_space(c);
    }
    const char* p = d + i;
    uint32_t cp = utf8_next(p);
    *len = size_t(p - (d + i));
    return uni_isspace(cp);
  };
  if (!from_right) {
    size_t i = 0, len;
    while (i < n) {
      while (i < n && space_at(i, &len)) i += len;
      if (i >= n) break;
      if (maxsplit >= 0 && ptrdiff_t(out.size()) == maxsplit) {
        out.emplace_back(i, n);  // the rest keeps its trailing whitespace
        return;
      }
      size_t start = i;
      while (i < n && !space_at(i, &len)) i += len;
      out.emplace_back(start, i);
    }
    return;
  }
  size_t i = n;
  auto prev_space = [&](size_t at, size_t* start) {
    const char* p = d + at;
    uint32_t cp = utf8_prev(p);
    *start = size_t(p - d);
    return uni_isspace(cp);
  };
  size_t st;
  while (i > 0) {
    while (i > 0 && prev_space(i, &st)) i = st;
    if (i == 0) break;
    if (maxsplit >= 0 && ptrdiff_t(out.size()) == maxsplit) {
      out.emplace_back(0, i);  // the rest keeps its leading whitespace
      return;
    }
    size_t end = i;
    while (i > 0 && !prev_space(i, &st)) i = st;
    out.emplace_back(i, end);
  }
}

Ref split_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
               bool from_right) {
  Value a[2] = {};
  if (!parse_args(name, args, nargs, kwnames, {"sep", "maxsplit"}, 0, a)) return nullptr;
  ptrdiff_t maxsplit;
  if (!parse_maxsplit(a[1], &maxsplit)) return nullptr;
  Str* s = S(self);
  std::vector<std::pair<size_t, size_t>> pieces;
  if (is_none_or_null(a[0])) {
    whitespace_pieces(s, maxsplit, from_right, pieces);
  } else {
    if (!require_str(a[0], "must be str or None")) return nullptr;
    Str* sep = S(a[0]);
    if (sep->size == 0) return raise(&Exc_ValueError, "empty separator");
    std::string_view text = s->view();
    if (!from_right) {
      size_t start = 0;
      while (maxsplit < 0 || ptrdiff_t(pieces.size()) < maxsplit) {
        size_t pos = text.find(sep->view(), start);
        if (pos == std::string_view::npos) break;
        pieces.emplace_back(start, pos);
        start = pos + sep->size;
      }
      pieces.emplace_back(start, text.size());
    } else {
      size_t end = text.size();
      while (maxsplit < 0 || ptrdiff_t(pieces.size()) < maxsplit) {
        if (end < sep->size) break;
        size_t pos = text.substr(0, end).rfind(sep->view());
        if (pos == std::string_view::npos) break;
        pieces.emplace_back(pos + sep->size, end);
        end = pos;
      }
      pieces.emplace_back(0, end);
    }
  }
  if (from_right) std::reverse(pieces.begin(), pieces.end());
  Ref list = new_list(pieces.size());
  if (!list) return nullptr;
  for (auto [b0, b1] : pieces)
    if (append_piece(list, s, b0, b1) < 0) return nullptr;
  return list;
}

Ref m_split(Value self, const Value* a, size_t n, Value kw) {
  return split_impl(self, a, n, kw, "split", false);
}
Ref m_rsplit(Value self, const Value* a, size_t n, Value kw) {
  return split_impl(self, a, n, kw, "rsplit", true);
}

Ref m_splitlines(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!parse_args("splitlines", args, nargs, kwnames, {"keepends"}, 0, a)) return nullptr;
  int keep = 0;
  if (a[0] && (keep = truthy(a[0])) < 0) return nullptr;
  Str* s = S(self);
  Ref list = new_list();
  if (!list) return nullptr;
  const char* d = s->data;
  size_t i = 0, n = s->size, start = 0;
  while (i < n) {
    const char* p = d + i;
    uint32_t cp = utf8_next(p);
    size_t next = size_t(p - d);
    if (uni_islinebreak(cp)) {
      size_t eol = next;
      if (cp == '\r' && eol < n && d[eol] == '\n') ++eol;
      if (append_piece(list, s, start, keep ? eol : i) < 0) return nullptr;
      start = i = eol;
      continue;
    }
    i = next;
  }
  if (start < n && append_piece(list, s, start, n) < 0) return nullptr;
  return list;
}

Ref partition_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
                   bool from_right) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 1, 1)) return nullptr;
  if (!require_str(args[0], "must be str")) return nullptr;
  Str* s = S(self);
  Str* sep = S(args[0]);
  if (sep->size == 0) return raise(&Exc_ValueError, "empty separator");
  size_t pos = from_right ? s->view().rfind(sep->view()) : s->view().find(sep->view());
  Ref empty = str_empty();
  if (pos == std::string_view::npos) {
    Ref whole = new_sub(s, 0, s->size);
    if (!whole) return nullptr;
    return from_right ? new_tuple({empty, empty, whole}) : new_tuple({whole, empty, empty});
  }
  Ref head = new_sub(s, 0, pos);
  Ref tail = new_sub(s, pos + sep->size, s->size);
  if (!head || !tail) return nullptr;
  return new_tuple({head, args[0], tail});
}

Ref m_partition(Value self, const Value* a, size_t n, Value kw) {
  return partition_impl(self, a, n, kw, "partition", false);
}
Ref m_rpartition(Value self, const Value* a, size_t n, Value kw) {
  return partition_impl(self, a, n, kw, "rpartition", true);
}

Ref m_join(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("join", kwnames) || !check_nargs("join", nargs, 1, 1)) return nullptr;
  return str_join(self, args[0]);
}

// ---- strip ----

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Ref strip_impl(Value self, const Value* args, size_t nargs, Value kwnames, const char* name,
               int side) {
  if (!no_kwargs(name, kwnames) || !check_nargs(name, nargs, 0, 1)) return nullptr;
  Str* s = S(self);
  Value chars = nargs ? args[0] : Value();
  std::u32string set;
  bool whitespace = is_none_or_null(chars);
  if (!whitespace) {
    if (!is_str(chars)) return raise(&Exc_TypeError, "%s arg must be None or str", name);
    for (const char* p = S(chars)->data; p < S(chars)->data + S(chars)->size;)
      set.push_back(utf8_next(p));
  }
  auto strip_cp = [&](uint32_t cp) {
    return whitespace ? uni_isspace(cp) : set.find(char32_t(cp)) != std::u32string::npos;
  };
  size_t b0 = 0, b1 = s->size;
  if (side & kLeft) {
    while (b0 < b1) {
      const char* p = s->data + b0;
      if (!strip_cp(utf8_next(p))) break;
      b0 = size_t(p - s->data);
    }
  }
  if (side & kRight) {
    while (b1 > b0) {
      const char* p = s->data + b1;
      if (!strip_cp(utf8_prev(p))) break;
      b1 = size_t(p - s->data);
    }
  }
  return new_sub(s, b0, b1);
}

Ref m_strip(Value self, const Value* a, size_t n, Value kw) {
  return strip_impl(self, a, n, kw, "strip", kBoth);
}
Ref m_lstrip(Value self, const Value* a, size_t n, Value kw) {
  return strip_impl(self, a, n, kw, "lstrip", kLeft);
}
Ref m_rstrip(Value self, const Value* a, size_t n, Value kw) {
  return strip_impl(self, a, n, kw, "rstrip", kRight);
}

Ref m_removeprefix(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("removeprefix", kwnames) || !check_nargs("removeprefix", nargs, 1, 1))
    return nullptr;
  if (!require_str(args[0], "removeprefix() argument must be str")) return nullptr;
  Str* s = S(self);
  std::string_view p = S(args[0])->view();
  if (s->view().substr(0, p.size()) == p) return new_sub(s, p.size(), s->size);
  return new_sub(s, 0, s->size);
}

Ref m_removesuffix(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("removesuffix", kwnames) || !check_nargs("removesuffix", nargs, 1, 1))
    return nullptr;
  if (!require_str(args[0], "removesuffix() argument must be str")) return nullptr;
  Str* s = S(self);
  std::string_view p = S(args[0])->view();
  if (p.size() && p.size() <= s->size && s->view().substr(s->size - p.size()) == p)
    return new_sub(s, 0, s->size - p.size());
  return new_sub(s, 0, s->size);
}

// ---- replace ----

Ref m_replace(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("replace", kwnames) || !check_nargs("replace", nargs, 2, 3)) return nullptr;
  if (!require_str(args[0], "replace() argument 1 must be str")) return nullptr;
  if (!require_str(args[1], "replace() argument 2 must be str")) return nullptr;
  ptrdiff_t limit = -1;
  if (nargs > 2 && !index_ssize(args[2], &limit)) return nullptr;
  Str* s = S(self);
  std::string_view from = S(args[0])->view(), to = S(args[1])->view();
  if (from.empty()) {
    // Insert `to` before every character and at the end.
    size_t slots = s->length + 1;
    if (limit >= 0 && size_t(limit) < slots) slots = size_t(limit);
    if (slots == 0) return new_sub(s, 0, s->size);
    StrBuilder b(s->size + slots * to.size());
    const char* p = s->data;
    const char* end = p + s->size;
    for (size_t k = 0; k < slots; ++k) {
      b.append(to);
      if (p < end) {
        const char* q = p;
        utf8_next(q);
        b.append(std::string_view(p, size_t(q - p)));
        p = q;
      }
    }
    b.append(std::string_view(p, size_t(end - p)));
    return b.finish();
  }
  size_t n = count_in(s->view(), from, limit);
  if (n == 0) return new_sub(s, 0, s->size);
  Str* r = str_alloc(s->size - n * from.size() + n * to.size());
  if (!r) return nullptr;
  char* out = r->data;
  size_t pos = 0;
  for (size_t k = 0; k < n; ++k) {
    size_t hit =
        from.size() == 1
            ? size_t(static_cast<const char*>(std::memchr(s->data + pos, from[0], s->size - pos)) -
                     s->data)
            : s->view().find(from, pos);
    std::memcpy(out, s->data + pos, hit - pos);
    out += hit - pos;
    std::memcpy(out, to.data(), to.size());
    out += to.size();
    pos = hit + from.size();
  }
  std::memcpy(out, s->data + pos, s->size - pos);
  return str_finish(r);
}

// ---- case mapping ----

enum class CaseOp { Upper, Lower, Casefold, Swapcase, Capitalize, Title };

// Appends the mapping of cp; handles the one-to-many cases we support.
void append_mapped(StrBuilder& b, uint32_t cp, CaseOp op, bool title_first) {
  uint32_t out;
  if (cp == 0xDF) {  // ß
    if (op == CaseOp::Upper || op == CaseOp::Swapcase) {
      b.append("SS");
      return;
    }
    if (op == CaseOp::Casefold) {
      b.append("ss");
      return;
    }
    if (title_first) {
      b.append("Ss");
      return;
    }
  }
  bool lowering = op == CaseOp::Lower || op == CaseOp::Casefold || op == CaseOp::Swapcase ||
                  ((op == CaseOp::Capitalize || op == CaseOp::Title) && !title_first);
  if (cp == 0x130 && lowering) {  // İ
    b.append("i\xCC\x87");
    return;
  }
  switch (op) {
    case CaseOp::Upper:
      out = uni_toupper(cp);
      break;
    case CaseOp::Lower:
    case CaseOp::Casefold:
      out = uni_tolower(cp);
      break;
    case CaseOp::Swapcase:
      out = uni_isupper(cp) ? uni_tolower(cp) : uni_islower(cp) ? uni_toupper(cp) : cp;
      break;
    default:
      out = title_first ? uni_totitle(cp) : uni_tolower(cp);
      break;
  }
  b.append_cp(out);
}

Ref case_map(Value self, CaseOp op) {
  Str* s = S(self);
  if (s->ascii) {
    Str* r = str_alloc(s->size);
    if (!r) return nullptr;
    bool prev_cased = false;
    for (size_t i = 0; i < s->size; ++i) {
      char c = s->data[i];
      bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
      bool to_upper = false, to_lower = false;
      switch (op) {
        case CaseOp::Upper:
          to_upper = lower;
          break;
        case CaseOp::Lower:
        case CaseOp::Casefold:
          to_lower = upper;
          break;
        case CaseOp::Swapcase:
          to_upper = lower;
          to_lower = upper;
          break;
        case CaseOp::Capitalize:
          to_upper = i == 0 && lower;
          to_lower = i != 0 && upper;
          break;
        case CaseOp::Title:
          to_upper = !prev_cased && lower;
          to_lower = prev_cased && upper;
          prev_cased = lower || upper;
          break;
      }
      r->data[i] = to_upper ? char(c - 32) : to_lower ? char(c + 32) : c;
    }
    return str_finish(r);
  }
  StrBuilder b(s->size);
  bool prev_cased = false, first = true, after_cased = false;
  const char* end = s->data + s->size;
  for (const char* p = s->data; p < end;) {
    uint32_t cp = utf8_next(p);
    bool title_first = false;
    if (op == CaseOp::Capitalize) title_first = first;
    if (op == CaseOp::Title) {
      title_first = !prev_cased;
      prev_cased = uni_iscased(cp);
    }
    // Final sigma: a capital sigma lowers to 'ς' at the end of a word (a
    // cased letter before it and none right after).
    bool lowering = op == CaseOp::Lower || op == CaseOp::Swapcase ||
                    ((op == CaseOp::Capitalize || op == CaseOp::Title) && !title_first);
    if (cp == 0x3A3 && lowering && after_cased) {
      const char* q = p;
      if (q == end || !uni_iscased(utf8_next(q))) {
        b.append_cp(0x3C2);
        first = false;
        continue;
      }
    }
    after_cased = uni_iscased(cp);
    append_mapped(b, cp, op, title_first);
    first = false;
  }
  return b.finish();
}

Ref m_upper(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("upper", kw) || !check_nargs("upper", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Upper);
}
Ref m_lower(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("lower", kw) || !check_nargs("lower", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Lower);
}
Ref m_casefold(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("casefold", kw) || !check_nargs("casefold", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Casefold);
}
Ref m_swapcase(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("swapcase", kw) || !check_nargs("swapcase", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Swapcase);
}
Ref m_capitalize(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("capitalize", kw) || !check_nargs("capitalize", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Capitalize);
}
Ref m_title(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("title", kw) || !check_nargs("title", nargs, 0, 0)) return nullptr;
  return case_map(self, CaseOp::Title);
}

// ---- predicates ----

// True when every code point satisfies `pred` (and the string is non-empty
// unless empty_ok).
template <class Pred>
Ref all_cps(Value self, const char* name, size_t nargs, Value kw, bool empty_ok, Pred pred) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  Str* s = S(self);
  if (s->size == 0) return bool_ref(empty_ok);
  for (const char* p = s->data; p < s->data + s->size;)
    if (!pred(utf8_next(p))) return bool_ref(false);
  return bool_ref(true);
}

Ref m_isdigit(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isdigit", n, kw, false, uni_isdigit);
}
Ref m_isdecimal(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isdecimal", n, kw, false, uni_isdecimal);
}
Ref m_isnumeric(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isnumeric", n, kw, false, uni_isnumeric);
}
Ref m_isalpha(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isalpha", n, kw, false, uni_isalpha);
}
Ref m_isalnum(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isalnum", n, kw, false,
                 [](uint32_t c) { return uni_isalpha(c) || uni_isnumeric(c); });
}
Ref m_isspace(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isspace", n, kw, false, uni_isspace);
}
Ref m_isprintable(Value self, const Value*, size_t n, Value kw) {
  return all_cps(self, "isprintable", n, kw, true, uni_isprintable);
}
Ref m_isascii(Value self, const Value*, size_t n, Value kw) {
  if (!no_kwargs("isascii", kw) || !check_nargs("isascii", n, 0, 0)) return nullptr;
  return bool_ref(S(self)->ascii);
}

// isupper/islower: at least one cased character and none of the other case.
Ref cased_test(Value self, const char* name, size_t nargs, Value kw, bool upper) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 0, 0)) return nullptr;
  Str* s = S(self);
  bool cased = false;
  for (const char* p = s->data; p < s->data + s->size;) {
    uint32_t cp = utf8_next(p);
    bool u = uni_isupper(cp), l = uni_islower(cp);
    if ((upper && (l || uni_istitle(cp))) || (!upper && (u || uni_istitle(cp))))
      return bool_ref(false);
    cased = cased || (upper ? u : l);
  }
  return bool_ref(cased);
}

Ref m_isupper(Value self, const Value*, size_t n, Value kw) {
  return cased_test(self, "isupper", n, kw, true);
}
Ref m_islower(Value self, const Value*, size_t n, Value kw) {
  return cased_test(self, "islower", n, kw, false);
}

Ref m_istitle(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("istitle", kw) || !check_nargs("istitle", nargs, 0, 0)) return nullptr;
  Str* s = S(self);
  bool cased = false, prev_cased = false;
  for (const char* p = s->data; p < s->data + s->size;) {
    uint32_t cp = utf8_next(p);
    if (uni_isupper(cp) || uni_istitle(cp)) {
      if (prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else if (uni_islower(cp)) {
      if (!prev_cased) return bool_ref(false);
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_ref(cased);
}

Ref m_isidentifier(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("isidentifier", kw) || !check_nargs("isidentifier", nargs, 0, 0)) return nullptr;
  Str* s = S(self);
  if (s->size == 0) return bool_ref(false);
  const char* p = s->data;
  if (!uni_isidstart(utf8_next(p))) return bool_ref(false);
  while (p < s->data + s->size)
    if (!uni_isidcontinue(utf8_next(p))) return bool_ref(false);
  return bool_ref(true);
}

// ---- padding ----

bool fill_arg(const Value* args, size_t nargs, size_t at, uint32_t* fill) {
  *fill = ' ';
  if (nargs <= at) return true;
  Value f = args[at];
  if (!is_str(f)) {
    raise(&Exc_TypeError, "The fill character must be a unicode character, not %s", type_name(f));
    return false;
  }
  if (S(f)->length != 1) {
    raise(&Exc_TypeError, "The fill character must be exactly one character long");
    return false;
  }
  const char* p = S(f)->data;
  *fill = utf8_next(p);
  return true;
}

Ref pad_impl(Value self, const Value* args, size_t nargs, Value kw, const char* name, char how) {
  if (!no_kwargs(name, kw) || !check_nargs(name, nargs, 1, 2)) return nullptr;
  ptrdiff_t width;
  uint32_t fill;
  if (!index_ssize(args[0], &width) || !fill_arg(args, nargs, 1, &fill)) return nullptr;
  Str* s = S(self);
  if (width <= ptrdiff_t(s->length)) return new_sub(s, 0, s->size);
  size_t pad = size_t(width) - s->length;
  size_t left = how == '<' ? 0 : how == '>' ? pad : pad / 2 + (pad & size_t(width) & 1);
  StrBuilder b(s->size + pad);
  b.append_fill(fill, left);
  b.append(s->view());
  b.append_fill(fill, pad - left);
  return b.finish();
}

Ref m_center(Value self, const Value* a, size_t n, Value kw) {
  return pad_impl(self, a, n, kw, "center", '^');
}
Ref m_ljust(Value self, const Value* a, size_t n, Value kw) {
  return pad_impl(self, a, n, kw, "ljust", '<');
}
Ref m_rjust(Value self, const Value* a, size_t n, Value kw) {
  return pad_impl(self, a, n, kw, "rjust", '>');
}

Ref m_zfill(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("zfill", kw) || !check_nargs("zfill", nargs, 1, 1)) return nullptr;
  ptrdiff_t width;
  if (!index_ssize(args[0], &width)) return nullptr;
  Str* s = S(self);
  if (width <= ptrdiff_t(s->length)) return new_sub(s, 0, s->size);
  size_t pad = size_t(width) - s->length;
  StrBuilder b(size_t(width) + s->size);
  size_t sign = s->size && (s->data[0] == '+' || s->data[0] == '-') ? 1 : 0;
  b.append(std::string_view(s->data, sign));
  b.append_fill('0', pad);
  b.append(std::string_view(s->data + sign, s->size - sign));
  return b.finish();
}

Ref m_expandtabs(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[1] = {};
  if (!parse_args("expandtabs", args, nargs, kwnames, {"tabsize"}, 0, a)) return nullptr;
  ptrdiff_t tab = 8;
  if (a[0] && !index_ssize(a[0], &tab)) return nullptr;
  Str* s = S(self);
  StrBuilder b(s->size);
  size_t col = 0;
  for (const char* p = s->data; p < s->data + s->size;) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    if (cp == '\t') {
      if (tab > 0) {
        size_t n = size_t(tab) - col % size_t(tab);
        b.append_fill(' ', n);
        col += n;
      }
    } else {
      b.append(std::string_view(start, size_t(p - start)));
      col = (cp == '\n' || cp == '\r') ? 0 : col + 1;
    }
  }
  return b.finish();
}

// ---- formatting and encoding ----

Ref m_format(Value self, const Value* args, size_t nargs, Value kwnames) {
  return str_format(S(self), args, nargs, kwnames);
}

Ref m_format_map(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("format_map", kw) || !check_nargs("format_map", nargs, 1, 1)) return nullptr;
  return str_format_map(S(self), args[0]);
}

Ref m_dunder_format(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("__format__", kw) || !check_nargs("__format__", nargs, 1, 1)) return nullptr;
  if (!require_str(args[0], "__format__() argument must be str")) return nullptr;
  return format_builtin(self, args[0]);
}

Ref m_encode(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("encode", args, nargs, kwnames, {"encoding", "errors"}, 0, a)) return nullptr;
  for (int i = 0; i < 2; ++i) {
    if (a[i] && !is_str(a[i]))
      return raise(&Exc_TypeError, "encode() argument '%s' must be str, not %s",
                   i ? "errors" : "encoding", type_name(a[i]));
  }
  return str_encode(self, a[0] ? S(a[0])->view() : "utf-8", a[1] ? S(a[1])->view() : "strict");
}

// ---- maketrans / translate ----

Ref m_maketrans(Value, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("maketrans", kw) || !check_nargs("maketrans", nargs, 1, 3)) return nullptr;
  Ref table = new_dict();
  if (!table) return nullptr;
  if (nargs == 1) {
    if (!is_dict(args[0]))
      return raise(&Exc_TypeError, "if you give only one argument to maketrans it must be a dict");
    size_t pos = 0;
    Value k, v;
    while (dict_next(args[0], &pos, &k, &v)) {
      Ref key;
      if (is_str(k)) {
        if (S(k)->length != 1)
          return raise(&Exc_ValueError, "string keys in translate table must be of length 1");
        const char* p = S(k)->data;
        key = Ref::small(ptrdiff_t(utf8_next(p)));
      } else if (is_int(k)) {
        key = Ref::dup(k);
      } else {
        return raise(&Exc_TypeError, "keys in translate table must be strings or integers");
      }
      if (dict_set(table, key, v) < 0) return nullptr;
    }
    return table;
  }
  if (!require_str(args[0], "maketrans() argument 1 must be str") ||
      !require_str(args[1], "maketrans() argument 2 must be str"))
    return nullptr;
  Str* x = S(args[0]);
  Str* y = S(args[1]);
  if (x->length != y->length)
    return raise(&Exc_ValueError, "the first two maketrans arguments must have equal length");
  for (const char *p = x->data, *q = y->data; p < x->data + x->size;) {
    Ref key = Ref::small(ptrdiff_t(utf8_next(p)));
    Ref val = Ref::small(ptrdiff_t(utf8_next(q)));
    if (dict_set(table, key, val) < 0) return nullptr;
  }
  if (nargs == 3) {
    if (!require_str(args[2], "maketrans() argument 3 must be str")) return nullptr;
    Str* z = S(args[2]);
    for (const char* p = z->data; p < z->data + z->size;) {
      Ref key = Ref::small(ptrdiff_t(utf8_next(p)));
      if (dict_set(table, key, None()) < 0) return nullptr;
    }
  }
  return table;
}

Ref m_translate(Value self, const Value* args, size_t nargs, Value kw) {
  if (!no_kwargs("translate", kw) || !check_nargs("translate", nargs, 1, 1)) return nullptr;
  Str* s = S(self);
  Value table = args[0];
  // Lookups for ASCII characters are cached: text repeats them constantly.
  Ref cache[128];
  bool cached[128] = {};
  StrBuilder b(s->size);
  for (const char* p = s->data; p < s->data + s->size;) {
    const char* start = p;
    uint32_t cp = utf8_next(p);
    Ref mapped;
    if (cp < 128 && cached[cp]) {
      mapped = cache[cp].dup();
    } else {
      mapped = getitem(table, Ref::small(ptrdiff_t(cp)));
      if (!mapped) {
        if (!err_matches(&Exc_LookupError)) return nullptr;
        err_clear();
      }
      if (cp < 128) {
        cached[cp] = true;
        cache[cp] = mapped.dup();
      }
    }
    if (!mapped) {
      b.append(std::string_view(start, size_t(p - start)));
    } else if (is_none(mapped)) {
      continue;
    } else if (is_int(mapped)) {
      int64_t v;
      if (!int_to_i64(mapped, &v) || v < 0 || v > kMaxCodePoint)
        return raise(&Exc_ValueError, "character mapping must be in range(0x110000)");
      b.append_cp(uint32_t(v));
    } else if (is_str(mapped)) {
      b.append(S(mapped)->view());
    } else {
      return raise(&Exc_TypeError, "character mapping must return integer, None or str");
    }
  }
  return b.finish();
}

Ref m_getnewargs(Value self, const Value*, size_t nargs, Value kw) {
  if (!no_kwargs("__getnewargs__", kw) || !check_nargs("__getnewargs__", nargs, 0, 0))
    return nullptr;
  Ref copy = new_str(S(self)->view());
  if (!copy) return nullptr;
  return new_tuple({copy});
}

}  // namespace

const MethodDef str_methods[] = {
    {"split", m_split},
    {"rsplit", m_rsplit},
    {"splitlines", m_splitlines},
    {"partition", m_partition},
    {"rpartition", m_rpartition},
    {"join", m_join},
    {"strip", m_strip},
    {"lstrip", m_lstrip},
    {"rstrip", m_rstrip},
    {"removeprefix", m_removeprefix},
    {"removesuffix", m_removesuffix},
    {"replace", m_replace},
    {"find", m_find},
    {"rfind", m_rfind},
    {"index", m_index},
    {"rindex", m_rindex},
    {"count", m_count},
    {"startswith", m_startswith},
    {"endswith", m_endswith},
    {"upper", m_upper},
    {"lower", m_lower},
    {"casefold", m_casefold},
    {"swapcase", m_swapcase},
    {"capitalize", m_capitalize},
    {"title", m_title},
    {"isdigit", m_isdigit},
    {"isdecimal", m_isdecimal},
    {"isnumeric", m_isnumeric},
    {"isalpha", m_isalpha},
    {"isalnum", m_isalnum},
    {"isspace", m_isspace},
    {"isprintable", m_isprintable},
    {"isascii", m_isascii},
    {"isupper", m_isupper},
    {"islower", m_islower},
    {"istitle", m_istitle},
    {"isidentifier", m_isidentifier},
    {"center", m_center},
    {"ljust", m_ljust},
    {"rjust", m_rjust},
    {"zfill", m_zfill},
    {"expandtabs", m_expandtabs},
    {"format", m_format},
    {"format_map", m_format_map},
    {"__format__", m_dunder_format},
    {"encode", m_encode},
    {"maketrans", m_maketrans, kMethStatic},
    {"translate", m_translate},
    {"__getnewargs__", m_getnewargs},
    {nullptr, nullptr},
};

}  // namespace gp
