// The `signal` module: Python-level signal handlers.
//
// The C side lives in interp/eval_breaker.cpp: one async-signal-safe
// handler, trip_signal, marks a signal and sets the eval breaker; the main
// thread later calls run_handler (installed as run_signal_handler) for each
// tripped signal, which calls the Python handler as handler(signum, frame).
// Frames are not Python objects in gilpy, so `frame` is always None.
//
// The table of Python handlers mirrors the kernel's dispositions: SIG_DFL
// (0), SIG_IGN (1), a callable (the kernel then runs trip_signal), or None
// for a handler not set from Python. It starts from the dispositions found
// at import, where SIGINT already runs trip_signal (init_signals), which is
// default_int_handler's place. Only the main thread may change it, as in
// CPython; a mutex keeps readers on other threads (getsignal, the
// free-threaded build) from seeing a handler while it is being replaced.
//
// CPython wraps this module in signal.py, which turns numbers into the
// Signals/Handlers IntEnums. gilpy has no enum module yet, so the constants
// are plain ints; signal() still converts its arguments with int() the way
// the wrapper does. set_wakeup_fd drops a byte silently when the fd is full
// (CPython may warn); siginterrupt, setitimer/getitimer, pthread_sigmask,
// sigwait and friends are not provided.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstring>
#include <mutex>
#include <string>

#include "interp/eval_breaker.h"
#include "interp/gil.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/set.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

constexpr int kSigDfl = 0, kSigIgn = 1;

std::mutex g_handlers_mu;
Value g_handlers[kNumSignals];  // owned references; null reads as None

Ref get_handler(int signum) {
  std::lock_guard<std::mutex> lock(g_handlers_mu);
  return Ref::dup(g_handlers[signum] ? g_handlers[signum] : None());
}

// Returns the previous handler.
Ref set_handler(int signum, Value handler) {
  Ref keep = Ref::dup(handler);
  std::lock_guard<std::mutex> lock(g_handlers_mu);
  Ref old = g_handlers[signum] ? Ref::steal(g_handlers[signum]) : none_ref();
  g_handlers[signum] = keep.release();
  return old;
}

bool is_callable(Value v) { return type_of(v)->call != nullptr; }

// A C int argument, with CPython's errors for non-integers and overflow.
bool int_arg(Value v, int* out) {
  Ref i = number_index(v);
  if (!i) return false;
  int64_t n;
  if (!int_to_i64(i, &n) || n < INT_MIN || n > INT_MAX) {
    raise(&Exc_OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = int(n);
  return true;
}

bool signum_arg(Value v, int* out) {
  if (!int_arg(v, out)) return false;
  if (*out < 1 || *out >= kNumSignals) {
    raise(&Exc_ValueError, "signal number out of range");
    return false;
  }
  return true;
}

// signal.py's _enum_to_int: int(v) when that works, else v itself.
Ref enum_to_int(Value v) {
  Ref i = int_from_value(v);
  if (i || !(err_matches(&Exc_ValueError) || err_matches(&Exc_TypeError))) return i;
  err_clear();
  return Ref::dup(v);
}

// signal(), getsignal() and valid_signals() are Python functions in CPython
// (signal.py), so their argument errors read like a def's.
bool def_args(const char* fname, const Value* args, size_t nargs, Value kwnames,
              std::initializer_list<const char*> names, Value* out) {
  if (nargs > names.size()) {
    raise(&Exc_TypeError, "%s() takes %zu positional argument%s but %zu %s given", fname,
          names.size(), names.size() == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
    return false;
  }
  if (!parse_args(fname, args, nargs, kwnames, names, 0, out)) return false;
  std::string missing;
  size_t count = 0;
  for (size_t i = 0; i < names.size(); ++i) {
    if (out[i]) continue;
    if (count++) missing += " and ";
    missing += std::string("'") + names.begin()[i] + "'";
  }
  if (count == 0) return true;
  raise(&Exc_TypeError, "%s() missing %zu required positional argument%s: %s", fname, count,
        count == 1 ? "" : "s", missing.c_str());
  return false;
}

bool check_main_thread(const char* what) {
  if (is_main_thread()) return true;
  raise(&Exc_ValueError, "%s only works in main thread of the main interpreter", what);
  return false;
}

// The hook check_signals calls for each tripped signal.
int run_handler(int signum) {
  Ref handler = get_handler(signum);
  // The handler may have been reset since the signal arrived.
  if (!is_callable(handler)) return 0;
  return call2(handler, Value::small(signum), None()) ? 0 : -1;
}

Ref signal_signal(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  if (!def_args("signal", args, nargs, kwnames, {"signalnum", "handler"}, a)) return nullptr;
  Ref signum_obj = enum_to_int(a[0]);
  Ref handler = signum_obj ? enum_to_int(a[1]) : Ref();
  int signum;
  if (!handler || !int_arg(signum_obj, &signum) || !check_main_thread("signal")) return nullptr;
  if (signum < 1 || signum >= kNumSignals) {
    return raise(&Exc_ValueError, "signal number out of range");
  }
  void (*action)(int) = trip_signal;
  if (!is_callable(handler)) {
    int ign = equal(handler, Value::small(kSigIgn));
    int dfl = ign == 0 ? equal(handler, Value::small(kSigDfl)) : 0;
    if (ign < 0 || dfl < 0) return nullptr;
    if (!ign && !dfl) {
      return raise(&Exc_TypeError,
                   "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
    }
    action = ign ? SIG_IGN : SIG_DFL;
  }
  // A signal pending under the old handler is handled by the old handler.
  if (check_signals() < 0) return nullptr;
  int rc;
  if (action == trip_signal) {
    rc = catch_signal(signum);
  } else {
    struct sigaction sa {};
    sa.sa_handler = action;
    sigemptyset(&sa.sa_mask);
    rc = sigaction(signum, &sa, nullptr);
  }
  if (rc != 0) return raise_oserror(errno);
  return set_handler(signum, handler);
}

Ref signal_getsignal(Value, const Value* args, size_t nargs, Value kwnames) {
  Value signalnum;
  int signum;
  if (!def_args("getsignal", args, nargs, kwnames, {"signalnum"}, &signalnum) ||
      !signum_arg(signalnum, &signum)) {
    return nullptr;
  }
  return get_handler(signum);
}

Ref signal_default_int_handler(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("default_int_handler", kwnames)) return nullptr;
  if (nargs != 2) {
    return raise(&Exc_TypeError, "default_int_handler expected 2 arguments, got %zu", nargs);
  }
  return raise_with_args(&Exc_KeyboardInterrupt, empty_tuple());
}

// No range check: raise(0) succeeds and raise(-1) fails with EINVAL, as in
// CPython.
Ref signal_raise_signal(Value, const Value* args, size_t nargs, Value kwnames) {
  int signum;
  if (!no_kwargs("_signal.raise_signal", kwnames) ||
      !check_nargs("_signal.raise_signal", nargs, 1, 1) || !int_arg(args[0], &signum)) {
    return nullptr;
  }
  if (::raise(signum) != 0) return raise_oserror(errno);
  // trip_signal ran inside raise(); the Python handler runs now.
  if (check_signals() < 0) return nullptr;
  return none_ref();
}

Ref signal_strsignal(Value, const Value* args, size_t nargs, Value kwnames) {
  int signum;
  if (!no_kwargs("_signal.strsignal", kwnames) || !check_nargs("_signal.strsignal", nargs, 1, 1) ||
      !signum_arg(args[0], &signum)) {
    return nullptr;
  }
  const char* text = ::strsignal(signum);
  if (!text || std::strstr(text, "Unknown signal")) return none_ref();
  return new_str(text);
}

Ref signal_valid_signals(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!def_args("valid_signals", args, nargs, kwnames, {}, nullptr)) return nullptr;
  sigset_t all;
  sigfillset(&all);
  Ref out = new_set();
  for (int signum = 1; out && signum < kNumSignals; ++signum) {
    if (sigismember(&all, signum) == 1 && set_add(out, Value::small(signum)) < 0) return nullptr;
  }
  return out;
}

Ref signal_alarm(Value, const Value* args, size_t nargs, Value kwnames) {
  int seconds;
  if (!no_kwargs("_signal.alarm", kwnames) || !check_nargs("_signal.alarm", nargs, 1, 1) ||
      !int_arg(args[0], &seconds)) {
    return nullptr;
  }
  return int_from_i64(::alarm(unsigned(seconds)));
}

Ref signal_pause(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("_signal.pause", kwnames) || !check_nargs("_signal.pause", nargs, 0, 0)) {
    return nullptr;
  }
  {
    GilReleased unlocked;
    ::pause();  // returns only after a signal handler ran
  }
  if (check_signals() < 0) return nullptr;
  return none_ref();
}

Ref signal_pthread_kill(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("pthread_kill", kwnames) || !check_nargs("pthread_kill", nargs, 2, 2)) {
    return nullptr;
  }
  if (!is_int(args[0])) {
    return raise(&Exc_TypeError, "'%s' object cannot be interpreted as an integer",
                 type_name(args[0]));
  }
  int64_t ident;
  int signum;
  if (!int_as_i64(args[0], &ident) || !int_arg(args[1], &signum)) return nullptr;
  int err = ::pthread_kill(pthread_t(ident), signum);
  if (err != 0) return raise_oserror(err);
  // The target may be this thread, whose handler has just run.
  if (check_signals() < 0) return nullptr;
  return none_ref();
}

Ref signal_set_wakeup_fd(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2];
  int fd;
  if (!parse_args("set_wakeup_fd", args, nargs, kwnames, {"fd", "warn_on_full_buffer"}, 1, a, 1,
                  1) ||
      !int_arg(a[0], &fd) || !check_main_thread("set_wakeup_fd")) {
    return nullptr;
  }
  if (fd != -1) {
    struct stat st;
    if (fstat(fd, &st) != 0) return raise_oserror(errno);
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0) return raise_oserror(errno);
    if (!(flags & O_NONBLOCK)) {
      return raise(&Exc_ValueError, "the fd %d must be in non-blocking mode", fd);
    }
  }
  return int_from_i64(signal_wakeup_fd.exchange(fd));
}

const MethodDef kSignalFunctions[] = {
    {"signal", signal_signal},
    {"getsignal", signal_getsignal},
    {"default_int_handler", signal_default_int_handler},
    {"raise_signal", signal_raise_signal},
    {"strsignal", signal_strsignal},
    {"valid_signals", signal_valid_signals},
    {"alarm", signal_alarm},
    {"pause", signal_pause},
    {"pthread_kill", signal_pthread_kill},
    {"set_wakeup_fd", signal_set_wakeup_fd},
    {nullptr, nullptr},
};

const struct {
  const char* name;
  int value;
} kConstants[] = {
    {"SIGABRT", SIGABRT}, {"SIGALRM", SIGALRM}, {"SIGBUS", SIGBUS},       {"SIGCHLD", SIGCHLD},
    {"SIGCLD", SIGCHLD},  {"SIGCONT", SIGCONT}, {"SIGFPE", SIGFPE},       {"SIGHUP", SIGHUP},
    {"SIGILL", SIGILL},   {"SIGINT", SIGINT},   {"SIGIO", SIGIO},         {"SIGIOT", SIGIOT},
    {"SIGKILL", SIGKILL}, {"SIGPIPE", SIGPIPE}, {"SIGPOLL", SIGPOLL},     {"SIGPROF", SIGPROF},
    {"SIGPWR", SIGPWR},   {"SIGQUIT", SIGQUIT}, {"SIGSEGV", SIGSEGV},     {"SIGSTKFLT", SIGSTKFLT},
    {"SIGSTOP", SIGSTOP}, {"SIGSYS", SIGSYS},   {"SIGTERM", SIGTERM},     {"SIGTRAP", SIGTRAP},
    {"SIGTSTP", SIGTSTP}, {"SIGTTIN", SIGTTIN}, {"SIGTTOU", SIGTTOU},     {"SIGURG", SIGURG},
    {"SIGUSR1", SIGUSR1}, {"SIGUSR2", SIGUSR2}, {"SIGVTALRM", SIGVTALRM}, {"SIGWINCH", SIGWINCH},
    {"SIGXCPU", SIGXCPU}, {"SIGXFSZ", SIGXFSZ}, {"NSIG", kNumSignals},    {"SIG_DFL", kSigDfl},
    {"SIG_IGN", kSigIgn},
};

int signal_init(Value m) {
  for (const MethodDef* def = kSignalFunctions; def->name; ++def) {
    if (module_add_function(m, def->name, def->fn) < 0) return -1;
  }
  for (const auto& c : kConstants) {
    if (module_add_object(m, c.name, Value::small(c.value)) < 0) return -1;
  }
  // Real-time signal numbers are decided by the C library at run time.
  if (module_add_object(m, "SIGRTMIN", Value::small(SIGRTMIN)) < 0 ||
      module_add_object(m, "SIGRTMAX", Value::small(SIGRTMAX)) < 0) {
    return -1;
  }
  Value default_int_handler = dict_get_cstr(module_dict(m), "default_int_handler");
  for (int signum = 1; signum < kNumSignals; ++signum) {
    struct sigaction current {};
    if (sigaction(signum, nullptr, &current) != 0) continue;
    Value handler = current.sa_handler == SIG_DFL                           ? Value::small(kSigDfl)
                    : current.sa_handler == SIG_IGN                         ? Value::small(kSigIgn)
                    : signum == SIGINT && current.sa_handler == trip_signal ? default_int_handler
                                                                            : None();
    set_handler(signum, handler);
  }
  run_signal_handler = run_handler;
  return 0;
}

const NativeModuleDef kSignalModule{"signal", signal_init};
NativeModuleRegistrar signal_registrar(&kSignalModule);

}  // namespace
}  // namespace gp
