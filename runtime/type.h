// Type objects: the slot table every value dispatches through.
//
// A Type is itself an object (its type is `type`). Builtin types are static
// globals whose slots are filled in at static-initialisation time (plain
// data, no allocation); `type_ready` later builds each type's attribute dict
// from its MethodDef/GetSetDef tables and its MRO. User classes (class.cpp)
// are Types allocated on the heap whose slots forward to Python methods.
//
// Slot conventions: every slot takes borrowed Values; slots returning Ref
// return null with an exception set on error. A null slot means the
// operation is unsupported and the generic code in abstract.cpp raises the
// TypeError CPython would.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/object.h"

namespace gp {

struct Str;

enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };

// x <op> y with the built-in operators: for numbers, or a three-way result
// compared with 0.
template <class T>
GP_INLINE constexpr bool compare_values(T x, T y, CompareOp op) {
  switch (op) {
    case CompareOp::Lt:
      return x < y;
    case CompareOp::Le:
      return x <= y;
    case CompareOp::Eq:
      return x == y;
    case CompareOp::Ne:
      return x != y;
    case CompareOp::Gt:
      return x > y;
    case CompareOp::Ge:
      return x >= y;
  }
  return false;
}

// Binary operators, in the order of ast::OperatorKind; the in-place forms are
// these plus kInplace.
enum class BinOp : uint8_t {
  Add,
  Sub,
  Mul,
  MatMul,
  TrueDiv,
  Mod,
  Pow,
  LShift,
  RShift,
  Or,
  Xor,
  And,
  FloorDiv,
  Count
};
constexpr int kInplace = int(BinOp::Count);

// Calling convention (CPython's "vectorcall"): `args` holds nargs positional
// values followed by one value per keyword; `kwnames` is a tuple of str with
// the keyword names, or null when there are none.
using NativeFn = Ref (*)(Value self, const Value* args, size_t nargs, Value kwnames);
using CallFn = Ref (*)(Value callable, const Value* args, size_t nargs, Value kwnames);
using UnaryFn = Ref (*)(Value);
using BinaryFn = Ref (*)(Value, Value);
using TernaryFn = Ref (*)(Value, Value, Value);

enum MethodFlags : uint8_t {
  kMethInstance = 0,
  kMethStatic = 1,  // staticmethod: self is null
  kMethClass = 2,   // classmethod: self is the type
};

struct MethodDef {
  const char* name;
  NativeFn fn;
  uint8_t flags = kMethInstance;
};

struct GetSetDef {
  const char* name;
  Ref (*get)(Value self);
  int (*set)(Value self, Value v);  // v is null for del; may be nullptr (read-only)
};

struct NumberSlots {
  // Binary slots are called as slot(a, b) for both the left and the reflected
  // operand (CPython's nb_* convention): each checks its argument types and
  // returns NotImplemented when it cannot handle them.
  BinaryFn binary[int(BinOp::Count)] = {};
  BinaryFn inplace[int(BinOp::Count)] = {};
  TernaryFn power = nullptr;  // pow(a, b, mod); mod is None when absent
  UnaryFn negative = nullptr;
  UnaryFn positive = nullptr;
  UnaryFn invert = nullptr;
  UnaryFn absolute = nullptr;
  int (*truthy)(Value) = nullptr;  // 1, 0, or -1 on error
  UnaryFn to_int = nullptr;        // __int__
  UnaryFn to_float = nullptr;      // __float__
  UnaryFn index = nullptr;         // __index__
};

// Fast subclass tests (isinstance(x, int) without walking the MRO).
enum TypeFlags : uint32_t {
  kTpHeapType = 1u << 0,  // a class created by a `class` statement
  kTpBaseType = 1u << 1,  // may be subclassed
  kTpIntSubclass = 1u << 2,
  kTpFloatSubclass = 1u << 3,
  kTpStrSubclass = 1u << 4,
  kTpBytesSubclass = 1u << 5,
  kTpTupleSubclass = 1u << 6,
  kTpListSubclass = 1u << 7,
  kTpDictSubclass = 1u << 8,
  kTpTypeSubclass = 1u << 9,
  kTpExcSubclass = 1u << 10,  // BaseException
  kTpHasGC = 1u << 11,        // reserved for the cycle collector
};

struct Type : Object {
  const char* name = nullptr;  // qualified for builtins in modules ("_thread.lock")
  size_t basicsize = 0;
  size_t itemsize = 0;
  uint32_t flags = 0;
  Type* base = nullptr;
  Ref dict;         // attribute dict, filled by type_ready
  Ref mro;          // tuple of types
  Ref bases;        // tuple of types
  Ref qualname;     // str; for heap types
  Ref module_name;  // str; "builtins" for builtins
  // Where an instance keeps its attribute dict (a Ref field), 0 if it has
  // none; see instance_field for the encoding of negative offsets.
  ptrdiff_t dictoffset = 0;
  // Variable-size types whose subclasses may add fields (str, tuple): the
  // byte offset in instance `o` where those fields start, past its items.
  size_t (*items_end)(const Object* o) = nullptr;

  void (*dealloc)(Object*) = nullptr;
  UnaryFn repr = nullptr;
  UnaryFn str = nullptr;
  int64_t (*hash)(Value) = nullptr;                       // -1 on error; never returns -1 otherwise
  Ref (*richcompare)(Value, Value, CompareOp) = nullptr;  // may return NotImplemented
  Ref (*getattr)(Value, Str* name) = nullptr;
  int (*setattr)(Value, Str* name, Value v) = nullptr;  // v null = delete; 0 ok, -1 error
  CallFn call = nullptr;
  UnaryFn iter = nullptr;
  // Returns the next item, or null: with an exception set on error, with no
  // exception set when exhausted (no StopIteration is created for loops).
  UnaryFn iternext = nullptr;
  NumberSlots* number = nullptr;
  ptrdiff_t (*length)(Value) = nullptr;  // -1 on error
  BinaryFn getitem = nullptr;
  int (*setitem)(Value obj, Value key, Value v) = nullptr;  // v null = delete
  int (*contains)(Value obj, Value item) = nullptr;         // 1, 0, -1
  // Descriptor protocol: get(descr, instance_or_null, owner_type).
  TernaryFn descr_get = nullptr;
  int (*descr_set)(Value descr, Value obj, Value v) = nullptr;
  // type.__call__ → new then init. `new_` gets the type being instantiated.
  Ref (*new_)(Type* t, const Value* args, size_t nargs, Value kwnames) = nullptr;
  int (*init)(Value self, const Value* args, size_t nargs, Value kwnames) = nullptr;

  const MethodDef* methods = nullptr;  // terminated by {nullptr}
  const GetSetDef* getset = nullptr;   // terminated by {nullptr}
  bool ready = false;
};

extern Type TypeType;    // `type`
extern Type ObjectType;  // `object`

// Every static Type is defined as a constant-initialised global plus a
// registrar that fills its slots during static initialisation (plain data,
// no allocation) and records it, so runtime start-up can ready them all:
//
//   Type FloatType;
//   static TypeRegistrar float_reg(&FloatType, [](Type& t) {
//     t.name = "float"; t.basicsize = sizeof(FloatObject); ...
//   });
struct TypeRegistrar {
  TypeRegistrar(Type* t, void (*setup)(Type&));
};

// Builds dict and mro from the def tables; idempotent; 0 ok, -1 error.
int type_ready(Type* t);
int ready_all_types();

// Looks `name` up along the MRO; borrowed result, null if absent (no error).
Value type_lookup(Type* t, Str* name);
bool type_is_subtype(const Type* t, const Type* base);

extern Type IntType;

GP_INLINE Type* type_of(Value v) { return v.is_small() ? &IntType : v.obj()->type; }
GP_INLINE bool has_flag(Value v, uint32_t f) { return type_of(v)->flags & f; }

// A Ref field of an instance that a class adds (its __dict__ or a __slots__
// member). Offsets >= 0 count from the object start; a class whose layout
// ends in variable-size items (a str or tuple subclass) places its fields
// after them, and encodes "n bytes past items_end(o)" as -1 - n (CPython's
// negative tp_dictoffset serves the same purpose).
GP_INLINE Ref* instance_field(Object* o, ptrdiff_t offset) {
  char* base = reinterpret_cast<char*>(o);
  if (offset >= 0) return reinterpret_cast<Ref*>(base + offset);
  return reinterpret_cast<Ref*>(base + o->type->items_end(o) + size_t(-1 - offset));
}
// The instance-dict field of `obj` (of type t), or null when t has none.
GP_INLINE Ref* instance_dict_ptr(Value obj, Type* t) {
  if (!t->dictoffset || !obj.is_obj()) return nullptr;
  return instance_field(obj.obj(), t->dictoffset);
}

// `obj->~T()` then free: the one way a dealloc slot releases an object, so
// Ref fields are dropped by their destructors.
template <class T>
void destroy_object(Object* o) {
  static_cast<T*>(o)->~T();
  gp_free(o);
}

}  // namespace gp
