# AttributeError carries .name and .obj; the traceback suggests the closest
# name from dir(obj): instance, class and module attributes, case flips.
import math


class Account:
    interest_rate = 0.5

    def __init__(self):
        self.balance = 10


a = Account()
for expr in ["a.Balance", "Account.interest_rat", "math.sqr", "a.zzzz"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(e, "|", e.name, type(e.obj).__name__)
print(hasattr(a, "balanse"), getattr(a, "balanse", "default"))
print(a.Balance)
