for s in ["hello world", "HELLO", "ß straße", "they're bill's", "ǅungla", "mIxEd CaSe 123", ""]:
    print(repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()), repr(s.upper()), repr(s.lower()))
print("Hello World".istitle(), "Hello world".istitle(), "ABC".isupper(), "abc1".islower(), "123".isupper())
print("ß".casefold() == "ss", "Straße".casefold() == "STRASSE".casefold())
