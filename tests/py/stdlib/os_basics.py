import os
print(type(os.getpid()).__name__, os.getpid() > 0, type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(os.environ.get("GILPY_TEST_SURELY_UNSET_VAR"), os.environ.get("GILPY_TEST_SURELY_UNSET_VAR", "fallback"))
print(os.environ.get("PYTHONIOENCODING"), "PYTHONHASHSEED" in os.environ, os.getenv("GILPY_TEST_SURELY_UNSET_VAR", "dflt"))
os.environ["GILPY_TEST_SET_VAR"] = "v1"
print(os.environ["GILPY_TEST_SET_VAR"], os.getenv("GILPY_TEST_SET_VAR"))
print(os.sep, os.name, os.curdir, os.pardir, repr(os.linesep))
print(type(os.getcwd()).__name__, os.path.isabs(os.getcwd()))
try:
    os.environ["GILPY_TEST_SURELY_UNSET_VAR"]
except KeyError as e:
    print("KeyError:", e)
