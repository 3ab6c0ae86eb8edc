# Traceback of subscripting an instance without __getitem__.
class Thing:
    pass


t = Thing()
t[0]
