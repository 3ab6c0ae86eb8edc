import os as _os
one = 1
two = 2
_secret = 3
def helper():
    return "helper"
