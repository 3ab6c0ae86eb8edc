// Struct sequences (see struct_seq.h).
#include "runtime/struct_seq.h"

#include <string>

#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace gp {

namespace {

Type FieldType;

// The descriptor behind one field name: reads item `index` of the tuple.
struct Field : Object {
  size_t index;
  const char* name;
};

Ref field_get(Value descr, Value obj, Value) {
  if (!obj) return Ref::dup(descr);
  return Ref::dup(obj.as<Tuple>()->items[descr.as<Field>()->index]);
}

int field_set(Value, Value, Value) {
  raise(&Exc_AttributeError, "readonly attribute");
  return -1;
}

// `sys.version_info(major=3, minor=11, ...)`: the field names, in order,
// are the descriptors the type's dict holds; they are recovered by index.
Ref struct_seq_repr(Value v) {
  Tuple* t = v.as<Tuple>();
  Type* type = type_of(v);
  std::string out = type->name;
  out += '(';
  for (size_t i = 0; i < t->size; ++i) {
    size_t pos = 0;
    Value key, descr;
    const char* name = nullptr;
    while (dict_next(type->dict, &pos, &key, &descr)) {
      if (type_of(descr) == &FieldType && descr.as<Field>()->index == i) {
        name = descr.as<Field>()->name;
        break;
      }
    }
    Ref r = repr(t->items[i]);
    if (!r) return nullptr;
    if (i) out += ", ";
    out += name ? name : "?";
    out += '=';
    out += r.as<Str>()->view();
  }
  out += ')';
  return new_str(out);
}

TypeRegistrar field_reg(&FieldType, [](Type& t) {
  t.name = "member_descriptor";
  t.basicsize = sizeof(Field);
  t.dealloc = destroy_object<Field>;
  t.descr_get = field_get;
  t.descr_set = field_set;
});

}  // namespace

Type* struct_seq_type(const char* name, std::initializer_list<const char*> fields) {
  Type* t = alloc_object<Type>(&TypeType);
  if (!t) return nullptr;
  make_immortal(t);
  t->name = name;
  t->base = &TupleType;
  t->basicsize = TupleType.basicsize;
  t->itemsize = TupleType.itemsize;
  t->flags = kTpTupleSubclass;
  t->repr = struct_seq_repr;
  if (type_ready(t) < 0) return nullptr;
  size_t i = 0;
  for (const char* field : fields) {
    Field* f = alloc_object<Field>(&FieldType);
    if (!f) return nullptr;
    f->index = i++;
    f->name = field;
    Ref fr = Ref::steal(f);
    if (dict_set(t->dict, Value(intern(field)), fr) < 0) return nullptr;
  }
  return t;
}

Ref struct_seq_new(Type* t, std::initializer_list<Value> items) {
  Ref r = new_tuple(items);
  if (!r) return nullptr;
  r.obj()->type = t;
  return r;
}

}  // namespace gp
