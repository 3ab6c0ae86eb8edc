def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import keyword
t(lambda: [keyword.iskeyword(w) for w in ('class', 'match', 'True', 'print', 'async')])
t(lambda: [keyword.issoftkeyword(w) for w in ('match', 'case', '_', 'if')])
t(lambda: len(keyword.kwlist))
t(lambda: keyword.kwlist[:5])
