import threading
counter = 0
def increment():
    global counter
    for _ in range(1_000_000):
        counter += 1
threads = [threading.Thread(target=increment) for _ in range(4)]
[t.start() for t in threads]
[t.join() for t in threads]
print(counter)
