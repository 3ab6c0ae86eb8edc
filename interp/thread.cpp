// Starting OS threads that run Python code (see thread.h).
//
// The parent, holding the GIL, makes the child's thread state and a
// Bootstrap owning the callable and its arguments, then creates the OS
// thread (pthreads, for the stack size and the signal mask). The child binds
// its state, takes the GIL, calls, reports an escaped exception, releases
// what it owns while still holding the GIL, and only then drops the GIL and
// deletes its state.
#include "interp/thread.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>

#include "interp/gil.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/module.h"
#include "runtime/refcount.h"
#include "runtime/str.h"

namespace gp {
namespace {

struct Bootstrap {
  ThreadState* ts;
  Ref func, args, kwargs;
};

std::atomic<int64_t> g_stack_size{0};

// CPython 3.11 prints this header before the traceback of an exception that
// escapes a function started by _thread.start_new_thread.
void report_escaped(Value func) {
  Ref exc = err_fetch();
  if (isinstance_type(exc, &Exc_SystemExit)) return;
  Ref text = repr(func);
  std::string line = "Exception ignored in thread started by: ";
  line += text ? std::string(text.as<Str>()->view()) : std::string("<object>");
  line += '\n';
  err_clear();
  write_stderr(line);
  print_exception(exc);
  err_clear();
}

void* thread_main(void* arg) {
  Bootstrap* b = static_cast<Bootstrap*>(arg);
  ThreadState* ts = b->ts;
  gil_take(ts);
  thread_state_bind(ts);
  Ref result = call_tuple_dict(b->func, b->args, b->kwargs ? Value(b->kwargs) : Value());
  if (!result) report_escaped(b->func);
  result = nullptr;
  delete b;
  thread_state_clear(ts);
  brc_thread_exit();
  gil_drop(ts);
  thread_state_delete(ts);
  return nullptr;
}

}  // namespace

uint64_t start_python_thread(Value func, Value args, Value kwargs) {
  ThreadState* ts = thread_state_new();
  ts->recursion_limit = tstate()->recursion_limit;
  Bootstrap* b =
      new Bootstrap{ts, Ref::dup(func), Ref::dup(args), kwargs ? Ref::dup(kwargs) : Ref()};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (int64_t size = g_stack_size.load()) pthread_attr_setstacksize(&attr, size_t(size));
  sigset_t all, old;
  sigfillset(&all);
  pthread_sigmask(SIG_BLOCK, &all, &old);
  pthread_t tid;
  int rc = pthread_create(&tid, &attr, thread_main, b);
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    delete b;
    thread_state_delete(ts);
    raise(&Exc_RuntimeError, "can't start new thread");
    return 0;
  }
  return uint64_t(tid);
}

int64_t set_thread_stack_size(int64_t size) {
  if (size != 0 && size < PTHREAD_STACK_MIN) {
    raise(&Exc_ValueError, "size not valid: %lld bytes", static_cast<long long>(size));
    return -1;
  }
  return g_stack_size.exchange(size);
}

uint64_t thread_ident() { return uint64_t(pthread_self()); }

int64_t thread_native_id() { return int64_t(gettid()); }

}  // namespace gp
