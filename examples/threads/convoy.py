# The convoy effect: a thread that makes short blocking calls in a loop
# (here 0.1 ms sleeps, standing in for small reads) beside a CPU-bound
# thread. On CPython 3.11 every call ends with a wait of a whole switch
# interval for the GIL, so the loop keeps about 5% of its rate; gilpy's
# returning thread asks the holder to drop at its next switch point and
# keeps most of it. Prints the calls made in 0.5 s alone and beside the
# spinning thread, and the share kept.
import threading
import time


def calls_in(seconds):
    n = 0
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        time.sleep(0.0001)
        n += 1
    return n


def spin(stop):
    x = 0
    while not stop:
        x += 1


alone = calls_in(0.5)
stop = []
spinner = threading.Thread(target=spin, args=(stop,))
spinner.start()
beside = calls_in(0.5)
stop.append(True)
spinner.join()
print(f"calls alone: {alone}, beside a CPU-bound thread: {beside}, share kept: {beside / alone:.2f}")
