def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


import string
t(lambda: (string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase))
t(lambda: (string.digits, string.hexdigits, string.octdigits))
t(lambda: (string.punctuation, string.whitespace))
t(lambda: string.printable)
t(lambda: string.capwords('  hello   world  foo'))
t(lambda: string.capwords('a-b-c', '-'))
t(lambda: string.capwords("they're bill's friends"))
