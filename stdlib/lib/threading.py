"""Thread objects and synchronisation primitives, built on _thread.

How it works. _thread gives OS threads, plain locks and a native RLock; the
rest is Python here:

- Every running Thread is in `_active` (ident -> Thread), entered by the
  thread's own bootstrap; between start() and that moment it sits in
  `_limbo`. Threads that _thread started directly get a _DummyThread the
  first time they ask current_thread().
- Joining waits on a per-thread "running" lock: start() takes it before the
  OS thread exists and the bootstrap releases it as its last act, after
  leaving `_active`. join(timeout) is then one lock acquire, which releases
  the GIL and is interruptible by Ctrl-C.
- Condition parks each waiter on a fresh locked lock and releases the
  underlying lock through _release_save/_acquire_restore, so an RLock held
  several times is fully released while waiting and restored afterwards.
  Semaphore, Event and Barrier are small state machines on a Condition.
- At exit the interpreter calls _shutdown(), which runs the hooks registered
  with _register_atexit (concurrent.futures stops its workers there) and
  then joins every non-daemon thread.
"""

import sys as _sys
import _thread
from collections import deque as _deque
from itertools import count as _count
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock',
           'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'local',
           'stack_size', 'excepthook', 'ExceptHookArgs', 'get_native_id']

_start_new_thread = _thread.start_new_thread
_allocate_lock = _thread.allocate_lock
_set_name = _thread._set_name
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
local = _thread._local

Lock = _allocate_lock
RLock = _thread.RLock


class Condition:
    """Lets threads wait until another one notifies them, under a lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # A plain lock lacks these; the generic versions below serve it.
        for name in ('_release_save', '_acquire_restore', '_is_owned'):
            method = getattr(lock, name, None)
            if method is not None:
                setattr(self, name, method)
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        # A plain lock has no owner: if we can take it, nobody held it.
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        state = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = waiter.acquire()
            elif timeout > 0:
                woken = waiter.acquire(True, timeout)
            else:
                woken = waiter.acquire(False)
            return woken
        finally:
            self._acquire_restore(state)
            if not woken:
                # Timed out (or interrupted): nobody will notify us now.
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else _time() + timeout
        result = predicate()
        while not result:
            remaining = None
            if deadline is not None:
                remaining = deadline - _time()
                if remaining <= 0:
                    break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiters.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore:
    """A counter that acquire() decrements, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s at %#x: value=%s>" % (_qualname(self), id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None if timeout is None else _time() + timeout
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                remaining = None
                if deadline is not None:
                    remaining = deadline - _time()
                    if remaining <= 0:
                        return False
                self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_release(n)
            self._value += n
            self._cond.notify(n)

    def _check_release(self, n):
        pass

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore whose value may never exceed its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        return "<%s at %#x: value=%s/%s>" % (_qualname(self), id(self),
                                             self._value, self._initial_value)

    def _check_release(self, n):
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")


class Event:
    """A flag that threads can wait on until another thread sets it."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return "<%s at %#x: %s>" % (_qualname(self), id(self),
                                    "set" if self._flag else "unset")

    def is_set(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            return self._flag or self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states. A barrier fills until `parties` threads wait, then drains
# (every waiter leaves) before it can fill again; reset() and abort() move it
# to resetting/broken, which the waiters still inside see and act on.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Makes `parties` threads wait until all of them have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0  # threads currently inside wait()

    def __repr__(self):
        if self.broken:
            return "<%s at %#x: broken>" % (_qualname(self), id(self))
        return "<%s at %#x: waiters=%d/%d>" % (_qualname(self), id(self),
                                               self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # A previous round still draining or resetting: wait it out.
            while self._state in (_DRAINING, _RESETTING):
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    self._trip()
                else:
                    self._wait_for_trip(timeout)
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in (_DRAINING, _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._state = _DRAINING
        self._cond.notify_all()

    def _wait_for_trip(self, timeout):
        if not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state in (_FILLING, _BROKEN):
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


def _qualname(obj):
    cls = type(obj)
    return "%s.%s" % (cls.__module__, cls.__qualname__)


_counter = _count(1).__next__
_active_limbo_lock = _allocate_lock()
_active = {}  # ident -> Thread, for threads that are running
_limbo = {}   # Thread -> Thread, started but not yet running
_threading_atexits = []
_SHUTTING_DOWN = False


def _newname(template):
    return template % _counter()


class ExceptHookArgs(tuple):
    """What threading.excepthook receives: exc_type, exc_value,
    exc_traceback and thread."""

    __slots__ = ()

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(seq))
        return tuple.__new__(cls, seq)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, "
                "exc_traceback=%r, thread=%r)" % tuple(self))


def excepthook(args, /):
    """Prints an exception that escaped a thread's run(), as CPython does."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None and args.thread is not None:
        stderr = args.thread._stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    stderr.flush()
    _print_exception(args.exc_type, args.exc_value, args.exc_traceback, stderr)


def _print_exception(exc_type, exc, tb, file):
    """Prints an exception and its traceback as if uncaught, on `file`."""
    if file is _sys.stderr:
        _sys.__excepthook__(exc_type, exc, tb)
    else:
        saved, _sys.stderr = _sys.stderr, file
        try:
            _sys.__excepthook__(exc_type, exc, tb)
        finally:
            _sys.stderr = saved
    file.flush()


__excepthook__ = excepthook


class Thread:
    """A thread of control: run() (by default the target) on an OS thread."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._running = None  # held from start() until the thread ends
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive()  # notices a thread that has just finished
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set() or self._running is not None:
            raise RuntimeError("threads can only be started once")
        running = _allocate_lock()
        running.acquire()
        self._running = running
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                del _limbo[self]
            self._running = None
            raise
        self._started.wait()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Drop the references so a finished Thread does not keep the
            # target's arguments alive.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        _set_name(self._name)
        try:
            self._ident = get_ident()
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[self._ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook()
        finally:
            with _active_limbo_lock:
                _active.pop(self._ident, None)
            self._running.release()

    def _adopt_current_thread(self):
        # For the threads that threading did not start: main and dummies.
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _set_name(self._name)
        with _active_limbo_lock:
            _active[self._ident] = self

    def _invoke_excepthook(self):
        exc_type, exc_value, exc_tb = _sys.exc_info()
        try:
            excepthook(ExceptHookArgs((exc_type, exc_value, exc_tb, self)))
        except BaseException as hook_exc:
            hook_exc.__suppress_context__ = True
            stderr = _sys.stderr if _sys.stderr is not None else self._stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.flush()
                _print_exception(type(hook_exc), hook_exc,
                                 hook_exc.__traceback__, stderr)

    def _wait_until_stopped(self, timeout):
        # timeout -1 blocks; 0 only polls.
        running = self._running
        if running is None:
            return
        if not (running.acquire(False) if timeout == 0 else running.acquire(True, timeout)):
            return
        running.release()
        self._is_stopped = True

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is None:
            self._wait_until_stopped(-1)
        else:
            self._wait_until_stopped(max(timeout, 0))

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        self._wait_until_stopped(0)
        return not self._is_stopped

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and self._ident == get_ident():
            _set_name(self._name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic


class Timer(Thread):
    """Calls function(*args, **kwargs) after `interval` seconds unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._adopt_current_thread()
        # Released by _shutdown(), so joining the main thread waits for it.
        self._running = _allocate_lock()
        self._running.acquire()



class _DummyThread(Thread):
    """Stands for a thread that _thread started directly: always alive,
    never joinable."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._adopt_current_thread()

    def is_alive(self):
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


def current_thread():
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()


def main_thread():
    return _main_thread


def active_count():
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def enumerate():
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


def _register_atexit(func, *args, **kwargs):
    """Runs func(*args, **kwargs) at shutdown, before non-daemon threads
    are joined (hooks run in reverse order of registration)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*args, **kwargs))


def _shutdown():
    """Called by the interpreter at exit: waits for non-daemon threads."""
    global _SHUTTING_DOWN
    if _main_thread._is_stopped:
        return
    _SHUTTING_DOWN = True
    for hook in reversed(_threading_atexits):
        hook()
    if _main_thread.ident == get_ident():
        _main_thread._is_stopped = True
        _main_thread._running.release()
    # Joined threads may have started others: rescan until none is left.
    while True:
        with _active_limbo_lock:
            pending = [t for t in _active.values()
                       if not t._daemonic and t is not _main_thread
                       and not t._is_stopped]
        if not pending:
            return
        for t in pending:
            t.join()


_main_thread = _MainThread()
