print(r"\d+", R"\n", u"unicode", U"U", b"b", B"B", br"\x", Rb"\y", f"{1+1}", F"{'F'}", rf"\t{2}", fR"{3}\n")
print("a" 'b' """c""" '''d''')
print("con" f"cat{1}" "enation")
print("backslash \
continues")
print("\'", '\"', "\\", "\a\b\f\v" == "\x07\x08\x0c\x0b")
