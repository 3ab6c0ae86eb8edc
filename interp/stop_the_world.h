// Stop-the-world: pausing every other Python thread at a safe point, for
// work that must see no thread running Python code (the future cycle
// collector, fork, global changes of the free-threaded build).
//
// Each thread state has a status: Attached while the thread may touch
// Python objects (it holds the GIL, when there is one), Detached while it is
// in a blocking call or waiting for the GIL, and Suspended while the world
// is stopped. gil_take/gil_drop attach and detach (with or without the
// GIL). A stopper sets kBreakStopWorld on the eval breaker, moves every
// detached thread to Suspended (so it cannot attach until the world
// restarts) and waits until every attached thread has parked itself at its
// next switch point. Under the GIL the stopper already excludes all others
// from Python code; the mechanism then only fences detached threads, and it
// is what lets the free-threaded build do the same without a GIL.
//
// Inside a stopped world the stopper must not release the GIL or detach
// (no blocking calls): a thread suspended while waiting for the GIL gives
// it back and waits, but the stopper holds the only right to run.
#pragma once

namespace gp {

struct ThreadState;

enum ThreadStatus : int { kDetached = 0, kAttached = 1, kSuspended = 2 };

// Marks `ts` attached; false if the world is stopped (the caller must give
// up the GIL, call thread_wait_until_resumed and try again).
bool thread_try_attach(ThreadState* ts);
void thread_wait_until_resumed(ThreadState* ts);
void thread_detach(ThreadState* ts);

// The eval breaker's answer to kBreakStopWorld: parks the calling thread
// until the world restarts (a no-op for the stopper itself).
void thread_park_if_stopping(ThreadState* ts);

// Stops every other thread for the guard's lifetime. The caller is attached.
class WorldStopped {
 public:
  WorldStopped();
  ~WorldStopped();
  WorldStopped(const WorldStopped&) = delete;
  WorldStopped& operator=(const WorldStopped&) = delete;
};

}  // namespace gp
