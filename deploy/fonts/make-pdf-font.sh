#!/usr/bin/env bash
# Makes the CJK font the PDF downloads embed (crm-web/src/main/resources/fonts/), so that a
# machine with nothing but a JDK prints Chinese: PDFBox embeds TrueType outlines only (not the
# CFF outlines of Noto Sans CJK), and WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0, derived from
# Google's Droid Sans Fallback) has them.
#
# From Debian's fonts-wqy-microhei it takes the first face of the collection (Micro Hei, not
# Micro Hei Mono), keeps every character of GBK (all 20,902 unified Han characters of
# U+4E00-U+9FA5 and GBK's own, so rarer name characters such as 喆 堃 赟 print too, which
# GB2312 alone would lose) plus ASCII, Latin-1, general punctuation, CJK symbols and
# punctuation, full-width forms, arrows, geometric shapes and the miscellaneous symbols (☆ ★ ●),
# and drops the hinting (the Han glyphs carry none): 4.6 MB become 3.1 MB.
#
#   apt-get install fonts-wqy-microhei python3-fonttools && deploy/fonts/make-pdf-font.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
src=/usr/share/fonts/truetype/wqy/wqy-microhei.ttc
out=crm-web/src/main/resources/fonts
[ -f "$src" ] || { echo "missing $src: apt-get install fonts-wqy-microhei" >&2; exit 1; }
mkdir -p "$out"
/usr/bin/python3 - "$src" "$out/wqy-microhei-gbk.ttf" <<'PY'
import sys
from fontTools import subset
from fontTools.ttLib import TTCollection

source, target = sys.argv[1], sys.argv[2]
chars = set(range(0x20, 0x7F)) | set(range(0xA0, 0x100))
for lo, hi in [(0x2000, 0x2070), (0x2190, 0x2200), (0x25A0, 0x2700), (0x3000, 0x3040), (0xFF00, 0xFFF0)]:
    chars |= set(range(lo, hi))
for lead in range(0x81, 0xFF):
    for trail in range(0x40, 0xFF):
        try:
            chars |= set(map(ord, bytes([lead, trail]).decode('gbk')))
        except UnicodeDecodeError:
            pass
font = TTCollection(source).fonts[0]
options = subset.Options()
options.hinting = False
options.layout_features = ['*']
options.name_IDs = ['*']
options.notdef_outline = True
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=chars)
subsetter.subset(font)
font.save(target)
print(target, len(font.getBestCmap()), 'characters')
PY
cp /usr/share/common-licenses/Apache-2.0 "$out/LICENSE-wqy-microhei.txt"
ls -l "$out"
