// The `time` module: clocks, sleep, and minimal calendar formatting.
//
// Clocks read clock_gettime directly (CLOCK_REALTIME for time(),
// CLOCK_MONOTONIC for monotonic() and perf_counter(), the process CPU clock
// for process_time()). localtime()/gmtime() return plain 9-tuples, which is
// what strftime() and indexing code need; struct_time's named fields are not
// provided yet.
#include <time.h>

#include <cerrno>
#include <cmath>
#include <string>

#include "interp/gil.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
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

int64_t clock_ns(clockid_t id) {
  timespec ts;
  clock_gettime(id, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Ref clock_seconds(clockid_t id, const char* fname, size_t nargs, Value kwnames) {
  if (!no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 0, 0)) return nullptr;
  timespec ts;
  clock_gettime(id, &ts);
  return new_float(double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9);
}

Ref clock_nanos(clockid_t id, const char* fname, size_t nargs, Value kwnames) {
  if (!no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 0, 0)) return nullptr;
  return int_from_i64(clock_ns(id));
}

#define CLOCK_FN(name, id)                                                 \
  Ref time_##name(Value, const Value*, size_t nargs, Value kwnames) {      \
    return clock_seconds(id, #name, nargs, kwnames);                       \
  }                                                                        \
  Ref time_##name##_ns(Value, const Value*, size_t nargs, Value kwnames) { \
    return clock_nanos(id, #name "_ns", nargs, kwnames);                   \
  }
CLOCK_FN(time, CLOCK_REALTIME)
CLOCK_FN(monotonic, CLOCK_MONOTONIC)
CLOCK_FN(perf_counter, CLOCK_MONOTONIC)
CLOCK_FN(process_time, CLOCK_PROCESS_CPUTIME_ID)
CLOCK_FN(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef CLOCK_FN

// The GIL is released while sleeping. PEP 475: a signal interrupts the
// sleep only if its handler raises (Ctrl-C); otherwise the sleep goes on
// to the same absolute deadline.
Ref time_sleep(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("time.sleep", kwnames) || !check_nargs("time.sleep", nargs, 1, 1)) {
    return nullptr;
  }
  // Like CPython's time conversion: a float, or else an integer (__index__).
  Ref value = is_float(args[0]) ? Ref::dup(args[0]) : number_index(args[0]);
  double secs;
  if (!value || !to_double(value, &secs)) return nullptr;
  if (std::isnan(secs)) return raise(&Exc_ValueError, "Invalid value NaN (not a number)");
  if (secs < 0) return raise(&Exc_ValueError, "sleep length must be non-negative");
  // CPython keeps times as int64 nanoseconds.
  if (secs >= 9223372036.854775807) {
    return raise(&Exc_OverflowError, is_int(args[0])
                                         ? "timestamp too large to convert to C _PyTime_t"
                                         : "timestamp out of range for platform time_t");
  }
  int64_t deadline_ns = clock_ns(CLOCK_MONOTONIC) + int64_t(secs * 1e9);
  timespec deadline{time_t(deadline_ns / 1000000000), long(deadline_ns % 1000000000)};
  int err = blocking_call(Reclaim::AtOnce, [&] {
    return clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &deadline, nullptr);
  });
  if (err < 0) return nullptr;
  if (err > 0) return raise_oserror(err);
  return none_ref();
}

// The 9-tuple of a broken-down time (struct_time's field order).
Ref tm_tuple(const tm& t) {
  int wday = (t.tm_wday + 6) % 7;  // Monday is 0
  return new_tuple({Value::small(t.tm_year + 1900), Value::small(t.tm_mon + 1),
                    Value::small(t.tm_mday), Value::small(t.tm_hour), Value::small(t.tm_min),
                    Value::small(t.tm_sec), Value::small(wday), Value::small(t.tm_yday + 1),
                    Value::small(t.tm_isdst)});
}

bool seconds_arg(const char* fname, const Value* args, size_t nargs, Value kwnames, time_t* out) {
  if (!no_kwargs(fname, kwnames) || !check_nargs(fname, nargs, 0, 1)) return false;
  if (nargs == 0 || is_none(args[0])) {
    *out = time(nullptr);
    return true;
  }
  double d;
  if (!to_double(args[0], &d)) return false;
  *out = time_t(std::floor(d));
  return true;
}

Ref time_localtime(Value, const Value* args, size_t nargs, Value kwnames) {
  time_t secs;
  if (!seconds_arg("localtime", args, nargs, kwnames, &secs)) return nullptr;
  tm t;
  if (!localtime_r(&secs, &t))
    return raise(&Exc_OverflowError, "timestamp out of range for platform time_t");
  return tm_tuple(t);
}

Ref time_gmtime(Value, const Value* args, size_t nargs, Value kwnames) {
  time_t secs;
  if (!seconds_arg("gmtime", args, nargs, kwnames, &secs)) return nullptr;
  tm t;
  if (!gmtime_r(&secs, &t))
    return raise(&Exc_OverflowError, "timestamp out of range for platform time_t");
  return tm_tuple(t);
}

Ref time_strftime(Value, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("strftime", kwnames) || !check_nargs("strftime", nargs, 1, 2)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&Exc_TypeError, "strftime() argument 1 must be str, not %s", type_name(args[0]));
  }
  tm t{};
  if (nargs == 1) {
    time_t now = time(nullptr);
    localtime_r(&now, &t);
  } else {
    if (!is_tuple(args[1]) || args[1].as<Tuple>()->size != 9) {
      return raise(&Exc_TypeError, "Tuple or struct_time argument required");
    }
    int64_t f[9];
    for (size_t i = 0; i < 9; ++i) {
      if (!int_as_i64(args[1].as<Tuple>()->items[i], &f[i])) return nullptr;
    }
    t.tm_year = int(f[0] - 1900);
    t.tm_mon = int(f[1] - 1);
    t.tm_mday = int(f[2]);
    t.tm_hour = int(f[3]);
    t.tm_min = int(f[4]);
    t.tm_sec = int(f[5]);
    t.tm_wday = int((f[6] + 1) % 7);
    t.tm_yday = int(f[7] - 1);
    t.tm_isdst = int(f[8]);
  }
  std::string fmt(args[0].as<Str>()->view());
  if (fmt.empty()) return new_str("");
  std::string buf(256, '\0');
  for (;;) {
    size_t n = strftime(buf.data(), buf.size(), fmt.c_str(), &t);
    if (n > 0 || buf.size() > 256 * fmt.size()) return new_str(std::string_view(buf.data(), n));
    buf.resize(buf.size() * 2);
  }
}

const MethodDef kTimeFunctions[] = {
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns},
    {"sleep", time_sleep},
    {"localtime", time_localtime},
    {"gmtime", time_gmtime},
    {"strftime", time_strftime},
    {nullptr, nullptr},
};

int time_init(Value m) {
  for (const MethodDef* def = kTimeFunctions; def->name; ++def) {
    if (module_add_function(m, def->name, def->fn) < 0) return -1;
  }
  return 0;
}

const NativeModuleDef kTimeModule{"time", time_init};
NativeModuleRegistrar time_registrar(&kTimeModule);

}  // namespace
}  // namespace gp
