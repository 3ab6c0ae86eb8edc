"""Run callables asynchronously: Futures, executors, wait and as_completed.

_base.py holds what every executor shares (Future, Executor, wait,
as_completed, the exceptions); each executor lives in its own module and is
imported on first use, as in CPython, so `import concurrent.futures` does not
start the threading machinery. ProcessPoolExecutor needs multiprocessing,
which gilpy does not have yet: asking for it raises NotImplementedError.
"""

from concurrent.futures._base import (FIRST_COMPLETED,
                                      FIRST_EXCEPTION,
                                      ALL_COMPLETED,
                                      CancelledError,
                                      TimeoutError,
                                      InvalidStateError,
                                      BrokenExecutor,
                                      Future,
                                      Executor,
                                      wait,
                                      as_completed)

__all__ = (
    'FIRST_COMPLETED',
    'FIRST_EXCEPTION',
    'ALL_COMPLETED',
    'CancelledError',
    'TimeoutError',
    'BrokenExecutor',
    'Future',
    'Executor',
    'wait',
    'as_completed',
    'ThreadPoolExecutor',
)


def __getattr__(name):
    global ThreadPoolExecutor
    if name == 'ThreadPoolExecutor':
        from .thread import ThreadPoolExecutor
        return ThreadPoolExecutor
    if name == 'ProcessPoolExecutor':
        raise NotImplementedError(
            "concurrent.futures.ProcessPoolExecutor is not supported yet: "
            "gilpy has no multiprocessing module")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
