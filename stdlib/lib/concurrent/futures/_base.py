"""Future, Executor, wait and as_completed: what every executor shares.

A Future moves PENDING -> RUNNING -> FINISHED, or PENDING -> CANCELLED ->
CANCELLED_AND_NOTIFIED (the executor acknowledges a cancellation when it
takes the work item up, through set_running_or_notify_cancel). Its state is
guarded by a Condition that result() and exception() wait on.

wait() and as_completed() hand every future a _Waiter. A future reports to
its waiters, under its own lock, when it finishes or its cancellation is
acknowledged; installing a waiter on a future that is already done reports
at once, so a waiter hears of each future exactly once and never needs to
lock several futures together. The waiter sets its Event when the caller's
condition (first completed, first exception, all completed, or any news for
as_completed) holds.
"""

import collections
import sys
import threading
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [PENDING, RUNNING, CANCELLED, CANCELLED_AND_NOTIFIED,
                  FINISHED]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when an executor has become non-functional after a severe
    failure."""


def _log_exception(message):
    """Prints `message` and the exception being handled on stderr, as
    CPython's logging does when nothing is configured."""
    exc = sys.exc_info()[1]
    sys.stderr.write(message + "\n")
    sys.__excepthook__(type(exc), exc, exc.__traceback__)


class _Waiter:
    """Collects the futures that complete for one wait() or as_completed()."""

    def __init__(self, mode, pending):
        self.mode = mode
        self.pending = pending  # futures not reported yet
        self.lock = threading.Lock()
        self.event = threading.Event()
        self.finished_futures = []
        if pending == 0:
            self.event.set()

    def report(self, future, failed):
        with self.lock:
            self.finished_futures.append(future)
            self.pending -= 1
            if (self.mode in (_AS_COMPLETED, FIRST_COMPLETED)
                    or self.pending == 0
                    or (failed and self.mode == FIRST_EXCEPTION)):
                self.event.set()

    def take(self):
        """Returns the futures reported since the last take()."""
        with self.lock:
            finished = self.finished_futures
            self.finished_futures = []
            self.event.clear()
            return finished


def _install_waiter(fs, mode):
    waiter = _Waiter(mode, len(fs))
    for f in fs:
        f._add_waiter(waiter)
    return waiter


def _remove_waiter(fs, waiter):
    for f in fs:
        with f._condition:
            # Futures done at install time never held the waiter.
            if waiter in f._waiters:
                f._waiters.remove(waiter)


def as_completed(fs, timeout=None):
    """Yields the futures of `fs` (duplicates once) as they complete.

    Raises TimeoutError when not all of them completed within `timeout`
    seconds of the call."""
    if timeout is not None:
        end_time = timeout + time.monotonic()
    fs = set(fs)
    total = len(fs)
    pending = set(fs)
    waiter = _install_waiter(fs, _AS_COMPLETED)
    try:
        while pending:
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' %
                                       (len(pending), total))
            waiter.event.wait(wait_timeout)
            for f in waiter.take():
                pending.remove(f)
                yield f
    finally:
        _remove_waiter(fs, waiter)


DoneAndNotDoneFutures = collections.namedtuple(
    'DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures of `fs` to complete, as `return_when` says
    (FIRST_COMPLETED, FIRST_EXCEPTION or ALL_COMPLETED), or until `timeout`
    seconds passed. Returns (done, not_done) sets."""
    fs = set(fs)
    waiter = _install_waiter(fs, return_when)
    try:
        waiter.event.wait(timeout)
    finally:
        _remove_waiter(fs, waiter)
    done = set(waiter.take())
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):
    try:
        return fut.result(timeout)
    finally:
        fut.cancel()


class Future:
    """The result of a call that runs asynchronously."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            desc = _STATE_TO_DESCRIPTION_MAP[self._state]
            if self._state != FINISHED:
                return '<%s at %#x state=%s>' % (
                    type(self).__name__, id(self), desc)
            if self._exception:
                what = 'raised ' + type(self._exception).__name__
            else:
                what = 'returned ' + type(self._result).__name__
            return '<%s at %#x state=%s %s>' % (
                type(self).__name__, id(self), desc, what)

    def _call(self, fn):
        try:
            fn(self)
        except Exception:
            _log_exception('exception calling callback for %r' % (self,))

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            self._call(callback)

    def _add_waiter(self, waiter):
        with self._condition:
            if self._state in (CANCELLED_AND_NOTIFIED, FINISHED):
                waiter.report(self, self._failed())
            else:
                self._waiters.append(waiter)

    def _failed(self):
        return self._state == FINISHED and self._exception is not None

    def cancel(self):
        """Cancels the future if it has not started running; returns whether
        it is cancelled."""
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in _CANCELLED_STATES:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in _CANCELLED_STATES

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state in _DONE_STATES

    def add_done_callback(self, fn):
        """Calls fn(future) when the future completes, in the thread that
        completes it; at once if it is already done."""
        with self._condition:
            if self._state not in _DONE_STATES:
                self._done_callbacks.append(fn)
                return
        self._call(fn)

    def _wait_done(self, timeout):
        # With the condition held: returns once finished, raises
        # CancelledError or TimeoutError otherwise.
        if self._state not in _DONE_STATES:
            self._condition.wait(timeout)
        if self._state in _CANCELLED_STATES:
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        """Returns the call's result, or raises its exception, waiting up to
        `timeout` seconds for it."""
        with self._condition:
            self._wait_done(timeout)
            if self._exception is not None:
                raise self._exception
            return self._result

    def exception(self, timeout=None):
        """Returns the exception the call raised (None if it returned),
        waiting up to `timeout` seconds for it."""
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors: marks the future running and returns True, or,
        when it was cancelled, tells its waiters and returns False."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.report(self, False)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in _DONE_STATES:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for waiter in self._waiters:
                waiter.report(self, exception is not None)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        """For executors and tests: completes the future with `result`."""
        self._finish(result, None)

    def set_exception(self, exception):
        """For executors and tests: completes the future with `exception`."""
        self._finish(None, exception)


class Executor:
    """Base of the executors: subclasses provide submit and shutdown."""

    def submit(self, fn, /, *args, **kwargs):
        """Schedules fn(*args, **kwargs); returns its Future."""
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """Like map(fn, *iterables), with the calls run by the executor.
        Results come in order; a call's exception is raised when its result
        is reached; TimeoutError if not all finished within `timeout`."""
        if timeout is not None:
            end_time = timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        # A generator inside, so every call is submitted before map returns.
        def result_iterator():
            try:
                fs.reverse()  # pop() from the end is cheap
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(
                            fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        """Frees the executor's resources once pending futures are done."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False
