// str: immutable Unicode text.
//
// Stored as UTF-8 with the code-point length alongside; `ascii` marks the
// common case where byte and code-point indices coincide, so indexing and
// slicing are O(1). Non-ASCII strings index through a walk over UTF-8.
// Identifiers and attribute names are interned: one immortal object per
// text, so name lookups compare pointers first.
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "runtime/type.h"
#include "runtime/utf8.h"

namespace gp {

extern Type StrType;
extern Type StrIterType;       // str_iterator
extern Type StrAsciiIterType;  // str_ascii_iterator (CPython 3.11 names both)

struct Str : Object {
  int64_t hash;   // -1 until computed
  size_t length;  // in code points
  size_t size;    // in bytes, excluding the trailing NUL
  bool ascii;
  bool interned;
  char data[1];  // UTF-8, NUL-terminated

  std::string_view view() const { return {data, size}; }
};

inline bool is_str(Value v) { return has_flag(v, kTpStrSubclass); }
inline bool is_exact_str(Value v) { return v.is_obj() && v.obj()->type == &StrType; }
inline Str* as_str(Value v) { return v.as<Str>(); }

// Creates a str from valid UTF-8 (callers that read outside text validate).
Ref new_str(std::string_view utf8);
// Allocates an uninitialised str of `size` bytes for the caller to fill;
// then str_finish computes length/ascii.
Str* str_alloc(size_t size);
Ref str_finish(Str* s);
// The interned (immortal, unique) str for this text.
Str* intern(std::string_view utf8);
Ref str_from_codepoint(uint32_t cp);
Ref str_empty();
int64_t str_hash(Str* s);
bool str_eq(Str* a, Str* b);
Ref str_concat(Value a, Value b);
// Joins n str pieces (BUILD_STRING for f-strings); raises TypeError if a
// piece is not a str.
Ref str_concat_n(const Value* pieces, size_t n);
// a + b that may reuse `a`'s memory when it is the only reference to a
// non-interned exact str (the `s += t` loop); otherwise str_concat.
Ref str_append(Ref a, Value b);
// "".join(items) for an iterable of str.
Ref str_join(Value sep, Value iterable);
// Code points [start, stop) of s (0 <= start <= stop <= length).
Ref str_substr(Str* s, size_t start, size_t stop);
// repr(s) with CPython's quoting; ascii_only also escapes non-ASCII (ascii()).
Ref str_repr(Value s, bool ascii_only = false);
// Escapes the non-ASCII characters of a str as \x, \u, \U (for ascii(obj)).
Ref str_escape_non_ascii(Value s);

// The hash str and bytes share: 64-bit, never -1.
int64_t hash_bytes(const char* p, size_t n);

// Formatting helper: printf into a new str.
Ref str_printf(const char* fmt, ...) __attribute__((format(printf, 1, 2)));

// The str methods table (str_methods.cpp), installed by StrType's registrar.
extern const MethodDef str_methods[];

// Builds a str of unknown final size directly in a str allocation, so the
// result needs no copy. On allocation failure MemoryError is raised, later
// appends are ignored and finish() returns null.
class StrBuilder {
 public:
  explicit StrBuilder(size_t reserve = 0);
  ~StrBuilder();
  StrBuilder(const StrBuilder&) = delete;
  StrBuilder& operator=(const StrBuilder&) = delete;

  void append(std::string_view s) {
    if (s.empty()) return;  // an empty view's data() may be null
    if (char* p = extend(s.size())) std::memcpy(p, s.data(), s.size());
  }
  void append_char(char c) {
    if (len_ < cap_) {
      s_->data[len_++] = c;
    } else if (char* p = extend(1)) {
      *p = c;
    }
  }
  void append_cp(uint32_t cp);
  void append_fill(uint32_t cp, size_t count);
  // Makes room for n more bytes and returns where to write them (already
  // counted in size()); nullptr after an allocation failure.
  char* extend(size_t n) {
    if (cap_ - len_ < n && !grow(n)) return nullptr;
    char* p = s_->data + len_;
    len_ += n;
    return p;
  }
  void truncate(size_t size) { len_ = size; }
  size_t size() const { return len_; }
  const char* data() const { return s_ ? s_->data : ""; }
  bool failed() const { return failed_; }
  Ref finish();

 private:
  bool grow(size_t extra);
  Str* s_ = nullptr;
  size_t len_ = 0;
  size_t cap_ = 0;
  bool failed_ = false;
};

// Byte offset of code point `index` (<= length).
inline size_t str_offset(const Str* s, size_t index) {
  return s->ascii ? index : utf8_offset(s->data, s->size, index);
}

}  // namespace gp
