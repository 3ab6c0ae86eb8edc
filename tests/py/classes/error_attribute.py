class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
t = Thing()
for name in ["inst", "cls_attr", "missing"]:
    try:
        print(name, getattr(t, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Thing.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Thing.inst
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
