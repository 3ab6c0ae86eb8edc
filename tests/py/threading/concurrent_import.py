# Threads importing a module whose body another thread is still running wait
# for it to finish instead of seeing it half initialised; two threads that
# import each other's modules do not deadlock.
import threading

seen = []


def use_slow():
    import _slow_body

    seen.append(hasattr(_slow_body, "last"))


threads = [threading.Thread(target=use_slow) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(seen)

threads = [threading.Thread(target=__import__, args=(n,)) for n in ("_cross_a", "_cross_b")]
for t in threads:
    t.start()
for t in threads:
    t.join(10)
print([t.is_alive() for t in threads])
import _cross_a
import _cross_b

print(_cross_a.A, _cross_b.B)
