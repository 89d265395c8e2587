# Sourced by scripts/run and scripts/test: system libraries, Python, the virtual environment.
# Usage: bootstrap <extras> <package>...   (extras: "" or "test")
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
# The tested versions, with hashes: app.txt for scripts/run, test.txt (a superset) for
# scripts/test. Regenerate them with scripts/lock.
LOCK_DIR="$ROOT/requirements"

# The libraries Qt needs on every Debian/Ubuntu machine, offscreen included.
QT_LIBS="libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0 libdbus-1-3"
# And for a real window on an X11 (or Xvfb) screen.
QT_X11_LIBS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

say() { printf 'housedesk: %s\n' "$*" >&2; }

installed() {  # Ubuntu 24.04 renamed some libraries with a t64 suffix
  dpkg -s "$1" >/dev/null 2>&1 || dpkg -s "${1}t64" >/dev/null 2>&1
}

pick_python() {
  local candidate
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

ensure_system_packages() {
  local missing="" pkg python
  if command -v dpkg >/dev/null 2>&1; then
    for pkg in "$@"; do installed "$pkg" || missing+=" $pkg"; done
  fi
  python=$(pick_python || true)
  if [ -z "$python" ]; then
    missing+=" python3 python3-venv"
  elif [ ! -x "$VENV/bin/python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
    missing+=" python3-venv"
  fi
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "installing system packages:$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q >/dev/null
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing >/dev/null
  else
    say "these system packages are missing; install them first with:"
    say "  sudo apt-get install -y$missing"
    exit 1
  fi
  if ! pick_python >/dev/null; then
    say "housedesk needs Python 3.11 or newer; this system's python3 is older."
    exit 1
  fi
}

ensure_venv() {
  local extras=$1 stamp current python lock
  if [ ! -x "$VENV/bin/python" ]; then
    python=$(pick_python)
    say "creating the virtual environment in $VENV (with $("$python" --version))"
    "$python" -m venv "$VENV"
  fi
  # Reinstalled whenever pyproject.toml or a lock changes.
  stamp="$(cat "$ROOT/pyproject.toml" "$LOCK_DIR/app.txt" "$LOCK_DIR/test.txt" |
    sha256sum | cut -c1-16)-$extras"
  current=$(cat "$VENV/.installed" 2>/dev/null || true)
  # An environment set up for the tests also runs the app.
  if [ "$current" != "$stamp" ] && [ "$current" != "${stamp}test" ]; then
    lock="$LOCK_DIR/${extras:-app}.txt"
    say "installing housedesk and the versions in ${lock#"$ROOT/"} into $VENV"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip >/dev/null
    # Exactly the locked versions, each file checked against its hash; then housedesk
    # itself from this checkout, with nothing more.
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --require-hashes -r "$lock"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e "$ROOT"
    echo "$stamp" >"$VENV/.installed"
  fi
}
