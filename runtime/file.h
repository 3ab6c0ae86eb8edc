// Text file objects: what open() returns and what sys.stdin/stdout/stderr are.
//
// A FileObject wraps a POSIX file descriptor with its own read and write
// buffers (no stdio underneath, so fork and the GIL guard see plain
// syscalls). Text is UTF-8 in both directions. stdout is line-buffered on a
// terminal and block-buffered otherwise; stderr is line-buffered; `-u` makes
// both unbuffered. Binary modes ('rb', 'wb') are not supported yet.
#pragma once

#include <string>
#include <string_view>

#include "runtime/type.h"

namespace gp {

extern Type FileType;                  // _io.TextIOWrapper
extern Type Exc_UnsupportedOperation;  // io.UnsupportedOperation

enum class FileBuffering : uint8_t { Unbuffered, Line, Block };

struct FileObject : Object {
  int fd = -1;
  bool readable = false;
  bool writable = false;
  bool append = false;
  bool closed = false;
  bool owns_fd = true;
  FileBuffering buffering = FileBuffering::Block;
  Ref name;  // str, or the int fd
  Ref mode;  // str
  std::string wbuf;
  std::string rbuf;
  size_t rpos = 0;
  bool eof = false;
};

inline bool is_file(Value v) { return v.is_obj() && v.obj()->type == &FileType; }

// open(file, mode): `file` is a path (str) or an int fd.
Ref file_open(Value file, std::string_view mode, Value encoding);
// A file object over an inherited descriptor (sys.stdin/stdout/stderr).
Ref new_std_file(int fd, const char* name, const char* mode, FileBuffering buffering);
// Writes text to a FileObject through its buffer; 0 ok, -1 error.
int file_write(Value f, std::string_view text);
int file_flush(Value f);
// Reads one line (with its newline) from a FileObject; "" at end of file.
// False with an exception set on error.
bool file_readline(Value f, std::string* line);

}  // namespace gp
