print("_broken starts")
import _definitely_not_a_module_xyz
