// Runtime start-up and shutdown (see runtime_init.h).
#include "interp/runtime_init.h"

#include "interp/thread_state.h"
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

bool runtime_init(const RuntimeConfig& config) {
  runtime_config = config;
  thread_state_bind(thread_state_new());
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

void runtime_fini() {
  flush_stream("stdout");
  flush_stream("stderr");
  flush_stream("__stdout__");
  flush_stream("__stderr__");
}

}  // namespace gp
