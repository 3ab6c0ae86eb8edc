# Imported by concurrent_import.py: its body gives up the GIL midway.
import time

first = 1
for _ in range(3):
    time.sleep(0.02)
last = 2
