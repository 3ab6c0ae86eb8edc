// Native callables: builtin functions and method descriptors.
//
// A MethodDef becomes a MethodDescr in its type's dict; looking it up on an
// instance binds it into a BuiltinFunction carrying `self`. The eval loop's
// LOAD_METHOD skips that binding for MethodDescr (and Python functions) and
// calls the descriptor with self prepended, so `lst.append(x)` allocates
// nothing.
#pragma once

#include "runtime/type.h"

namespace gp {

extern Type BuiltinFunctionType;   // builtin_function_or_method
extern Type MethodDescrType;       // method_descriptor
extern Type ClassMethodDescrType;  // classmethod_descriptor
extern Type GetSetDescrType;       // getset_descriptor

struct BuiltinFunction : Object {
  const MethodDef* def;
  Ref self;    // bound object, or null for module-level functions
  Ref module;  // module name (str) or null
};

struct MethodDescr : Object {
  const MethodDef* def;
  Type* owner;
};

struct GetSetDescr : Object {
  const GetSetDef* def;
  Type* owner;
};

Ref new_builtin_function(const MethodDef* def, Value self, Value module_name = Value());
Ref new_method_descr(const MethodDef* def, Type* owner);
Ref new_getset_descr(const GetSetDef* def, Type* owner);

// Calls descriptor `d` (a MethodDescr) with `self` followed by args: checks
// that self is an instance of the owner type ("descriptor 'append' for
// 'list' objects doesn't apply to a 'int' object").
Ref method_descr_call_self(MethodDescr* d, Value self, const Value* args, size_t nargs,
                           Value kwnames);

}  // namespace gp
