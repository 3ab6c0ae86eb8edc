// bool: the type of True and False, a subclass of int.
//
// True and False are immortal BoolObjects (defined here) carrying 0 or 1, and
// every int helper reads that layout (int_is_small), so arithmetic such as
// True + 1 reuses int's slots unchanged. Only & | ^ differ: on two bools
// they return a bool, as in CPython.
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/singletons.h"
#include "runtime/str.h"

namespace gp {

Type BoolType;
BoolObject FalseObject{GP_IMMORTAL_HEAD(&BoolType), 0};
BoolObject TrueObject{GP_IMMORTAL_HEAD(&BoolType), 1};

namespace {

inline bool is_bool(Value v) { return v.is_obj() && v.obj()->type == &BoolType; }
inline bool bool_value(Value v) { return static_cast<BoolObject*>(v.obj())->value != 0; }

NumberSlots bool_number;
// int's versions of the overridden slots, for operands that are not both bools.
BinaryFn int_and, int_or, int_xor;

template <BinaryFn* IntSlot, bool (*Op)(bool, bool)>
Ref bool_bitwise(Value a, Value b) {
  if (is_bool(a) && is_bool(b)) return bool_ref(Op(bool_value(a), bool_value(b)));
  return (*IntSlot)(a, b);
}

bool op_and(bool a, bool b) { return a && b; }
bool op_or(bool a, bool b) { return a || b; }
bool op_xor(bool a, bool b) { return a != b; }

Ref bool_repr(Value v) {
  static Str* const names[2] = {intern("False"), intern("True")};
  return Ref::dup(Value(names[bool_value(v)]));
}

Ref bool_new(Type*, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("bool", kwnames)) return nullptr;
  if (nargs > 1) return raise(&Exc_TypeError, "bool expected at most 1 argument, got %zu", nargs);
  if (nargs == 0) return bool_ref(false);
  int t = truthy(args[0]);
  if (t < 0) return nullptr;
  return bool_ref(t);
}

int64_t bool_hash(Value v) { return bool_value(v); }

TypeRegistrar bool_reg(&BoolType, [](Type& t) {
  t.name = "bool";
  t.basicsize = sizeof(BoolObject);
  t.flags = kTpIntSubclass;  // bool cannot be subclassed
  t.base = &IntType;
  t.repr = bool_repr;
  t.str = bool_repr;
  t.hash = bool_hash;
  t.richcompare = int_richcompare;
  int_init_number_slots(&bool_number);
  auto& b = bool_number.binary;
  int_and = b[int(BinOp::And)];
  int_or = b[int(BinOp::Or)];
  int_xor = b[int(BinOp::Xor)];
  b[int(BinOp::And)] = bool_bitwise<&int_and, op_and>;
  b[int(BinOp::Or)] = bool_bitwise<&int_or, op_or>;
  b[int(BinOp::Xor)] = bool_bitwise<&int_xor, op_xor>;
  t.number = &bool_number;
  t.new_ = bool_new;
});

}  // namespace

}  // namespace gp
