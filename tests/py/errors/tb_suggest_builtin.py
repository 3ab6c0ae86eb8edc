# A misspelt builtin at module level; a name with nothing close gets no
# suggestion when caught and printed.
try:
    undefined_thing_xyz
except NameError as e:
    print(repr(e), e.name)
values = [3, 1, 2]
print(sortd(values))
