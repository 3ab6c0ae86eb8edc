// UTF-8 and Unicode character helpers shared by str, bytes and the lexer.
//
// str keeps its text as UTF-8, so everything that walks text by code point
// goes through these: decoding one code point from known-valid text,
// encoding one, strict validation of foreign bytes, code-point counting and
// code point → byte offset conversion. Lone surrogates (which Python strs may
// hold) are stored as their 3-byte encodings; only decoding of foreign bytes
// rejects them.
//
// The character classes follow CPython 3.11 (Unicode 14): alpha, decimal,
// digit, numeric and printable come from range tables; case mapping and the
// upper/lower tests use glibc's built-in C.UTF-8 locale tables.
#pragma once

#include <cstddef>
#include <cstdint>

namespace gp {

constexpr uint32_t kMaxCodePoint = 0x10FFFF;

inline int utf8_len(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

// Writes cp (<= kMaxCodePoint, surrogates allowed) and returns the byte count.
inline int utf8_encode(uint32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = char(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = char(0xC0 | (cp >> 6));
    out[1] = char(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = char(0xE0 | (cp >> 12));
    out[1] = char(0x80 | ((cp >> 6) & 0x3F));
    out[2] = char(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = char(0xF0 | (cp >> 18));
  out[1] = char(0x80 | ((cp >> 12) & 0x3F));
  out[2] = char(0x80 | ((cp >> 6) & 0x3F));
  out[3] = char(0x80 | (cp & 0x3F));
  return 4;
}

// Decodes the code point at p in text known to be valid and advances p.
inline uint32_t utf8_next(const char*& p) {
  auto b = static_cast<unsigned char>(*p++);
  if (b < 0x80) return b;
  auto cont = [&p]() { return uint32_t(static_cast<unsigned char>(*p++) & 0x3F); };
  if (b < 0xE0) return ((b & 0x1F) << 6) | cont();
  if (b < 0xF0) {
    uint32_t c1 = cont();
    return ((b & 0x0F) << 12) | (c1 << 6) | cont();
  }
  uint32_t c1 = cont();
  uint32_t c2 = cont();
  return ((b & 0x07) << 18) | (c1 << 12) | (c2 << 6) | cont();
}

// Decodes the code point ending just before p (valid text) and moves p back.
inline uint32_t utf8_prev(const char*& p) {
  do --p;
  while ((static_cast<unsigned char>(*p) & 0xC0) == 0x80);
  const char* q = p;
  return utf8_next(q);
}

// Strictly decodes one code point of untrusted bytes in [p, end): returns the
// sequence length (1-4) and stores the code point, or returns 0 when the bytes
// at p do not start a valid sequence (overlong, surrogate, out of range,
// truncated); `*bad_len` and `*reason` then get the length of the invalid
// bytes and the reason as CPython's decoder reports them ("invalid start
// byte", "invalid continuation byte", "unexpected end of data").
int utf8_decode_strict(const unsigned char* p, const unsigned char* end, uint32_t* cp, int* bad_len,
                       const char** reason);
// Length of the longest valid UTF-8 prefix of [p, p + n).
size_t utf8_valid_prefix(const char* p, size_t n);

bool utf8_is_ascii(const char* p, size_t n);
// Number of code points in valid text.
size_t utf8_count(const char* p, size_t n);
// Byte offset of code point `index` in valid text of n bytes (n if past end).
size_t utf8_offset(const char* p, size_t n, size_t index);

// Character classes (CPython's str.isX on one character).
bool uni_isalpha(uint32_t cp);
bool uni_isdecimal(uint32_t cp);
bool uni_isdigit(uint32_t cp);
bool uni_isnumeric(uint32_t cp);
bool uni_isspace(uint32_t cp);
bool uni_isprintable(uint32_t cp);
bool uni_isupper(uint32_t cp);
bool uni_islower(uint32_t cp);
bool uni_istitle(uint32_t cp);
// Lowercase, uppercase or titlecase letter.
bool uni_iscased(uint32_t cp);
bool uni_isidstart(uint32_t cp);
bool uni_isidcontinue(uint32_t cp);
bool uni_islinebreak(uint32_t cp);
// Value of a decimal digit (any script), or -1.
int uni_decimal_value(uint32_t cp);
// Simple one-to-one case mappings.
uint32_t uni_toupper(uint32_t cp);
uint32_t uni_tolower(uint32_t cp);
uint32_t uni_totitle(uint32_t cp);

}  // namespace gp
