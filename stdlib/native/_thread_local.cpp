// _thread._local, the type behind threading.local.
//
// A local object holds no attributes itself. Each thread keeps, in its
// ThreadState::thread_locals dict, one attribute dict per local object it
// has touched, keyed by the object's serial number (an int never reused, so
// a stale entry can never be mistaken for a newer object's). Attribute
// access looks the calling thread's dict up and runs the generic attribute
// protocol with it standing in for the instance dict, so descriptors,
// properties and methods of subclasses behave as on any object. Because the
// dicts belong to the thread states, a thread's values die with it.
//
// The first time a thread other than the creator touches the object, its
// dict is made and the class's __init__ runs again on it with the
// constructor's original arguments, as CPython does. When the object dies,
// its entry in the dying thread's storage is dropped; entries other threads
// made stay until those threads end (CPython clears them through weak
// references, which gilpy does not have yet).
#include <atomic>

#include "interp/thread_state.h"
#include "runtime/abstract.h"
#include "runtime/dict.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/int.h"
#include "runtime/str.h"
#include "runtime/tuple.h"
#include "stdlib/native/_thread.h"

namespace gp {

Type LocalType;

namespace {

struct LocalObject : Object {
  Ref key;       // int: this object's key in every thread's thread_locals
  Ref args;      // tuple: the constructor's positional, then keyword values
  Ref kwnames;   // the constructor's keyword names, or null
  size_t nargs;  // how many of `args` are positional
};

std::atomic<int64_t> next_serial{1};

// Makes the calling thread's (empty) dict for `self`.
Ref new_thread_dict(LocalObject* self, ThreadState* ts) {
  if (!ts->thread_locals) {
    ts->thread_locals = new_dict();
    if (!ts->thread_locals) return nullptr;
  }
  Ref d = new_dict();
  if (!d || dict_set(ts->thread_locals, self->key, d) < 0) return nullptr;
  return d;
}

// The calling thread's dict for `self`, made (and __init__ replayed) on the
// thread's first touch.
Ref thread_dict(LocalObject* self) {
  ThreadState* ts = tstate();
  if (ts->thread_locals) {
    if (Value d = dict_get(ts->thread_locals, self->key)) return Ref::dup(d);
  }
  Ref d = new_thread_dict(self, ts);
  if (!d) return nullptr;
  Type* t = type_of(self);
  if (t->init != ObjectType.init &&
      t->init(self, self->args.as<Tuple>()->items, self->nargs, self->kwnames) < 0) {
    // Forget the half-made dict so the next access runs __init__ again.
    Ref exc = err_fetch();
    Ref dropped = dict_pop(ts->thread_locals, self->key);
    err_restore(std::move(exc));
    return nullptr;
  }
  return d;
}

Ref local_new(Type* t, const Value* args, size_t nargs, Value kwnames) {
  size_t nkw = kwnames ? kwnames.as<Tuple>()->size : 0;
  if ((nargs || nkw) && t->init == ObjectType.init) {
    return raise(&Exc_TypeError, "Initialization arguments are not supported");
  }
  auto* l = alloc_object<LocalObject>(t, t->basicsize);
  if (!l) return nullptr;
  Ref result = Ref::steal(l);
  l->key = int_from_i64(next_serial.fetch_add(1, std::memory_order_relaxed));
  l->args = new_tuple_from(args, nargs + nkw);
  if (!l->key || !l->args) return nullptr;
  l->kwnames = Ref::dup(kwnames);
  l->nargs = nargs;
  // The creating thread's dict exists at once: type.__call__ runs __init__
  // on it next.
  if (!new_thread_dict(l, tstate())) return nullptr;
  return result;
}

void local_dealloc(Object* o) {
  auto* l = static_cast<LocalObject*>(o);
  // Null while a thread state is being torn down (its storage is what is
  // freeing us then).
  if (ThreadState* ts = tstate(); ts && ts->thread_locals) {
    Ref dropped = dict_pop(ts->thread_locals, l->key);
  }
  destroy_object<LocalObject>(o);
}

bool is_dict_name(Str* name) { return name->view() == "__dict__"; }

Ref local_getattr(Value self, Str* name) {
  Ref d = thread_dict(self.as<LocalObject>());
  if (!d) return nullptr;
  if (is_dict_name(name)) return d;
  return generic_getattr_with_dict(self, name, d);
}

int local_setattr(Value self, Str* name, Value v) {
  Ref d = thread_dict(self.as<LocalObject>());
  if (!d) return -1;
  if (is_dict_name(name)) {
    raise(&Exc_AttributeError, "'%s' object attribute '__dict__' is read-only", type_name(self));
    return -1;
  }
  return generic_setattr_with_dict(self, name, v, d);
}

TypeRegistrar local_reg(&LocalType, [](Type& t) {
  t.name = "_thread._local";
  t.basicsize = sizeof(LocalObject);
  t.flags = kTpBaseType;
  t.new_ = local_new;
  t.dealloc = local_dealloc;
  t.getattr = local_getattr;
  t.setattr = local_setattr;
});

}  // namespace
}  // namespace gp
