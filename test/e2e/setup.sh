#!/usr/bin/env bash
# Installs what the end-to-end suite needs, on a fresh Debian machine, without writing to $HOME:
#   - Debian packages: chromium (the browser playwright-core drives), neovim (the second LSP client),
#     ripgrep (code-server's search binary, which it would otherwise download), libkrb5-dev and a C++
#     toolchain (native modules of code-server built from source);
#   - code-server (a real VS Code served to the browser) from the npm registry, into .e2e/code-server/
#     inside the project (gitignored), once: a later run finds it there and skips the install.
# Usage: test/e2e/setup.sh   (run as root for the apt step; it is skipped when every package is there)
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
CS_VERSION=4.96.4            # VS Code 1.96.4: the newest code-server that runs on Node 20
CS_DIR="$ROOT/.e2e/code-server"
CACHE="$ROOT/.e2e/cache"     # npm and node-gyp caches, kept out of $HOME

need=()
for pkg in chromium fonts-dejavu-core neovim ripgrep libkrb5-dev g++ make python3; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || need+=("$pkg")
done
if ((${#need[@]})); then
  echo "e2e setup: apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [[ -f "$CS_DIR/.installed-$CS_VERSION" ]]; then
  echo "e2e setup: code-server $CS_VERSION already in ${CS_DIR#"$ROOT/"}"
  exit 0
fi
echo "e2e setup: installing code-server $CS_VERSION into ${CS_DIR#"$ROOT/"} (about a minute)"
rm -rf "$CS_DIR"
mkdir -p "$CS_DIR" "$CACHE"
export npm_config_cache="$CACHE/npm" npm_config_devdir="$CACHE/node-gyp" npm_config_nodedir=/usr
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export XDG_CONFIG_HOME="$CACHE/xdg" XDG_DATA_HOME="$CACHE/xdg" XDG_CACHE_HOME="$CACHE/xdg"
cd "$CS_DIR"
echo '{"private":true}' > package.json
# --ignore-scripts: code-server's own postinstall downloads from GitHub and would fail offline;
# its steps are done below, minus the downloads.
npm install --ignore-scripts --loglevel=error "code-server@$CS_VERSION"
# argon2's prebuilt binary is a GitHub download; it falls back to a build from source.
npm rebuild --loglevel=error argon2
V=node_modules/code-server/lib/vscode
# The one dependency pinned to a git URL; the same release (same integrity hash) is on the npm registry.
sed -i 's#"git+ssh://git@github.com/microsoft/vscode-proxy-agent.git\#0803e0a7d1249bcb64ae9d256d0ee732b7246ea5"#"https://registry.npmjs.org/@vscode/proxy-agent/-/proxy-agent-0.27.0.tgz"#' \
  "$V/npm-shrinkwrap.json"
(
  cd "$V"
  npm install --omit=dev --ignore-scripts --loglevel=error
  npm rebuild --loglevel=error @parcel/watcher @vscode/spdlog @vscode/deviceid kerberos native-watchdog node-pty
  mkdir -p node_modules/@vscode/ripgrep/bin
  ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sf code-linux.sh code-server)
  (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev --loglevel=error)
)
version=$(node_modules/.bin/code-server --version 2>/dev/null | grep -m1 "^[0-9]" || true)
[[ $version == "$CS_VERSION"* ]] || { echo "e2e setup: code-server says '$version', expected $CS_VERSION" >&2; exit 1; }
touch "$CS_DIR/.installed-$CS_VERSION"
echo "e2e setup: code-server $version ready"
