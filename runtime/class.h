// User-defined classes: heap types made by `class` statements and type().
//
// A HeapType is a Type allocated at run time. Its slots are derived from its
// MRO: for each slot, the first class in the MRO that defines one of the
// slot's dunders decides it. A builtin's slot wrapper there (int.__add__)
// means "inherit that builtin's slot function"; anything else (a Python
// function, None, any object) installs a forwarding slot that looks the
// dunder up on type(self) at call time, as CPython's slot_* functions do.
// Assigning a dunder to a class later re-derives the slots of the class and
// of its subclasses.
//
// Instance layout: the instance of the "solid base" (the builtin whose C
// layout it extends: object, list, int, BaseException...) followed by the
// Ref fields classes add — one per __slots__ member and the __dict__ unless
// __slots__ leaves it out. Subclasses of variable-size builtins (str, tuple)
// place those fields after their items (see instance_field in type.h).
//
// Heap types are immortal: a class refers to itself through its __mro__, so
// without a cycle collector it could never be freed anyway, and immortality
// lets instances and the free-threaded build skip refcounting their type.
#pragma once

#include <vector>

#include "runtime/type.h"

namespace gp {

struct HeapType : Type {
  Ref name_ref;              // str; `name` points into it
  NumberSlots number_slots;  // `number` points here
  // Ref fields this class (not its bases) adds to instances; subtype_dealloc
  // drops them.
  std::vector<ptrdiff_t> own_fields;
  bool has_members = false;  // nonempty __slots__: a layout of its own
  // Direct heap subclasses, whose slots follow this class's dunders.
  std::vector<HeapType*> subclasses;
};

inline bool is_heap_type(const Type* t) { return t->flags & kTpHeapType; }
inline bool is_type_object(Value v) { return v.is_obj() && has_flag(v, kTpTypeSubclass); }

// type.__new__(meta, name, bases, dict, **kwargs): TypeType's new_ slot.
Ref type_new(Type* meta, const Value* args, size_t nargs, Value kwnames);
// builtins.__build_class__(func, name, *bases, metaclass=..., **kwargs).
Ref build_class(Value self, const Value* args, size_t nargs, Value kwnames);
// Re-derives the slots of heap type `t` and its subclasses after `name` was
// set or deleted in its dict. 0 or -1.
int heap_type_attr_changed(Type* t, Str* name);

// f(self, *args, **kw): calls `f` with `self` prepended to the arguments.
Ref call_with_self(Value f, Value self, const Value* args, size_t nargs, Value kwnames);

// super (super.cpp).
extern Type SuperType;
// super(start, obj).name: the attribute `name` of the classes after `start`
// in the MRO of obj_type (obj's type, or obj itself for a class), bound to
// obj. Null with no exception set when no class there defines it.
Ref super_lookup(Type* start, Value obj, Type* obj_type, Str* name);

}  // namespace gp
