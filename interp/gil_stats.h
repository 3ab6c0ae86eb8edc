// Showing what the GIL did: -X gilstats (a table on stderr at exit),
// sys._gil_stats() (the same numbers as a dict) and -X giltrace=FILE (a
// Chrome Trace Event timeline of who held the GIL when, for Perfetto or
// chrome://tracing).
#pragma once

#include <string>

#include "runtime/value.h"

namespace gp {

// {"switch_interval": s, "threads": [{"name", "ident", "native_id",
// "hold_time", "wait_time", "takes", "forced_drops"}, ...], "total": {...}}
// with times in seconds.
Ref gil_stats_dict();

// The -X gilstats table, written to fd 2.
void gil_stats_print();

// Writes the -X giltrace timeline; false (with errno) if the file cannot
// be written.
bool gil_trace_write(const std::string& path);

}  // namespace gp
