import _circ_a
print(_circ_a.a_func())
import _circ_b
print(_circ_b.b_func())
