// The builtin exception classes and exception instances.
//
// Every builtin exception class shares one instance layout (ExceptionObject):
// the args tuple, the chaining fields and an instance dict. Subclass-specific
// attributes (StopIteration.value, OSError.errno, SyntaxError.lineno, ...)
// live in that dict and are exposed through getsets that read None when the
// entry is missing, so `vars(e)` stays empty the way CPython's does for the
// common case and a subclass whose __init__ skips super() still reads None.
//
// The classes themselves come from exceptions.def. Each registrar first
// copies its base's slots (parents are listed first, and registrars of one
// file run in definition order), then overrides what its family changes: so
// FileNotFoundError inherits OSError's __init__ and __str__ without relying
// on type_ready's inheritance.
#include "runtime/exception.h"

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

#include "interp/traceback.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/int.h"
#include "runtime/list.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

#define EXC(name, base) Type Exc_##name;
#include "runtime/exceptions.def"
#undef EXC

static ExceptionObject* as_exc(Value v) { return v.as<ExceptionObject>(); }

// --- instance dict attributes ---

static int exc_set_attr(ExceptionObject* e, const char* name, Value v) {
  if (!e->dict) {
    e->dict = new_dict();
    if (!e->dict) return -1;
  }
  return dict_set_str(e->dict, name, v);
}

static Ref exc_get_attr(Value self, const char* name) {
  ExceptionObject* e = as_exc(self);
  if (e->dict) {
    Value v = dict_get_cstr(e->dict, name);
    if (v) return Ref::dup(v);
  }
  return none_ref();
}

static int exc_store_attr(Value self, const char* name, Value v) {
  ExceptionObject* e = as_exc(self);
  if (v) return exc_set_attr(e, name, v);
  if (!e->dict) return 0;
  Ref key = new_str(name);
  if (!key) return -1;
  if (dict_get(e->dict, key)) return dict_del(e->dict, key);
  return 0;
}

#define EXC_ATTR(attr)                                              \
  static Ref get_##attr(Value s) { return exc_get_attr(s, #attr); } \
  static int set_##attr(Value s, Value v) { return exc_store_attr(s, #attr, v); }
EXC_ATTR(value)
EXC_ATTR(code)
EXC_ATTR(errno)
EXC_ATTR(strerror)
EXC_ATTR(filename)
EXC_ATTR(filename2)
EXC_ATTR(msg)
EXC_ATTR(lineno)
EXC_ATTR(offset)
EXC_ATTR(text)
EXC_ATTR(end_lineno)
EXC_ATTR(end_offset)
EXC_ATTR(print_file_and_line)
EXC_ATTR(name)
EXC_ATTR(path)
EXC_ATTR(obj)
EXC_ATTR(encoding)
EXC_ATTR(object)
EXC_ATTR(start)
EXC_ATTR(end)
EXC_ATTR(reason)
#undef EXC_ATTR

// --- BaseException ---

static Ref exc_new(Type* t, const Value* args, size_t nargs, Value) {
  if (t == &Exc_OSError && nargs >= 2 && args[0].is_small()) {
    t = oserror_type_for(int(args[0].small_value()));
  }
  auto* e = alloc_object<ExceptionObject>(t, t->basicsize);
  if (!e) return nullptr;
  Ref self = Ref::steal(e);
  e->args = new_tuple_from(args, nargs);
  if (!e->args) return nullptr;
  return self;
}

static void exc_dealloc(Object* o) { destroy_object<ExceptionObject>(o); }

static int exc_set_args(Value self, const Value* args, size_t nargs) {
  Ref t = new_tuple_from(args, nargs);
  if (!t) return -1;
  as_exc(self)->args = std::move(t);
  return 0;
}

static int base_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs(type_name(self), kwnames)) return -1;
  return exc_set_args(self, args, nargs);
}

static Tuple* exc_args_tuple(Value self) { return as_exc(self)->args.as<Tuple>(); }

static Ref base_str(Value self) {
  Tuple* a = exc_args_tuple(self);
  if (!a || a->size == 0) return new_str("");
  if (a->size == 1) return str(a->items[0]);
  return str(Value(a));
}

static Ref base_repr(Value self) {
  Tuple* a = exc_args_tuple(self);
  std::string out = type_of(self)->name;
  if (a && a->size == 1) {
    Ref r = repr(a->items[0]);
    if (!r) return nullptr;
    out += '(';
    out += r.as<Str>()->view();
    out += ')';
    return new_str(out);
  }
  if (!a || a->size == 0) return new_str(out + "()");
  Ref r = repr(Value(a));
  if (!r) return nullptr;
  out += r.as<Str>()->view();
  return new_str(out);
}

static Ref exc_with_traceback(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("with_traceback", kwnames) || !check_nargs("with_traceback", nargs, 1, 1)) {
    return nullptr;
  }
  ExceptionObject* e = as_exc(self);
  e->traceback = is_none(args[0]) ? Ref() : Ref::dup(args[0]);
  return Ref::dup(self);
}

static Ref exc_add_note(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("add_note", kwnames) || !check_nargs("add_note", nargs, 1, 1)) return nullptr;
  if (!is_str(args[0])) {
    return raise(&Exc_TypeError, "note must be a str, not '%s'", type_name(args[0]));
  }
  ExceptionObject* e = as_exc(self);
  Value notes = e->dict ? dict_get_cstr(e->dict, "__notes__") : Value();
  if (!notes) {
    Ref fresh = new_list();
    if (!fresh || exc_set_attr(e, "__notes__", fresh) < 0) return nullptr;
    notes = dict_get_cstr(e->dict, "__notes__");
  } else if (!is_list(notes)) {
    return raise(&Exc_TypeError, "Cannot add note: __notes__ is not a list");
  }
  if (list_append(notes, args[0]) < 0) return nullptr;
  return none_ref();
}

static Ref get_args(Value self) {
  ExceptionObject* e = as_exc(self);
  return e->args ? e->args.dup() : empty_tuple();
}

static int set_args(Value self, Value v) {
  if (!v) return raise(&Exc_TypeError, "args may not be deleted"), -1;
  Ref t = tuple_from_iterable(v);
  if (!t) return -1;
  as_exc(self)->args = std::move(t);
  return 0;
}

static Ref get_traceback(Value self) {
  ExceptionObject* e = as_exc(self);
  return e->traceback ? e->traceback.dup() : none_ref();
}

static int set_traceback(Value self, Value v) {
  if (!v) return raise(&Exc_TypeError, "__traceback__ may not be deleted"), -1;
  if (!is_none(v) && type_of(v) != &TracebackType) {
    return raise(&Exc_TypeError, "__traceback__ must be a traceback or None"), -1;
  }
  as_exc(self)->traceback = is_none(v) ? Ref() : Ref::dup(v);
  return 0;
}

static Ref get_cause(Value self) {
  ExceptionObject* e = as_exc(self);
  return e->cause ? e->cause.dup() : none_ref();
}

static int set_cause(Value self, Value v) {
  if (!v) return raise(&Exc_TypeError, "__cause__ may not be deleted"), -1;
  if (!is_none(v) && !is_exception(v)) {
    return raise(&Exc_TypeError, "exception cause must be None or derive from BaseException"), -1;
  }
  ExceptionObject* e = as_exc(self);
  e->cause = is_none(v) ? Ref() : Ref::dup(v);
  e->suppress_context = true;
  return 0;
}

static Ref get_context(Value self) {
  ExceptionObject* e = as_exc(self);
  return e->context ? e->context.dup() : none_ref();
}

static int set_context(Value self, Value v) {
  if (!v) return raise(&Exc_TypeError, "__context__ may not be deleted"), -1;
  if (!is_none(v) && !is_exception(v)) {
    return raise(&Exc_TypeError, "exception context must be None or derive from BaseException"), -1;
  }
  as_exc(self)->context = is_none(v) ? Ref() : Ref::dup(v);
  return 0;
}

static Ref get_suppress_context(Value self) { return bool_ref(as_exc(self)->suppress_context); }

static int set_suppress_context(Value self, Value v) {
  if (!v) return raise(&Exc_TypeError, "__suppress_context__ may not be deleted"), -1;
  int t = truthy(v);
  if (t < 0) return -1;
  as_exc(self)->suppress_context = t;
  return 0;
}

static const MethodDef kBaseMethods[] = {
    {"with_traceback", exc_with_traceback},
    {"add_note", exc_add_note},
    {nullptr, nullptr},
};

static const GetSetDef kBaseGetSet[] = {
    {"args", get_args, set_args},
    {"__traceback__", get_traceback, set_traceback},
    {"__cause__", get_cause, set_cause},
    {"__context__", get_context, set_context},
    {"__suppress_context__", get_suppress_context, set_suppress_context},
    {nullptr, nullptr, nullptr},
};

// --- families with their own attributes ---

static Value arg_or_none(const Value* args, size_t nargs, size_t i) {
  return i < nargs ? args[i] : None();
}

static int stopiteration_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  return exc_set_attr(as_exc(self), "value", arg_or_none(args, nargs, 0));
}

static int systemexit_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  ExceptionObject* e = as_exc(self);
  if (nargs <= 1) return exc_set_attr(e, "code", arg_or_none(args, nargs, 0));
  return exc_set_attr(e, "code", e->args);
}

// KeyError shows its key as repr so that str(KeyError('')) is "''", not "".
static Ref keyerror_str(Value self) {
  Tuple* a = exc_args_tuple(self);
  if (a && a->size == 1) return repr(a->items[0]);
  return base_str(self);
}

// OSError(errno, strerror[, filename[, winerror[, filename2]]]): with a
// filename the args tuple keeps only (errno, strerror), as CPython does.
static int oserror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs < 2 || nargs > 5) return 0;
  ExceptionObject* e = as_exc(self);
  if (exc_set_attr(e, "errno", args[0]) < 0 || exc_set_attr(e, "strerror", args[1]) < 0) {
    return -1;
  }
  if (nargs >= 3 && !is_none(args[2])) {
    if (exc_set_attr(e, "filename", args[2]) < 0) return -1;
    if (nargs == 5 && exc_set_attr(e, "filename2", args[4]) < 0) return -1;
    return exc_set_args(self, args, 2);
  }
  return 0;
}

static Ref oserror_str(Value self) {
  Ref err = exc_get_attr(self, "errno");
  Ref strerror = exc_get_attr(self, "strerror");
  Ref filename = exc_get_attr(self, "filename");
  Ref filename2 = exc_get_attr(self, "filename2");
  auto text = [](Value v) -> Ref { return str(v); };
  if (!is_none(filename)) {
    Ref e = text(err), s = text(strerror), f = repr(filename);
    if (!e || !s || !f) return nullptr;
    std::string out = "[Errno " + std::string(e.as<Str>()->view()) + "] " +
                      std::string(s.as<Str>()->view()) + ": " + std::string(f.as<Str>()->view());
    if (!is_none(filename2)) {
      Ref f2 = repr(filename2);
      if (!f2) return nullptr;
      out += " -> ";
      out += f2.as<Str>()->view();
    }
    return new_str(out);
  }
  if (!is_none(err) && !is_none(strerror)) {
    Ref e = text(err), s = text(strerror);
    if (!e || !s) return nullptr;
    return new_str("[Errno " + std::string(e.as<Str>()->view()) + "] " +
                   std::string(s.as<Str>()->view()));
  }
  return base_str(self);
}

static const GetSetDef kOSErrorGetSet[] = {
    {"errno", get_errno, set_errno},
    {"strerror", get_strerror, set_strerror},
    {"filename", get_filename, set_filename},
    {"filename2", get_filename2, set_filename2},
    {nullptr, nullptr, nullptr},
};

// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])).
static int syntaxerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  ExceptionObject* e = as_exc(self);
  if (nargs >= 1 && exc_set_attr(e, "msg", args[0]) < 0) return -1;
  if (nargs != 2) return 0;
  Ref info = tuple_from_iterable(args[1]);
  if (!info) return -1;
  Tuple* t = info.as<Tuple>();
  if (t->size < 4 || t->size > 6) {
    raise(&Exc_IndexError, "tuple index out of range");
    return -1;
  }
  static const char* const kFields[] = {"filename", "lineno",     "offset",
                                        "text",     "end_lineno", "end_offset"};
  for (size_t i = 0; i < t->size; ++i) {
    if (exc_set_attr(e, kFields[i], t->items[i]) < 0) return -1;
  }
  return 0;
}

static Ref syntaxerror_str(Value self) {
  Ref msg = exc_get_attr(self, "msg");
  Ref m = str(msg);
  if (!m) return nullptr;
  Ref filename = exc_get_attr(self, "filename");
  Ref lineno = exc_get_attr(self, "lineno");
  std::string out(m.as<Str>()->view());
  std::string base;
  if (is_str(filename)) {
    std::string_view f = filename.as<Str>()->view();
    size_t slash = f.rfind('/');
    base = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
  }
  bool have_line = is_int(lineno);
  if (base.empty() && !have_line) return m;
  std::string line = have_line ? int_to_string(lineno) : "";
  if (!base.empty() && have_line) {
    out += " (" + base + ", line " + line + ")";
  } else if (!base.empty()) {
    out += " (" + base + ")";
  } else {
    out += " (line " + line + ")";
  }
  return new_str(out);
}

static const GetSetDef kSyntaxErrorGetSet[] = {
    {"msg", get_msg, set_msg},
    {"filename", get_filename, set_filename},
    {"lineno", get_lineno, set_lineno},
    {"offset", get_offset, set_offset},
    {"text", get_text, set_text},
    {"end_lineno", get_end_lineno, set_end_lineno},
    {"end_offset", get_end_offset, set_end_offset},
    {"print_file_and_line", get_print_file_and_line, set_print_file_and_line},
    {nullptr, nullptr, nullptr},
};

// Binds the keyword-only attributes ImportError, NameError and
// AttributeError accept (name=, path=, obj=) and stores them.
static int init_with_keywords(Value self, const Value* args, size_t nargs, Value kwnames,
                              std::initializer_list<const char*> keys) {
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  for (size_t i = 0; i < nkw; ++i) {
    std::string_view k = kwnames.as<Tuple>()->items[i].as<Str>()->view();
    bool known = false;
    for (const char* key : keys) known |= (k == key);
    if (!known) {
      raise(&Exc_TypeError, "'%.*s' is an invalid keyword argument for %s()", int(k.size()),
            k.data(), type_name(self));
      return -1;
    }
  }
  if (exc_set_args(self, args, nargs) < 0) return -1;
  ExceptionObject* e = as_exc(self);
  for (const char* key : keys) {
    Value v = None();
    for (size_t i = 0; i < nkw; ++i) {
      if (kwnames.as<Tuple>()->items[i].as<Str>()->view() == key) v = args[nargs + i];
    }
    if (exc_set_attr(e, key, v) < 0) return -1;
  }
  return 0;
}

static int importerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (init_with_keywords(self, args, nargs, kwnames, {"name", "path"}) < 0) return -1;
  return exc_set_attr(as_exc(self), "msg", nargs == 1 ? args[0] : None());
}

static Ref importerror_str(Value self) {
  Ref msg = exc_get_attr(self, "msg");
  if (is_exact_str(msg)) return msg;
  return base_str(self);
}

static const GetSetDef kImportErrorGetSet[] = {
    {"msg", get_msg, set_msg},
    {"name", get_name, set_name},
    {"path", get_path, set_path},
    {nullptr, nullptr, nullptr},
};

static int nameerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  return init_with_keywords(self, args, nargs, kwnames, {"name"});
}

static int attributeerror_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  return init_with_keywords(self, args, nargs, kwnames, {"name", "obj"});
}

static const GetSetDef kNameErrorGetSet[] = {
    {"name", get_name, set_name},
    {nullptr, nullptr, nullptr},
};

static const GetSetDef kAttributeErrorGetSet[] = {
    {"name", get_name, set_name},
    {"obj", get_obj, set_obj},
    {nullptr, nullptr, nullptr},
};

// UnicodeDecodeError(encoding, object, start, end, reason) and the encode
// twin: five required arguments stored as attributes.
static int unicode_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (base_init(self, args, nargs, kwnames) < 0) return -1;
  if (nargs != 5) {
    raise(&Exc_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
    return -1;
  }
  static const char* const kFields[] = {"encoding", "object", "start", "end", "reason"};
  for (size_t i = 0; i < 5; ++i) {
    if (exc_set_attr(as_exc(self), kFields[i], args[i]) < 0) return -1;
  }
  return 0;
}

static Ref unicode_str(Value self) {
  Ref enc = exc_get_attr(self, "encoding"), obj = exc_get_attr(self, "object");
  Ref reason = exc_get_attr(self, "reason");
  int64_t start = 0, end = 0;
  if (is_none(obj)) return new_str("");
  Ref s_ref = exc_get_attr(self, "start"), e_ref = exc_get_attr(self, "end");
  if (!int_as_i64(s_ref, &start) || !int_as_i64(e_ref, &end)) return nullptr;
  Ref enc_s = str(enc), reason_s = str(reason);
  if (!enc_s || !reason_s) return nullptr;
  bool decode = type_is_subtype(type_of(self), &Exc_UnicodeDecodeError);
  std::string out = "'";
  out += enc_s.as<Str>()->view();
  out += "' codec can't ";
  out += decode ? "decode " : "encode ";
  if (end == start + 1) {
    Ref item = getitem(obj, Value::small(start));
    if (!item) return nullptr;
    char buf[32];
    if (decode) {
      int64_t byte = 0;
      if (!int_as_i64(item, &byte)) return nullptr;
      std::snprintf(buf, sizeof buf, "byte 0x%02x", unsigned(byte));
    } else {
      std::string_view ch = item.as<Str>()->view();
      uint32_t cp = uint8_t(ch[0]);
      if (cp >= 0x80) {
        int extra = cp >= 0xf0 ? 3 : cp >= 0xe0 ? 2 : 1;
        cp &= 0x3f >> extra;
        for (int k = 1; k <= extra && size_t(k) < ch.size(); ++k) cp = (cp << 6) | (ch[k] & 0x3f);
      }
      const char* fmt = cp <= 0xff     ? "character '\\x%02x'"
                        : cp <= 0xffff ? "character '\\u%04x'"
                                       : "character '\\U%08x'";
      std::snprintf(buf, sizeof buf, fmt, cp);
    }
    out += buf;
    out += " in position " + std::to_string(start);
  } else {
    out += decode ? "bytes" : "characters";
    out += " in position " + std::to_string(start) + "-" + std::to_string(end - 1);
  }
  out += ": ";
  out += reason_s.as<Str>()->view();
  return new_str(out);
}

static const GetSetDef kUnicodeErrorGetSet[] = {
    {"encoding", get_encoding, set_encoding}, {"object", get_object, set_object},
    {"start", get_start, set_start},          {"end", get_end, set_end},
    {"reason", get_reason, set_reason},       {nullptr, nullptr, nullptr},
};

static const GetSetDef kStopIterationGetSet[] = {
    {"value", get_value, set_value},
    {nullptr, nullptr, nullptr},
};

static const GetSetDef kSystemExitGetSet[] = {
    {"code", get_code, set_code},
    {nullptr, nullptr, nullptr},
};

// --- class registration ---

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Winvalid-offsetof"
static constexpr ptrdiff_t kDictOffset = offsetof(ExceptionObject, dict);
#pragma GCC diagnostic pop

static void setup_exception(Type& t, const char* name, Type* base) {
  t.name = name;
  t.base = base;
  t.flags = kTpBaseType | kTpExcSubclass;
  if (base == &ObjectType) {
    t.basicsize = sizeof(ExceptionObject);
    t.dictoffset = kDictOffset;
    t.dealloc = exc_dealloc;
    t.repr = base_repr;
    t.str = base_str;
    t.new_ = exc_new;
    t.init = base_init;
    t.methods = kBaseMethods;
    t.getset = kBaseGetSet;
    return;
  }
  t.basicsize = base->basicsize;
  t.dictoffset = base->dictoffset;
  t.dealloc = base->dealloc;
  t.repr = base->repr;
  t.str = base->str;
  t.new_ = base->new_;
  t.init = base->init;

  struct Family {
    Type* type;
    int (*init)(Value, const Value*, size_t, Value);
    UnaryFn str;
    const GetSetDef* getset;
  };
  const Family families[] = {
      {&Exc_StopIteration, stopiteration_init, nullptr, kStopIterationGetSet},
      {&Exc_SystemExit, systemexit_init, nullptr, kSystemExitGetSet},
      {&Exc_KeyError, nullptr, keyerror_str, nullptr},
      {&Exc_OSError, oserror_init, oserror_str, kOSErrorGetSet},
      {&Exc_SyntaxError, syntaxerror_init, syntaxerror_str, kSyntaxErrorGetSet},
      {&Exc_ImportError, importerror_init, importerror_str, kImportErrorGetSet},
      {&Exc_NameError, nameerror_init, nullptr, kNameErrorGetSet},
      {&Exc_AttributeError, attributeerror_init, nullptr, kAttributeErrorGetSet},
      {&Exc_UnicodeDecodeError, unicode_init, unicode_str, kUnicodeErrorGetSet},
      {&Exc_UnicodeEncodeError, unicode_init, unicode_str, kUnicodeErrorGetSet},
  };
  for (const Family& f : families) {
    if (f.type != &t) continue;
    if (f.init) t.init = f.init;
    if (f.str) t.str = f.str;
    t.getset = f.getset;
  }
}

#define Exc_ObjectType_ ObjectType
#define EXC(name, base)                            \
  static TypeRegistrar exc_reg_##name(&Exc_##name, \
                                      [](Type& t) { setup_exception(t, #name, &Exc_##base); });
#include "runtime/exceptions.def"
#undef EXC
#undef Exc_ObjectType_

// --- entry points ---

Ref new_exception(Type* t, Value args_tuple) {
  Tuple* a = args_tuple.as<Tuple>();
  if (t->flags & kTpHeapType) return call_tuple_dict(Value(t), args_tuple, Value());
  Ref self = exc_new(t, a->items, a->size, Value());
  if (!self) return nullptr;
  if (t->init(self, a->items, a->size, Value()) < 0) return nullptr;
  return self;
}

Ref exception_str(Value exc) { return str(exc); }

std::nullptr_t raise_syntax_error(std::string_view kind, std::string_view msg,
                                  std::string_view filename, int lineno, int offset, int end_lineno,
                                  int end_offset, std::string_view text) {
  Type* t = kind == "IndentationError" ? &Exc_IndentationError
            : kind == "TabError"       ? &Exc_TabError
                                       : &Exc_SyntaxError;
  Ref m = new_str(msg), f = new_str(filename), tx = new_str(text);
  if (!m || !f || !tx) return nullptr;
  Ref l = Ref::small(lineno), o = Ref::small(offset), el = Ref::small(end_lineno),
      eo = Ref::small(end_offset);
  Ref info = new_tuple({f, l, o, tx, el, eo});
  if (!info) return nullptr;
  Ref args = new_tuple({m, info});
  if (!args) return nullptr;
  return raise_with_args(t, args);
}

Type* oserror_type_for(int errnum) {
  switch (errnum) {
    case EAGAIN:
    case EALREADY:
    case EINPROGRESS:
      return &Exc_BlockingIOError;
    case ECHILD:
      return &Exc_ChildProcessError;
    case EPIPE:
    case ESHUTDOWN:
      return &Exc_BrokenPipeError;
    case ECONNABORTED:
      return &Exc_ConnectionAbortedError;
    case ECONNREFUSED:
      return &Exc_ConnectionRefusedError;
    case ECONNRESET:
      return &Exc_ConnectionResetError;
    case EEXIST:
      return &Exc_FileExistsError;
    case ENOENT:
      return &Exc_FileNotFoundError;
    case EISDIR:
      return &Exc_IsADirectoryError;
    case ENOTDIR:
      return &Exc_NotADirectoryError;
    case EINTR:
      return &Exc_InterruptedError;
    case EACCES:
    case EPERM:
      return &Exc_PermissionError;
    case ESRCH:
      return &Exc_ProcessLookupError;
    case ETIMEDOUT:
      return &Exc_TimeoutError;
    default:
      return &Exc_OSError;
  }
}

std::nullptr_t raise_oserror(int errnum, Value filename) {
  Ref msg = new_str(std::strerror(errnum));
  if (!msg) return nullptr;
  Ref code = Ref::small(errnum);
  Ref args = filename ? new_tuple({code, msg, filename}) : new_tuple({code, msg});
  if (!args) return nullptr;
  return raise_with_args(oserror_type_for(errnum), args);
}

}  // namespace gp
