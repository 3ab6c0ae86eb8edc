from _star_noall import *
print(one, two, helper())
print("_secret" in globals(), "_os" in globals())
