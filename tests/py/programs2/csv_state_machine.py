class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__("line %d, col %d: %s" % (line, col, msg))
        self.line, self.col = line, col
class CSVReader:
    START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED = range(4)
    def __init__(self, text, delim=","):
        self.text, self.delim = text, delim
    def __iter__(self):
        for lineno, line in enumerate(self.text.splitlines(), 1):
            yield self.parse_line(line, lineno)
    def parse_line(self, line, lineno):
        fields, cur, state = [], [], self.START
        for col, ch in enumerate(line, 1):
            if state in (self.START, self.UNQUOTED):
                if ch == self.delim:
                    fields.append("".join(cur)); cur = []; state = self.START
                elif ch == '"' and state == self.START:
                    state = self.QUOTED
                elif ch == '"':
                    raise ParseError(lineno, col, "quote in unquoted field")
                else:
                    cur.append(ch); state = self.UNQUOTED
            elif state == self.QUOTED:
                if ch == '"':
                    state = self.QUOTE_IN_QUOTED
                else:
                    cur.append(ch)
            else:
                if ch == '"':
                    cur.append('"'); state = self.QUOTED
                elif ch == self.delim:
                    fields.append("".join(cur)); cur = []; state = self.START
                else:
                    raise ParseError(lineno, col, "garbage after quote")
        if state == self.QUOTED:
            raise ParseError(lineno, len(line), "unterminated quote")
        fields.append("".join(cur))
        return fields
good = 'name,qty,note\nwidget,3,"has, comma"\n"say ""hi""",0,\n,,'
rows = list(CSVReader(good))
for r in rows:
    print(r)
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records[0], sum(int(r["qty"] or 0) for r in records))
for bad in ['a,b"c', '"open', '"x"y,z', 'ok\n"fine",\n"bad']:
    try:
        list(CSVReader(bad))
    except ParseError as e:
        print("ParseError:", e, (e.line, e.col))
print(list(CSVReader("a;b;c", ";")))
