// String literal decoding (see string_literal.h).
//
// Escapes follow CPython's unicode-escape and bytes-escape codecs. Error
// positions reproduce CPython's too: before decoding a str body, CPython
// rewrites every non-ASCII character as a 10-byte \UXXXXXXXX escape (and a
// backslash in front of one as \u005c), and the codec reports offsets into
// that rewritten buffer. decode_escapes() counts `pos` the same way instead
// of building the buffer.
#include "grammar/string_literal.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

namespace gp::grammar {
namespace {

struct NamedChar {
  std::string_view name;
  uint32_t cp;
};

// \N{...} names: a selection of common characters and control-code aliases,
// sorted by name (taken from Unicode's name list via unicodedata). A full
// name database is not worth its size here.
constexpr NamedChar kNames[] = {
    {"ACUTE ACCENT", 0xB4},
    {"ALMOST EQUAL TO", 0x2248},
    {"AMPERSAND", 0x26},
    {"ANGSTROM SIGN", 0x212B},
    {"APOSTROPHE", 0x27},
    {"ASTERISK", 0x2A},
    {"ASTERISK OPERATOR", 0x2217},
    {"AUSTRAL SIGN", 0x20B3},
    {"BACKSPACE", 0x8},
    {"BALLOT BOX", 0x2610},
    {"BALLOT BOX WITH CHECK", 0x2611},
    {"BALLOT BOX WITH X", 0x2612},
    {"BALLOT X", 0x2717},
    {"BELL", 0x1F514},
    {"BITCOIN SIGN", 0x20BF},
    {"BLACK CIRCLE", 0x25CF},
    {"BLACK CLUB SUIT", 0x2663},
    {"BLACK DIAMOND SUIT", 0x2666},
    {"BLACK DOWN-POINTING TRIANGLE", 0x25BC},
    {"BLACK HEART SUIT", 0x2665},
    {"BLACK LEFT-POINTING TRIANGLE", 0x25C0},
    {"BLACK RIGHT-POINTING TRIANGLE", 0x25B6},
    {"BLACK SPADE SUIT", 0x2660},
    {"BLACK SQUARE", 0x25A0},
    {"BLACK STAR", 0x2605},
    {"BLACK UP-POINTING TRIANGLE", 0x25B2},
    {"BOM", 0xFEFF},
    {"BOX DRAWINGS LIGHT DOWN AND HORIZONTAL", 0x252C},
    {"BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510},
    {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
    {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500},
    {"BOX DRAWINGS LIGHT UP AND HORIZONTAL", 0x2534},
    {"BOX DRAWINGS LIGHT UP AND LEFT", 0x2518},
    {"BOX DRAWINGS LIGHT UP AND RIGHT", 0x2514},
    {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
    {"BOX DRAWINGS LIGHT VERTICAL AND HORIZONTAL", 0x253C},
    {"BOX DRAWINGS LIGHT VERTICAL AND LEFT", 0x2524},
    {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C},
    {"BROKEN BAR", 0xA6},
    {"BULLET", 0x2022},
    {"BULLET OPERATOR", 0x2219},
    {"CARET", 0x2038},
    {"CARRIAGE RETURN", 0xD},
    {"CEDI SIGN", 0x20B5},
    {"CEDILLA", 0xB8},
    {"CENT SIGN", 0xA2},
    {"CHARACTER TABULATION", 0x9},
    {"CHECK MARK", 0x2713},
    {"CIRCUMFLEX ACCENT", 0x5E},
    {"COLON", 0x3A},
    {"COLON SIGN", 0x20A1},
    {"COMMA", 0x2C},
    {"COMMERCIAL AT", 0x40},
    {"COMPLEMENT", 0x2201},
    {"CONTAINS AS MEMBER", 0x220B},
    {"COPYRIGHT SIGN", 0xA9},
    {"CR", 0xD},
    {"CRUZEIRO SIGN", 0x20A2},
    {"CUBE ROOT", 0x221B},
    {"CURRENCY SIGN", 0xA4},
    {"DAGGER", 0x2020},
    {"DARK SHADE", 0x2593},
    {"DEGREE CELSIUS", 0x2103},
    {"DEGREE FAHRENHEIT", 0x2109},
    {"DEGREE SIGN", 0xB0},
    {"DEL", 0x7F},
    {"DELETE", 0x7F},
    {"DIAERESIS", 0xA8},
    {"DIGIT EIGHT", 0x38},
    {"DIGIT FIVE", 0x35},
    {"DIGIT FOUR", 0x34},
    {"DIGIT NINE", 0x39},
    {"DIGIT ONE", 0x31},
    {"DIGIT SEVEN", 0x37},
    {"DIGIT SIX", 0x36},
    {"DIGIT THREE", 0x33},
    {"DIGIT TWO", 0x32},
    {"DIGIT ZERO", 0x30},
    {"DIVISION SIGN", 0xF7},
    {"DIVISION SLASH", 0x2215},
    {"DOES NOT CONTAIN AS MEMBER", 0x220C},
    {"DOLLAR SIGN", 0x24},
    {"DONG SIGN", 0x20AB},
    {"DOT PLUS", 0x2214},
    {"DOUBLE DAGGER", 0x2021},
    {"DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F},
    {"DOUBLE LOW LINE", 0x2017},
    {"DOUBLE LOW-9 QUOTATION MARK", 0x201E},
    {"DOUBLE PRIME", 0x2033},
    {"DOUBLE VERTICAL LINE", 0x2016},
    {"DOWNWARDS ARROW", 0x2193},
    {"DRACHMA SIGN", 0x20AF},
    {"ELEMENT OF", 0x2208},
    {"EM DASH", 0x2014},
    {"EMPTY SET", 0x2205},
    {"EN DASH", 0x2013},
    {"END OF PROOF", 0x220E},
    {"EQUALS SIGN", 0x3D},
    {"ESC", 0x1B},
    {"ESCAPE", 0x1B},
    {"EURO SIGN", 0x20AC},
    {"EURO-CURRENCY SIGN", 0x20A0},
    {"EXCLAMATION MARK", 0x21},
    {"FACE SAVOURING DELICIOUS FOOD", 0x1F60B},
    {"FACE WITH TEARS OF JOY", 0x1F602},
    {"FEMININE ORDINAL INDICATOR", 0xAA},
    {"FF", 0xC},
    {"FIGURE DASH", 0x2012},
    {"FIRE", 0x1F525},
    {"FOR ALL", 0x2200},
    {"FORM FEED", 0xC},
    {"FOURTH ROOT", 0x221C},
    {"FRENCH FRANC SIGN", 0x20A3},
    {"FULL BLOCK", 0x2588},
    {"FULL STOP", 0x2E},
    {"GERMAN PENNY SIGN", 0x20B0},
    {"GRAVE ACCENT", 0x60},
    {"GREATER-THAN OR EQUAL TO", 0x2265},
    {"GREATER-THAN SIGN", 0x3E},
    {"GREEK CAPITAL LETTER ALPHA", 0x391},
    {"GREEK CAPITAL LETTER BETA", 0x392},
    {"GREEK CAPITAL LETTER CHI", 0x3A7},
    {"GREEK CAPITAL LETTER DELTA", 0x394},
    {"GREEK CAPITAL LETTER EPSILON", 0x395},
    {"GREEK CAPITAL LETTER ETA", 0x397},
    {"GREEK CAPITAL LETTER GAMMA", 0x393},
    {"GREEK CAPITAL LETTER IOTA", 0x399},
    {"GREEK CAPITAL LETTER KAPPA", 0x39A},
    {"GREEK CAPITAL LETTER LAMDA", 0x39B},
    {"GREEK CAPITAL LETTER MU", 0x39C},
    {"GREEK CAPITAL LETTER NU", 0x39D},
    {"GREEK CAPITAL LETTER OMEGA", 0x3A9},
    {"GREEK CAPITAL LETTER OMICRON", 0x39F},
    {"GREEK CAPITAL LETTER PHI", 0x3A6},
    {"GREEK CAPITAL LETTER PI", 0x3A0},
    {"GREEK CAPITAL LETTER PSI", 0x3A8},
    {"GREEK CAPITAL LETTER RHO", 0x3A1},
    {"GREEK CAPITAL LETTER SIGMA", 0x3A3},
    {"GREEK CAPITAL LETTER TAU", 0x3A4},
    {"GREEK CAPITAL LETTER THETA", 0x398},
    {"GREEK CAPITAL LETTER UPSILON", 0x3A5},
    {"GREEK CAPITAL LETTER XI", 0x39E},
    {"GREEK CAPITAL LETTER ZETA", 0x396},
    {"GREEK SMALL LETTER ALPHA", 0x3B1},
    {"GREEK SMALL LETTER BETA", 0x3B2},
    {"GREEK SMALL LETTER CHI", 0x3C7},
    {"GREEK SMALL LETTER DELTA", 0x3B4},
    {"GREEK SMALL LETTER EPSILON", 0x3B5},
    {"GREEK SMALL LETTER ETA", 0x3B7},
    {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2},
    {"GREEK SMALL LETTER GAMMA", 0x3B3},
    {"GREEK SMALL LETTER IOTA", 0x3B9},
    {"GREEK SMALL LETTER KAPPA", 0x3BA},
    {"GREEK SMALL LETTER LAMDA", 0x3BB},
    {"GREEK SMALL LETTER MU", 0x3BC},
    {"GREEK SMALL LETTER NU", 0x3BD},
    {"GREEK SMALL LETTER OMEGA", 0x3C9},
    {"GREEK SMALL LETTER OMICRON", 0x3BF},
    {"GREEK SMALL LETTER PHI", 0x3C6},
    {"GREEK SMALL LETTER PI", 0x3C0},
    {"GREEK SMALL LETTER PSI", 0x3C8},
    {"GREEK SMALL LETTER RHO", 0x3C1},
    {"GREEK SMALL LETTER SIGMA", 0x3C3},
    {"GREEK SMALL LETTER TAU", 0x3C4},
    {"GREEK SMALL LETTER THETA", 0x3B8},
    {"GREEK SMALL LETTER UPSILON", 0x3C5},
    {"GREEK SMALL LETTER XI", 0x3BE},
    {"GREEK SMALL LETTER ZETA", 0x3B6},
    {"GRINNING FACE", 0x1F600},
    {"GRINNING FACE WITH SMILING EYES", 0x1F601},
    {"GUARANI SIGN", 0x20B2},
    {"HEAVY BALLOT X", 0x2718},
    {"HEAVY BLACK HEART", 0x2764},
    {"HEAVY CHECK MARK", 0x2714},
    {"HEAVY MULTIPLICATION X", 0x2716},
    {"HORIZONTAL BAR", 0x2015},
    {"HORIZONTAL ELLIPSIS", 0x2026},
    {"HRYVNIA SIGN", 0x20B4},
    {"HYPHEN", 0x2010},
    {"HYPHEN-MINUS", 0x2D},
    {"HYPHENATION POINT", 0x2027},
    {"IDENTICAL TO", 0x2261},
    {"INCREMENT", 0x2206},
    {"INDIAN RUPEE SIGN", 0x20B9},
    {"INFINITY", 0x221E},
    {"INTEGRAL", 0x222B},
    {"INTERSECTION", 0x2229},
    {"INVERTED EXCLAMATION MARK", 0xA1},
    {"INVERTED QUESTION MARK", 0xBF},
    {"KIP SIGN", 0x20AD},
    {"LARI SIGN", 0x20BE},
    {"LATIN CAPITAL LETTER A", 0x41},
    {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1},
    {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
    {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4},
    {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
    {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5},
    {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3},
    {"LATIN CAPITAL LETTER AE", 0xC6},
    {"LATIN CAPITAL LETTER B", 0x42},
    {"LATIN CAPITAL LETTER C", 0x43},
    {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
    {"LATIN CAPITAL LETTER D", 0x44},
    {"LATIN CAPITAL LETTER E", 0x45},
    {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9},
    {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
    {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB},
    {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8},
    {"LATIN CAPITAL LETTER ETH", 0xD0},
    {"LATIN CAPITAL LETTER F", 0x46},
    {"LATIN CAPITAL LETTER G", 0x47},
    {"LATIN CAPITAL LETTER H", 0x48},
    {"LATIN CAPITAL LETTER I", 0x49},
    {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD},
    {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
    {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF},
    {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC},
    {"LATIN CAPITAL LETTER J", 0x4A},
    {"LATIN CAPITAL LETTER K", 0x4B},
    {"LATIN CAPITAL LETTER L", 0x4C},
    {"LATIN CAPITAL LETTER M", 0x4D},
    {"LATIN CAPITAL LETTER N", 0x4E},
    {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1},
    {"LATIN CAPITAL LETTER O", 0x4F},
    {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3},
    {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
    {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6},
    {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2},
    {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8},
    {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5},
    {"LATIN CAPITAL LETTER P", 0x50},
    {"LATIN CAPITAL LETTER Q", 0x51},
    {"LATIN CAPITAL LETTER R", 0x52},
    {"LATIN CAPITAL LETTER S", 0x53},
    {"LATIN CAPITAL LETTER T", 0x54},
    {"LATIN CAPITAL LETTER THORN", 0xDE},
    {"LATIN CAPITAL LETTER U", 0x55},
    {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
    {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
    {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC},
    {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9},
    {"LATIN CAPITAL LETTER V", 0x56},
    {"LATIN CAPITAL LETTER W", 0x57},
    {"LATIN CAPITAL LETTER X", 0x58},
    {"LATIN CAPITAL LETTER Y", 0x59},
    {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD},
    {"LATIN CAPITAL LETTER Z", 0x5A},
    {"LATIN SMALL LETTER A", 0x61},
    {"LATIN SMALL LETTER A WITH ACUTE", 0xE1},
    {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2},
    {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4},
    {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
    {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5},
    {"LATIN SMALL LETTER A WITH TILDE", 0xE3},
    {"LATIN SMALL LETTER AE", 0xE6},
    {"LATIN SMALL LETTER B", 0x62},
    {"LATIN SMALL LETTER C", 0x63},
    {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
    {"LATIN SMALL LETTER D", 0x64},
    {"LATIN SMALL LETTER E", 0x65},
    {"LATIN SMALL LETTER E WITH ACUTE", 0xE9},
    {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
    {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB},
    {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
    {"LATIN SMALL LETTER ETH", 0xF0},
    {"LATIN SMALL LETTER F", 0x66},
    {"LATIN SMALL LETTER G", 0x67},
    {"LATIN SMALL LETTER H", 0x68},
    {"LATIN SMALL LETTER I", 0x69},
    {"LATIN SMALL LETTER I WITH ACUTE", 0xED},
    {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE},
    {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF},
    {"LATIN SMALL LETTER I WITH GRAVE", 0xEC},
    {"LATIN SMALL LETTER J", 0x6A},
    {"LATIN SMALL LETTER K", 0x6B},
    {"LATIN SMALL LETTER L", 0x6C},
    {"LATIN SMALL LETTER M", 0x6D},
    {"LATIN SMALL LETTER N", 0x6E},
    {"LATIN SMALL LETTER N WITH TILDE", 0xF1},
    {"LATIN SMALL LETTER O", 0x6F},
    {"LATIN SMALL LETTER O WITH ACUTE", 0xF3},
    {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
    {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6},
    {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
    {"LATIN SMALL LETTER O WITH STROKE", 0xF8},
    {"LATIN SMALL LETTER O WITH TILDE", 0xF5},
    {"LATIN SMALL LETTER P", 0x70},
    {"LATIN SMALL LETTER Q", 0x71},
    {"LATIN SMALL LETTER R", 0x72},
    {"LATIN SMALL LETTER S", 0x73},
    {"LATIN SMALL LETTER SHARP S", 0xDF},
    {"LATIN SMALL LETTER T", 0x74},
    {"LATIN SMALL LETTER THORN", 0xFE},
    {"LATIN SMALL LETTER U", 0x75},
    {"LATIN SMALL LETTER U WITH ACUTE", 0xFA},
    {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
    {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC},
    {"LATIN SMALL LETTER U WITH GRAVE", 0xF9},
    {"LATIN SMALL LETTER V", 0x76},
    {"LATIN SMALL LETTER W", 0x77},
    {"LATIN SMALL LETTER X", 0x78},
    {"LATIN SMALL LETTER Y", 0x79},
    {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD},
    {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
    {"LATIN SMALL LETTER Z", 0x7A},
    {"LEFT CURLY BRACKET", 0x7B},
    {"LEFT DOUBLE QUOTATION MARK", 0x201C},
    {"LEFT PARENTHESIS", 0x28},
    {"LEFT RIGHT ARROW", 0x2194},
    {"LEFT SINGLE QUOTATION MARK", 0x2018},
    {"LEFT SQUARE BRACKET", 0x5B},
    {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB},
    {"LEFTWARDS ARROW", 0x2190},
    {"LESS-THAN OR EQUAL TO", 0x2264},
    {"LESS-THAN SIGN", 0x3C},
    {"LF", 0xA},
    {"LIGHT SHADE", 0x2591},
    {"LINE FEED", 0xA},
    {"LIRA SIGN", 0x20A4},
    {"LIVRE TOURNOIS SIGN", 0x20B6},
    {"LOGICAL AND", 0x2227},
    {"LOGICAL OR", 0x2228},
    {"LOW LINE", 0x5F},
    {"MACRON", 0xAF},
    {"MANAT SIGN", 0x20BC},
    {"MASCULINE ORDINAL INDICATOR", 0xBA},
    {"MEDIUM SHADE", 0x2592},
    {"MICRO SIGN", 0xB5},
    {"MIDDLE DOT", 0xB7},
    {"MILL SIGN", 0x20A5},
    {"MINUS SIGN", 0x2212},
    {"MINUS-OR-PLUS SIGN", 0x2213},
    {"MULTIPLICATION SIGN", 0xD7},
    {"MULTIPLICATION X", 0x2715},
    {"N-ARY COPRODUCT", 0x2210},
    {"N-ARY PRODUCT", 0x220F},
    {"N-ARY SUMMATION", 0x2211},
    {"NABLA", 0x2207},
    {"NAIRA SIGN", 0x20A6},
    {"NBSP", 0xA0},
    {"NEW LINE", 0xA},
    {"NEW SHEQEL SIGN", 0x20AA},
    {"NO-BREAK SPACE", 0xA0},
    {"NON-BREAKING HYPHEN", 0x2011},
    {"NORDIC MARK SIGN", 0x20BB},
    {"NORTH EAST ARROW", 0x2197},
    {"NORTH WEST ARROW", 0x2196},
    {"NOT AN ELEMENT OF", 0x2209},
    {"NOT EQUAL TO", 0x2260},
    {"NOT SIGN", 0xAC},
    {"NULL", 0x0},
    {"NUMBER SIGN", 0x23},
    {"NUMERO SIGN", 0x2116},
    {"OHM SIGN", 0x2126},
    {"ONE DOT LEADER", 0x2024},
    {"PARTIAL DIFFERENTIAL", 0x2202},
    {"PARTY POPPER", 0x1F389},
    {"PER MILLE SIGN", 0x2030},
    {"PER TEN THOUSAND SIGN", 0x2031},
    {"PERCENT SIGN", 0x25},
    {"PESETA SIGN", 0x20A7},
    {"PESO SIGN", 0x20B1},
    {"PILCROW SIGN", 0xB6},
    {"PLUS SIGN", 0x2B},
    {"PLUS-MINUS SIGN", 0xB1},
    {"POUND SIGN", 0xA3},
    {"PRIME", 0x2032},
    {"PROPORTIONAL TO", 0x221D},
    {"QUESTION MARK", 0x3F},
    {"QUOTATION MARK", 0x22},
    {"REGISTERED SIGN", 0xAE},
    {"RELIEVED FACE", 0x1F60C},
    {"REPLACEMENT CHARACTER", 0xFFFD},
    {"REVERSE SOLIDUS", 0x5C},
    {"REVERSED DOUBLE PRIME", 0x2036},
    {"REVERSED PRIME", 0x2035},
    {"REVERSED TRIPLE PRIME", 0x2037},
    {"RIGHT CURLY BRACKET", 0x7D},
    {"RIGHT DOUBLE QUOTATION MARK", 0x201D},
    {"RIGHT PARENTHESIS", 0x29},
    {"RIGHT SINGLE QUOTATION MARK", 0x2019},
    {"RIGHT SQUARE BRACKET", 0x5D},
    {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB},
    {"RIGHTWARDS ARROW", 0x2192},
    {"RING OPERATOR", 0x2218},
    {"ROCKET", 0x1F680},
    {"RUBLE SIGN", 0x20BD},
    {"RUPEE SIGN", 0x20A8},
    {"SECTION SIGN", 0xA7},
    {"SEMICOLON", 0x3B},
    {"SET MINUS", 0x2216},
    {"SHY", 0xAD},
    {"SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B},
    {"SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039},
    {"SINGLE LOW-9 QUOTATION MARK", 0x201A},
    {"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A},
    {"SMALL CONTAINS AS MEMBER", 0x220D},
    {"SMALL ELEMENT OF", 0x220A},
    {"SMILING FACE WITH HALO", 0x1F607},
    {"SMILING FACE WITH HEART-SHAPED EYES", 0x1F60D},
    {"SMILING FACE WITH HORNS", 0x1F608},
    {"SMILING FACE WITH OPEN MOUTH", 0x1F603},
    {"SMILING FACE WITH OPEN MOUTH AND COLD SWEAT", 0x1F605},
    {"SMILING FACE WITH OPEN MOUTH AND SMILING EYES", 0x1F604},
    {"SMILING FACE WITH OPEN MOUTH AND TIGHTLY-CLOSED EYES", 0x1F606},
    {"SMILING FACE WITH SMILING EYES", 0x1F60A},
    {"SMILING FACE WITH SUNGLASSES", 0x1F60E},
    {"SMIRKING FACE", 0x1F60F},
    {"SNAKE", 0x1F40D},
    {"SOFT HYPHEN", 0xAD},
    {"SOLIDUS", 0x2F},
    {"SOM SIGN", 0x20C0},
    {"SOUTH EAST ARROW", 0x2198},
    {"SOUTH WEST ARROW", 0x2199},
    {"SPACE", 0x20},
    {"SPESMILO SIGN", 0x20B7},
    {"SQUARE ROOT", 0x221A},
    {"SUPERSCRIPT ONE", 0xB9},
    {"SUPERSCRIPT THREE", 0xB3},
    {"SUPERSCRIPT TWO", 0xB2},
    {"TAB", 0x9},
    {"TENGE SIGN", 0x20B8},
    {"THERE DOES NOT EXIST", 0x2204},
    {"THERE EXISTS", 0x2203},
    {"THUMBS UP SIGN", 0x1F44D},
    {"TILDE", 0x7E},
    {"TRADE MARK SIGN", 0x2122},
    {"TRIANGULAR BULLET", 0x2023},
    {"TRIPLE PRIME", 0x2034},
    {"TUGRIK SIGN", 0x20AE},
    {"TURKISH LIRA SIGN", 0x20BA},
    {"TWO DOT LEADER", 0x2025},
    {"UNION", 0x222A},
    {"UP DOWN ARROW", 0x2195},
    {"UPWARDS ARROW", 0x2191},
    {"VERTICAL LINE", 0x7C},
    {"VULGAR FRACTION ONE EIGHTH", 0x215B},
    {"VULGAR FRACTION ONE HALF", 0xBD},
    {"VULGAR FRACTION ONE QUARTER", 0xBC},
    {"VULGAR FRACTION ONE THIRD", 0x2153},
    {"VULGAR FRACTION THREE QUARTERS", 0xBE},
    {"VULGAR FRACTION TWO THIRDS", 0x2154},
    {"WHITE CIRCLE", 0x25CB},
    {"WHITE FROWNING FACE", 0x2639},
    {"WHITE SMILING FACE", 0x263A},
    {"WHITE SQUARE", 0x25A1},
    {"WHITE STAR", 0x2606},
    {"WINKING FACE", 0x1F609},
    {"WON SIGN", 0x20A9},
    {"YEN SIGN", 0xA5},
    {"ZERO WIDTH JOINER", 0x200D},
    {"ZERO WIDTH NO-BREAK SPACE", 0xFEFF},
    {"ZERO WIDTH NON-JOINER", 0x200C},
    {"ZERO WIDTH SPACE", 0x200B},
    {"ZWJ", 0x200D},
    {"ZWNJ", 0x200C},
    {"ZWSP", 0x200B},
};

void append_utf8(std::string& out, uint32_t cp) {
  // Lone surrogates (from \ud800 and the like) are kept with the generic
  // 3-byte form, as CPython's "surrogatepass" would.
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool lookup_name(std::string_view name, uint32_t& cp) {
  std::string upper(name);
  for (char& c : upper) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const NamedChar* end = kNames + sizeof kNames / sizeof kNames[0];
  const NamedChar* it = std::lower_bound(
      kNames, end, upper, [](const NamedChar& e, const std::string& n) { return e.name < n; });
  if (it == end || it->name != upper) return false;
  cp = it->cp;
  return true;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool is_octal(char c) { return c >= '0' && c <= '7'; }

// Length of the UTF-8 sequence that starts with lead byte `c` (>= 0x80).
size_t utf8_length(unsigned char c) {
  if (c >= 0xF0) return 4;
  if (c >= 0xE0) return 3;
  return 2;
}

std::string unicode_error(size_t start, size_t end, const char* reason) {
  char buf[160];
  std::snprintf(buf, sizeof buf,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position %zu-%zu: %s",
                start, end - 1, reason);
  return buf;
}

// Copies a run of ordinary characters, turning \r\n and \r into \n.
// Returns the index after the character consumed.
size_t copy_char(std::string_view body, size_t i, std::string& out) {
  if (body[i] == '\r') {
    out += '\n';
    return (i + 1 < body.size() && body[i + 1] == '\n') ? i + 2 : i + 1;
  }
  out += body[i];
  return i + 1;
}

}  // namespace

bool decode_escapes(std::string_view body, bool is_bytes, bool raw, std::string& out,
                    std::string& error) {
  if (is_bytes) {
    for (char c : body) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        error = "bytes can only contain ASCII literal characters";
        return false;
      }
    }
  }
  out.reserve(out.size() + body.size());
  size_t i = 0;
  size_t pos = 0;  // offset in CPython's rewritten buffer, for messages only
  const size_t n = body.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c != '\\' || raw) {
      if (c >= 0x80) {
        size_t len = std::min(utf8_length(c), n - i);
        out.append(body.substr(i, len));
        i += len;
        pos += 10;
      } else {
        i = copy_char(body, i, out);
        pos += 1;
      }
      continue;
    }
    const size_t start = pos;
    const size_t esc = i;
    if (i + 1 >= n || static_cast<unsigned char>(body[i + 1]) >= 0x80) {
      // A backslash at the end or before a non-ASCII character is literal.
      out += '\\';
      i += 1;
      pos += 6;
      continue;
    }
    char e = body[i + 1];
    i += 2;
    pos += 2;
    switch (e) {
      case '\n':
        break;
      case '\r':
        if (i < n && body[i] == '\n') {
          ++i;
          ++pos;
        }
        break;
      case '\\':
        out += '\\';
        break;
      case '\'':
        out += '\'';
        break;
      case '"':
        out += '"';
        break;
      case 'a':
        out += '\a';
        break;
      case 'b':
        out += '\b';
        break;
      case 'f':
        out += '\f';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 't':
        out += '\t';
        break;
      case 'v':
        out += '\v';
        break;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': {
        uint32_t v = static_cast<uint32_t>(e - '0');
        for (int k = 0; k < 2 && i < n && is_octal(body[i]); ++k, ++i, ++pos) {
          v = v * 8 + static_cast<uint32_t>(body[i] - '0');
        }
        if (is_bytes) {
          out += static_cast<char>(v & 0xFF);
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'x':
      case 'u':
      case 'U': {
        if (is_bytes && e != 'x') {
          out.append(body.substr(esc, 2));
          break;
        }
        int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
        uint32_t v = 0;
        int k = 0;
        for (; k < digits && i < n && hex_value(body[i]) >= 0; ++k, ++i, ++pos) {
          v = v * 16 + static_cast<uint32_t>(hex_value(body[i]));
        }
        if (k < digits) {
          if (is_bytes) {
            error = "(value error) invalid \\x escape at position " + std::to_string(esc);
          } else {
            error = unicode_error(start, pos,
                                  e == 'x'   ? "truncated \\xXX escape"
                                  : e == 'u' ? "truncated \\uXXXX escape"
                                             : "truncated \\UXXXXXXXX escape");
          }
          return false;
        }
        if (is_bytes) {
          out += static_cast<char>(v);
        } else if (v > 0x10FFFF) {
          error = unicode_error(start, pos, "illegal Unicode character");
          return false;
        } else {
          append_utf8(out, v);
        }
        break;
      }
      case 'N': {
        if (is_bytes) {
          out.append(body.substr(esc, 2));
          break;
        }
        const char* malformed = "malformed \\N character escape";
        if (i >= n || body[i] != '{') {
          error = unicode_error(start, pos, malformed);
          return false;
        }
        size_t close = body.find('}', i + 1);
        if (close == std::string_view::npos) {
          // CPython's offsets count the rest of the body, non-ASCII at 10.
          for (++i, ++pos; i < n; ++i) {
            unsigned char b = static_cast<unsigned char>(body[i]);
            if (b < 0x80) {
              pos += 1;
            } else if (b >= 0xC0) {
              pos += 10;
            }
          }
          error = unicode_error(start, pos, malformed);
          return false;
        }
        std::string_view name = body.substr(i + 1, close - i - 1);
        if (name.empty()) {
          error = unicode_error(start, pos + 1, malformed);
          return false;
        }
        pos += close - i + 1;
        i = close + 1;
        uint32_t cp;
        if (!lookup_name(name, cp)) {
          error = unicode_error(start, pos, "unknown Unicode character name");
          return false;
        }
        append_utf8(out, cp);
        break;
      }
      default:
        // Unknown escapes stay verbatim (CPython also warns; we do not).
        out += '\\';
        i = copy_char(body, i - 1, out);
        break;
    }
  }
  return true;
}

bool decode_string_token(std::string_view tok, DecodedString& out, std::string& error) {
  out = DecodedString{};
  size_t i = 0;
  for (; i < tok.size() && tok[i] != '\'' && tok[i] != '"'; ++i) {
    switch (tok[i]) {
      case 'b':
      case 'B':
        out.kind = DecodedString::Bytes;
        break;
      case 'f':
      case 'F':
        out.kind = DecodedString::FString;
        break;
      case 'r':
      case 'R':
        out.raw = true;
        break;
      case 'u':
      case 'U':
        break;
      default:
        error = "malformed string token";
        return false;
    }
  }
  size_t rest = tok.size() - i;
  if (rest < 2 || tok.back() != tok[i]) {
    error = "malformed string token";
    return false;
  }
  size_t q = (rest >= 6 && tok[i + 1] == tok[i] && tok[i + 2] == tok[i]) ? 3 : 1;
  std::string_view body = tok.substr(i + q, rest - 2 * q);
  if (out.kind == DecodedString::FString) {
    out.value.assign(body);
    return true;
  }
  return decode_escapes(body, out.kind == DecodedString::Bytes, out.raw, out.value, error);
}

}  // namespace gp::grammar
