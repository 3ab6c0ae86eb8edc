print("start _circ_b")
import _circ_a
def b_func():
    return "b_func with " + _circ_a.A_CONST
print("end _circ_b, _circ_a has A_CONST:", hasattr(_circ_a, "A_CONST"))
