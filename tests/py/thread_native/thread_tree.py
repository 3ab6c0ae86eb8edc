# Threads that start threads: a tree of depth 4 and fan-out 3 (121 threads
# in all), each node reporting to its parent through a lock once its whole
# subtree has finished.
import _thread

record = _thread.allocate_lock()
visited = []

def node(path, depth, parent_done):
    with record:
        visited.append(path)
    if depth:
        child_locks = []
        for i in range(3):
            child_done = _thread.allocate_lock()
            child_done.acquire()
            child_locks.append(child_done)
            _thread.start_new_thread(node, (path + str(i), depth - 1, child_done))
        for child_done in child_locks:
            child_done.acquire()
    parent_done.release()

root_done = _thread.allocate_lock()
root_done.acquire()
_thread.start_new_thread(node, ("r", 4, root_done))
root_done.acquire()
print(len(visited), len(set(visited)))
print(sorted(visited)[:5], sorted(visited)[-1])
