import sys
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print(e.code)
try:
    sys.exit(None)
except SystemExit as e:
    print(e.code, e.args)
raise SystemExit("fatal: giving up")
