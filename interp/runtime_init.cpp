// Runtime start-up and shutdown (see runtime_init.h).
#include "interp/runtime_init.h"

#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

#include "interp/gil.h"
#include "interp/gil_stats.h"
#include "interp/stop_the_world.h"
#include "interp/thread_state.h"
#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/file.h"
#include "runtime/import.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {

RuntimeConfig runtime_config;
static Value g_main;

Value main_module() { return g_main; }

namespace {

std::string g_trace_path;
bool g_print_stats = false;

[[noreturn]] void fatal_config(const std::string& msg) {
  std::fprintf(stderr,
               "Fatal Python error: config_read_gil: %s\nPython runtime state: preinitialized\n\n",
               msg.c_str());
  std::exit(1);
}

// -X gil / PYTHON_GIL (the -X option wins), -X gilstats, -X giltrace=FILE.
void configure_gil(const RuntimeConfig& config) {
  std::string gil;
  if (const char* env = std::getenv("PYTHON_GIL")) gil = env;
  bool from_x = false;
  for (const std::string& x : config.xoptions) {
    if (x.rfind("gil=", 0) == 0) {
      gil = x.substr(4);
      from_x = true;
    } else if (x == "gilstats") {
      g_print_stats = true;
    } else if (x.rfind("giltrace=", 0) == 0) {
      g_trace_path = x.substr(9);
    }
  }
  if (!gil.empty() && gil != "0" && gil != "1") {
    fatal_config(from_x ? "-X gil must be 0 or 1" : "PYTHON_GIL must be \"0\" or \"1\"");
  }
  if (gil == "0") {
    if (!GILPY_FREE_THREADED) fatal_config("Disabling the GIL is not supported by this build");
    // Until the runtime's containers and refcounts are made safe without it
    // (the free-threading work), gilpyt runs with the GIL like gilpy.
    fatal_config("running without the GIL is not implemented yet; gilpyt runs with the GIL on");
  }
  gil_set_enabled(true);
  gil_set_trace(!g_trace_path.empty());
}

// Waits for non-daemon threads through threading._shutdown(), as CPython's
// finalization does, if threading was ever imported.
void wait_for_threads() {
  Value modules = sys_modules();
  Value threading = modules ? dict_get_cstr(modules, "threading") : Value();
  if (!threading) return;
  Ref r = call_method(threading, "_shutdown", nullptr, 0);
  if (!r) {
    Ref exc = err_fetch();
    write_stderr("Exception ignored on threading shutdown:\n");
    print_exception(exc);
    err_clear();
  }
}

}  // namespace

bool runtime_init(const RuntimeConfig& config) {
  runtime_config = config;
  configure_gil(config);
  ThreadState* ts = tstate();
  if (!ts) {
    ts = thread_state_new();
    thread_state_bind(ts);
  }
  if (ts->status.load() != kAttached) gil_take(ts);
  if (ready_all_types() < 0) return false;
  Ref builtins = builtins_module_create();
  if (!builtins || import_init(builtins) < 0) return false;
  if (!import_module("sys")) return false;
  Ref main = new_module("__main__");
  if (!main) return false;
  if (dict_set_str(module_dict(main), "__builtins__", builtins) < 0 ||
      dict_set_str(sys_modules(), "__main__", main) < 0) {
    return false;
  }
  g_main = main.release();
  return true;
}

void flush_stream(const char* name) {
  Value f = sys_get(name);
  if (!f || is_none(f)) return;
  if (is_file(f) ? file_flush(f) < 0 : !call_method(f, "flush", nullptr, 0)) err_clear();
}

void runtime_exit(int status, int exit_signal) {
  wait_for_threads();
  gil_begin_finalization();
  flush_stream("stdout");
  flush_stream("stderr");
  flush_stream("__stdout__");
  flush_stream("__stderr__");
  if (g_print_stats) gil_stats_print();
  if (!g_trace_path.empty() && !gil_trace_write(g_trace_path)) {
    std::perror(("gilpy: -X giltrace: " + g_trace_path).c_str());
  }
  std::fflush(nullptr);
  if (exit_signal) {
    signal(exit_signal, SIG_DFL);
    kill(getpid(), exit_signal);
  }
  // Daemon threads may still be inside blocking calls; static destructors
  // must not run under them.
  if (thread_state_count() > 1) _exit(status);
  std::exit(status);
}

}  // namespace gp
