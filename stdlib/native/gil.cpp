// The `gil` module: a learner's window on the GIL (gilpy only; CPython has
// no such module).
//
//   gil.stats()            the numbers of -X gilstats, as sys._gil_stats()
//   gil.enabled()          whether this run uses the GIL
//   gil.native_spin(s, release=True)
//                          burns `s` seconds of CPU in pure C++ and returns
//                          the loop count; with release=True it runs inside
//                          GilReleased like a C extension's number crunching
//                          (hashlib, zlib, NumPy), so several threads calling
//                          it run in parallel; with release=False it keeps
//                          the GIL and the threads take turns.
//
// native_spin is also the documented pattern for a native function that
// releases the GIL: copy what it needs out of Python objects, open a
// GilReleased block, do the work on plain C++ data, close the block, then
// build Python results.
#include "interp/gil.h"

#include "interp/gil_stats.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"

namespace gp {
namespace {

Ref gil_stats(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("stats", kwnames) || !check_nargs("stats", nargs, 0, 0)) return nullptr;
  return gil_stats_dict();
}

Ref gil_is_enabled(Value, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs("enabled", kwnames) || !check_nargs("enabled", nargs, 0, 0)) return nullptr;
  return bool_ref(gil_enabled());
}

// Counts loop iterations until `seconds` of wall time have passed; the clock
// is read every 4096 iterations so the loop is CPU work, not clock calls.
uint64_t spin_for(double seconds) {
  uint64_t deadline = gil_now_ns() + uint64_t(seconds * 1e9);
  uint64_t count = 0;
  volatile uint64_t sink = 0;
  do {
    for (int i = 0; i < 4096; ++i) sink = sink * 6364136223846793005u + 1;
    count += 4096;
  } while (gil_now_ns() < deadline);
  return count;
}

Ref gil_native_spin(Value, const Value* args, size_t nargs, Value kwnames) {
  Value a[2] = {};
  if (!parse_args("native_spin", args, nargs, kwnames, {"seconds", "release"}, 1, a)) {
    return nullptr;
  }
  double seconds;
  if (!to_double(a[0], &seconds)) return nullptr;
  if (!(seconds >= 0) || seconds > 3600) {
    return raise(&Exc_ValueError, "seconds must be between 0 and 3600");
  }
  int release = a[1] ? truthy(a[1]) : 1;
  if (release < 0) return nullptr;
  uint64_t count;
  if (release) {
    GilReleased unlocked;
    count = spin_for(seconds);
  } else {
    count = spin_for(seconds);
  }
  return int_from_u64(count);
}

int gil_init(Value m) {
  if (module_add_function(m, "stats", gil_stats) < 0 ||
      module_add_function(m, "enabled", gil_is_enabled) < 0 ||
      module_add_function(m, "native_spin", gil_native_spin) < 0) {
    return -1;
  }
  return 0;
}

const NativeModuleDef kGilModule{"gil", gil_init};
NativeModuleRegistrar gil_registrar(&kGilModule);

}  // namespace
}  // namespace gp
