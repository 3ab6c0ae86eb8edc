// Text file objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// A FileObject wraps a POSIX file descriptor with its own read and write
// buffers (no stdio underneath, so fork and the GIL guard see plain
// syscalls). Text files encode and decode with the utf-8, latin-1 or ascii
// codec and translate newlines as open()'s `newline` asks; binary files
// ('rb', 'wb', 'r+b', ...) read and write bytes unchanged and are typed
// _io.BufferedReader/Writer/Random like CPython's. stdout is line-buffered
// on a terminal and block-buffered otherwise; stderr is line-buffered; `-u`
// makes both unbuffered.
#pragma once

#include <mutex>
#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type FileType;                  // _io.TextIOWrapper
extern Type BufferedReaderType;        // binary files opened for reading
extern Type BufferedWriterType;        // ... for writing or appending
extern Type BufferedRandomType;        // ... for both ('+')
extern Type Exc_UnsupportedOperation;  // io.UnsupportedOperation

enum class FileBuffering : uint8_t { Unbuffered, Line, Block };

// open()'s newline argument: None (universal: \r and \r\n read as \n),
// '' (lines end at any of them, kept as they are), or one terminator that
// ends lines on reading and replaces '\n' on writing.
enum class Newline : uint8_t { Universal, Untranslated, LF, CR, CRLF };

struct FileObject : Object {
  int fd = -1;
  bool readable = false;
  bool writable = false;
  bool append = false;
  bool closed = false;
  bool owns_fd = true;
  bool binary = false;
  bool utf8 = true;  // text codec is utf-8 (else a one-byte codec)
  Newline newline = Newline::Universal;
  FileBuffering buffering = FileBuffering::Block;
  Ref name;      // str, or the int fd
  Ref mode;      // str
  Ref encoding;  // str, the codec name as given; null for binary files
  Ref errors;    // str
  std::string wbuf;
  std::string rbuf;
  size_t rpos = 0;
  bool eof = false;
  // Serialises the syscalls of threads that released the GIL around them;
  // always taken after the GIL is released, never while holding it.
  std::mutex io_mu;
};

inline bool is_file(Value v) { return v.is_obj() && v.obj()->type == &FileType; }

// open(file, mode, buffering, encoding, errors, newline, closefd): `file`
// is a path (str) or an int fd; the optional arguments may be null.
Ref file_open(Value file, std::string_view mode, Value encoding, Value errors, Value newline,
              Value closefd);
// A file object over an inherited descriptor (sys.stdin/stdout/stderr).
Ref new_std_file(int fd, const char* name, const char* mode, FileBuffering buffering);
// Writes text to a FileObject through its buffer; 0 ok, -1 error.
int file_write(Value f, std::string_view text);
int file_flush(Value f);
// Reads one line (with its newline) from a FileObject; "" at end of file.
// False with an exception set on error.
bool file_readline(Value f, std::string* line);

}  // namespace gp
