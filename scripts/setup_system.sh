#!/usr/bin/env bash
# Installs the system packages the project needs, where this machine allows it:
#   a CJK font (fonts-noto-cjk) so that charts draw Chinese glyphs, not boxes, and
#   Debian's chromium for the browser tests (driven by Playwright; no browser is ever downloaded)
#   and for the summary's PDF that `indicators run` prints.
# Usage: scripts/setup_system.sh run|test   ("run" needs the font and installs chromium where it can,
# going on without it, with a note: the run then writes no PDF; "test" needs both).
set -euo pipefail
need_browser=0
[ "${1:-run}" = "test" ] && need_browser=1

# The font check reads fc-list's whole answer into a variable: `fc-list | grep -q` under pipefail
# fails whenever grep exits at the first match and fc-list dies of SIGPIPE (exit 141), which made
# the script reinstall the font as root and refuse to run as a normal user.
have_font() {
    local families
    families=$(fc-list : family 2>/dev/null) || return 1
    [[ "$families" == *"Noto Sans CJK"* ]]
}
have_browser() { [ -x "${INDICATORS_CHROMIUM:-/usr/bin/chromium}" ]; }

missing=()
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
have_font || missing+=(fonts-noto-cjk)
optional=()
if ! have_browser; then
    if [ "$need_browser" = 1 ]; then missing+=(chromium); else optional+=(chromium); fi
fi
[ "${#missing[@]}" = 0 ] && [ "${#optional[@]}" = 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages: ${missing[*]} ${optional[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" "${optional[@]}" >/dev/null
    exit 0
fi
if [ "${#missing[@]}" = 0 ]; then
    echo "Note: chromium is not installed, so indicators run writes no summary PDF" \
         "(install it as root, e.g. 'sudo apt-get install -y chromium')." >&2
    exit 0
fi
echo "Error: missing system packages: ${missing[*]}." >&2
echo "Install them as root, e.g. 'sudo apt-get install -y ${missing[*]}' on Debian/Ubuntu" >&2
echo "(fonts-noto-cjk draws Chinese in charts; chromium runs the browser tests)." >&2
exit 1
