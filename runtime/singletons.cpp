// None, NotImplemented and Ellipsis: static immortal objects of their types.
#include "runtime/singletons.h"

#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/str.h"

namespace gp {

Type NoneType;
Type NotImplementedType;
Type EllipsisType;

Object NoneObject = GP_IMMORTAL_HEAD(&NoneType);
Object NotImplementedObject = GP_IMMORTAL_HEAD(&NotImplementedType);
Object EllipsisObject = GP_IMMORTAL_HEAD(&EllipsisType);

// Each singleton type's constructor returns its one instance: type(None)()
// is None.
template <Object* instance>
static Ref singleton_new(Type* t, const Value*, size_t nargs, Value kwnames) {
  if (!no_kwargs(t->name, kwnames) || !check_nargs(t->name, nargs, 0, 0)) return nullptr;
  return Ref::dup(Value(instance));
}

static int64_t singleton_hash(Value v) { return int64_t(v.raw() >> 4); }

static TypeRegistrar none_reg(&NoneType, [](Type& t) {
  t.name = "NoneType";
  t.repr = [](Value) { return Ref::dup(Value(intern("None"))); };
  t.hash = singleton_hash;
  t.new_ = singleton_new<&NoneObject>;
  static NumberSlots number;
  number.truthy = [](Value) { return 0; };
  t.number = &number;
});
static TypeRegistrar not_implemented_reg(&NotImplementedType, [](Type& t) {
  t.name = "NotImplementedType";
  t.repr = [](Value) { return Ref::dup(Value(intern("NotImplemented"))); };
  t.hash = singleton_hash;
  t.new_ = singleton_new<&NotImplementedObject>;
});
static TypeRegistrar ellipsis_reg(&EllipsisType, [](Type& t) {
  t.name = "ellipsis";
  t.repr = [](Value) { return Ref::dup(Value(intern("Ellipsis"))); };
  t.hash = singleton_hash;
  t.new_ = singleton_new<&EllipsisObject>;
});

}  // namespace gp
