// Decoding of string literal tokens into their values.
//
// The lexer keeps a String token's exact spelling (prefix, quotes, escapes);
// the parser calls decode_string_token() on each one. F-strings are only
// unwrapped here: their braces must be split before escapes are processed,
// so the parser runs decode_escapes() on each literal part itself. Error
// strings are CPython's SyntaxError messages (the parser places the caret).
#pragma once

#include <string>
#include <string_view>

namespace gp::grammar {

struct DecodedString {
  enum Kind { Str, Bytes, FString };
  Kind kind = Str;
  bool raw = false;
  // Str: the value as UTF-8. Bytes: the raw bytes. FString: the text between
  // the quotes with escapes not yet processed.
  std::string value;
};

// Decodes one String token's text (prefix and quotes included) into `out`.
// Returns false and sets `error` when the literal is invalid.
bool decode_string_token(std::string_view tok, DecodedString& out, std::string& error);

// Processes the escapes of a literal body and appends the result to `out`.
// With `raw` the body is copied as is. Line breaks (\r\n, \r) become \n
// either way, as CPython's newline translation does before tokenizing.
// Bytes bodies must be ASCII. Returns false and sets `error` on failure.
bool decode_escapes(std::string_view body, bool is_bytes, bool raw, std::string& out,
                    std::string& error);

}  // namespace gp::grammar
