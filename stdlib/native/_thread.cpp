// The `_thread` module: the low-level thread API threading.py is built on.
//
// Thread start, idents and stack size are interp/thread.h's; the lock types
// live in _thread_lock.cpp and _local in _thread_local.cpp; this file checks
// arguments the way CPython 3.11's _thread does and assembles the module.
//
// One gilpy addition: _set_name(name) names the calling thread's state, so
// the -X gilstats report and the -X giltrace timeline can show the
// threading.Thread name; threading calls it when a thread starts.
#include "stdlib/native/_thread.h"

#include <signal.h>

#include "interp/eval_breaker.h"
#include "interp/thread.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

// The functions with two names report the one they were called by.
Ref start_new_thread(const char* fname, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs(fname, kwnames)) return nullptr;
  if (nargs < 2 || nargs > 3) {
    return raise(&Exc_TypeError, "start_new_thread expected at %s %d arguments, got %zu",
                 nargs < 2 ? "least" : "most", nargs < 2 ? 2 : 3, nargs);
  }
  if (!type_of(args[0])->call) return raise(&Exc_TypeError, "first arg must be callable");
  if (!is_tuple(args[1])) return raise(&Exc_TypeError, "2nd arg must be a tuple");
  Value kwargs = nargs == 3 ? args[2] : Value();
  if (kwargs && !is_dict(kwargs)) {
    return raise(&Exc_TypeError, "optional 3rd arg must be a dictionary");
  }
  uint64_t ident = start_python_thread(args[0], args[1], kwargs);
  if (!ident) return nullptr;
  return int_from_u64(ident);
}

Ref thread_start_new_thread(Value, const Value* args, size_t nargs, Value kwnames) {
  return start_new_thread("start_new_thread", args, nargs, kwnames);
}

Ref thread_start_new(Value, const Value* args, size_t nargs, Value kwnames) {
  return start_new_thread("start_new", args, nargs, kwnames);
}

Ref thread_allocate_lock(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.allocate_lock", nargs, kwnames)) return nullptr;
  return new_lock();
}

Ref thread_allocate(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.allocate", nargs, kwnames)) return nullptr;
  return new_lock();
}

Ref thread_get_ident(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.get_ident", nargs, kwnames)) return nullptr;
  return int_from_u64(thread_ident());
}

Ref thread_get_native_id(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.get_native_id", nargs, kwnames)) return nullptr;
  return int_from_i64(thread_native_id());
}

// Threads started here that have not finished: every live thread state
// but the main thread's.
Ref thread_count(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread._count", nargs, kwnames)) return nullptr;
  return int_from_i64(thread_state_count() - 1);
}

Ref thread_stack_size(Value, const Value* args, size_t nargs, Value kwnames) {
  Value arg;
  if (!no_kwargs("stack_size", kwnames) ||
      !parse_args("stack_size", args, nargs, kwnames, {"size"}, 0, &arg, 1)) {
    return nullptr;
  }
  int64_t size = 0;
  if (arg) {
    Ref i = number_index(arg);
    if (!i) return nullptr;
    int64_t v;
    if (!int_to_i64(i, &v)) {
      return raise(&Exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    size = v;
  }
  if (size < 0) return raise(&Exc_ValueError, "size must be 0 or a positive value");
  int64_t old = set_thread_stack_size(size);
  if (old < 0) return nullptr;
  return int_from_i64(old);
}

// Simulates the arrival of signal `signum` in the main thread. Until the
// signal module installs its handler hook only SIGINT has a Python-level
// handler (KeyboardInterrupt), and CPython does nothing for a signal whose
// handler is the default, so other signals are then ignored. Called in the
// main thread, the handler runs at once, as CPython's next instruction would.
Ref thread_interrupt_main(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("interrupt_main", kwnames) || !check_nargs("interrupt_main", nargs, 0, 1)) {
    return nullptr;
  }
  int64_t signum = SIGINT;
  if (nargs) {
    Ref i = number_index(args[0]);
    if (!i || !int_as_i64(i, &signum)) return nullptr;
  }
  if (signum < 1 || signum >= kNumSignals) {
    return raise(&Exc_ValueError, "signal number out of range");
  }
  if (signum == SIGINT || run_signal_handler) trip_signal(int(signum));
  if (check_signals() < 0) return nullptr;
  return none_ref();
}

Ref thread_exit(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.exit", nargs, kwnames)) return nullptr;
  return raise_with_args(&Exc_SystemExit, empty_tuple());
}

Ref thread_exit_thread(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_args("_thread.exit_thread", nargs, kwnames)) return nullptr;
  return raise_with_args(&Exc_SystemExit, empty_tuple());
}

Ref thread_set_name(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("_set_name", kwnames) || !check_nargs("_set_name", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&Exc_TypeError, "_set_name() argument must be str, not %s", type_name(args[0]));
  }
  tstate()->name = std::string(args[0].as<Str>()->view());
  return none_ref();
}

const MethodDef thread_functions[] = {
    {"start_new_thread", thread_start_new_thread},
    {"start_new", thread_start_new},
    {"allocate_lock", thread_allocate_lock},
    {"allocate", thread_allocate},
    {"get_ident", thread_get_ident},
    {"get_native_id", thread_get_native_id},
    {"_count", thread_count},
    {"stack_size", thread_stack_size},
    {"interrupt_main", thread_interrupt_main},
    {"exit", thread_exit},
    {"exit_thread", thread_exit_thread},
    {"_set_name", thread_set_name},
    {nullptr, nullptr},
};

int thread_module_init(Value m) {
  for (const MethodDef* def = thread_functions; def->name; ++def) {
    if (module_add_function(m, def->name, def->fn) < 0) return -1;
  }
  // 2**63 - 1 nanoseconds in whole seconds: the longest timeout the
  // nanosecond clock arithmetic can hold, as CPython computes it.
  Ref timeout_max = new_float(9223372036.0);
  if (!timeout_max || module_add_object(m, "TIMEOUT_MAX", timeout_max) < 0 ||
      module_add_object(m, "error", Value(&Exc_RuntimeError)) < 0 ||
      module_add_object(m, "LockType", Value(&LockType)) < 0 ||
      module_add_object(m, "RLock", Value(&RLockType)) < 0 ||
      module_add_object(m, "_local", Value(&LocalType)) < 0) {
    return -1;
  }
  return 0;
}

const NativeModuleDef thread_module = {"_thread", thread_module_init};
NativeModuleRegistrar thread_module_reg(&thread_module);

}  // namespace
}  // namespace gp
