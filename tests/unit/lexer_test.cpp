// Lexer tests. Expected token streams and error positions were taken from
// CPython 3.11 (`python3 -m tokenize`, and compile() for the errors: a
// SyntaxError's offset is our col + 1).
#include "grammar/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace gp::grammar {
namespace {

std::vector<Token> lex(std::string_view src) {
  Lexer lx(src);
  std::vector<Token> out;
  for (;;) {
    out.push_back(lx.next());
    if (out.back().kind == TokKind::EndOfFile || out.back().kind == TokKind::Error) return out;
  }
}

// Kind names joined by spaces; names, numbers and strings show their text.
std::string kinds(std::string_view src) {
  std::string s;
  for (const Token& t : lex(src)) {
    if (!s.empty()) s += ' ';
    s += tok_kind_name(t.kind);
    if (t.kind == TokKind::Name || t.kind == TokKind::Number || t.kind == TokKind::String) {
      s += ":" + t.text;
    }
  }
  return s;
}

std::string loc(const Token& t) {
  return std::to_string(t.loc.line) + "," + std::to_string(t.loc.col) + "-" +
         std::to_string(t.loc.end_line) + "," + std::to_string(t.loc.end_col);
}

// "line,col message" of the Error token the source ends with, or "no error".
std::string err(std::string_view src) {
  Token t = lex(src).back();
  if (t.kind != TokKind::Error) return "no error";
  return std::to_string(t.loc.line) + "," + std::to_string(t.loc.col) + " " + t.text;
}

TEST(Lexer, SimpleStatement) {
  auto toks = lex("x = 1\n");
  ASSERT_EQ(toks.size(), 5u);
  EXPECT_EQ(toks[0].kind, TokKind::Name);
  EXPECT_EQ(loc(toks[0]), "1,0-1,1");
  EXPECT_EQ(toks[1].kind, TokKind::Equal);
  EXPECT_EQ(loc(toks[1]), "1,2-1,3");
  EXPECT_EQ(loc(toks[2]), "1,4-1,5");
  EXPECT_EQ(toks[3].kind, TokKind::Newline);
  EXPECT_EQ(loc(toks[3]), "1,5-1,6");
  EXPECT_EQ(toks[4].kind, TokKind::EndOfFile);
  EXPECT_EQ(loc(toks[4]), "2,0-2,0");
}

TEST(Lexer, EmptyAndBlankSources) {
  EXPECT_EQ(kinds(""), "ENDMARKER");
  EXPECT_EQ(kinds("\n\n  \n# only a comment\n"), "ENDMARKER");
  EXPECT_EQ(loc(lex("").back()), "1,0-1,0");
  EXPECT_EQ(loc(lex("\n").back()), "2,0-2,0");
}

TEST(Lexer, ImplicitNewlineAtEof) {
  auto toks = lex("x");
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[1].kind, TokKind::Newline);
  EXPECT_EQ(toks[1].text, "");
  EXPECT_EQ(loc(toks[1]), "1,1-1,2");
  EXPECT_EQ(loc(toks[2]), "2,0-2,0");
  EXPECT_EQ(kinds("x = 1  # trailing comment"), "NAME:x EQUAL NUMBER:1 NEWLINE ENDMARKER");
}

TEST(Lexer, KeywordsAndSoftKeywords) {
  EXPECT_EQ(kinds("if not x: pass\n"), "if not NAME:x COLON pass NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("async await None True False\n"),
            "async await None True False NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("match case _ iff classy\n"),
            "NAME:match NAME:case NAME:_ NAME:iff NAME:classy NEWLINE ENDMARKER");
}

TEST(Lexer, Operators) {
  EXPECT_EQ(kinds("( ) [ ] { } : , ; + - * / | & < > = . % == != <= >= ~ ^ << >> ** += -= *= "
                  "/= %= &= |= ^= <<= >>= **= // //= @ @= -> ... :=\n"),
            "LPAR RPAR LSQB RSQB LBRACE RBRACE COLON COMMA SEMI PLUS MINUS STAR SLASH VBAR AMPER "
            "LESS GREATER EQUAL DOT PERCENT EQEQUAL NOTEQUAL LESSEQUAL GREATEREQUAL TILDE "
            "CIRCUMFLEX LEFTSHIFT RIGHTSHIFT DOUBLESTAR PLUSEQUAL MINEQUAL STAREQUAL SLASHEQUAL "
            "PERCENTEQUAL AMPEREQUAL VBAREQUAL CIRCUMFLEXEQUAL LEFTSHIFTEQUAL RIGHTSHIFTEQUAL "
            "DOUBLESTAREQUAL DOUBLESLASH DOUBLESLASHEQUAL AT ATEQUAL RARROW ELLIPSIS COLONEQUAL "
            "NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("a.b...c\n"), "NAME:a DOT NAME:b ELLIPSIS NAME:c NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("x**-y\n"), "NAME:x DOUBLESTAR MINUS NAME:y NEWLINE ENDMARKER");
}

TEST(Lexer, IndentAndDedent) {
  const char* src =
      "if x:\n"
      "    a = 1  # c\n"
      "\n"
      "  # comment at another indentation\n"
      "    if y:\n"
      "        b\n"
      "c\n";
  EXPECT_EQ(kinds(src),
            "if NAME:x COLON NEWLINE INDENT NAME:a EQUAL NUMBER:1 NEWLINE if NAME:y COLON NEWLINE "
            "INDENT NAME:b NEWLINE DEDENT DEDENT NAME:c NEWLINE ENDMARKER");
  auto toks = lex(src);
  EXPECT_EQ(loc(toks[4]), "2,0-2,4");  // INDENT spans the whitespace
  EXPECT_EQ(toks[4].text, "    ");
  EXPECT_EQ(loc(toks[8]), "2,14-2,15");  // NEWLINE after the comment
  EXPECT_EQ(loc(toks[16]), "7,0-7,0");   // DEDENTs sit where the next token starts
  EXPECT_EQ(loc(toks[17]), "7,0-7,0");
}

TEST(Lexer, DedentsAtEof) {
  EXPECT_EQ(kinds("def f():\n  if x:\n    return 1"),
            "def NAME:f LPAR RPAR COLON NEWLINE INDENT if NAME:x COLON NEWLINE INDENT return "
            "NUMBER:1 NEWLINE DEDENT DEDENT ENDMARKER");
  auto toks = lex("if x:\n  y\n");
  EXPECT_EQ(loc(toks[toks.size() - 2]), "3,0-3,0");
  EXPECT_EQ(loc(toks.back()), "3,0-3,0");
}

TEST(Lexer, PartialDedent) {
  EXPECT_EQ(kinds("if a:\n  if b:\n    c\n  d\n"),
            "if NAME:a COLON NEWLINE INDENT if NAME:b COLON NEWLINE INDENT NAME:c NEWLINE DEDENT "
            "NAME:d NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, FormFeedResetsIndentation) {
  EXPECT_EQ(kinds("x\n\f\ny\n  \fz\n"), "NAME:x NEWLINE NAME:y NEWLINE NAME:z NEWLINE ENDMARKER");
}

TEST(Lexer, BracketsJoinLines) {
  const char* src =
      "x = [1,\n"
      "  2,\n"
      "# comment\n"
      "\n"
      "      3]\n"
      "y\n";
  EXPECT_EQ(kinds(src),
            "NAME:x EQUAL LSQB NUMBER:1 COMMA NUMBER:2 COMMA NUMBER:3 RSQB NEWLINE NAME:y NEWLINE "
            "ENDMARKER");
  EXPECT_EQ(kinds("f(a, {b: (c,\n d)})\n"),
            "NAME:f LPAR NAME:a COMMA LBRACE NAME:b COLON LPAR NAME:c COMMA NAME:d RPAR RBRACE "
            "RPAR NEWLINE ENDMARKER");
}

TEST(Lexer, BackslashContinuation) {
  auto toks = lex("x = 1 + \\\n    2\ny\n");
  EXPECT_EQ(toks[4].kind, TokKind::Number);
  EXPECT_EQ(loc(toks[4]), "2,4-2,5");
  EXPECT_EQ(toks[5].kind, TokKind::Newline);
  EXPECT_EQ(kinds("if x:\n  a = \\\nb\n  c\n"),
            "if NAME:x COLON NEWLINE INDENT NAME:a EQUAL NAME:b NEWLINE NAME:c NEWLINE DEDENT "
            "ENDMARKER");
}

TEST(Lexer, WindowsLineEndings) {
  EXPECT_EQ(kinds("if x:\r\n  y = (1,\r\n 2)\r\n"),
            "if NAME:x COLON NEWLINE INDENT NAME:y EQUAL LPAR NUMBER:1 COMMA NUMBER:2 RPAR NEWLINE "
            "DEDENT ENDMARKER");
  auto toks = lex("a\r\nb\r\n");
  EXPECT_EQ(loc(toks[2]), "2,0-2,1");
}

TEST(Lexer, Numbers) {
  for (const char* n : {"0",           "00",   "0_0",   "123",   "1_000_000", "0x_ff",
                        "0XDEAD_beef", "0o17", "0O7_7", "0b1_0", "0B11",      "1.5",
                        "1.",          ".5",   "1e10",  "1E-5",  "1.e5",      "1_000.0_1e1_0j",
                        "007.5",       "09.5", "0e5",   "3j",    "3.14J",     ".5j",
                        "0j"}) {
    SCOPED_TRACE(n);
    auto toks = lex(std::string(n) + "\n");
    ASSERT_EQ(toks.size(), 3u);
    EXPECT_EQ(toks[0].kind, TokKind::Number);
    EXPECT_EQ(toks[0].text, n);
  }
}

TEST(Lexer, NumberFollowedByKeyword) {
  // CPython only warns when a literal runs into one of these keywords.
  EXPECT_EQ(kinds("1if x else 2\n"), "NUMBER:1 if NAME:x else NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("0 if 1else 2\n"), "NUMBER:0 if NUMBER:1 else NUMBER:2 NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("[0x1for x in y]\n"),
            "LSQB NUMBER:0x1f or NAME:x in NAME:y RSQB NEWLINE ENDMARKER");
}

TEST(Lexer, InvalidNumbers) {
  EXPECT_EQ(err("0777\n"),
            "1,0 leading zeros in decimal integer literals are not permitted; use an 0o prefix "
            "for octal integers");
  Token t = lex("0_7\n").back();
  EXPECT_EQ(loc(t), "1,0-1,2");
  EXPECT_EQ(err("1__0\n"), "1,1 invalid decimal literal");
  EXPECT_EQ(err("1_\n"), "1,1 invalid decimal literal");
  EXPECT_EQ(err("0_\n"), "1,1 invalid decimal literal");
  EXPECT_EQ(err("1abc\n"), "1,0 invalid decimal literal");
  EXPECT_EQ(err("1.5abc\n"), "1,2 invalid decimal literal");
  EXPECT_EQ(err("1e\n"), "1,0 invalid decimal literal");
  EXPECT_EQ(err("1e+\n"), "1,2 invalid decimal literal");
  EXPECT_EQ(err("1e_5\n"), "1,0 invalid decimal literal");
  EXPECT_EQ(err("1.__x\n"), "1,1 invalid decimal literal");
  EXPECT_EQ(err("1jx\n"), "1,1 invalid imaginary literal");
  EXPECT_EQ(err("0x\n"), "1,1 invalid hexadecimal literal");
  EXPECT_EQ(err("0x1_\n"), "1,3 invalid hexadecimal literal");
  EXPECT_EQ(err("0xg\n"), "1,1 invalid hexadecimal literal");
  EXPECT_EQ(err("0b2\n"), "1,2 invalid digit '2' in binary literal");
  EXPECT_EQ(err("0b12\n"), "1,3 invalid digit '2' in binary literal");
  EXPECT_EQ(err("0b1a\n"), "1,2 invalid binary literal");
  EXPECT_EQ(err("0o8\n"), "1,2 invalid digit '8' in octal literal");
  EXPECT_EQ(err("0o\n"), "1,1 invalid octal literal");
  EXPECT_EQ(err("0o7x\n"), "1,2 invalid octal literal");
  EXPECT_EQ(err("x = 1e1_\n"), "1,7 invalid decimal literal");
}

TEST(Lexer, StringPrefixes) {
  for (const char* s :
       {"'a'",   "\"a\"", "r'a'",  "R'a'",  "u'a'",   "U'a'",    "b'a'",         "B'a'",
        "br'a'", "Br'a'", "bR'a'", "BR'a'", "rb'a'",  "rB'a'",   "Rb'a'",        "RB'a'",
        "f'a'",  "F'a'",  "fr'a'", "fR'a'", "Fr'a'",  "FR'a'",   "rf'a'",        "rF'a'",
        "Rf'a'", "RF'a'", "''",    "\"\"",  "''''''", "'''a'''", "\"\"\"a\"\"\""}) {
    SCOPED_TRACE(s);
    auto toks = lex(std::string(s) + "\n");
    ASSERT_EQ(toks.size(), 3u);
    EXPECT_EQ(toks[0].kind, TokKind::String);
    EXPECT_EQ(toks[0].text, s);
  }
  // `ur` is not a prefix: a name followed by a string.
  EXPECT_EQ(kinds("ur'x'\n"), "NAME:ur STRING:'x' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("rbx'y'\n"), "NAME:rbx STRING:'y' NEWLINE ENDMARKER");
}

TEST(Lexer, StringBodies) {
  EXPECT_EQ(kinds(R"('it\'s' "a\"b" 'back\\')"
                  "\n"),
            R"(STRING:'it\'s' STRING:"a\"b" STRING:'back\\' NEWLINE ENDMARKER)");
  EXPECT_EQ(kinds("'\"' \"'\"\n"), "STRING:'\"' STRING:\"'\" NEWLINE ENDMARKER");
  // Adjacent literals stay separate tokens.
  EXPECT_EQ(kinds("x = ('a'\n     'b')\n"),
            "NAME:x EQUAL LPAR STRING:'a' STRING:'b' RPAR NEWLINE ENDMARKER");
  // A run of quotes ends a triple-quoted string at the first three.
  EXPECT_EQ(kinds("'''a'''' '\n"), "STRING:'''a''' STRING:' ' NEWLINE ENDMARKER");
}

TEST(Lexer, MultiLineStrings) {
  auto toks = lex("x = '''one\ntwo\n  three''' + 'a\\\nb'\ny\n");
  ASSERT_GE(toks.size(), 7u);
  EXPECT_EQ(toks[2].kind, TokKind::String);
  EXPECT_EQ(toks[2].text, "'''one\ntwo\n  three'''");
  EXPECT_EQ(loc(toks[2]), "1,4-3,10");
  EXPECT_EQ(loc(toks[3]), "3,11-3,12");
  EXPECT_EQ(toks[4].text, "'a\\\nb'");
  EXPECT_EQ(loc(toks[4]), "3,13-4,2");
  EXPECT_EQ(loc(toks[5]), "4,2-4,3");
  EXPECT_EQ(loc(toks[6]), "5,0-5,1");
}

TEST(Lexer, FStringEnds) {
  EXPECT_EQ(kinds("f'{x!r:>{width}}' + f\"{d['k']}\"\n"),
            "STRING:f'{x!r:>{width}}' PLUS STRING:f\"{d['k']}\" NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("f'''{\"a\"}\n{'b'}'''\n"), "STRING:f'''{\"a\"}\n{'b'}''' NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("rf'{{\\d}}'\n"), "STRING:rf'{{\\d}}' NEWLINE ENDMARKER");
}

TEST(Lexer, UnterminatedStrings) {
  EXPECT_EQ(err("'abc\n"), "1,0 unterminated string literal (detected at line 1)");
  EXPECT_EQ(err("'abc"), "1,0 unterminated string literal (detected at line 1)");
  EXPECT_EQ(err("x = rb'abc\n"), "1,4 unterminated string literal (detected at line 1)");
  EXPECT_EQ(err("x = 'abc\\\ndef\n"), "1,4 unterminated string literal (detected at line 2)");
  EXPECT_EQ(err("x = 'a\\"), "1,4 unterminated string literal (detected at line 1)");
  EXPECT_EQ(err("\"\"\"abc\n\n"),
            "1,0 unterminated triple-quoted string literal (detected at line 2)");
  EXPECT_EQ(err("x = 1\n'''abc\n\n\n"),
            "2,0 unterminated triple-quoted string literal (detected at line 4)");
  EXPECT_EQ(err("'''abc\nx"), "1,0 unterminated triple-quoted string literal (detected at line 2)");
}

TEST(Lexer, UnicodeNames) {
  EXPECT_EQ(kinds("α = 1\n"), "NAME:α EQUAL NUMBER:1 NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("a·b = ifé\n"), "NAME:a·b EQUAL NAME:ifé NEWLINE ENDMARKER");
  EXPECT_EQ(kinds("名前 _x1\n"), "NAME:名前 NAME:_x1 NEWLINE ENDMARKER");
  EXPECT_EQ(err("a = 1 € 2\n"), "1,6 invalid character '€' (U+20AC)");
  EXPECT_EQ(err("x = ¿\n"), "1,4 invalid character '¿' (U+00BF)");
  EXPECT_EQ(err("x = a\u00a0b\n"), "1,5 invalid non-printable character U+00A0");
  EXPECT_EQ(err("·a\n"), "1,0 invalid character '·' (U+00B7)");
}

TEST(Lexer, StrayCharacters) {
  for (const char* src : {"a $ b\n", "a ? b\n", "a ` b\n", "a ! b\n"}) {
    SCOPED_TRACE(src);
    Token t = lex(src).back();
    EXPECT_EQ(t.kind, TokKind::Error);
    EXPECT_EQ(t.text, "invalid syntax");
    EXPECT_EQ(loc(t), "1,2-1,3");
  }
  EXPECT_EQ(err("a \x01 b\n"), "1,2 invalid non-printable character U+0001");
  EXPECT_EQ(err("a\vb\n"), "1,1 invalid non-printable character U+000B");
  EXPECT_EQ(err("x = 1\n\xff\n"), "2,0 (unicode error) 'utf-8' codec can't decode byte 0xff");
}

TEST(Lexer, NullBytes) {
  EXPECT_EQ(err(std::string_view("a\0b\n", 4)), "1,0 source code string cannot contain null bytes");
}

TEST(Lexer, BracketErrors) {
  EXPECT_EQ(err(")\n"), "1,0 unmatched ')'");
  EXPECT_EQ(err("x = 1)\n"), "1,5 unmatched ')'");
  EXPECT_EQ(err("f(]\n"), "1,2 closing parenthesis ']' does not match opening parenthesis '('");
  EXPECT_EQ(err("x = {1]\n"), "1,6 closing parenthesis ']' does not match opening parenthesis '{'");
  EXPECT_EQ(err("x = (1,\n]\n"),
            "2,0 closing parenthesis ']' does not match opening parenthesis '(' on line 1");
  EXPECT_EQ(err("x = (1,\n2\n"), "1,4 '(' was never closed");
  EXPECT_EQ(err("x = [1,\n  (2,\n"), "2,2 '(' was never closed");
  EXPECT_EQ(err("((((\n"), "1,3 '(' was never closed");
  EXPECT_EQ(err("x = " + std::string(201, '(')), "1,204 too many nested parentheses");
}

TEST(Lexer, IndentationErrors) {
  EXPECT_EQ(err("if x:\n  a\n b\n"),
            "3,2 IndentationError: unindent does not match any outer indentation level");
  EXPECT_EQ(err("if x:\n  a = 3\n b = 1\n"),
            "3,6 IndentationError: unindent does not match any outer indentation level");
  EXPECT_EQ(err("if x:\n\ta\n        b\n"),
            "3,0 TabError: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(err("if x:\n        a\n\tb\n"),
            "3,0 TabError: inconsistent use of tabs and spaces in indentation");
  EXPECT_EQ(err("if x:\n    a\n\t  b = 1\n"),
            "3,0 TabError: inconsistent use of tabs and spaces in indentation");
  std::string deep;
  for (int i = 0; i <= 100; ++i) deep += std::string(i, ' ') + "if x:\n";
  EXPECT_EQ(err(deep), "101,0 IndentationError: too many levels of indentation");
  // "unexpected indent" is the parser's to report: the lexer yields INDENT.
  EXPECT_EQ(kinds("  a\n"), "INDENT NAME:a NEWLINE DEDENT ENDMARKER");
}

TEST(Lexer, ContinuationErrors) {
  EXPECT_EQ(err("a\\ b\n"), "1,2 unexpected character after line continuation character");
  EXPECT_EQ(err("a = 1 \\"), "1,7 unexpected EOF while parsing");
  EXPECT_EQ(err("a = 1 \\\n"), "1,7 unexpected EOF while parsing");
  EXPECT_EQ(err("x = 1\n  \\\n"), "2,3 unexpected EOF while parsing");
}

TEST(Lexer, ErrorIsSticky) {
  Lexer lx("x = )\ny\n");
  EXPECT_EQ(lx.next().kind, TokKind::Name);
  EXPECT_EQ(lx.next().kind, TokKind::Equal);
  Token e = lx.next();
  EXPECT_EQ(e.kind, TokKind::Error);
  Token again = lx.next();
  EXPECT_EQ(again.kind, TokKind::Error);
  EXPECT_EQ(again.text, e.text);
}

TEST(Lexer, LineText) {
  Lexer lx("first\nsecond\r\nthird");
  EXPECT_EQ(lx.line_text(1), "first\n");
  EXPECT_EQ(lx.line_text(2), "second\r\n");
  EXPECT_EQ(lx.line_text(3), "third");
  EXPECT_EQ(lx.line_text(4), "");
  EXPECT_EQ(lx.line_text(0), "");
}

TEST(Lexer, ByteOrderMarkIsSkipped) {
  auto toks = lex("\xEF\xBB\xBFx\n");
  EXPECT_EQ(toks[0].kind, TokKind::Name);
  EXPECT_EQ(loc(toks[0]), "1,0-1,1");
}

TEST(Lexer, RepresentativeProgram) {
  const char* src =
      "import threading\n"
      "\n"
      "class Counter:\n"
      "    def __init__(self) -> None:\n"
      "        self.n: int = 0  # count\n"
      "\n"
      "    async def bump(self, *, by=1):\n"
      "        with lock:\n"
      "            self.n += by\n"
      "        return [i ** 2 for i in range(10) if i % 2]\n"
      "\n"
      "@decorator\n"
      "def g(): yield from (x\n"
      "    for x in 'ab')\n";
  EXPECT_EQ(kinds(src),
            "import NAME:threading NEWLINE "
            "class NAME:Counter COLON NEWLINE "
            "INDENT def NAME:__init__ LPAR NAME:self RPAR RARROW None COLON NEWLINE "
            "INDENT NAME:self DOT NAME:n COLON NAME:int EQUAL NUMBER:0 NEWLINE "
            "DEDENT async def NAME:bump LPAR NAME:self COMMA STAR COMMA NAME:by EQUAL NUMBER:1 "
            "RPAR COLON NEWLINE "
            "INDENT with NAME:lock COLON NEWLINE "
            "INDENT NAME:self DOT NAME:n PLUSEQUAL NAME:by NEWLINE "
            "DEDENT return LSQB NAME:i DOUBLESTAR NUMBER:2 for NAME:i in NAME:range LPAR "
            "NUMBER:10 RPAR if NAME:i PERCENT NUMBER:2 RSQB NEWLINE "
            "DEDENT DEDENT AT NAME:decorator NEWLINE "
            "def NAME:g LPAR RPAR COLON yield from LPAR NAME:x for NAME:x in STRING:'ab' RPAR "
            "NEWLINE ENDMARKER");
}

}  // namespace
}  // namespace gp::grammar
