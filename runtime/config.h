// Build configuration: the one place build flags and debug switches live.
//
// GILPY_FREE_THREADED is set by CMake (0 for `gilpy`, 1 for `gilpyt`). Code
// that differs between the two builds tests this macro and nothing else.
#pragma once

#ifndef GILPY_FREE_THREADED
#define GILPY_FREE_THREADED 0
#endif

#ifndef GILPY_VERSION
#define GILPY_VERSION "0.0.0"
#endif

// The Python language version gilpy implements, reported by sys.version_info.
#define GILPY_PY_MAJOR 3
#define GILPY_PY_MINOR 11
#define GILPY_PY_MICRO 7

#if defined(__GNUC__)
#define GP_LIKELY(x) __builtin_expect(!!(x), 1)
#define GP_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define GP_INLINE inline __attribute__((always_inline))
#define GP_NOINLINE __attribute__((noinline))
#else
#define GP_LIKELY(x) (x)
#define GP_UNLIKELY(x) (x)
#define GP_INLINE inline
#define GP_NOINLINE
#endif
