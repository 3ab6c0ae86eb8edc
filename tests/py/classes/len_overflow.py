class Big:
    def __len__(self): return 2 ** 70
try:
    len(Big())
except OverflowError as e:
    print("OverflowError:", e)
