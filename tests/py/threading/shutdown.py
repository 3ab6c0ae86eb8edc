# At exit the interpreter waits for non-daemon threads (threading._shutdown):
# a thread joining the main thread runs after the main module ends; idle
# ThreadPoolExecutor workers are stopped; daemon threads are not waited for.
import threading
from concurrent.futures import ThreadPoolExecutor


def after_main():
    threading.main_thread().join()
    print("main thread finished:", not threading.main_thread().is_alive())


t = threading.Thread(target=after_main)
t.start()
threading.Thread(target=threading.Event().wait, daemon=True).start()
pool = ThreadPoolExecutor(2)
print(pool.submit(pow, 2, 10).result())
print("main done", t.is_alive())
