// GIL statistics and timeline output (see gil_stats.h).
//
// Everything is read from thread_stats_snapshot(), which copies the
// per-thread counters under the registry lock; the caller holds the GIL, so
// the counters (updated only while their thread holds it) are consistent.
#include "interp/gil_stats.h"

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "interp/gil.h"
#include "interp/thread_state.h"
#include "runtime/dict.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace gp {
namespace {

std::string display_name(const ThreadStatsRecord& r) {
  return r.name.empty() ? "Thread " + std::to_string(r.native_id) : r.name;
}

GilStats totals(const std::vector<ThreadStatsRecord>& records) {
  GilStats t;
  for (const ThreadStatsRecord& r : records) {
    t.hold_ns += r.stats.hold_ns;
    t.wait_ns += r.stats.wait_ns;
    t.takes += r.stats.takes;
    t.forced_drops += r.stats.forced_drops;
  }
  return t;
}

// Fills `d` with the four counters; false on error.
bool put_stats(Value d, const GilStats& s) {
  Ref hold = new_float(double(s.hold_ns) / 1e9), wait = new_float(double(s.wait_ns) / 1e9);
  Ref takes = int_from_u64(s.takes), forced = int_from_u64(s.forced_drops);
  return hold && wait && takes && forced && dict_set_str(d, "hold_time", hold) == 0 &&
         dict_set_str(d, "wait_time", wait) == 0 && dict_set_str(d, "takes", takes) == 0 &&
         dict_set_str(d, "forced_drops", forced) == 0;
}

void write_all(int fd, const std::string& text) {
  size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd, text.data() + done, text.size() - done);
    if (n <= 0) return;
    done += size_t(n);
  }
}

std::string json_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out;
}

}  // namespace

Ref gil_stats_dict() {
  std::vector<ThreadStatsRecord> records = thread_stats_snapshot();
  Ref result = new_dict();
  Ref threads = new_list();
  Ref total = new_dict();
  Ref interval = new_float(gil_switch_interval());
  if (!result || !threads || !total || !interval) return nullptr;
  for (const ThreadStatsRecord& r : records) {
    Ref d = new_dict();
    Ref name = new_str(display_name(r));
    Ref ident = int_from_u64(r.ident), native = int_from_i64(r.native_id);
    if (!d || !name || !ident || !native || dict_set_str(d, "name", name) < 0 ||
        dict_set_str(d, "ident", ident) < 0 || dict_set_str(d, "native_id", native) < 0 ||
        !put_stats(d, r.stats) || list_append(threads, d) < 0) {
      return nullptr;
    }
  }
  if (!put_stats(total, totals(records)) || dict_set_str(result, "switch_interval", interval) < 0 ||
      dict_set_str(result, "threads", threads) < 0 || dict_set_str(result, "total", total) < 0) {
    return nullptr;
  }
  return result;
}

void gil_stats_print() {
  std::vector<ThreadStatsRecord> records = thread_stats_snapshot();
  std::string out;
  char line[256];
  std::snprintf(line, sizeof line, "GIL statistics (switch interval %.1f ms)\n",
                gil_switch_interval() * 1e3);
  out += line;
  std::snprintf(line, sizeof line, "%-24s %10s %10s %10s %8s %8s\n", "thread", "native id",
                "held s", "waited s", "takes", "forced");
  out += line;
  auto row = [&](const std::string& name, const std::string& id, const GilStats& s) {
    std::snprintf(line, sizeof line, "%-24.24s %10s %10.3f %10.3f %8llu %8llu\n", name.c_str(),
                  id.c_str(), double(s.hold_ns) / 1e9, double(s.wait_ns) / 1e9,
                  static_cast<unsigned long long>(s.takes),
                  static_cast<unsigned long long>(s.forced_drops));
    out += line;
  };
  for (const ThreadStatsRecord& r : records) {
    row(display_name(r), std::to_string(r.native_id), r.stats);
  }
  row("total", "", totals(records));
  write_all(2, out);
}

bool gil_trace_write(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "w");
  if (!f) return false;
  std::vector<ThreadStatsRecord> records = thread_stats_snapshot(true);
  uint64_t origin = UINT64_MAX;
  for (const ThreadStatsRecord& r : records) {
    if (!r.spans.empty() && r.spans.front().start_ns < origin) origin = r.spans.front().start_ns;
  }
  std::fputs("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n", f);
  bool first = true;
  for (const ThreadStatsRecord& r : records) {
    std::fprintf(f,
                 "%s{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":%lld,"
                 "\"args\":{\"name\":\"%s\"}}",
                 first ? "" : ",\n", static_cast<long long>(r.native_id),
                 json_escape(display_name(r)).c_str());
    first = false;
    for (const GilSpan& s : r.spans) {
      std::fprintf(f,
                   ",\n{\"name\":\"GIL\",\"ph\":\"X\",\"pid\":1,\"tid\":%lld,\"ts\":%.3f,"
                   "\"dur\":%.3f}",
                   static_cast<long long>(r.native_id), double(s.start_ns - origin) / 1e3,
                   double(s.end_ns - s.start_ns) / 1e3);
    }
  }
  std::fputs("\n]}\n", f);
  return std::fclose(f) == 0;
}

}  // namespace gp
