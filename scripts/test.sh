#!/usr/bin/env bash
# Installs what is missing, builds both binaries (gilpy, gilpyt) and runs
# every test: GoogleTest unit tests, the script tests, REPL and signal tests
# on both binaries; then the sanitizer builds: every script test under
# ASan+UBSan; under TSan the GIL, stop-the-world and (gilpyt's biased)
# reference-counting unit tests, and the thread tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release -j2

# Leak checking stays off: objects still reachable at exit (the module
# tables, every class: there is no cycle collector) are reported as leaks.
cmake --preset asan >/dev/null
cmake --build --preset asan --target gilpy
ASAN_OPTIONS=detect_leaks=0 python3 tests/run_py_tests.py --bin build-asan/gilpy tests/py

THREAD_TESTS=(-k stress -k thread_native -k threading -k queue -k futures -k signal)
cmake --preset tsan >/dev/null
cmake --build --preset tsan --target gilpy gilpy_unit gilpyt_unit
build-tsan/gilpy_unit --gtest_filter='Gil*:*StopTheWorld*'
build-tsan/gilpyt_unit --gtest_filter='Gil*:*StopTheWorld*:Refcount*'
python3 tests/run_py_tests.py --bin build-tsan/gilpy "${THREAD_TESTS[@]}" tests/py
