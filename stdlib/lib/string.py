"""String constants, capwords, and $-substitution with Template.

CPython's Template matches placeholders with a regular expression; gilpy has
no `re` yet, so Template scans the text by hand with the same rules: `$$` is
a literal `$`, `$name` and `${name}` are placeholders whose names are ASCII
identifiers, and any other `$` is an invalid placeholder. A subclass may
change `delimiter`; changing `idpattern`, `braceidpattern`, `flags` or
`pattern` needs `re` and raises NotImplementedError.

Not provided: Formatter.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Template"]

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s on sep, capitalizes each word, joins them with sep (or a space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


_ID_START = frozenset(ascii_letters + '_')
_ID_CHARS = frozenset(ascii_letters + digits + '_')
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


def _identifier_end(text, i):
    """The end of the identifier starting at text[i], or i when there is none."""
    if i >= len(text) or text[i] not in _ID_START:
        return i
    j = i + 1
    while j < len(text) and text[j] in _ID_CHARS:
        j += 1
    return j


class Template:
    """A string with $-placeholders: Template('$who likes $what')."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (kind, start, end, name) for each placeholder, in order.

        kind is 'escaped', 'named', 'braced' or 'invalid'; start and end
        bound the placeholder's text; for 'invalid', end is where the
        invalid part begins (just after the delimiter).
        """
        cls = type(self)
        if (cls.idpattern != _DEFAULT_IDPATTERN or cls.braceidpattern is not None
                or getattr(cls, 'pattern', None) is not None
                or getattr(cls, 'flags', None) is not None):
            raise NotImplementedError(
                'Template subclasses with their own idpattern, braceidpattern, '
                'flags or pattern need the re module, which gilpy lacks')
        text = self.template
        delim = self.delimiter
        n = len(delim)
        i = text.find(delim)
        while i >= 0:
            after = i + n
            if text.startswith(delim, after):
                yield 'escaped', i, after + n, None
                i = text.find(delim, after + n)
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield 'named', i, end, text[after:end]
                i = text.find(delim, end)
                continue
            if after < len(text) and text[after] == '{':
                end = _identifier_end(text, after + 1)
                if end > after + 1 and end < len(text) and text[end] == '}':
                    yield 'braced', i, end + 1, text[after + 1:end]
                    i = text.find(delim, end + 1)
                    continue
            yield 'invalid', i, after, None
            i = text.find(delim, after)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _substitute(self, mapping, kws, safe):
        def lookup(name):
            if kws and name in kws:
                return kws[name]
            return mapping[name]

        text = self.template
        pieces = []
        pos = 0
        for kind, start, end, name in self._scan():
            pieces.append(text[pos:start])
            pos = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(end)
                pieces.append(self.delimiter)
            elif safe:
                try:
                    pieces.append(str(lookup(name)))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append(str(lookup(name)))
        pieces.append(text[pos:])
        return ''.join(pieces)

    def substitute(self, mapping={}, /, **kws):
        """The template with placeholders filled; KeyError for a missing name."""
        return self._substitute(mapping, kws, False)

    def safe_substitute(self, mapping={}, /, **kws):
        """Like substitute, but leaves missing or invalid placeholders as they are."""
        return self._substitute(mapping, kws, True)

    def is_valid(self):
        return all(kind != 'invalid' for kind, _, _, _ in self._scan())

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids
