// String literal decoding tests; expected values and messages come from
// CPython 3.11 (eval() of the literal, or the SyntaxError it raises).
#include "grammar/string_literal.h"

#include <gtest/gtest.h>

#include <string>

namespace gp::grammar {
namespace {

std::string value(std::string_view tok) {
  DecodedString d;
  std::string error;
  EXPECT_TRUE(decode_string_token(tok, d, error)) << tok << ": " << error;
  return d.value;
}

std::string error_of(std::string_view tok) {
  DecodedString d;
  std::string error;
  EXPECT_FALSE(decode_string_token(tok, d, error)) << tok;
  return error;
}

TEST(StringLiteral, KindsAndPrefixes) {
  DecodedString d;
  std::string error;
  ASSERT_TRUE(decode_string_token("'a'", d, error));
  EXPECT_EQ(d.kind, DecodedString::Str);
  EXPECT_FALSE(d.raw);
  ASSERT_TRUE(decode_string_token("Rb'a'", d, error));
  EXPECT_EQ(d.kind, DecodedString::Bytes);
  EXPECT_TRUE(d.raw);
  ASSERT_TRUE(decode_string_token("fR'a'", d, error));
  EXPECT_EQ(d.kind, DecodedString::FString);
  EXPECT_TRUE(d.raw);
  ASSERT_TRUE(decode_string_token("U'a'", d, error));
  EXPECT_EQ(d.kind, DecodedString::Str);
  EXPECT_EQ(d.value, "a");
}

TEST(StringLiteral, QuotesAndTripleQuotes) {
  EXPECT_EQ(value("''"), "");
  EXPECT_EQ(value("\"\""), "");
  EXPECT_EQ(value("''''''"), "");
  EXPECT_EQ(value("'''a'b\"c'''"), "a'b\"c");
  EXPECT_EQ(value("\"\"\"line1\nline2\"\"\""), "line1\nline2");
  EXPECT_EQ(value("'''a\r\nb\rc'''"), "a\nb\nc");
}

TEST(StringLiteral, SimpleEscapes) {
  EXPECT_EQ(value(R"('\n\t\r\\\'\"\a\b\f\v')"), "\n\t\r\\'\"\a\b\f\v");
  EXPECT_EQ(value("'a\\\nb'"), "ab");
  EXPECT_EQ(value("'a\\\r\nb'"), "ab");
}

TEST(StringLiteral, NumericEscapes) {
  EXPECT_EQ(value(R"('\0\7\101\1012')"), std::string("\0\7AA2", 5));
  EXPECT_EQ(value(R"('\400')"), "\u0100");
  EXPECT_EQ(value(R"('\x41\xe9')"), "A\u00e9");
  EXPECT_EQ(value(R"('\u20ac\U0001F40D')"), "\u20ac\U0001F40D");
  EXPECT_EQ(value(R"(b'\x00\xff\101\777')"), std::string("\0\xff"
                                                         "A\xff",
                                                         4));
}

TEST(StringLiteral, NamedEscapes) {
  EXPECT_EQ(value(R"('\N{LATIN SMALL LETTER A}')"), "a");
  EXPECT_EQ(value(R"('\N{latin small letter e with acute}')"), "\u00e9");
  EXPECT_EQ(value(R"('\N{EURO SIGN}\N{EM DASH}\N{GREEK SMALL LETTER PI}')"), "\u20ac\u2014\u03c0");
  EXPECT_EQ(value(R"('\N{LINE FEED}\N{NO-BREAK SPACE}')"), "\n\u00a0");
}

TEST(StringLiteral, UnknownEscapesStayVerbatim) {
  EXPECT_EQ(value(R"('\d\w\ ')"), "\\d\\w\\ ");
  EXPECT_EQ(value("'\\\xc3\xa9'"), "\\\xc3\xa9");
  // Bytes have no \u, \U or \N escapes.
  EXPECT_EQ(value(R"(b'\u1234\N{DASH}')"), R"(\u1234\N{DASH})");
}

TEST(StringLiteral, RawStrings) {
  EXPECT_EQ(value(R"(r'\n\x\N{')"), R"(\n\x\N{)");
  EXPECT_EQ(value("r'a\\\nb'"), "a\\\nb");
  EXPECT_EQ(value(R"(rb'\d')"), R"(\d)");
  EXPECT_EQ(value(R"(r'\'')"), R"(\')");
}

TEST(StringLiteral, NonAsciiText) {
  EXPECT_EQ(value("'h\xc3\xa9llo \xe2\x82\xac'"), "h\xc3\xa9llo \xe2\x82\xac");
  EXPECT_EQ(error_of("b'\xc3\xa9'"), "bytes can only contain ASCII literal characters");
  EXPECT_EQ(error_of("rb'\xc3\xa9'"), "bytes can only contain ASCII literal characters");
}

TEST(StringLiteral, FStringsAreOnlyUnwrapped) {
  DecodedString d;
  std::string error;
  ASSERT_TRUE(decode_string_token(R"(f'{x!r}\n{{')", d, error));
  EXPECT_EQ(d.kind, DecodedString::FString);
  EXPECT_EQ(d.value, R"({x!r}\n{{)");
  ASSERT_TRUE(decode_string_token("f'''a\nb'''", d, error));
  EXPECT_EQ(d.value, "a\nb");
}

TEST(StringLiteral, DecodeEscapesAppends) {
  std::string out = "x";
  std::string error;
  ASSERT_TRUE(decode_escapes(R"(\t{)", false, false, out, error));
  ASSERT_TRUE(decode_escapes(R"(\t)", false, true, out, error));
  EXPECT_EQ(out, "x\t{\\t");
}

TEST(StringLiteral, EscapeErrors) {
  const std::string codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
  EXPECT_EQ(error_of(R"('\x4')"), codec + "0-2: truncated \\xXX escape");
  EXPECT_EQ(error_of(R"('\x4zz')"), codec + "0-2: truncated \\xXX escape");
  EXPECT_EQ(error_of(R"('\xzz')"), codec + "0-1: truncated \\xXX escape");
  EXPECT_EQ(error_of(R"('ab\u12zz')"), codec + "2-5: truncated \\uXXXX escape");
  EXPECT_EQ(error_of(R"('\U0011')"), codec + "0-5: truncated \\UXXXXXXXX escape");
  EXPECT_EQ(error_of(R"('\U00110000')"), codec + "0-9: illegal Unicode character");
  EXPECT_EQ(error_of(R"('\N{foo}')"), codec + "0-6: unknown Unicode character name");
  EXPECT_EQ(error_of(R"('\N{foo')"), codec + "0-5: malformed \\N character escape");
  EXPECT_EQ(error_of(R"('\N')"), codec + "0-1: malformed \\N character escape");
  EXPECT_EQ(error_of(R"('\Nx')"), codec + "0-1: malformed \\N character escape");
  EXPECT_EQ(error_of(R"('\N{}')"), codec + "0-2: malformed \\N character escape");
  EXPECT_EQ(error_of(R"(b'\x4')"), "(value error) invalid \\x escape at position 0");
  EXPECT_EQ(error_of(R"(b'ab\x')"), "(value error) invalid \\x escape at position 2");
}

TEST(StringLiteral, ErrorPositionsCountNonAsciiAsCPythonDoes) {
  const std::string codec = "(unicode error) 'unicodeescape' codec can't decode bytes in position ";
  // CPython rewrites each non-ASCII character as a 10-byte \U escape first.
  EXPECT_EQ(error_of("'\xc3\xa9\\x4'"), codec + "10-12: truncated \\xXX escape");
  EXPECT_EQ(error_of("'\\\xc3\xa9\\x'"), codec + "16-17: truncated \\xXX escape");
}

TEST(StringLiteral, MalformedTokens) {
  EXPECT_EQ(error_of("x'a'"), "malformed string token");
  EXPECT_EQ(error_of("'a\""), "malformed string token");
}

}  // namespace
}  // namespace gp::grammar
