#!/bin/sh
# flatpak/check-manifest.sh: fail when flatpak-builder cannot read the manifest cleanly
# Copyright 2026 The Touchpoint authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: check-manifest.sh FLATPAK_BUILDER MANIFEST
#
# flatpak-builder only warns about unknown or misspelt properties and still
# exits 0, so anything it prints on standard error counts as a failure.

set -eu

if [ "$#" -ne 2 ]; then
  echo "usage: $0 FLATPAK_BUILDER MANIFEST" >&2
  exit 2
fi

flatpak_builder=$1
manifest=$2

case $manifest in
  /*) ;;
  *) manifest=$(pwd)/$manifest ;;
esac

# flatpak-builder leaves a .flatpak-builder state directory wherever it runs;
# keep that out of the source and build trees.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
errors=$scratch/stderr

status=0
(cd "$scratch" && "$flatpak_builder" --show-manifest "$manifest") \
  >/dev/null 2>"$errors" || status=$?

if [ "$status" -ne 0 ]; then
  cat "$errors" >&2
  echo "$manifest: flatpak-builder exited with status $status" >&2
  exit 1
fi

if [ -s "$errors" ]; then
  cat "$errors" >&2
  echo "$manifest: flatpak-builder printed warnings" >&2
  exit 1
fi

echo "$manifest: OK"
