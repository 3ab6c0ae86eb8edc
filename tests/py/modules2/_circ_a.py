print("start _circ_a")
import _circ_b
def a_func():
    return "a_func sees " + _circ_b.b_func()
A_CONST = "A"
print("end _circ_a")
