// str and bytes: creation, sharing, hashing, repr, indexing, slicing, the
// methods on ASCII and non-ASCII text, and the codecs. Expected values were
// computed with CPython 3.11.
#include "runtime/str.h"

#include <gtest/gtest.h>

#include <string>

#include "interp/runtime_init.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/bytes.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/list.h"
#include "runtime/range.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

class StrTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!tstate()) {
      ASSERT_TRUE(runtime_init(RuntimeConfig{}));
    }
  }
  void TearDown() override { err_clear(); }
};

Ref S(std::string_view s) { return new_str(s); }
Ref I(intptr_t i) { return Ref::small(i); }
Ref Bytes_(std::string_view s) { return new_bytes(s); }

// repr() of a result, or "Type: message" for the pending exception.
std::string R(Ref r) {
  if (!r) {
    Ref e = err_fetch();
    if (!e) return "<null without exception>";
    Ref msg = exception_str(e);
    return std::string(type_of(e)->name) + ": " + (msg ? std::string(as_str(msg)->view()) : "?");
  }
  Ref text = repr(r);
  return text ? std::string(as_str(text)->view()) : "<repr failed>";
}

// self.name(*args)
Ref M(Value self, std::string_view name, std::initializer_list<Value> args = {}) {
  return call_method(self, name, args.begin(), args.size());
}

TEST_F(StrTest, CreationLengthAndSharing) {
  Ref a = S("h\xc3\xa9llo \xe2\x82\xac");  // "héllo €"
  EXPECT_EQ(as_str(a)->length, 7u);
  EXPECT_EQ(as_str(a)->size, 10u);
  EXPECT_FALSE(as_str(a)->ascii);
  EXPECT_TRUE(S("").get().is(str_empty().get()));
  EXPECT_TRUE(S("x").get().is(str_from_codepoint('x').get()));
  EXPECT_EQ(intern("spam"), intern("spam"));
  EXPECT_TRUE(intern("spam")->interned);
  Ref euro = str_from_codepoint(0x20AC);
  EXPECT_EQ(as_str(euro)->view(), "\xe2\x82\xac");
}

TEST_F(StrTest, HashAndEquality) {
  Ref a = S("some text that is longer than sixteen bytes");
  Ref b = S("some text that is longer than sixteen bytes");
  EXPECT_NE(a.get().raw(), b.get().raw());
  EXPECT_EQ(str_hash(as_str(a)), str_hash(as_str(b)));
  EXPECT_TRUE(str_eq(as_str(a), as_str(b)));
  EXPECT_NE(str_hash(as_str(a)),
            str_hash(as_str(S("some text that is longer than sixteen bytez"))));
  for (const char* t : {"", "a", "ab", "abcd", "abcdefgh", "abcdefghijklmnopq"})
    EXPECT_NE(str_hash(as_str(S(t))), -1);
  EXPECT_EQ(hash_bytes("abc", 3), str_hash(as_str(S("abc"))));
  EXPECT_EQ(compare_bool(S("abc"), S("abd"), CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(S("ab"), S("abc"), CompareOp::Lt), 1);
  EXPECT_EQ(compare_bool(S("\xc3\xa9"), S("z"), CompareOp::Gt), 1);  // 'é' > 'z'
}

TEST_F(StrTest, Repr) {
  EXPECT_EQ(R(S("a'b\"c")), "'a\\'b\"c'");
  EXPECT_EQ(R(S("it's")), "\"it's\"");
  EXPECT_EQ(R(S(std::string_view("\x7f\x00\t\n\r\\", 6))), "'\\x7f\\x00\\t\\n\\r\\\\'");
  // '\u200b\xa0é😀\ud800' → '\u200b\xa0é😀\ud800'
  EXPECT_EQ(R(S("\xe2\x80\x8b\xc2\xa0\xc3\xa9\xf0\x9f\x98\x80\xed\xa0\x80")),
            "'\\u200b\\xa0\xc3\xa9\xf0\x9f\x98\x80\\ud800'");
  Ref esc = str_escape_non_ascii(S("\xc3\xa9\xf0\x9f\x98\x80x"));
  EXPECT_EQ(as_str(esc)->view(), "\\xe9\\U0001f600x");
}

TEST_F(StrTest, IndexingAndSlicing) {
  Ref s = S("h\xc3\xa9llo");  // "héllo"
  EXPECT_EQ(R(getitem(s, I(1))), "'\xc3\xa9'");
  EXPECT_EQ(R(getitem(s, I(-1))), "'o'");
  EXPECT_EQ(R(getitem(s, I(5))), "IndexError: string index out of range");
  EXPECT_EQ(R(getitem(s, new_slice(I(1), I(3), None()))), "'\xc3\xa9l'");
  EXPECT_EQ(R(getitem(s, new_slice(None(), None(), I(-1)))), "'oll\xc3\xa9h'");
  EXPECT_EQ(R(getitem(s, new_slice(None(), None(), I(2)))), "'hlo'");
  Ref a = S("abcdef");
  EXPECT_EQ(R(getitem(a, new_slice(I(-2), None(), None()))), "'ef'");
  EXPECT_EQ(R(getitem(a, new_slice(I(5), I(0), I(-2)))), "'fdb'");
  EXPECT_EQ(R(getitem(a, S("x"))), "TypeError: string indices must be integers, not 'str'");
}

TEST_F(StrTest, ConcatRepeatJoin) {
  EXPECT_EQ(R(binary_op(S("ab"), S("\xc3\xa9"), BinOp::Add)), "'ab\xc3\xa9'");
  EXPECT_EQ(R(binary_op(S("ab"), I(1), BinOp::Add)),
            "TypeError: can only concatenate str (not \"int\") to str");
  EXPECT_EQ(R(binary_op(S("ab"), I(3), BinOp::Mul)), "'ababab'");
  EXPECT_EQ(R(binary_op(I(2), S("x"), BinOp::Mul)), "'xx'");
  EXPECT_EQ(R(binary_op(S("ab"), I(-1), BinOp::Mul)), "''");
  Ref acc = S("a");
  for (int i = 0; i < 100; ++i) acc = str_append(std::move(acc), S("\xc3\xa9"));
  EXPECT_EQ(as_str(acc)->length, 101u);
  EXPECT_EQ(as_str(acc)->size, 201u);
  Ref x = S("x="), bang = S("!");
  Value pieces[] = {x, Value::small(1), bang};
  EXPECT_EQ(R(str_concat_n(pieces, 3)),
            "TypeError: sequence item 1: expected str instance, int found");
  Ref parts = new_list();
  list_append(parts, S("a"));
  list_append(parts, S("\xc3\xa9"));
  list_append(parts, S("c"));
  EXPECT_EQ(R(M(S(", "), "join", {parts})), "'a, \xc3\xa9, c'");
  EXPECT_EQ(R(M(S(""), "join", {I(5)})), "TypeError: can only join an iterable");
  EXPECT_EQ(contains(S("h\xc3\xa9llo"), S("\xc3\xa9l")), 1);
}

TEST_F(StrTest, SplitAndStrip) {
  EXPECT_EQ(R(M(S("  a b\t\nc  "), "split")), "['a', 'b', 'c']");
  EXPECT_EQ(R(M(S("a,b,,c"), "split", {S(",")})), "['a', 'b', '', 'c']");
  EXPECT_EQ(R(M(S("a,b,,c"), "split", {S(","), I(1)})), "['a', 'b,,c']");
  EXPECT_EQ(R(M(S("a,b,,c"), "rsplit", {S(","), I(1)})), "['a,b,', 'c']");
  EXPECT_EQ(R(M(S("  a b  c  "), "rsplit", {None(), I(1)})), "['  a b', 'c']");
  EXPECT_EQ(R(M(S("  a b  c  "), "split", {None(), I(1)})), "['a', 'b  c  ']");
  EXPECT_EQ(R(M(S("x\xe3\x80\x80y"), "split")), "['x', 'y']");  // ideographic space
  EXPECT_EQ(R(M(S("abc"), "split", {S("")})), "ValueError: empty separator");
  EXPECT_EQ(R(M(S("a\nb\r\nc\rd\xe2\x80\xa8"
                  "e"),
                "splitlines")),
            "['a', 'b', 'c', 'd', 'e']");
  EXPECT_EQ(R(M(S("a\nb\r\n"), "splitlines", {True()})), "['a\\n', 'b\\r\\n']");
  EXPECT_EQ(R(M(S(" \t h\xc3\xa9 \n"), "strip")), "'h\xc3\xa9'");
  EXPECT_EQ(R(M(S("xxhixx"), "lstrip", {S("x")})), "'hixx'");
  EXPECT_EQ(R(M(S("\xc3\xa9h\xc3\xa9"), "rstrip", {S("\xc3\xa9")})), "'\xc3\xa9h'");
  EXPECT_EQ(R(M(S("abc"), "strip", {I(1)})), "TypeError: strip arg must be None or str");
  EXPECT_EQ(R(M(S("a=b=c"), "partition", {S("=")})), "('a', '=', 'b=c')");
  EXPECT_EQ(R(M(S("a=b=c"), "rpartition", {S("=")})), "('a=b', '=', 'c')");
  EXPECT_EQ(R(M(S("abc"), "rpartition", {S("=")})), "('', '', 'abc')");
}

TEST_F(StrTest, FindReplaceCount) {
  Ref s = S("h\xc3\xa9llo w\xc3\xb6rld");  // "héllo wörld"
  EXPECT_EQ(R(M(s, "find", {S("l")})), "2");
  EXPECT_EQ(R(M(s, "rfind", {S("l")})), "9");
  EXPECT_EQ(R(M(s, "find", {S("w\xc3\xb6")})), "6");
  EXPECT_EQ(R(M(s, "find", {S("l"), I(4)})), "9");
  EXPECT_EQ(R(M(s, "find", {S("l"), I(-3), I(-1)})), "9");
  EXPECT_EQ(R(M(s, "index", {S("z")})), "ValueError: substring not found");
  EXPECT_EQ(R(M(s, "find", {I(1)})), "TypeError: must be str, not int");
  EXPECT_EQ(R(M(S("abc"), "find", {S(""), I(5)})), "-1");
  EXPECT_EQ(R(M(S("abc"), "count", {S("")})), "4");
  EXPECT_EQ(R(M(S("aaaa"), "count", {S("aa")})), "2");
  EXPECT_EQ(R(M(S("a.b.c"), "replace", {S("."), S("\xe2\x80\xa2")})),
            "'a\xe2\x80\xa2"
            "b\xe2\x80\xa2"
            "c'");
  EXPECT_EQ(R(M(S("aaa"), "replace", {S("a"), S("bb"), I(2)})), "'bbbba'");
  EXPECT_EQ(R(M(S("ab"), "replace", {S(""), S("-")})), "'-a-b-'");
  EXPECT_EQ(R(M(S("abc"), "replace", {I(1), S("a")})),
            "TypeError: replace() argument 1 must be str, not int");
  EXPECT_EQ(R(M(s, "startswith", {S("h\xc3\xa9")})), "True");
  EXPECT_EQ(R(M(s, "endswith", {new_tuple({S("x"), S("rld")})})), "True");
  EXPECT_EQ(R(M(s, "startswith", {S("llo"), I(2)})), "True");
  EXPECT_EQ(R(M(s, "startswith", {I(1)})),
            "TypeError: startswith first arg must be str or a tuple of str, not int");
  EXPECT_EQ(R(M(S("prefix-body"), "removeprefix", {S("prefix-")})), "'body'");
  EXPECT_EQ(R(M(S("body.py"), "removesuffix", {S(".py")})), "'body'");
}

TEST_F(StrTest, CaseMapping) {
  EXPECT_EQ(R(M(S("stra\xc3\x9f"
                  "e \xc3\xa9t\xc3\xa9"),
                "upper")),
            "'STRASSE \xc3\x89T\xc3\x89'");
  EXPECT_EQ(R(M(S("\xc3\x89T\xc3\x89 ABC"), "lower")), "'\xc3\xa9t\xc3\xa9 abc'");
  EXPECT_EQ(R(M(S("stra\xc3\x9f"
                  "e"),
                "casefold")),
            "'strasse'");
  EXPECT_EQ(R(M(S("hello wORLD"), "title")), "'Hello World'");
  EXPECT_EQ(R(M(S("\xc3\xa9"
                  "cole norm\xc3\x81LE"),
                "title")),
            "'\xc3\x89"
            "cole Norm\xc3\xa1le'");
  EXPECT_EQ(R(M(S("hELLO"), "capitalize")), "'Hello'");
  EXPECT_EQ(R(M(S("Hello \xc3\x89"), "swapcase")), "'hELLO \xc3\xa9'");
  EXPECT_EQ(R(M(S("\xce\xb1\xce\xb2\xce\xb3"), "upper")), "'\xce\x91\xce\x92\xce\x93'");  // αβγ
}

TEST_F(StrTest, Predicates) {
  EXPECT_EQ(R(M(S("123"), "isdigit")), "True");
  EXPECT_EQ(R(M(S("\xc2\xb2"), "isdigit")), "True");  // '²'
  EXPECT_EQ(R(M(S("\xc2\xb2"), "isdecimal")), "False");
  EXPECT_EQ(R(M(S("\xc2\xbd"), "isnumeric")), "True");  // '½'
  EXPECT_EQ(R(M(S("\xd9\xa3"), "isdecimal")), "True");  // Arabic-Indic 3
  EXPECT_EQ(R(M(S("h\xc3\xa9llo"), "isalpha")), "True");
  EXPECT_EQ(R(M(S("abc1"), "isalnum")), "True");
  EXPECT_EQ(R(M(S(""), "isalpha")), "False");
  EXPECT_EQ(R(M(S(" \t\xc2\xa0"), "isspace")), "True");
  EXPECT_EQ(R(M(S("ABC1"), "isupper")), "True");
  EXPECT_EQ(R(M(S("abc\xc3\x89"), "islower")), "False");
  EXPECT_EQ(R(M(S("Hello World"), "istitle")), "True");
  EXPECT_EQ(R(M(S("Hello world"), "istitle")), "False");
  EXPECT_EQ(R(M(S("_x1"), "isidentifier")), "True");
  EXPECT_EQ(R(M(S("1x"), "isidentifier")), "False");
  EXPECT_EQ(R(M(S("\xc3\xa9t\xc3\xa9"), "isidentifier")), "True");
  EXPECT_EQ(R(M(S("a\tb"), "isprintable")), "False");
  EXPECT_EQ(R(M(S(""), "isascii")), "True");
  EXPECT_EQ(R(M(S("\xc3\xa9"), "isascii")), "False");
}

TEST_F(StrTest, PaddingAndTabs) {
  EXPECT_EQ(R(M(S("abc"), "center", {I(8), S("*")})), "'**abc***'");
  EXPECT_EQ(R(M(S("ab"), "center", {I(5)})), "'  ab '");
  EXPECT_EQ(R(M(S("\xc3\xa9"), "ljust", {I(3), S("\xe2\x80\xa2")})),
            "'\xc3\xa9\xe2\x80\xa2\xe2\x80\xa2'");
  EXPECT_EQ(R(M(S("7"), "rjust", {I(3), S("0")})), "'007'");
  EXPECT_EQ(R(M(S("abc"), "center", {I(5), S("ab")})),
            "TypeError: The fill character must be exactly one character long");
  EXPECT_EQ(R(M(S("-42"), "zfill", {I(6)})), "'-00042'");
  EXPECT_EQ(R(M(S("a\tbc\td"), "expandtabs")), "'a       bc      d'");
  EXPECT_EQ(R(M(S("a\tb"), "expandtabs", {I(4)})), "'a   b'");
}

TEST_F(StrTest, TranslateAndMaketrans) {
  Ref table = M(S(""), "maketrans", {S("ab"), S("xy"), S("c")});
  EXPECT_EQ(R(table.dup()), "{97: 120, 98: 121, 99: None}");
  EXPECT_EQ(R(M(S("abcabd"), "translate", {table})), "'xyxyd'");
  Ref d = new_dict();
  dict_set(d, S("\xc3\xa9"), S("e"));
  Ref t2 = M(S(""), "maketrans", {d});
  EXPECT_EQ(R(M(S("caf\xc3\xa9"), "translate", {t2})), "'cafe'");
  EXPECT_EQ(R(M(S(""), "maketrans", {S("ab"), S("c")})),
            "ValueError: the first two maketrans arguments must have equal length");
}

TEST_F(StrTest, EncodeDecode) {
  EXPECT_EQ(R(M(S("h\xc3\xa9"), "encode")), "b'h\\xc3\\xa9'");
  EXPECT_EQ(R(M(S("h\xc3\xa9"), "encode", {S("latin-1")})), "b'h\\xe9'");
  EXPECT_EQ(R(M(S("h\xc3\xa9"), "encode", {S("ascii"), S("replace")})), "b'h?'");
  EXPECT_EQ(R(M(S("\xc3\xa9"), "encode", {S("ascii"), S("xmlcharrefreplace")})), "b'&#233;'");
  EXPECT_EQ(R(M(S("h\xc3\xa9"), "encode", {S("ascii")})),
            "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: "
            "ordinal not in range(128)");
  EXPECT_EQ(R(M(S("x"), "encode", {S("zz")})), "LookupError: unknown encoding: zz");
  EXPECT_EQ(R(M(Bytes_("h\xc3\xa9"), "decode")), "'h\xc3\xa9'");
  EXPECT_EQ(R(M(Bytes_("\xe9"), "decode", {S("latin-1")})), "'\xc3\xa9'");
  EXPECT_EQ(R(M(Bytes_("\xff"
                       "a\xe2\x82"),
                "decode", {S("utf-8"), S("replace")})),
            "'\xef\xbf\xbd"
            "a\xef\xbf\xbd'");
  EXPECT_EQ(R(M(Bytes_("a\xff"), "decode", {S("utf-8"), S("ignore")})), "'a'");
  EXPECT_EQ(R(M(Bytes_("\xff"), "decode", {S("utf-8"), S("backslashreplace")})), "'\\\\xff'");
  EXPECT_EQ(R(M(Bytes_("\xff"), "decode")),
            "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid "
            "start byte");
  EXPECT_EQ(R(M(Bytes_("a\xe2\x82z"), "decode")),
            "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 1-2: invalid "
            "continuation byte");
}

TEST_F(StrTest, Bytes) {
  EXPECT_EQ(R(Bytes_(std::string_view("\x00'\"\t\x7f\x80", 6))), "b'\\x00\\'\"\\t\\x7f\\x80'");
  EXPECT_EQ(R(Bytes_("it's")), "b\"it's\"");
  Ref b = Bytes_("abc");
  EXPECT_EQ(R(getitem(b, I(1))), "98");
  EXPECT_EQ(R(getitem(b, I(5))), "IndexError: index out of range");
  EXPECT_EQ(R(getitem(b, new_slice(None(), None(), I(-1)))), "b'cba'");
  EXPECT_EQ(R(binary_op(b, Bytes_("d"), BinOp::Add)), "b'abcd'");
  EXPECT_EQ(R(binary_op(b, S("d"), BinOp::Add)), "TypeError: can't concat str to bytes");
  EXPECT_EQ(R(binary_op(b, I(2), BinOp::Mul)), "b'abcabc'");
  EXPECT_EQ(hash(b), hash(Bytes_("abc")));
  EXPECT_EQ(contains(b, I(98)), 1);
  EXPECT_EQ(R(M(b, "hex")), "'616263'");
  EXPECT_EQ(R(M(b, "find", {Bytes_("c")})), "2");
  EXPECT_EQ(R(M(b, "find", {I(98)})), "1");
  EXPECT_EQ(R(M(b, "count", {Bytes_("")})), "4");
  EXPECT_EQ(R(M(Bytes_("a b  c"), "split")), "[b'a', b'b', b'c']");
  EXPECT_EQ(R(M(Bytes_("a,b"), "split", {Bytes_(",")})), "[b'a', b'b']");
  EXPECT_EQ(R(M(Bytes_("  x "), "strip")), "b'x'");
  EXPECT_EQ(R(M(Bytes_("aB"), "upper")), "b'AB'");
  EXPECT_EQ(R(M(Bytes_("abab"), "replace", {Bytes_("a"), Bytes_("xy")})), "b'xybxyb'");
  EXPECT_EQ(R(M(Bytes_("abc"), "startswith", {Bytes_("ab")})), "True");
  Ref parts = new_list();
  list_append(parts, Bytes_("a"));
  list_append(parts, Bytes_("b"));
  EXPECT_EQ(R(M(Bytes_("-"), "join", {parts})), "b'a-b'");
  Value three[] = {Value::small(3)};
  EXPECT_EQ(R(call(Value(&BytesType), three, 1)), "b'\\x00\\x00\\x00'");
}

}  // namespace
}  // namespace gp
