// Python functions, bound methods and closure cells.
//
// A Function pairs a Code with the namespaces it runs in (globals, and the
// builtins resolved once at creation, as CPython 3.10+ does) plus its
// defaults and closure. Calling one binds the arguments into a fresh frame
// (interp/eval.cpp); the eval loop does that inline for Python-to-Python
// calls, and the `call` slot here is the entry for native callers.
// Functions are descriptors: looking one up on an instance binds it into a
// BoundMethod, which the eval loop unpacks again so `obj.m(x)` allocates
// nothing.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type FunctionType;     // "function"
extern Type BoundMethodType;  // "method"
extern Type CellType;         // "cell"

struct Function : Object {
  Ref code;
  Ref globals;
  Ref builtins;     // dict
  Ref name;         // str
  Ref qualname;     // str
  Ref defaults;     // tuple or null
  Ref kwdefaults;   // dict or null
  Ref closure;      // tuple of cells or null
  Ref doc;          // null means None
  Ref module;       // null means None
  Ref dict;         // attribute dict, created on first store
  Ref annotations;  // dict or null
};

struct BoundMethod : Object {
  Ref func;
  Ref self;
};

struct Cell : Object {
  Ref ref;  // null when empty
};

inline bool is_function(Value v) { return v.is_obj() && v.obj()->type == &FunctionType; }

// A function for `code` (a Code) running in `globals`, named by the code
// unless `qualname` is given; its doc is the code's first constant when that
// is a str, its module globals['__name__'].
Ref new_function(Value code, Value globals, Value qualname = Value());
Ref new_bound_method(Value func, Value self);
// A cell holding `v` (null for an empty cell).
Ref new_cell(Value v);

// FunctionType's `call` slot (defined in interp/eval.cpp): binds the
// arguments into a new frame and runs it, or returns the generator.
Ref function_call(Value func, const Value* args, size_t nargs, Value kwnames);

// Calls `func` (a Function) with the frame's locals mapping set to `locals`,
// as __build_class__ runs a class body: the body's closure comes from the
// function, its names are stored into `locals`.
Ref function_call_with_locals(Value func, Value locals);

}  // namespace gp
