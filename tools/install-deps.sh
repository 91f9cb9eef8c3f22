#!/bin/sh
# Installs what goc needs to build and test on Debian 12 (bookworm): the
# C toolchain, flex/bison, LLVM 19 (C API, lld), GMP/MPFR for exact constants,
# the reference toolchain (Go 1.19, whose sources are also the standard
# library goc compiles), and Chromium, in which tools/ssahtml-check.py opens
# GOSSAFUNC's ssa.html. Safe to run again: apt-get skips what is installed.
set -eu
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
PKGS="build-essential cmake flex bison llvm-19-dev lld-19 libgmp-dev libmpfr-dev \
      golang-1.19-go golang-1.19-src python3 gdb time chromium"
missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
