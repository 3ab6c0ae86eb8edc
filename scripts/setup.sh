#!/usr/bin/env bash
# Installs the Debian packages gilpy builds and tests with. Idempotent.
set -euo pipefail
pkgs=(build-essential cmake ninja-build re2c bison libgmp-dev libuv1-dev
      libmimalloc-dev libedit-dev libgtest-dev googletest python3 clang clang-format hyperfine time)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
fi
