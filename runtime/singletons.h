// None, True, False, NotImplemented and Ellipsis: immortal static objects.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type NoneType;
extern Type BoolType;
extern Type NotImplementedType;
extern Type EllipsisType;

struct BoolObject : Object {
  int64_t value;  // 0 or 1; bool is a subclass of int
};

extern Object NoneObject;
extern Object NotImplementedObject;
extern Object EllipsisObject;
extern BoolObject TrueObject;
extern BoolObject FalseObject;

inline Value None() { return Value(&NoneObject); }
inline Value NotImplemented() { return Value(&NotImplementedObject); }
inline Value True() { return Value(&TrueObject); }
inline Value False() { return Value(&FalseObject); }
inline Value Bool(bool b) { return b ? True() : False(); }
inline Ref none_ref() { return Ref::dup(None()); }
inline Ref bool_ref(bool b) { return Ref::dup(Bool(b)); }
inline Ref not_implemented_ref() { return Ref::dup(NotImplemented()); }
inline bool is_none(Value v) { return v.is(None()); }

}  // namespace gp
