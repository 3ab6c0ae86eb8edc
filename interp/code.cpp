// The `code` type and the opcode tables generated from opcodes.def.
//
// Code objects are immutable once the compiler has filled them; the type
// only needs a dealloc, a repr and read-only co_* attributes for
// introspection (inspect, dis-like tools, tests). The three tables below are
// the X-macro expansions the disassembler and the eval loop index by opcode.
#include "interp/code.h"

#include "runtime/abstract.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

#define VAR kVarStackEffect
const char* const kOpcodeNames[] = {
#define OPCODE(name, effect, sw) #name,
#include "interp/opcodes.def"
#undef OPCODE
};
const int8_t kOpcodeStackEffect[] = {
#define OPCODE(name, effect, sw) effect,
#include "interp/opcodes.def"
#undef OPCODE
};
const bool kOpcodeSwitchPoint[] = {
#define OPCODE(name, effect, sw) sw != 0,
#include "interp/opcodes.def"
#undef OPCODE
};
#undef VAR

Type CodeType;

namespace {

Code* code_of(Value v) { return v.as<Code>(); }

Ref code_repr(Value self) {
  Code* c = code_of(self);
  return str_printf("<code object %s at %p, file \"%s\", line %d>", c->name.as<Str>()->data,
                    static_cast<void*>(c), c->filename.as<Str>()->data, c->firstlineno);
}

// Names of the localsplus slots in [begin, end) as a tuple.
Ref names_slice(Code* c, size_t begin, size_t end) {
  return new_tuple_from(c->localsplus_names.as<Tuple>()->items + begin, end - begin);
}

Ref get_name(Value s) { return code_of(s)->name.dup(); }
Ref get_qualname(Value s) { return code_of(s)->qualname.dup(); }
Ref get_filename(Value s) { return code_of(s)->filename.dup(); }
Ref get_consts(Value s) { return code_of(s)->consts.dup(); }
Ref get_names(Value s) { return code_of(s)->names.dup(); }
Ref get_firstlineno(Value s) { return int_from_i64(code_of(s)->firstlineno); }
Ref get_argcount(Value s) { return int_from_i64(code_of(s)->argcount); }
Ref get_posonly(Value s) { return int_from_i64(code_of(s)->posonlyargcount); }
Ref get_kwonly(Value s) { return int_from_i64(code_of(s)->kwonlyargcount); }
Ref get_flags(Value s) { return int_from_i64(code_of(s)->flags); }
Ref get_stacksize(Value s) { return int_from_i64(code_of(s)->stacksize); }
Ref get_nlocals(Value s) { return int_from_i64(code_of(s)->nlocals); }
Ref get_varnames(Value s) { return names_slice(code_of(s), 0, code_of(s)->nlocals); }
Ref get_cellvars(Value s) {
  Code* c = code_of(s);
  return names_slice(c, c->nlocals, c->nlocals + c->ncells);
}
Ref get_freevars(Value s) {
  Code* c = code_of(s);
  return names_slice(c, c->nlocals + c->ncells, c->nlocalsplus());
}

const GetSetDef kCodeGetSet[] = {
    {"co_name", get_name, nullptr},
    {"co_qualname", get_qualname, nullptr},
    {"co_filename", get_filename, nullptr},
    {"co_consts", get_consts, nullptr},
    {"co_names", get_names, nullptr},
    {"co_firstlineno", get_firstlineno, nullptr},
    {"co_argcount", get_argcount, nullptr},
    {"co_posonlyargcount", get_posonly, nullptr},
    {"co_kwonlyargcount", get_kwonly, nullptr},
    {"co_flags", get_flags, nullptr},
    {"co_stacksize", get_stacksize, nullptr},
    {"co_nlocals", get_nlocals, nullptr},
    {"co_varnames", get_varnames, nullptr},
    {"co_cellvars", get_cellvars, nullptr},
    {"co_freevars", get_freevars, nullptr},
    {nullptr, nullptr, nullptr},
};

TypeRegistrar code_reg(&CodeType, [](Type& t) {
  t.name = "code";
  t.basicsize = sizeof(Code);
  t.dealloc = destroy_object<Code>;
  t.repr = code_repr;
  t.getset = kCodeGetSet;
});

}  // namespace

Ref new_code() {
  Code* c = alloc_object<Code>(&CodeType);
  if (!c) return nullptr;
  return Ref::steal(c);
}

}  // namespace gp
