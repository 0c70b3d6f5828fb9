#!/usr/bin/env bash
# System packages that tests need beyond the Python venv: a real Slurm and MUNGE (Debian's
# `slurm-wlm`, `munge`) for tests/test_slurm_cluster.py, which starts its own single-node
# cluster in a private namespace (no system service is configured or used).
# Idempotent and quiet: returns at once when the packages are there. Where it cannot install
# them (not root and no passwordless sudo, no apt-get, no package index) it says why on
# stderr and succeeds anyway: the test then skips and names what is missing.
set -euo pipefail
packages=(slurm-wlm munge)

installed() {
  local status
  for p in "${packages[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [ "$status" = "install ok installed" ] || return 1
  done
}

if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
  echo "ci-system-deps: no apt-get here; not installing ${packages[*]} (the Slurm test will skip)" >&2
  exit 0
fi
installed && exit 0

if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "ci-system-deps: not root and no passwordless sudo; not installing ${packages[*]}" >&2
  exit 0
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$log" 2>&1 &&
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "${packages[@]}" >>"$log" 2>&1; then
  echo "ci-system-deps: installed ${packages[*]}" >&2
else
  echo "ci-system-deps: could not install ${packages[*]} (the Slurm test will skip):" >&2
  tail -n 5 "$log" >&2
fi
