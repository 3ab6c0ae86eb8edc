print(0x1F, 0o17, 0b1010, 1_000_000, 0xdead_beef)
print(1.5e3, 1_0.0_1, .5, 5., 1e-3, 0e0)
print('single', "double", '''triple
line''', """dq
triple""")
print(r"raw\n", b"bytes", rb"raw\bytes", "esc\tape\n".strip())
print("\x41\u00e9\U0001F600", "\101", "\N{BULLET}")
print("implicit" " concat" ' works')
print(None, True, False, ...)
