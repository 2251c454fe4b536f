#!/usr/bin/env bash
# Repacks a .deb made by the Tauri bundler (gzip) with xz, as Debian packs its own: the
# same files, about 28 % smaller (docs/PERFORMANCE.md). dpkg reads xz since 1.15.
# With a signature beside the package (the release workflow's update files), the package
# is signed again for APP_VERSION with the key in TAURI_SIGNING_PRIVATE_KEY (or
# TAURI_SIGNING_PRIVATE_KEY_PATH), since the old signature no longer fits the new bytes.
#
#   scripts/deb-xz.sh path/to/Ketenkompas_0.1.0_amd64.deb
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: scripts/deb-xz.sh <one .deb>" >&2
  exit 1
fi
deb=$(realpath "$1")
if [ -f "$deb.sig" ] && { [ -z "${TAURI_SIGNING_PRIVATE_KEY:-}${TAURI_SIGNING_PRIVATE_KEY_PATH:-}" ] || [ -z "${APP_VERSION:-}" ]; }; then
  echo "deb-xz: $deb is signed; set TAURI_SIGNING_PRIVATE_KEY and APP_VERSION to sign it again" >&2
  exit 1
fi
# Beside the package, so that the new one takes its place in one rename.
work=$(mktemp -d "$(dirname "$deb")/.deb-xz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# What the package holds (kind and mode, size, path, link target) and its control files,
# without owners, dates and the spelling of paths ("./usr/" or "usr"): it must not change.
contents() {
  dpkg-deb --contents "$1" >"$work/listing"
  awk '{ p = $6; sub(/^\.\//, "", p); sub(/\/$/, "", p)
    if (p != "" && p != ".") print $1, $3, p, $7, $8 }' "$work/listing" | sort
  dpkg-deb --info "$1" | grep -v '^ new Debian package\|^ size '
}

contents "$deb" >"$work/before"
dpkg-deb --raw-extract "$deb" "$work/root"
dpkg-deb --root-owner-group -Zxz -z9 --build "$work/root" "$work/new.deb" >/dev/null
contents "$work/new.deb" >"$work/after"
if ! diff "$work/before" "$work/after" >"$work/diff"; then
  echo "deb-xz: the repacked package holds other files than $deb:" >&2
  cat "$work/diff" >&2
  exit 1
fi
before=$(stat -c %s "$deb")
mv "$work/new.deb" "$deb"
echo "deb-xz: $(basename "$deb"): $before -> $(stat -c %s "$deb") bytes"

if [ -f "$deb.sig" ]; then
  rm "$deb.sig"
  "$(dirname "$0")/../ui/node_modules/.bin/tauri" signer sign --app-version "$APP_VERSION" "$deb" >/dev/null
  echo "deb-xz: signed again for version $APP_VERSION"
fi
