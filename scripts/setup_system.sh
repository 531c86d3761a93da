#!/usr/bin/env bash
# Installs the system packages the project needs, where this machine allows it:
#   CJK fonts so that charts draw Chinese glyphs, not boxes: fonts-noto-cjk (bold titles in PNG files,
#   the browser's pages) and fonts-wqy-microhei (vl-convert measures the charts' texts in it about 3x
#   faster than in Noto; the stored notebooks' charts were measured in it, so the tests need it), and
#   Debian's chromium for the browser tests (driven by Playwright; no browser is ever downloaded)
#   and for the summary's PDF that `indicators run` prints.
# Usage: scripts/setup_system.sh run|test   ("run" needs fonts-noto-cjk and installs the others where it
# can, going on without them, with a note: without chromium the run writes no PDF, without WenQuanYi
# its charts take longer; "test" needs all three).
set -euo pipefail
for_tests=0
[ "${1:-run}" = "test" ] && for_tests=1

# The font check reads fc-list's whole answer into a variable: `fc-list | grep -q` under pipefail
# fails whenever grep exits at the first match and fc-list dies of SIGPIPE (exit 141), which made
# the script reinstall the font as root and refuse to run as a normal user.
families=$(fc-list : family 2>/dev/null) || families=""
have_font() { [[ "$families" == *"$1"* ]]; }
have_browser() { [ -x "${INDICATORS_CHROMIUM:-/usr/bin/chromium}" ]; }

missing=()
command -v fc-list >/dev/null 2>&1 || missing+=(fontconfig)
have_font "Noto Sans CJK" || missing+=(fonts-noto-cjk)
optional=()
if ! have_font "WenQuanYi Micro Hei"; then
    if [ "$for_tests" = 1 ]; then missing+=(fonts-wqy-microhei); else optional+=(fonts-wqy-microhei); fi
fi
if ! have_browser; then
    if [ "$for_tests" = 1 ]; then missing+=(chromium); else optional+=(chromium); fi
fi
[ "${#missing[@]}" = 0 ] && [ "${#optional[@]}" = 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "正在安装系统软件包 Installing system packages: ${missing[*]} ${optional[*]}"
    apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" "${optional[@]}" >/dev/null
    exit 0
fi
if [ "${#missing[@]}" = 0 ]; then
    for package in "${optional[@]}"; do
        case "$package" in
            chromium) echo "提示：未安装 chromium，indicators run 不生成摘要 PDF（以 root 安装：sudo apt-get install -y chromium）。" \
                           "Note: chromium is not installed, so indicators run writes no summary PDF" \
                           "(install it as root, e.g. 'sudo apt-get install -y chromium')." >&2 ;;
            fonts-wqy-microhei) echo "提示：未安装 fonts-wqy-microhei，图表改用 Noto 测量文字，约慢3倍" \
                                     "（以 root 安装：sudo apt-get install -y fonts-wqy-microhei）。" \
                                     "Note: fonts-wqy-microhei is not installed, so charts are measured in Noto," \
                                     "about 3 times slower (install it as root, e.g. 'sudo apt-get install -y fonts-wqy-microhei')." >&2 ;;
        esac
    done
    exit 0
fi
echo "错误：缺少系统软件包 ${missing[*]}。Error: missing system packages: ${missing[*]}." >&2
echo "请以 root 安装，例如 Debian/Ubuntu 上运行 sudo apt-get install -y ${missing[*]}（中文字体用于图表，chromium 用于浏览器测试）。" >&2
echo "Install them as root, e.g. 'sudo apt-get install -y ${missing[*]}' on Debian/Ubuntu" >&2
echo "(fonts-noto-cjk and fonts-wqy-microhei draw Chinese in charts; chromium runs the browser tests)." >&2
exit 1
