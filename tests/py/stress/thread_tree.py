# Threads creating threads: a binary tree six levels deep (127 threads), each
# recording its path; every parent joins its children.
import threading

seen = []
seen_lock = threading.Lock()


def node(path, depth):
    with seen_lock:
        seen.append(path)
    if depth == 0:
        return
    kids = [threading.Thread(target=node, args=(path + side, depth - 1)) for side in "LR"]
    for k in kids:
        k.start()
    for k in kids:
        k.join()


root = threading.Thread(target=node, args=("", 6))
root.start()
root.join()
print(len(seen), len(set(seen)))
print(sorted(seen, key=lambda p: (len(p), p))[:7])
print(threading.active_count())
