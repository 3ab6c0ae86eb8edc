// super: attribute lookup that starts after a given class in an MRO.
//
// super(C, obj).name searches the MRO of type(obj) (or of obj itself when
// obj is a class, as in classmethods) from the class after C, and binds what
// it finds to obj. The zero-argument form reads C from the method's
// __class__ cell (the compiler creates it for any function that mentions
// super) and obj from the method's first argument, in the calling frame:
// native calls push no frame, so tstate()->frame is the caller's.
#include "interp/code.h"
#include "interp/frame.h"
#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/class.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/function.h"
#include "runtime/singletons.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

Type SuperType;

namespace {

struct SuperObject : Object {
  Type* start = nullptr;     // lookups start after it
  Ref obj;                   // null for an unbound super(C)
  Type* obj_type = nullptr;  // whose MRO is searched
};

// The class whose MRO super(type, obj) searches: type(obj) for an instance,
// obj itself for a subclass of `type`.
Type* check_super_obj(Type* type, Value obj) {
  if (is_type_object(obj) && type_is_subtype(obj.as<Type>(), type)) return obj.as<Type>();
  if (type_is_subtype(type_of(obj), type)) return type_of(obj);
  raise(&Exc_TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

// Whether localsplus slot 0 of `co` holds a cell: the parameter is captured
// by an inner function, so the prologue runs MAKE_CELL 0.
bool first_arg_is_cell(Code* co) {
  for (Instr i : co->code) {
    Opcode op = instr_op(i);
    if (op == Opcode::MAKE_CELL && instr_arg(i) == 0) return true;
    if (op != Opcode::MAKE_CELL && op != Opcode::COPY_FREE_VARS) return false;
  }
  return false;
}

bool super_from_frame(Type** type, Value* obj) {
  Frame* f = tstate()->frame;
  if (!f) {
    raise(&Exc_RuntimeError, "super(): no current frame");
    return false;
  }
  Code* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) {
    raise(&Exc_RuntimeError, "super(): no arguments");
    return false;
  }
  Value first = f->localsplus()[0];
  if (first && first_arg_is_cell(co)) first = first.as<Cell>()->ref;
  if (!first) {
    raise(&Exc_RuntimeError, "super(): arg[0] deleted");
    return false;
  }
  Tuple* names = co->localsplus_names.as<Tuple>();
  static Str* const kClass = intern("__class__");
  for (uint32_t i = co->nlocals + co->ncells; i < co->nlocalsplus(); ++i) {
    if (names->items[i].as<Str>() != kClass) continue;
    Value cls = f->localsplus()[i].as<Cell>()->ref;
    if (!cls) {
      raise(&Exc_RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    if (!is_type_object(cls)) {
      raise(&Exc_RuntimeError, "super(): __class__ is not a type (%s)", type_name(cls));
      return false;
    }
    *type = cls.as<Type>();
    *obj = first;
    return true;
  }
  raise(&Exc_RuntimeError, "super(): __class__ cell not found");
  return false;
}

Ref super_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("super", kwnames) || !check_nargs("super", nargs, 0, 2)) return nullptr;
  Type* type = nullptr;
  Value obj;
  if (nargs == 0) {
    if (!super_from_frame(&type, &obj)) return nullptr;
  } else {
    if (!is_type_object(args[0])) {
      return raise(&Exc_TypeError, "super() argument 1 must be a type, not %s", type_name(args[0]));
    }
    type = args[0].as<Type>();
    if (nargs == 2 && !is_none(args[1])) obj = args[1];
  }
  Type* obj_type = nullptr;
  if (obj && !(obj_type = check_super_obj(type, obj))) return nullptr;
  auto* s = alloc_object<SuperObject>(t, t->basicsize);
  if (!s) return nullptr;
  s->start = type;
  s->obj = Ref::dup(obj);
  s->obj_type = obj_type;
  return Ref::steal(s);
}

Ref super_getattr(Value self, Str* name) {
  auto* s = self.as<SuperObject>();
  static Str* const kClass = intern("__class__");
  if (s->obj && name != kClass) {
    Ref r = super_lookup(s->start, s->obj, s->obj_type, name);
    if (r || err_occurred()) return r;
  }
  return generic_getattr(self, name);
}

Ref super_repr(Value self) {
  auto* s = self.as<SuperObject>();
  Ref t = repr(Value(s->start));
  if (!t) return nullptr;
  if (!s->obj) return str_printf("<super: %s, NULL>", t.as<Str>()->data);
  return str_printf("<super: %s, <%s object>>", t.as<Str>()->data, s->obj_type->name);
}

Ref super_get_thisclass(Value self) { return Ref::dup(Value(self.as<SuperObject>()->start)); }
Ref super_get_self(Value self) {
  Ref& o = self.as<SuperObject>()->obj;
  return o ? o.dup() : none_ref();
}
Ref super_get_self_class(Value self) {
  Type* t = self.as<SuperObject>()->obj_type;
  return t ? Ref::dup(Value(t)) : none_ref();
}

const GetSetDef kSuperGetSet[] = {
    {"__thisclass__", super_get_thisclass, nullptr},
    {"__self__", super_get_self, nullptr},
    {"__self_class__", super_get_self_class, nullptr},
    {nullptr, nullptr, nullptr},
};

}  // namespace

Ref super_lookup(Type* start, Value obj, Type* obj_type, Str* name) {
  Tuple* mro = obj_type->mro.as<Tuple>();
  size_t i = 0;
  while (i < mro->size && mro->items[i].as<Type>() != start) ++i;
  for (++i; i < mro->size; ++i) {
    Value v = dict_get_str(mro->items[i].as<Type>()->dict, name);
    if (!v) continue;
    TernaryFn get = type_of(v)->descr_get;
    if (!get) return Ref::dup(v);
    // A classmethod context (obj is the class itself) binds like a lookup
    // on the class: no instance.
    return get(v, obj.is(Value(obj_type)) ? Value() : obj, Value(obj_type));
  }
  return nullptr;
}

static TypeRegistrar super_reg(&SuperType, [](Type& t) {
  t.name = "super";
  t.basicsize = sizeof(SuperObject);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<SuperObject>;
  t.new_ = super_new;
  t.getattr = super_getattr;
  t.repr = super_repr;
  t.getset = kSuperGetSet;
});

}  // namespace gp
