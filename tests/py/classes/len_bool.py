class Box:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
print(len(Box(3)), bool(Box(0)), bool(Box(2)))
print(bool(Flag(True)), bool(Flag(False)), "yes" if Flag(True) else "no")
print(not Box(0), Flag(False) or "alt", Flag(True) and "both")
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Both()))
class Plain: pass
print(bool(Plain()))
try:
    len(Plain())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
