// File objects over POSIX descriptors (see file.h).
//
// Reads fill `rbuf` a block at a time; text files hand out decoded str (a
// read never splits a multi-byte character because lines and whole-file
// reads end on complete characters, and read(n) counts code points), binary
// files hand out the bytes. Writes append to
// `wbuf`, flushed when the buffering policy says so (a newline for line
// buffering, 8 KiB for block buffering, at once when unbuffered), on close,
// and at exit for the standard streams. Every syscall that can block runs
// with the GIL released, on bytes moved out of (or into) the object while
// the GIL was held.
#include "runtime/file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <string>

#include "interp/gil.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/bytes.h"
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
Type BufferedReaderType;
Type BufferedWriterType;
Type BufferedRandomType;
Type Exc_UnsupportedOperation;

static constexpr size_t kBlockSize = 8192;

static FileObject* as_file(Value v) { return v.as<FileObject>(); }

static bool check_open(FileObject* f) {
  if (f->closed) {
    raise(&Exc_ValueError,
          f->binary ? "I/O operation on closed file" : "I/O operation on closed file.");
    return false;
  }
  return true;
}

static bool check_readable(FileObject* f) {
  if (f->closed && f->binary) {
    raise(&Exc_ValueError, "read of closed file");
    return false;
  }
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
  // The bytes leave the object before the GIL is released, so another
  // thread can append to (or flush) the buffer while this write runs.
  std::string out;
  out.swap(f->wbuf);
  int fd = f->fd, err = 0;
  // Callers may hold only a borrowed reference (print's sys.stdout), and
  // another thread may replace sys.stdout while the GIL is released.
  Ref keep = Ref::dup(Value(f));
  {
    GilReleased unlocked(Reclaim::AtOnce);
    std::lock_guard<std::mutex> lock(f->io_mu);
    size_t done = 0;
    while (done < out.size()) {
      ssize_t n = ::write(fd, out.data() + done, out.size() - done);
      if (n < 0) {
        if (errno == EINTR) continue;
        err = errno;
        break;
      }
      done += size_t(n);
    }
  }
  if (f->wbuf.empty()) {
    out.clear();
    f->wbuf.swap(out);  // keeps the capacity for the next writes
  }
  if (err) {
    raise_oserror(err);
    return -1;
  }
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
  char chunk[kBlockSize];
  int fd = f->fd;
  ssize_t n = 0;
  Ref keep = Ref::dup(Value(f));  // as in flush_buffer
  int err = blocking_call(Reclaim::AtOnce, [&] {
    std::lock_guard<std::mutex> lock(f->io_mu);
    n = ::read(fd, chunk, kBlockSize);
    return n < 0 ? errno : 0;
  });
  if (err < 0) return false;
  if (err > 0) {
    raise_oserror(err);
    return false;
  }
  f->rbuf.append(chunk, size_t(n));
  if (n == 0) f->eof = true;
  return n > 0;
}

// The str (text files) or bytes (binary files) of raw file data: decoded
// with the file's codec, universal newlines folded to '\n'.
static Ref to_value(FileObject* f, std::string_view raw) {
  if (f->binary) return new_bytes(raw);
  std::string folded;
  if (f->newline == Newline::Universal && raw.find('\r') != std::string_view::npos) {
    folded.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '\r') {
        folded.push_back(raw[i]);
      } else {
        folded.push_back('\n');
        if (i + 1 < raw.size() && raw[i + 1] == '\n') ++i;
      }
    }
    raw = folded;
  }
  return bytes_decode_text(raw.data(), raw.size(), f->encoding.as<Str>()->view(),
                           f->errors.as<Str>()->view());
}

// Takes `n` bytes from the read buffer as a str or bytes.
static Ref take(FileObject* f, size_t n) {
  Ref v = to_value(f, std::string_view(f->rbuf.data() + f->rpos, n));
  if (v) f->rpos += n;
  return v;
}

// The length in bytes of the next line in the read buffer (reading more
// as needed): up to and including its terminator, or to end of file.
static bool read_line_bytes(FileObject* f, size_t* len) {
  bool any_end =
      !f->binary && (f->newline == Newline::Universal || f->newline == Newline::Untranslated);
  std::string_view term = f->binary || f->newline == Newline::LF ? "\n"
                          : f->newline == Newline::CR            ? "\r"
                                                                 : "\r\n";
  size_t scanned = 0;  // bytes known to hold no terminator
  for (;;) {
    std::string_view avail(f->rbuf.data() + f->rpos, f->rbuf.size() - f->rpos);
    if (any_end) {
      size_t at = avail.find_first_of("\r\n", scanned);
      // A '\r' as the last byte read may start a "\r\n": read on first.
      if (at != std::string_view::npos && (avail[at] == '\n' || at + 1 < avail.size())) {
        *len = at + (avail[at] == '\r' && avail[at + 1] == '\n' ? 2 : 1);
        return true;
      }
      scanned = at != std::string_view::npos ? at : avail.size();
    } else {
      size_t at = avail.find(term, scanned);
      if (at != std::string_view::npos) {
        *len = at + term.size();
        return true;
      }
      scanned = avail.size() >= term.size() ? avail.size() - term.size() + 1 : 0;
    }
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
  Ref s = take(f, n);
  if (!s) return false;
  line->assign(s.as<Str>()->view());
  return true;
}

// One line as the file's value type; an empty value at end of file.
static Ref next_line(FileObject* f) {
  if (!check_readable(f)) return nullptr;
  size_t n;
  if (!read_line_bytes(f, &n)) return nullptr;
  return take(f, n);
}

static Ref read_all(FileObject* f) {
  while (fill_buffer(f)) {
  }
  if (err_occurred()) return nullptr;
  return take(f, f->rbuf.size() - f->rpos);
}

// Reads up to `count` code points (text) or bytes (binary).
static Ref read_chars(FileObject* f, size_t count) {
  for (;;) {
    const char* p = f->rbuf.data() + f->rpos;
    size_t avail = f->rbuf.size() - f->rpos;
    if (f->binary || !f->utf8) {
      if (avail >= count) return take(f, count);
      if (!fill_buffer(f)) {
        if (err_occurred()) return nullptr;
        return take(f, f->rbuf.size() - f->rpos);
      }
      continue;
    }
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
    if (f->binary || !f->utf8) {
      n = std::min(n, size_t(limit));
    } else {
      size_t valid = utf8_valid_prefix(p, n);
      n = std::min(n, utf8_offset(p, valid, size_t(limit)));
    }
  }
  return take(f, n);
}

static Ref file_readlines_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("readlines", nargs, 0, 1) || !no_kwargs("readlines", kwnames)) return nullptr;
  Ref lines = new_list();
  if (!lines) return nullptr;
  for (;;) {
    Ref line = next_line(as_file(self));
    if (!line) return nullptr;
    ptrdiff_t n = length(line);
    if (n < 0) return nullptr;
    if (n == 0) return lines;
    if (list_append(lines, line) < 0) return nullptr;
  }
}

// Writes one write() argument: bytes-like for binary files; str for text
// files, with '\n' translated and encoded as the file asks. The count
// write() returns goes to *count.
static bool write_value(FileObject* f, Value v, size_t* count) {
  if (f->binary) {
    std::string_view data;
    if (!need_bytes_like(v, &data)) return false;
    *count = data.size();
    return file_write(Value(f), data) == 0;
  }
  if (!is_str(v)) {
    raise(&Exc_TypeError, "write() argument must be str, not %s", type_name(v));
    return false;
  }
  Str* s = v.as<Str>();
  *count = s->length;
  std::string_view text = s->view();
  std::string translated;
  if ((f->newline == Newline::CR || f->newline == Newline::CRLF) &&
      text.find('\n') != std::string_view::npos) {
    std::string_view nl = f->newline == Newline::CR ? "\r" : "\r\n";
    for (char c : text) {
      if (c == '\n') {
        translated.append(nl);
      } else {
        translated.push_back(c);
      }
    }
    text = translated;
  }
  if (f->utf8 || s->ascii) return file_write(Value(f), text) == 0;
  Ref tmp;
  if (!translated.empty()) {
    tmp = new_str(translated);
    if (!tmp) return false;
  }
  Ref encoded =
      str_encode(tmp ? Value(tmp) : v, f->encoding.as<Str>()->view(), f->errors.as<Str>()->view());
  if (!encoded) return false;
  return file_write(Value(f), encoded.as<Bytes>()->view()) == 0;
}

static Ref file_write_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("write", nargs, 1, 1) || !no_kwargs("write", kwnames)) return nullptr;
  if (!check_writable(as_file(self))) return nullptr;
  size_t count;
  if (!write_value(as_file(self), args[0], &count)) return nullptr;
  return int_from_u64(count);
}

static Ref file_writelines_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("writelines", nargs, 1, 1) || !no_kwargs("writelines", kwnames)) return nullptr;
  if (!check_writable(as_file(self))) return nullptr;
  Ref it = get_iter(args[0]);
  if (!it) return nullptr;
  while (Ref line = iter_next(it)) {
    size_t count;
    if (!write_value(as_file(self), line, &count)) return nullptr;
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

// The position the caller sees: the descriptor's, less what is buffered
// unread, plus what is buffered unwritten.
static Ref file_tell_m(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!check_nargs("tell", nargs, 0, 0) || !no_kwargs("tell", kwnames)) return nullptr;
  FileObject* f = as_file(self);
  if (!check_open(f)) return nullptr;
  off_t pos = ::lseek(f->fd, 0, SEEK_CUR);
  if (pos < 0) return raise_oserror(errno);
  return int_from_i64(int64_t(pos) - int64_t(f->rbuf.size() - f->rpos) + int64_t(f->wbuf.size()));
}

static Ref file_seek_m(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!check_nargs("seek", nargs, 1, 2) || !no_kwargs("seek", kwnames)) return nullptr;
  FileObject* f = as_file(self);
  if (!check_open(f)) return nullptr;
  int64_t offset, whence = SEEK_SET;
  if (!int_as_i64(args[0], &offset) || (nargs > 1 && !int_as_i64(args[1], &whence))) {
    return nullptr;
  }
  if (whence < 0 || whence > 2) {
    return raise(
        &Exc_ValueError,
        f->binary ? "whence value %lld unsupported" : "invalid whence (%lld, should be 0, 1 or 2)",
        static_cast<long long>(whence));
  }
  if (!f->binary && whence != SEEK_SET && offset != 0) {
    return raise(&Exc_UnsupportedOperation, whence == SEEK_CUR
                                                ? "can't do nonzero cur-relative seeks"
                                                : "can't do nonzero end-relative seeks");
  }
  if (!f->wbuf.empty() && flush_buffer(f) < 0) return nullptr;
  if (whence == SEEK_CUR) offset -= int64_t(f->rbuf.size() - f->rpos);
  f->rbuf.clear();
  f->rpos = 0;
  f->eof = false;
  off_t pos = ::lseek(f->fd, off_t(offset), int(whence));
  if (pos < 0) return raise_oserror(errno);
  return int_from_i64(pos);
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
    {"seek", file_seek_m},
    {"tell", file_tell_m},
    {"__enter__", file_enter_m},
    {"__exit__", file_exit_m},
    {nullptr, nullptr},
};

static Ref file_get_closed(Value self) { return bool_ref(as_file(self)->closed); }
static Ref file_get_name(Value self) { return as_file(self)->name.dup(); }
static Ref file_get_mode(Value self) { return as_file(self)->mode.dup(); }
static Ref file_get_encoding(Value self) {
  FileObject* f = as_file(self);
  if (f->binary)
    return raise(&Exc_AttributeError, "'%s' object has no attribute 'encoding'", type_name(self));
  return f->encoding.dup();
}

static const GetSetDef kFileGetSet[] = {
    {"closed", file_get_closed, nullptr}, {"name", file_get_name, nullptr},
    {"mode", file_get_mode, nullptr},     {"encoding", file_get_encoding, nullptr},
    {nullptr, nullptr, nullptr},
};

static Ref file_iternext(Value self) {
  Ref line = next_line(as_file(self));
  if (!line) return nullptr;
  ptrdiff_t n = length(line);
  if (n <= 0) return nullptr;
  return line;
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
  if (f->binary) return str_printf("<%s name=%s>", type_name(self), name.as<Str>()->data);
  Ref enc = repr(f->encoding);
  if (!enc) return nullptr;
  return str_printf("<_io.TextIOWrapper name=%s mode=%s encoding=%s>", name.as<Str>()->data,
                    mode.as<Str>()->data, enc.as<Str>()->data);
}

static void file_dealloc(Object* o) {
  FileObject* f = static_cast<FileObject*>(o);
  if (file_close(f) < 0) err_clear();
  destroy_object<FileObject>(o);
}

// Text and binary files share one implementation; only the names differ.
static void setup_file_type(Type& t, const char* name) {
  t.name = name;
  t.basicsize = sizeof(FileObject);
  t.dealloc = file_dealloc;
  t.repr = file_repr;
  t.iter = file_iter;
  t.iternext = file_iternext;
  t.methods = kFileMethods;
  t.getset = kFileGetSet;
}

static TypeRegistrar file_reg(&FileType, [](Type& t) { setup_file_type(t, "_io.TextIOWrapper"); });
static TypeRegistrar reader_reg(&BufferedReaderType,
                                [](Type& t) { setup_file_type(t, "_io.BufferedReader"); });
static TypeRegistrar writer_reg(&BufferedWriterType,
                                [](Type& t) { setup_file_type(t, "_io.BufferedWriter"); });
static TypeRegistrar random_reg(&BufferedRandomType,
                                [](Type& t) { setup_file_type(t, "_io.BufferedRandom"); });

static TypeRegistrar unsupported_reg(&Exc_UnsupportedOperation, [](Type& t) {
  t.name = "io.UnsupportedOperation";
  t.base = &Exc_OSError;
  t.flags = kTpBaseType | kTpExcSubclass;
  // Exc_OSError's registrar may not have run yet (another file), so the
  // shared exception layout is named directly.
  t.basicsize = sizeof(ExceptionObject);
});

// --- construction ---

static Ref make_file(Type* type, int fd, Value name, std::string_view mode, bool readable,
                     bool writable, FileBuffering buffering) {
  auto* f = alloc_object<FileObject>(type);
  if (!f) return nullptr;
  Ref obj = Ref::steal(f);
  f->fd = fd;
  f->readable = readable;
  f->writable = writable;
  f->buffering = buffering;
  f->binary = type != &FileType;
  f->name = Ref::dup(name);
  f->mode = new_str(mode);
  if (!f->mode) return nullptr;
  if (!f->binary) {
    f->encoding = new_str("utf-8");
    f->errors = new_str("strict");
    if (!f->encoding || !f->errors) return nullptr;
  }
  return obj;
}

// Validates and stores open()'s encoding, errors and newline for a text
// file; the codec must be one bytes.cpp knows.
static bool set_text_options(FileObject* f, Value encoding, Value errors, Value newline) {
  if (encoding) {
    Ref probe = bytes_decode_text("", 0, encoding.as<Str>()->view(), "strict");
    if (!probe) return false;
    f->encoding = Ref::dup(encoding);
    Ref utf8 = bytes_decode_text("\xc3\xa9", 2, encoding.as<Str>()->view(), "replace");
    if (!utf8) return false;
    f->utf8 = utf8.as<Str>()->length == 1;
  } else {
    f->encoding = new_str("UTF-8");
    if (!f->encoding) return false;
  }
  if (errors) f->errors = Ref::dup(errors);
  if (newline) {
    std::string_view nl = newline.as<Str>()->view();
    if (nl.empty()) {
      f->newline = Newline::Untranslated;
    } else if (nl == "\n") {
      f->newline = Newline::LF;
    } else if (nl == "\r") {
      f->newline = Newline::CR;
    } else if (nl == "\r\n") {
      f->newline = Newline::CRLF;
    } else {
      raise(&Exc_ValueError, "illegal newline value: %s", newline.as<Str>()->data);
      return false;
    }
  }
  return true;
}

Ref new_std_file(int fd, const char* name, const char* mode, FileBuffering buffering) {
  Ref n = new_str(name);
  if (!n) return nullptr;
  bool reading = mode[0] == 'r';
  Ref f = make_file(&FileType, fd, n, mode, reading, !reading, buffering);
  if (f) as_file(f)->owns_fd = false;
  return f;
}

Ref file_open(Value file, std::string_view mode, Value encoding, Value errors, Value newline,
              Value closefd) {
  struct {
    const char* name;
    Value v;
  } const text_args[] = {{"encoding", encoding}, {"errors", errors}, {"newline", newline}};
  for (const auto& arg : text_args) {
    if (arg.v && !is_none(arg.v) && !is_str(arg.v)) {
      return raise(&Exc_TypeError, "open() argument '%s' must be str or None, not %s", arg.name,
                   type_name(arg.v));
    }
  }
  if (encoding && is_none(encoding)) encoding = Value();
  if (errors && is_none(errors)) errors = Value();
  if (newline && is_none(newline)) newline = Value();
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
    return raise(&Exc_ValueError,
                 (r + w + a + x) ? "must have exactly one of create/read/write/append mode"
                                 : "Must have exactly one of create/read/write/append mode and at "
                                   "most one plus");
  }
  if (b && t) return raise(&Exc_ValueError, "can't have text and binary mode at once");
  if (b && encoding) return raise(&Exc_ValueError, "binary mode doesn't take an encoding argument");
  if (b && errors) return raise(&Exc_ValueError, "binary mode doesn't take an errors argument");
  if (b && newline) return raise(&Exc_ValueError, "binary mode doesn't take a newline argument");
  int keep_fd = closefd ? truthy(closefd) : 1;
  if (keep_fd < 0) return nullptr;
  if (!keep_fd && !is_int(file))
    return raise(&Exc_ValueError, "Cannot use closefd=False with file name");
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
    owns = keep_fd;
  } else if (is_str(file)) {
    {
      GilReleased unlocked(Reclaim::AtOnce);
      do {
        fd = ::open(file.as<Str>()->data, flags, 0666);
      } while (fd < 0 && errno == EINTR);
    }
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
  Type* type = !b     ? &FileType
               : plus ? &BufferedRandomType
               : r    ? &BufferedReaderType
                      : &BufferedWriterType;
  Ref f = make_file(type, fd, file, mode, r || plus, !r || plus, FileBuffering::Block);
  if (!f || (!b && !set_text_options(as_file(f), encoding, errors, newline))) {
    if (owns) ::close(fd);
    if (f) as_file(f)->fd = -1;
    return nullptr;
  }
  as_file(f)->append = a;
  as_file(f)->owns_fd = owns;
  return f;
}

}  // namespace gp
