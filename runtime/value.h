// Values: one machine word, either a tagged small int or an object pointer.
//
// Bit 0 set means the upper 63 bits hold a signed integer (the "small int"),
// so int arithmetic in the eval loop never touches the heap until a result
// leaves that range, when it becomes a GMP-backed big int object (int.h).
// Bit 0 clear means a pointer to an Object (objects are at least 8-aligned);
// the all-zero word is the null value, which means "error raised" when a
// function returns it and "unbound" in a local slot.
//
// Ownership is part of the type: a `Value` is borrowed (the caller keeps it
// alive), a `Ref` owns one reference and drops it when destroyed. Functions
// take `Value` arguments and return `Ref`; returning a null Ref means an
// exception is set on the current thread state (error.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "runtime/config.h"

namespace gp {

struct Object;
struct Type;

class Value {
 public:
  static constexpr intptr_t kSmallMin = -(intptr_t(1) << 62);
  static constexpr intptr_t kSmallMax = (intptr_t(1) << 62) - 1;

  constexpr Value() = default;
  constexpr Value(std::nullptr_t) {}
  Value(const Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}  // NOLINT

  static constexpr bool fits_small(intptr_t i) { return i >= kSmallMin && i <= kSmallMax; }
  // Precondition: fits_small(i).
  static constexpr Value small(intptr_t i) { return Value((uintptr_t(i) << 1) | 1); }
  static constexpr Value from_raw(uintptr_t bits) { return Value(bits); }

  constexpr bool is_null() const { return bits_ == 0; }
  constexpr explicit operator bool() const { return bits_ != 0; }
  constexpr bool is_small() const { return bits_ & 1; }
  constexpr bool is_obj() const { return bits_ != 0 && !(bits_ & 1); }
  constexpr intptr_t small_value() const { return intptr_t(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(bits_); }
  template <class T>
  T* as() const {
    return reinterpret_cast<T*>(bits_);
  }
  constexpr uintptr_t raw() const { return bits_; }

  // Identity (Python's `is`).
  constexpr bool is(Value o) const { return bits_ == o.bits_; }

 private:
  constexpr explicit Value(uintptr_t bits) : bits_(bits) {}
  uintptr_t bits_ = 0;
};

static_assert(sizeof(Value) == sizeof(void*));

void incref(Value v);
void decref(Value v);

// An owned reference. Move-only: copying a reference is an explicit
// `dup()`, so every refcount increment is visible in the source.
class Ref {
 public:
  constexpr Ref() = default;
  constexpr Ref(std::nullptr_t) {}
  Ref(Ref&& o) noexcept : v_(o.v_) { o.v_ = Value(); }
  Ref& operator=(Ref&& o) noexcept {
    if (this != &o) {
      Value old = v_;
      v_ = o.v_;
      o.v_ = Value();
      decref(old);
    }
    return *this;
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  ~Ref() { decref(v_); }

  // Takes over a reference the caller already owns.
  static Ref steal(Value v) {
    Ref r;
    r.v_ = v;
    return r;
  }
  // Makes a new reference to a borrowed value.
  static Ref dup(Value v) {
    incref(v);
    return steal(v);
  }
  static Ref small(intptr_t i) { return steal(Value::small(i)); }

  Ref dup() const { return dup(v_); }
  Value get() const { return v_; }
  // Gives up ownership without dropping the reference.
  [[nodiscard]] Value release() {
    Value v = v_;
    v_ = Value();
    return v;
  }
  void reset() { *this = Ref(); }

  bool is_null() const { return v_.is_null(); }
  explicit operator bool() const { return !v_.is_null(); }
  Object* obj() const { return v_.obj(); }
  template <class T>
  T* as() const {
    return v_.as<T>();
  }
  operator Value() const { return v_; }  // NOLINT: borrowing is implicit

 private:
  Value v_;
};

}  // namespace gp
