class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return "%s:%s" % (self.kind, self.value)
class CalcError(Exception):
    pass
class Lexer:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        i, t = 0, self.text
        while i < len(t):
            c = t[i]
            if c.isspace():
                i += 1
            elif c.isdigit() or c == ".":
                j = i
                while j < len(t) and (t[j].isdigit() or t[j] == "."):
                    j += 1
                yield Token("NUM", float(t[i:j]) if "." in t[i:j] else int(t[i:j]))
                i = j
            elif c in "+-*/()^":
                yield Token("OP", c)
                i += 1
            else:
                raise CalcError("bad character %r at %d" % (c, i))
        yield Token("END", None)
class Parser:
    def __init__(self, text):
        self.tokens = list(Lexer(text))
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos]
    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok
    def parse(self):
        v = self.expr()
        if self.peek().kind != "END":
            raise CalcError("unexpected " + repr(self.peek()))
        return v
    def expr(self):
        v = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            v = v + self.term() if op == "+" else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek().value in ("*", "/"):
            op = self.take().value
            rhs = self.factor()
            if op == "/" and rhs == 0:
                raise CalcError("division by zero")
            v = v * rhs if op == "*" else v / rhs
        return v
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        tok = self.take()
        if tok.kind == "NUM":
            return tok.value
        if tok.value == "(":
            v = self.expr()
            if self.take().value != ")":
                raise CalcError("expected )")
            return v
        raise CalcError("unexpected " + repr(tok))
print(list(Lexer("3 + 4.5*(2)")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 / 4", "2 * (3 + 4) - -1", "1 / 0", "2 +", "4 $ 4", "((2)", "7 - 2 - 1"]:
    try:
        print(src, "=", Parser(src).parse())
    except CalcError as e:
        print(src, "-> error:", e)
