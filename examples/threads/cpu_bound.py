# Shows: more threads do not mean more CPU throughput. The article's
# cpu_bound(n) runs on 4 chunks one after the other, then on 4 threads at
# once. Only the thread holding the GIL runs bytecode, so the threads take
# turns (every 5 ms switch interval the waiter asks the holder to drop it)
# and the threaded run takes about as long as the serial one.
# Each way runs 3 times and the fastest counts, to damp a busy machine.
# Prints: both wall times and their ratio, about 1.0 under the GIL.
# Try `gilpy -X gilstats examples/threads/cpu_bound.py` to see the turns.
import threading

from _timing import start_and_join, timed


def cpu_bound(n):
    return sum(i * i for i in range(n))


CHUNKS = [1_000_000] * 4
serial_s, serial = timed(lambda: [cpu_bound(n) for n in CHUNKS], repeat=3)

threaded = [None] * len(CHUNKS)


def work(k):
    threaded[k] = cpu_bound(CHUNKS[k])


threaded_s, _ = timed(lambda: start_and_join([
    threading.Thread(target=work, args=(k,), name=f"cpu-{k}") for k in range(len(CHUNKS))]),
    repeat=3)
assert threaded == serial
print(f"serial, 4 chunks:  {serial_s:.3f} s")
print(f"4 threads:         {threaded_s:.3f} s")
print(f"threads / serial:  {threaded_s / serial_s:.2f}  (about 1.0: one thread runs bytecode at a time)")
