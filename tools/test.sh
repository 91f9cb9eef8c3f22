#!/bin/sh
# Runs every test: builds goc if needed, then ctest (golden programs, error
# tests, the Go 1.19 test-suite ratchet). Each runner ends with "N passed, M failed".
set -eu
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure "$@"
