# Imported by concurrent_import.py together with _cross_a, from two threads.
import time

time.sleep(0.05)
import _cross_a

B = 1
