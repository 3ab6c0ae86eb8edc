print("test __name__:", __name__)
import _main_check
print(_main_check.__name__)
if __name__ == "__main__":
    print("running as main")
import sys
print(sys.modules["__main__"].__name__, "main_name" in sys.modules)
