#!/usr/bin/env bash
# JupyterLab on notebooks/ as analysts run it: as root (servers, containers) it needs --allow-root;
# without a display there is no browser to open, so it prints the address with its token instead;
# the "Jupyter news" pop-up is switched off in the venv's settings overrides (and --LabApp.news_url).
# Usage: scripts/lab.sh VENV [--print] [extra jupyter lab options]
#   --print  prints the command instead of running it (tests use it).
set -euo pipefail
venv=${1:?usage: scripts/lab.sh VENV [--print] [jupyter lab options]}
shift
dry=0
if [ "${1:-}" = "--print" ]; then dry=1; shift; fi

settings="$venv/share/jupyter/lab/settings"
if mkdir -p "$settings" 2>/dev/null && [ -w "$settings" ]; then  # a venv someone else owns keeps its own
    cat > "$settings/overrides.json" <<'JSON'
{
  "@jupyterlab/apputils-extension:notification": {"fetchNews": "false", "checkForUpdates": false}
}
JSON
fi

flags=(--LabApp.news_url=None)
[[ " $* " == *" --ServerApp.root_dir="* ]] || flags+=(--ServerApp.root_dir=notebooks)  # one value only
[ "$(id -u)" = 0 ] && flags+=(--allow-root)
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "$(uname -s)" != Darwin ]; then
    flags+=(--no-browser)
    echo "No display: open in a browser the http://127.0.0.1:PORT/lab?token=... address Jupyter prints below." >&2
fi
cmd=("$venv/bin/jupyter" lab "${flags[@]}" "$@")
if [ "$dry" = 1 ]; then echo "${cmd[*]}"; exit 0; fi
exec "${cmd[@]}"
