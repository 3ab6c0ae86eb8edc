import sys
def main():
    try:
        print("working")
        sys.exit(4)
    finally:
        print("cleanup runs")
try:
    main()
except Exception:
    print("not an Exception subclass")
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
main()
