// The `_random` module: the Mersenne Twister (MT19937) state behind
// random.Random.
//
// Seeding, random() and getrandbits() reproduce CPython bit for bit, since
// scripts compare seeded sequences: an int seed is split into the 32-bit
// words of its absolute value (least significant first) and fed to the
// reference init_by_array; random() joins 27 and 26 bits into a 53-bit
// double (genrand_res53); getrandbits(k) fills 32-bit words least
// significant first, the last one shifted down to the bits still wanted.
// Any other hashable seed uses its hash, as CPython's C type does (random.py
// turns str/bytes into ints first). The state is plain words; under the
// free-threaded build a race may repeat or skip outputs but never indexes
// outside the array, because the position is read once and range-checked.
#include <sys/random.h>

#include <cstring>
#include <ctime>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/args.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/int.h"
#include "runtime/module.h"
#include "runtime/singletons.h"
#include "runtime/tuple.h"

namespace gp {
namespace {

constexpr int kN = 624;
constexpr int kM = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfu;
constexpr uint32_t kUpper = 0x80000000u;
constexpr uint32_t kLower = 0x7fffffffu;

struct RandomObject : Object {
  int index;  // next word of `state` to temper; kN means regenerate first
  uint32_t state[kN];
};

Type RandomType;

void init_genrand(RandomObject* r, uint32_t s) {
  uint32_t* mt = r->state;
  mt[0] = s;
  for (int i = 1; i < kN; ++i) mt[i] = 1812433253u * (mt[i - 1] ^ (mt[i - 1] >> 30)) + uint32_t(i);
  r->index = kN;
}

void init_by_array(RandomObject* r, const uint32_t* key, size_t len) {
  uint32_t* mt = r->state;
  init_genrand(r, 19650218u);
  size_t i = 1, j = 0;
  for (size_t k = kN > len ? kN : len; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + uint32_t(j);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (++j >= len) j = 0;
  }
  for (size_t k = kN - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - uint32_t(i);
    if (++i >= kN) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000u;  // guarantees a non-zero initial state
}

void regenerate(uint32_t* mt) {
  auto twist = [](uint32_t hi, uint32_t lo, uint32_t far) {
    uint32_t y = (hi & kUpper) | (lo & kLower);
    return far ^ (y >> 1) ^ ((y & 1) ? kMatrixA : 0u);
  };
  int k = 0;
  for (; k < kN - kM; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kM]);
  for (; k < kN - 1; ++k) mt[k] = twist(mt[k], mt[k + 1], mt[k + kM - kN]);
  mt[kN - 1] = twist(mt[kN - 1], mt[0], mt[kM - 1]);
}

uint32_t genrand_uint32(RandomObject* r) {
  int i = r->index;
  if (i >= kN || i < 0) {
    regenerate(r->state);
    i = 0;
  }
  uint32_t y = r->state[i];
  r->index = i + 1;
  y ^= y >> 11;
  y ^= (y << 7) & 0x9d2c5680u;
  y ^= (y << 15) & 0xefc60000u;
  y ^= y >> 18;
  return y;
}

int seed_from_os(RandomObject* r) {
  uint32_t key[kN];
  size_t got = 0;
  while (got < sizeof key) {
    ssize_t n = getrandom(reinterpret_cast<char*>(key) + got, sizeof key - got, 0);
    if (n <= 0) break;
    got += size_t(n);
  }
  if (got < sizeof key) {
    // No entropy source: fall back on the clock, as CPython does.
    timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    key[0] = uint32_t(ts.tv_sec);
    key[1] = uint32_t(ts.tv_nsec);
    key[2] = uint32_t(getpid());
    init_by_array(r, key, 3);
    return 0;
  }
  init_by_array(r, key, kN);
  return 0;
}

int seed_with(RandomObject* r, Value arg) {
  if (!arg || is_none(arg)) return seed_from_os(r);
  Mpz n;
  if (is_int(arg)) {
    mpz_abs(n, MpzView(arg));
  } else {
    int64_t h = hash(arg);
    if (h == -1) return -1;
    mpz_set_si(n, h);
    mpz_abs(n, n);
  }
  size_t words = (mpz_sizeinbase(n, 2) + 31) / 32;
  std::vector<uint32_t> key(words ? words : 1, 0);
  mpz_export(key.data(), nullptr, -1, sizeof(uint32_t), 0, 0, n);
  init_by_array(r, key.data(), key.size());
  return 0;
}

Ref random_new(Type* t, const Value*, size_t, Value) {
  RandomObject* r = alloc_object<RandomObject>(t, t->basicsize);
  if (!r) return nullptr;
  r->index = kN + 1;
  return Ref::steal(r);
}

int random_init(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (type_of(self) == &RandomType && !no_kwargs("Random", kwnames)) return -1;
  if (nargs > 1) {
    raise(&Exc_TypeError, "Random() requires 0 or 1 argument");
    return -1;
  }
  return seed_with(self.as<RandomObject>(), nargs ? args[0] : Value());
}

Ref random_seed(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("seed", kwnames) || !check_nargs("seed", nargs, 0, 1)) return nullptr;
  if (seed_with(self.as<RandomObject>(), nargs ? args[0] : Value()) < 0) return nullptr;
  return none_ref();
}

Ref random_random(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&RandomType, "random", kwnames, nargs, 0, 0)) return nullptr;
  auto* r = self.as<RandomObject>();
  uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
  return new_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

Ref random_getrandbits(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!no_kwargs("getrandbits", kwnames) || !check_nargs("getrandbits", nargs, 1, 1))
    return nullptr;
  ptrdiff_t k;
  if (!index_ssize(args[0], &k)) return nullptr;
  if (k < 0) return raise(&Exc_ValueError, "number of bits must be non-negative");
  auto* r = self.as<RandomObject>();
  if (k <= 32) return k ? Ref::small(genrand_uint32(r) >> (32 - k)) : Ref::small(0);
  std::vector<uint32_t> words(size_t(k - 1) / 32 + 1);
  for (uint32_t& w : words) {
    uint32_t x = genrand_uint32(r);
    if (k < 32) x >>= 32 - k;
    w = x;
    k -= 32;
  }
  Mpz z;
  mpz_import(z, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
  return int_from_mpz_move(z);
}

Ref random_getstate(Value self, const Value*, size_t nargs, Value kwnames) {
  if (!method_args(&RandomType, "getstate", kwnames, nargs, 0, 0)) return nullptr;
  auto* r = self.as<RandomObject>();
  Tuple* t = tuple_alloc(kN + 1);
  if (!t) return nullptr;
  Ref result = Ref::steal(t);
  for (int i = 0; i < kN; ++i) tuple_set(t, size_t(i), Ref::small(r->state[i]));
  tuple_set(t, kN, Ref::small(r->index));
  return result;
}

Ref random_setstate(Value self, const Value* args, size_t nargs, Value kwnames) {
  if (!method_args(&RandomType, "setstate", kwnames, nargs, 1, 1)) return nullptr;
  if (!is_tuple(args[0])) return raise(&Exc_TypeError, "state vector must be a tuple");
  Tuple* t = args[0].as<Tuple>();
  if (t->size != kN + 1) return raise(&Exc_ValueError, "state vector is the wrong size");
  const Value* items = t->begin();  // kN words, then the position
  uint32_t words[kN];
  for (int i = 0; i < kN; ++i) {
    Value v = items[i];
    int64_t w;
    if (!is_int(v)) return raise(&Exc_TypeError, "an integer is required");
    if (!int_to_i64(v, &w) || w < 0 || w > int64_t(UINT32_MAX))
      return raise(&Exc_OverflowError, "Python int too large to convert to C unsigned long");
    words[i] = uint32_t(w);
  }
  int64_t index;
  if (!is_int(items[kN])) return raise(&Exc_TypeError, "an integer is required");
  if (!int_as_i64(items[kN], &index)) return nullptr;
  if (index < 0 || index > kN) return raise(&Exc_ValueError, "invalid state");
  auto* r = self.as<RandomObject>();
  std::memcpy(r->state, words, sizeof words);
  r->index = int(index);
  return none_ref();
}

const MethodDef random_methods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
    {nullptr, nullptr},
};

TypeRegistrar random_reg(&RandomType, [](Type& t) {
  t.name = "_random.Random";
  t.basicsize = sizeof(RandomObject);
  t.flags = kTpBaseType;
  t.dealloc = destroy_object<RandomObject>;
  t.new_ = random_new;
  t.init = random_init;
  t.methods = random_methods;
});

int random_module_init(Value module) {
  return module_add_object(module, "Random", Value(&RandomType));
}

const NativeModuleDef random_module = {"_random", random_module_init};
NativeModuleRegistrar random_module_reg(&random_module);

}  // namespace
}  // namespace gp
