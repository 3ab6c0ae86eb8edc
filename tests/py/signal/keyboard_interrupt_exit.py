# An unhandled KeyboardInterrupt ends the process by SIGINT, after the
# traceback and after stdout is flushed.
print("before")
raise KeyboardInterrupt("stop")
