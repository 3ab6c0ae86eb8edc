import helper_mod
from helper_mod import double, CONSTANT as C
import helper_mod as hm
print(helper_mod.double(21), double(2), C, hm is helper_mod, helper_mod.__name__)
print(helper_mod.counter(), helper_mod.counter())
import helper_mod
print(helper_mod.calls)
