from _circ_d import D_VALUE
C_VALUE = "c"
