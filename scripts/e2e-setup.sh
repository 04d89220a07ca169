#!/usr/bin/env bash
# Installs what `npm run test:e2e` needs, once, into a cache folder outside the repository:
#   - Debian's chromium (driven by playwright-core) and libkrb5-dev (a native module of code-server needs it),
#   - node 24 from the npm package `node` (code-server 4.139.1 refuses older Node),
#   - code-server (a real VS Code server) and playwright-core, installed with that node 24 on PATH.
# Reruns are cheap: every step is skipped when its result is already present.
# Prints nothing but progress on stderr and, on the last line of stdout, the cache folder.
#
# Environment: E2E_DIR (default ${XDG_CACHE_HOME:-$HOME/.cache}/postfix-config-e2e),
#              CODE_SERVER_VERSION (4.139.1), PLAYWRIGHT_CORE_VERSION (1.65.1), NODE_SPEC (node@24).
set -euo pipefail

E2E_DIR="${E2E_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/postfix-config-e2e}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
PLAYWRIGHT_CORE_VERSION="${PLAYWRIGHT_CORE_VERSION:-1.65.1}"
NODE_SPEC="${NODE_SPEC:-node@24}"

log() { echo "e2e-setup: $*" >&2; }

# Started from `npm run`, this script inherits the outer npm's environment (npm_config_user_agent naming
# the outer Node, npm_node_execpath, NODE, prefixes ...). The nested installs below must see node 24 only:
# code-server's postinstall reads the Node version from npm_config_user_agent. Keep registry and network
# settings, drop the rest.
for name in $(compgen -e); do
  case "$name" in
    npm_config_registry | npm_config_cafile | npm_config_ca | npm_config_proxy | npm_config_https_proxy | \
      npm_config_noproxy | npm_config_strict_ssl | npm_config_cache | npm_config_userconfig) ;;
    npm_* | NODE) unset "$name" ;;
  esac
done

# 1. System packages.
need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need_apt+=(libkrb5-dev)
if [ "${#need_apt[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "missing Debian packages: ${need_apt[*]} (run as root: apt-get install -y ${need_apt[*]})"
    exit 1
  fi
  log "apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

mkdir -p "$E2E_DIR"

# 2. Node 24 (the npm package `node` carries the binary; its .bin/node is a real node executable).
NODE_DIR="$E2E_DIR/node"
NODE24="$NODE_DIR/node_modules/.bin/node"
if [ ! -x "$NODE24" ] || ! "$NODE24" -e 'process.exit(Number(process.versions.node.split(".")[0]) === 24 ? 0 : 1)' 2>/dev/null; then
  log "installing $NODE_SPEC into $NODE_DIR"
  rm -rf "$NODE_DIR"
  mkdir -p "$NODE_DIR"
  npm install --prefix "$NODE_DIR" --no-audit --no-fund --loglevel=error "$NODE_SPEC" >&2
fi
log "node $("$NODE24" --version)"

# 3. code-server and playwright-core, built and installed by node 24.
TOOLS_DIR="$E2E_DIR/tools"
STAMP="$TOOLS_DIR/.installed-code-server-$CODE_SERVER_VERSION-playwright-core-$PLAYWRIGHT_CORE_VERSION"
if [ ! -f "$STAMP" ] || [ ! -f "$TOOLS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  log "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_CORE_VERSION into $TOOLS_DIR (a few minutes)"
  rm -rf "$TOOLS_DIR"
  mkdir -p "$TOOLS_DIR"
  PATH="$NODE_DIR/node_modules/.bin:$PATH" npm install --prefix "$TOOLS_DIR" --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_CORE_VERSION" >&2
  touch "$STAMP"
fi
log "code-server $(PATH="$NODE_DIR/node_modules/.bin:$PATH" node -p "require('$TOOLS_DIR/node_modules/code-server/package.json').version")"

echo "$E2E_DIR"
