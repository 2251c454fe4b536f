#!/usr/bin/env bash
# Installs what building, running and testing Ketenkompas needs and is not there yet.
# Safe to run again: every step first checks whether its work is already done.
#   scripts/setup.sh build   — compilers, system libraries, UI packages
#   scripts/setup.sh test    — the above plus Xvfb, WebDriver and PDF tools
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-build}"

sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi

build_pkgs=(libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev file)
test_pkgs=(xvfb xauth webkit2gtk-driver imagemagick poppler-utils fonts-noto-cjk fonts-noto-core)
pkgs=("${build_pkgs[@]}")
if [ "$purpose" = "test" ]; then pkgs+=("${test_pkgs[@]}"); fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
else
  echo "setup: not a Debian-like system; install the packages named in README.md yourself" >&2
fi

if ! command -v cargo >/dev/null 2>&1; then
  echo "setup: Rust is missing; install it with rustup (https://rustup.rs)" >&2
  exit 1
fi
if ! cargo clippy --version >/dev/null 2>&1 || ! cargo fmt --version >/dev/null 2>&1; then
  rustup component add clippy rustfmt
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "setup: installing Node.js"
  $sudo_cmd apt-get install -y -qq nodejs npm >/dev/null
fi

# UI packages: again whenever the lock file is newer than the installed tree.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  echo "setup: installing UI packages"
  (cd ui && npm install --no-audit --no-fund --loglevel=error)
fi

if [ "$purpose" = "test" ] && ! command -v tauri-driver >/dev/null 2>&1; then
  echo "setup: installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi
