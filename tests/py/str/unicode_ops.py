s = "Grüße, 世界! 🎉"
print(len(s), s.upper(), s.lower(), s[7:9], s[-1], s.find("世"), s.encode("utf-8"))
print(list("日本"), "日本".encode(), b"\xe6\x97\xa5".decode("utf-8"), "naïve"[2])
print(repr("\u00e9\u4e16"), "é".isalpha(), "世".isalpha(), "ß".upper())
print(sorted("ébcà"), "e\u0301" == "é", len("e\u0301"))
print("x".center(5, "·"), "🎉" * 3, ord("🎉"), chr(127881))
