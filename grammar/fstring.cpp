// f-string bodies -> Constant and FormattedValue parts (see fstring.h).
//
// The scan follows CPython 3.11's fstring_find_literal/fstring_find_expr:
// an expression ends at a top-level '!', ':', '=' or '}' that is not part
// of `!=`, `==`, `<=`, `>=`, with brackets and quoted strings skipped; a
// format spec is itself f-string text, parsed recursively (at most two
// levels deep, CPython's limit). Literal text is collected undecoded and
// decoded once per run, so escapes are handled by the one decoder the
// lexer's string literals use.
#include "grammar/fstring.h"

#include <string>

#include "grammar/parser.tab.hh"
#include "grammar/string_literal.h"

namespace gp::grammar {

namespace {

class FStringScanner {
 public:
  FStringScanner(ParseContext& ctx, std::string_view s, bool raw, Loc start, Loc token_end)
      : ctx_(ctx), s_(s), raw_(raw), start_(start), token_end_(token_end) {}

  // Literal text and fields up to the end of the body, or up to the '}'
  // closing a format spec when `in_spec`.
  bool parts(size_t& i, bool in_spec, int depth, std::vector<ast::Expr*>& out) {
    std::string lit;
    size_t lit_start = i;
    while (i < s_.size()) {
      char c = s_[i];
      bool doubled = i + 1 < s_.size() && s_[i + 1] == c;
      if (c == '{' && doubled && !in_spec) {
        lit += '{';
        i += 2;
      } else if (c == '{') {
        if (!flush(lit, lit_start, out)) return false;
        if (!field(i, depth, out)) return false;
        lit_start = i;
      } else if (c == '}' && in_spec) {
        break;
      } else if (c == '}' && doubled) {
        lit += '}';
        i += 2;
      } else if (c == '}') {
        return error("f-string: single '}' is not allowed");
      } else if (c == '\\' && !raw_ && i + 1 < s_.size()) {
        // Kept for the decoder; `\N{NAME}` must not open a field.
        size_t end = i + 2;
        if (s_[i + 1] == 'N' && end < s_.size() && s_[end] == '{') {
          end = s_.find('}', end);
          end = end == std::string_view::npos ? s_.size() : end + 1;
        }
        lit.append(s_.substr(i, end - i));
        i = end;
      } else {
        lit += c;
        ++i;
      }
    }
    return flush(lit, lit_start, out);
  }

 private:
  bool flush(std::string& lit, size_t at, std::vector<ast::Expr*>& out) {
    if (lit.empty()) return true;
    std::string decoded, err;
    if (!decode_escapes(lit, false, raw_, decoded, err)) return error(err);
    append_text(ctx_, out, decoded, loc(at));
    lit.clear();
    return true;
  }

  // One replacement field; s_[i] is its '{'. Leaves i after the '}'.
  bool field(size_t& i, int depth, std::vector<ast::Expr*>& out) {
    if (depth >= 2) return error("f-string: expressions nested too deeply");
    size_t expr_start = ++i;
    std::string brackets;
    char quote = 0;
    size_t quote_len = 0;
    for (; i < s_.size(); ++i) {
      char c = s_[i];
      if (c == '\\') return error("f-string expression part cannot include a backslash");
      if (quote) {
        if (c == quote && s_.compare(i, quote_len, std::string(quote_len, quote)) == 0) {
          i += quote_len - 1;
          quote = 0;
        }
        continue;
      }
      if (c == '\'' || c == '"') {
        quote = c;
        quote_len = s_.compare(i, 3, std::string(3, c)) == 0 ? 3 : 1;
        i += quote_len - 1;
        continue;
      }
      if (c == '(' || c == '[' || c == '{') {
        brackets += c;
        continue;
      }
      if (c == ')' || c == ']' || (c == '}' && !brackets.empty())) {
        if (brackets.empty()) return error(std::string("f-string: unmatched '") + c + "'");
        char open = brackets.back();
        if ((open == '(') != (c == ')') || (open == '[') != (c == ']')) {
          return error(std::string("f-string: closing parenthesis '") + c +
                       "' does not match opening parenthesis '" + open + "'");
        }
        brackets.pop_back();
        continue;
      }
      if (c == '#') return error("f-string expression part cannot include '#'");
      if (!brackets.empty()) continue;
      bool two_char =
          i + 1 < s_.size() && s_[i + 1] == '=' && (c == '!' || c == '=' || c == '<' || c == '>');
      if (two_char) {
        ++i;
        continue;
      }
      if (c == '!' || c == ':' || c == '=' || c == '}') break;
    }
    if (quote) return error("f-string: unterminated string");
    if (i >= s_.size()) return error("f-string: expecting '}'");

    std::string_view text = s_.substr(expr_start, i - expr_start);
    if (text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos) {
      return error("f-string: empty expression not allowed");
    }
    Loc at = loc(expr_start);
    ast::Expr* value = ctx_.subexpression(text, at.line, at.col);
    if (!value) return false;

    size_t doc_end = 0;  // `{x=}`: the text up to '=' and the blanks after
    if (s_[i] == '=') {
      doc_end = ++i;
      while (doc_end < s_.size() && (s_[doc_end] == ' ' || s_[doc_end] == '\t')) ++doc_end;
      i = doc_end;
    }
    int conversion = -1;
    if (i < s_.size() && s_[i] == '!') {
      if (++i >= s_.size()) return error("f-string: expecting '}'");
      conversion = s_[i];
      if (conversion != 's' && conversion != 'r' && conversion != 'a') {
        return error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      ++i;
    }
    ast::JoinedStr* spec = nullptr;
    if (i < s_.size() && s_[i] == ':') {
      spec = ctx_.make<ast::JoinedStr>(loc(i));
      if (!parts(++i, true, depth + 1, spec->values)) return false;
    }
    if (i >= s_.size() || s_[i] != '}') return error("f-string: expecting '}'");
    ++i;

    if (doc_end) {
      append_text(ctx_, out, s_.substr(expr_start, doc_end - expr_start), at);
      if (conversion == -1 && !spec) conversion = 'r';
    }
    auto* fv = ctx_.make<ast::FormattedValue>(value->loc);
    fv->value = value;
    fv->conversion = conversion;
    fv->format_spec = spec;
    out.push_back(fv);
    return true;
  }

  // Source position of body offset `i` (bodies of triple-quoted strings may
  // span lines).
  Loc loc(size_t i) const {
    Loc l{start_.line, start_.col, 0, 0};
    for (size_t k = 0; k < i && k < s_.size(); ++k) {
      if (s_[k] == '\n') {
        ++l.line;
        l.col = 0;
      } else {
        ++l.col;
      }
    }
    l.end_line = l.line;
    l.end_col = l.col + 1;
    return l;
  }

  bool error(const std::string& msg) { return ctx_.fail(msg, token_end_); }

  ParseContext& ctx_;
  std::string_view s_;
  bool raw_;
  Loc start_;
  Loc token_end_;
};

}  // namespace

void append_text(ParseContext& ctx, std::vector<ast::Expr*>& out, std::string_view text,
                 const Loc& loc) {
  if (text.empty()) return;
  if (!out.empty() && out.back()->kind == ast::ExprKind::Constant) {
    auto* prev = static_cast<ast::Constant*>(out.back());
    prev->text += text;
    prev->loc.end_line = loc.end_line;
    prev->loc.end_col = loc.end_col;
    return;
  }
  auto* c = ctx.make<ast::Constant>(loc);
  c->ckind = ast::ConstKind::Str;
  c->text = text;
  out.push_back(c);
}

bool parse_fstring(ParseContext& ctx, std::string_view body, bool raw, Loc body_start,
                   Loc token_end, std::vector<ast::Expr*>& out) {
  size_t i = 0;
  return FStringScanner(ctx, body, raw, body_start, token_end).parts(i, false, 0, out);
}

}  // namespace gp::grammar
