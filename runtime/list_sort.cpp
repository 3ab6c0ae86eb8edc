// list.sort(): a stable natural merge sort (timsort without galloping).
//
// The array is split into natural runs (ascending, or strictly descending
// and then reversed, so stability holds); short runs are extended to a
// minimum length with binary insertion sort; adjacent runs are then merged
// pairwise until one is left. Merging only adjacent runs keeps equal items
// in their original order.
//
// Before sorting, one pass over the keys picks a comparator: when every key
// is a small int, an exact float or an exact str, keys are compared inline
// (UTF-8 byte order is code-point order) instead of through compare_bool.
// The sort is templated on the comparator so those fast paths inline.
//
// As in CPython, the list is emptied while it is sorted, so a key function
// or __lt__ that mutates it is detected ("list modified during sort"), and a
// comparison that raises leaves the list a permutation of its items.
// reverse=True reverses, sorts and reverses again, which keeps equal items in
// their original order.
#include <algorithm>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/exception.h"
#include "runtime/float.h"
#include "runtime/list.h"
#include "runtime/str.h"

namespace gp {

namespace {

struct Keyed {
  Value key;  // owned: the result of key(value)
  Value value;
};

Value key_of(Value v) { return v; }
Value key_of(const Keyed& k) { return k.key; }

// Comparators: 1 if a < b, 0 if not, -1 on error.
struct SmallIntLt {
  int operator()(Value a, Value b) const { return a.small_value() < b.small_value(); }
};
struct FloatLt {
  int operator()(Value a, Value b) const { return float_value(a) < float_value(b); }
};
struct StrLt {
  int operator()(Value a, Value b) const {
    Str* x = a.as<Str>();
    Str* y = b.as<Str>();
    int c = std::memcmp(x->data, y->data, std::min(x->size, y->size));
    return c < 0 || (c == 0 && x->size < y->size);
  }
};
struct GenericLt {
  int operator()(Value a, Value b) const { return compare_bool(a, b, CompareOp::Lt); }
};

template <class T, class Lt>
class Sorter {
 public:
  Sorter(T* a, size_t n, Lt lt) : a_(a), n_(n), lt_(lt) {}

  // 0 ok, -1 if a comparison raised (the array is still a permutation).
  int run() {
    if (n_ < 2) return 0;
    size_t minrun = min_run(n_);
    std::vector<size_t> bounds{0};
    for (size_t lo = 0; lo < n_;) {
      size_t hi = 0;
      if (natural_run(lo, &hi) < 0) return -1;
      size_t forced = std::min(n_, lo + minrun);
      if (hi < forced) {
        if (insertion_sort(lo, hi, forced) < 0) return -1;
        hi = forced;
      }
      bounds.push_back(hi);
      lo = hi;
    }
    tmp_.resize(n_ / 2 + 1);
    while (bounds.size() > 2) {
      std::vector<size_t> next{0};
      for (size_t i = 0; i + 2 < bounds.size(); i += 2) {
        if (merge(bounds[i], bounds[i + 1], bounds[i + 2]) < 0) return -1;
        next.push_back(bounds[i + 2]);
      }
      if (bounds.size() % 2 == 0) next.push_back(bounds.back());
      bounds.swap(next);
    }
    return 0;
  }

 private:
  int lt(const T& x, const T& y) { return lt_(key_of(x), key_of(y)); }

  // Like timsort: n / minrun is a power of two or slightly less.
  static size_t min_run(size_t n) {
    size_t r = 0;
    while (n >= 64) {
      r |= n & 1;
      n >>= 1;
    }
    return n + r;
  }

  // Finds the run starting at lo; a strictly descending one is reversed.
  int natural_run(size_t lo, size_t* hi) {
    size_t i = lo + 1;
    if (i == n_) {
      *hi = i;
      return 0;
    }
    int c = lt(a_[i], a_[lo]);
    if (c < 0) return -1;
    if (c) {
      for (++i; i < n_; ++i) {
        c = lt(a_[i], a_[i - 1]);
        if (c < 0) return -1;
        if (!c) break;
      }
      std::reverse(a_ + lo, a_ + i);
    } else {
      for (++i; i < n_; ++i) {
        c = lt(a_[i], a_[i - 1]);
        if (c < 0) return -1;
        if (c) break;
      }
    }
    *hi = i;
    return 0;
  }

  // a[lo:sorted] is sorted; inserts a[sorted:hi] one by one.
  int insertion_sort(size_t lo, size_t sorted, size_t hi) {
    for (size_t i = sorted; i < hi; ++i) {
      T pivot = a_[i];
      size_t l = lo, r = i;
      while (l < r) {
        size_t m = l + (r - l) / 2;
        int c = lt(pivot, a_[m]);
        if (c < 0) return -1;
        if (c)
          r = m;
        else
          l = m + 1;
      }
      std::memmove(static_cast<void*>(a_ + l + 1), a_ + l, (i - l) * sizeof(T));
      a_[l] = pivot;
    }
    return 0;
  }

  // Merges the sorted a[lo:mid] and a[mid:hi] through a copy of the left.
  int merge(size_t lo, size_t mid, size_t hi) {
    int c = lt(a_[mid], a_[mid - 1]);
    if (c <= 0) return c;
    size_t nl = mid - lo;
    if (tmp_.size() < nl) tmp_.resize(nl);
    std::memcpy(static_cast<void*>(tmp_.data()), a_ + lo, nl * sizeof(T));
    size_t i = 0, j = mid, k = lo;
    int err = 0;
    while (i < nl && j < hi) {
      c = lt(a_[j], tmp_[i]);
      if (c < 0) {
        err = -1;
        break;
      }
      a_[k++] = c ? a_[j++] : tmp_[i++];
    }
    // Whatever remains of the left copy fills exactly the gap before j.
    std::memcpy(static_cast<void*>(a_ + k), tmp_.data() + i, (nl - i) * sizeof(T));
    return err;
  }

  T* a_;
  size_t n_;
  Lt lt_;
  std::vector<T> tmp_;
};

template <class T>
int sort_with(T* a, size_t n) {
  bool all_small = true, all_float = true, all_str = true;
  for (size_t i = 0; i < n; ++i) {
    Value k = key_of(a[i]);
    all_small = all_small && k.is_small();
    all_float = all_float && k.is_obj() && k.obj()->type == &FloatType;
    all_str = all_str && is_exact_str(k);
  }
  if (all_small) return Sorter<T, SmallIntLt>(a, n, {}).run();
  if (all_float) return Sorter<T, FloatLt>(a, n, {}).run();
  if (all_str) return Sorter<T, StrLt>(a, n, {}).run();
  return Sorter<T, GenericLt>(a, n, {}).run();
}

template <class T>
int sort_maybe_reversed(T* a, size_t n, bool reverse) {
  if (reverse) std::reverse(a, a + n);
  int r = sort_with(a, n);
  if (reverse) std::reverse(a, a + n);
  return r;
}

}  // namespace

int list_sort(Value list, Value key, bool reverse) {
  List* l = list.as<List>();
  Value* items = l->items;
  size_t n = l->size;
  size_t cap = l->capacity;
  l->items = nullptr;
  l->size = 0;
  l->capacity = 0;

  int r = 0;
  if (!key) {
    r = sort_maybe_reversed(items, n, reverse);
  } else {
    std::vector<Keyed> keyed(n);
    size_t made = 0;
    for (; made < n; ++made) {
      Ref k = call1(key, items[made]);
      if (!k) {
        r = -1;
        break;
      }
      keyed[made] = {k.release(), items[made]};
    }
    if (r == 0) {
      r = sort_maybe_reversed(keyed.data(), n, reverse);
      for (size_t i = 0; i < n; ++i) items[i] = keyed[i].value;
    }
    for (size_t i = 0; i < made; ++i) decref(keyed[i].key);
  }

  // Anything the key or comparisons put into the list is discarded.
  bool modified = l->items != nullptr || l->size != 0;
  Value* stray = l->items;
  size_t nstray = l->size;
  l->items = items;
  l->size = n;
  l->capacity = cap;
  if (modified) {
    for (size_t i = 0; i < nstray; ++i) decref(stray[i]);
    gp_free(stray);
    if (r == 0) {
      raise(&Exc_ValueError, "list modified during sort");
      r = -1;
    }
  }
  return r;
}

}  // namespace gp
