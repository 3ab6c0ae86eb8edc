from _star_all import *
print(alpha, beta, _semi)
for name in ["gamma", "_hidden"]:
    print(name, name in globals())
import _star_all
print(_star_all.__all__, _star_all.gamma)
