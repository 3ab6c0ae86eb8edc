x = 1
class K:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
print(sorted(k for k in vars(K) if not k.startswith('__')))
