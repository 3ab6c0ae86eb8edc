#!/usr/bin/env bash
# Installs what is missing, builds both binaries (gilpy, gilpyt) and runs
# every test: GoogleTest unit tests and the script tests on both binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
ctest --preset release -j2
