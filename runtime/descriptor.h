// Python-level descriptors: property, staticmethod, classmethod, and the
// member descriptors that give __slots__ names their storage.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type PropertyType;      // property
extern Type StaticMethodType;  // staticmethod
extern Type ClassMethodType;   // classmethod
extern Type MemberDescrType;   // member_descriptor

// staticmethod(f) / classmethod(f).
Ref new_staticmethod(Value f);
Ref new_classmethod(Value f);
// The descriptor of __slots__ member `name` of class `owner`, stored in the
// Ref field at `offset` (an instance_field offset).
Ref new_member_descr(Str* name, Type* owner, ptrdiff_t offset);

}  // namespace gp
