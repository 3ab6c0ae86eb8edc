# Imported by concurrent_import.py together with _cross_b, from two threads.
import time

time.sleep(0.05)
import _cross_b

A = 1
