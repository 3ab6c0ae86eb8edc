import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() - t0 >= 0.009, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(type(time.time()), type(time.time_ns()), type(time.perf_counter_ns()))
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
