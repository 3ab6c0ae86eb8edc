print(0, 00, 0_0, 0x0, 1_2_3, 0b1_0, 0o7_7, 0XFF, 0B11, 0O17)
print(1., 1.e1, 1e+2, 1E-2, 3.14_15, 1_0e1_0)
print(1 if 1 else 0)
print(0xff+1, 1_000 * 2)
