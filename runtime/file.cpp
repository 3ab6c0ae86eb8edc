// Text file objects over POSIX descriptors (see file.h).
//
// Reads fill `rbuf` a block at a time and hand out UTF-8 text; a read never
// splits a multi-byte character because lines and whole-file reads end on
// complete characters, and read(n) counts code points. Writes append to
// `wbuf`, flushed when the buffering policy says so (a newline for line
// buffering, 8 KiB for block buffering, at once when unbuffered), on close,
// and at exit for the standard streams. Every syscall that can block is where
// the GIL guard will go.
#include "runtime/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "runtime/utf8.h"

namespace gp {

Type FileType;
Type Exc_UnsupportedOperation;

static constexpr size_t kBlockSize = 8192;

static FileObject* as_file(Value v) { return v.as<FileObject>(); }

static bool check_open(FileObject* f) {
  if (f->closed) {
    raise(&Exc_ValueError, "I/O operation on closed file.");
    return false;
  }
  return true;
}

static bool check_readable(FileObject* f) {
  if (!check_open(f)) return false;
  if (!f->readable) {
    raise(&Exc_UnsupportedOperation, "not readable");
    return false;
  }
  return true;
}

static bool check_writable(FileObject* f) {
  if (!check_open(f)) return false;
  if (!f->writable) {
    raise(&Exc_UnsupportedOperation, "not writable");
    return false;
  }
  return true;
}

// --- writing ---

static int flush_buffer(FileObject* f) {
  size_t done = 0;
  // GIL guard: release around the write loop.
  while (done < f->wbuf.size()) {
    ssize_t n = ::write(f->fd, f->wbuf.data() + done, f->wbuf.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      f->wbuf.clear();
      raise_oserror(err);
      return -1;
    }
    done += size_t(n);
  }
  f->wbuf.clear();
  return 0;
}

int file_write(Value v, std::string_view text) {
  FileObject* f = as_file(v);
  if (!check_writable(f)) return -1;
  f->wbuf.append(text);
  switch (f->buffering) {
    case FileBuffering::Unbuffered:
      return flush_buffer(f);
    case FileBuffering::Line:
      if (text.find('\n') != std::string_view::npos) return flush_buffer(f);
      return 0;
    case FileBuffering::Block:
      if (f->wbuf.size() >= kBlockSize) return flush_buffer(f);
      return 0;
  }
  return 0;
}

int file_flush(Value v) {
  FileObject* f = as_file(v);
  if (!check_open(f)) return -1;
  return f->wbuf.empty() ? 0 : flush_buffer(f);
}

// --- reading ---

// Appends one more block to rbuf; false at end of file or on error (then
// with an exception set).
static bool fill_buffer(FileObject* f) {
  if (f->eof) return false;
  if (f->rpos > 0) {
    f->rbuf.erase(0, f->rpos);
    f->rpos = 0;
  }
  size_t old = f->rbuf.size();
  f->rbuf.resize(old + kBlockSize);
  ssize_t n;
  // GIL guard: release around the read.
  do {
    n = ::read(f->fd, f->rbuf.data() + old, kBlockSize);
  } while (n < 0 && errno == EINTR);
  if (n < 0) {
    f->rbuf.resize(old);
    raise_oserror(errno);
    return false;
  }
  f->rbuf.resize(old + size_t(n));
  if (n == 0) f->eof = true;
  return n > 0;
}

static bool decode_check(std::string_view bytes) {
  size_t ok = utf8_valid_prefix(bytes.data(), bytes.size());
  if (ok == bytes.size()) return true;
  raise(&Exc_UnicodeError, "'utf-8' codec can't decode byte 0x%02x in position %zu: %s",
        unsigned(uint8_t(bytes[ok])), ok, "invalid start byte");
  return false;
}

// Takes `n` bytes from the read buffer as a str.
static Ref take(FileObject* f, size_t n) {
  std::string_view text(f->rbuf.data() + f->rpos, n);
  if (!decode_check(text)) return nullptr;
  Ref s = new_str(text);
  f->rpos += n;
  return s;
}

static bool read_line_bytes(FileObject* f, size_t* len) {
  size_t scanned = 0;
  for (;;) {
    std::string_view avail(f->rbuf.data() + f->rpos, f->rbuf.size() - f->rpos);
    size_t nl = avail.find('\n', scanned);
    if (nl != std::string_view::npos) {
      *len = nl + 1;
      return true;
    }
    scanned = avail.size();
    if (!fill_buffer(f)) {
      if (err_occurred()) return false;
      *len = f->rbuf.size() - f->rpos;
      return true;
    }
  }
}

bool file_readline(Value v, std::string* line) {
  FileObject* f = as_file(v);
  if (!check_readable(f)) return false;
  size_t n;
  if (!read_line_bytes(f, &n)) return false;
  line->assign(f->rbuf.data() + f->rpos, n);
  if (!decode_check(*line)) return false;
  f->rpos += n;
  return true;
}

static Ref read_all(FileObject* f) {
  while (fill_buffer(f)) {
  }
  if (err_occurred()) return nullptr;
  return take(f, f->rbuf.size() - f->rpos);
}

// Reads up to `count` code points.
static Ref read_chars(FileObject* f, size_t count) {
  for (;;) {
    const char* p = f->rbuf.data() + f->rpos;
    size_t avail = f->rbuf.size() - f->rpos;
    size_t valid = utf8_valid_prefix(p, avail);
    if (utf8_count(p, valid) >= count) return take(f, utf8_offset(p, valid, count));
    if (!fill_buffer(f)) {
      if (err_occurred()) return nullptr;
      return take(f, f->rbuf.size() - f->rpos);
    }
  }
}

// --- methods ---

static Ref file_read_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value size = Value();
  if (!parse_args("read", args, nargs, kwnames, {"size"}, 0, &size, 1)) return nullptr;
  FileObject* f = as_file(self);
  if (!check_readable(f)) return nullptr;
  int64_t n = -1;
  if (size && !is_none(size) && !int_as_i64(size, &n)) return nullptr;
  return n < 0 ? read_all(f) : read_chars(f, size_t(n));
}

static Ref file_readline_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  Value size = Value();
  if (!parse_args("readline", args, nargs, kwnames, {"size"}, 0, &size, 1)) return nullptr;
  FileObject* f = as_file(self);
  if (!check_readable(f)) return nullptr;
  int64_t limit = -1;
  if (size && !is_none(size) && !int_as_i64(size, &limit)) return nullptr;
  size_t n;
  if (!read_line_bytes(f, &n)) return nullptr;
  if (limit >= 0) {
    const char* p = f->rbuf.data() + f->rpos;
    size_t valid = utf8_valid_prefix(p, n);
    n = std::min(n, utf8_offset(p, valid, size_t(limit)));
  }
  return take(f, n);
}

static Ref file_readlines_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("readlines", nargs, 0, 1) || !no_kwargs("readlines", kwnames)) return nullptr;
  Ref lines = new_list();
  if (!lines) return nullptr;
  std::string line;
  for (;;) {
    if (!file_readline(self, &line)) return nullptr;
    if (line.empty()) return lines;
    Ref s = new_str(line);
    if (!s || list_append(lines, s) < 0) return nullptr;
  }
}

static Ref file_write_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("write", nargs, 1, 1) || !no_kwargs("write", kwnames)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&Exc_TypeError, "write() argument must be str, not %s", type_name(args[0]));
  }
  Str* s = args[0].as<Str>();
  if (file_write(self, s->view()) < 0) return nullptr;
  return int_from_u64(s->length);
}

static Ref file_writelines_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("writelines", nargs, 1, 1) || !no_kwargs("writelines", kwnames)) return nullptr;
  if (!check_writable(as_file(self))) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Ref line = iter_next(it)) {
    if (!is_str(line)) {
      return raise(&Exc_TypeError, "write() argument must be str, not %s", type_name(line));
    }
    if (file_write(self, line.as<Str>()->view()) < 0) return nullptr;
  }
  if (err_occurred()) return nullptr;
  return none_ref();
}

static int file_close(FileObject* f) {
  if (f->closed) return 0;
  int rc = f->wbuf.empty() ? 0 : flush_buffer(f);
  f->closed = true;
  if (f->owns_fd && f->fd >= 0) ::close(f->fd);
  return rc;
}

static Ref file_close_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("close", nargs, 0, 0) || !no_kwargs("close", kwnames)) return nullptr;
  if (file_close(as_file(self)) < 0) return nullptr;
  return none_ref();
}

static Ref file_flush_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("flush", nargs, 0, 0) || !no_kwargs("flush", kwnames)) return nullptr;
  if (file_flush(self) < 0) return nullptr;
  return none_ref();
}

static Ref file_fileno_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("fileno", nargs, 0, 0) || !no_kwargs("fileno", kwnames)) return nullptr;
  if (!check_open(as_file(self))) return nullptr;
  return Ref::small(as_file(self)->fd);
}

static Ref file_isatty_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("isatty", nargs, 0, 0) || !no_kwargs("isatty", kwnames)) return nullptr;
  if (!check_open(as_file(self))) return nullptr;
  return bool_ref(isatty(as_file(self)->fd));
}

static Ref file_readable_m(Value self, const Value*, size_t, Value) {
  if (!check_open(as_file(self))) return nullptr;
  return bool_ref(as_file(self)->readable);
}

static Ref file_writable_m(Value self, const Value*, size_t, Value) {
  if (!check_open(as_file(self))) return nullptr;
  return bool_ref(as_file(self)->writable);
}

static Ref file_enter_m(Value self, const Value*, size_t, Value) {
  if (!check_open(as_file(self))) return nullptr;
  return Ref::dup(self);
}

static Ref file_exit_m(Value self, const Value*, size_t, Value) {
  if (file_close(as_file(self)) < 0) return nullptr;
  return none_ref();
}

static const MethodDef kFileMethods[] = {
    {"read", file_read_m},
    {"readline", file_readline_m},
    {"readlines", file_readlines_m},
    {"write", file_write_m},
    {"writelines", file_writelines_m},
    {"close", file_close_m},
    {"flush", file_flush_m},
    {"fileno", file_fileno_m},
    {"isatty", file_isatty_m},
    {"readable", file_readable_m},
    {"writable", file_writable_m},
    {"__enter__", file_enter_m},
    {"__exit__", file_exit_m},
    {nullptr, nullptr},
};

static Ref file_get_closed(Value self) { return bool_ref(as_file(self)->closed); }
static Ref file_get_name(Value self) { return as_file(self)->name.dup(); }
static Ref file_get_mode(Value self) { return as_file(self)->mode.dup(); }
static Ref file_get_encoding(Value) { return new_str("utf-8"); }

static const GetSetDef kFileGetSet[] = {
    {"closed", file_get_closed, nullptr}, {"name", file_get_name, nullptr},
    {"mode", file_get_mode, nullptr},     {"encoding", file_get_encoding, nullptr},
    {nullptr, nullptr, nullptr},
};

static Ref file_iternext(Value self) {
  std::string line;
  if (!file_readline(self, &line) || line.empty()) return nullptr;
  return new_str(line);
}

static Ref file_iter(Value self) {
  if (!check_open(as_file(self))) return nullptr;
  return Ref::dup(self);
}

static Ref file_repr(Value self) {
  FileObject* f = as_file(self);
  Ref name = repr(f->name);
  Ref mode = repr(f->mode);
  if (!name || !mode) return nullptr;
  return new_str("<_io.TextIOWrapper name=" + std::string(name.as<Str>()->view()) +
                 " mode=" + std::string(mode.as<Str>()->view()) + " encoding='UTF-8'>");
}

static void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (file_close(f) < 0) err_clear();
  destroy_object<FileObject>(o);
}

static TypeRegistrar file_reg(&FileType, [](Type& t) {
  t.name = "_io.TextIOWrapper";
  t.basicsize = sizeof(FileObject);
  t.dealloc = file_dealloc;
  t.repr = file_repr;
  t.iter = file_iter;
  t.iternext = file_iternext;
  t.methods = kFileMethods;
  t.getset = kFileGetSet;
});

static TypeRegistrar unsupported_reg(&Exc_UnsupportedOperation, [](Type& t) {
  t.name = "io.UnsupportedOperation";
  t.base = &Exc_OSError;
  t.flags = kTpBaseType | kTpExcSubclass;
  // Exc_OSError's registrar may not have run yet (another file), so the
  // shared exception layout is named directly.
  t.basicsize = sizeof(ExceptionObject);
});

// --- construction ---

static Ref make_file(int fd, Value name, std::string_view mode, bool readable, bool writable,
                     FileBuffering buffering) {
  auto* f = alloc_object<FileObject>(&FileType);
  if (!f) return nullptr;
  Ref obj = Ref::steal(f);
  f->fd = fd;
  f->readable = readable;
  f->writable = writable;
  f->buffering = buffering;
  f->name = Ref::dup(name);
  f->mode = new_str(mode);
  if (!f->mode) return nullptr;
  return obj;
}

Ref new_std_file(int fd, const char* name, const char* mode, FileBuffering buffering) {
  Ref n = new_str(name);
  if (!n) return nullptr;
  bool reading = mode[0] == 'r';
  Ref f = make_file(fd, n, mode, reading, !reading, buffering);
  if (f) as_file(f)->owns_fd = false;
  return f;
}

Ref file_open(Value file, std::string_view mode, Value encoding) {
  (void)encoding;  // text is always UTF-8
  bool r = false, w = false, a = false, x = false, plus = false, b = false, t = false;
  for (char c : mode) {
    bool* flag = c == 'r'   ? &r
                 : c == 'w' ? &w
                 : c == 'a' ? &a
                 : c == 'x' ? &x
                 : c == '+' ? &plus
                 : c == 'b' ? &b
                 : c == 't' ? &t
                            : nullptr;
    if (!flag || *flag) {
      return raise(&Exc_ValueError, "invalid mode: '%.*s'", int(mode.size()), mode.data());
    }
    *flag = true;
  }
  if (r + w + a + x != 1) {
    return raise(&Exc_ValueError, "must have exactly one of create/read/write/append mode");
  }
  if (b && t) return raise(&Exc_ValueError, "can't have text and binary mode at once");
  if (b) return raise(&Exc_ValueError, "binary mode is not supported yet");
  int flags = O_CLOEXEC;
  if (r) flags |= plus ? O_RDWR : O_RDONLY;
  if (w) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_TRUNC;
  if (a) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_APPEND;
  if (x) flags |= (plus ? O_RDWR : O_WRONLY) | O_CREAT | O_EXCL;
  int fd;
  bool owns = true;
  if (is_int(file)) {
    int64_t n;
    if (!int_as_i64(file, &n)) return nullptr;
    fd = int(n);
    owns = true;
  } else if (is_str(file)) {
    // GIL guard: release around open().
    do {
      fd = ::open(file.as<Str>()->data, flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return raise_oserror(errno, file);
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      return raise_oserror(EISDIR, file);
    }
  } else {
    return raise(&Exc_TypeError, "expected str, bytes or os.PathLike object, not %s",
                 type_name(file));
  }
  Ref f = make_file(fd, file, mode, r || plus, !r || plus, FileBuffering::Block);
  if (!f) {
    if (owns) ::close(fd);
    return nullptr;
  }
  as_file(f)->append = a;
  return f;
}

}  // namespace gp
