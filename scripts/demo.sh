#!/usr/bin/env bash
# Sets everything up, builds, and runs the demo: the seed articles' CPU-bound
# snippets and the thread examples (what the GIL does) on gilpy, timed beside
# CPython.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release
for f in examples/*.py examples/threads/[a-z]*.py; do
  echo "== $f"
  build/gilpy "$f"
done
echo "== benchmarks: gilpy beside CPython (ratio < 1 means gilpy is faster)"
python3 examples/bench/run.py --rounds 3
echo "== threads: gilpy beside CPython, against the targets of issue 5"
python3 examples/bench/threads.py --rounds 3
