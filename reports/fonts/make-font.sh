#!/bin/sh
# Rebuilds reports/src/main/resources/org/solarpm/reports/fonts/SolarPMSans-Regular.ttf
# from Debian's Noto Sans CJK (SIL Open Font License 1.1). See README.md beside this script.
# Output is byte-for-byte reproducible with the same fonts-noto-cjk and python3-fonttools.
#
# Needs the Debian packages fonts-noto-cjk and python3-fonttools (apt-get install ...).
# Usage: sh reports/fonts/make-font.sh   (from anywhere; about 20 s)
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
OUT_DIR="$HERE/../src/main/resources/org/solarpm/reports/fonts"
TTC=${TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
# Debian's python3-fonttools lives in the system interpreter, not in a pyenv/venv one.
PYTHON=${PYTHON:-/usr/bin/python3}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# What the reports can print: Latin (+ Latin-1 and Latin Extended-A), Greek (μ, Ω, Δ), general
# punctuation, super/subscripts, currency, letterlike symbols (℃, №), number forms (Ⅻ), arrows,
# maths, enclosed alphanumerics (①), box drawing, geometric shapes (●▲■), misc symbols and
# dingbats (★ ✓), CJK symbols and punctuation, enclosed CJK (㈠), CJK compatibility units
# (㎡ ㎾ ㎏), vertical/small forms, full-width forms, U+FFFD, and the whole CJK Unified
# Ideographs block U+4E00-9FFF (20,992 hanzi: a superset of GB2312 and of the 8,105 of the
# Table of General Standard Chinese Characters, so people and place names print).
UNICODES="U+0020-007E,U+00A0-017F,U+0370-03FF,U+2000-206F,U+2070-209F,U+20A0-20CF,\
U+2100-214F,U+2150-218F,U+2190-21FF,U+2200-22FF,U+2460-24FF,U+2500-257F,U+25A0-25FF,\
U+2600-26FF,U+2700-27BF,U+3000-303F,U+3200-32FF,U+3300-33FF,U+FE10-FE1F,U+FE30-FE4F,\
U+FF00-FFEF,U+FFFD,U+4E00-9FFF"

"$PYTHON" - "$TTC" "$WORK/sc.otf" <<'PY'
import sys
from fontTools.ttLib import TTCollection
# The .ttc holds JP, KR, SC, TC, HK (+ Mono) faces sharing one CFF table; pick SC by name,
# since JasperReports and OpenPDF accept only a single-face font file.
coll = TTCollection(sys.argv[1], recalcTimestamp=False)
face = next(f for f in coll.fonts if f['name'].getDebugName(6) == 'NotoSansCJKsc-Regular')
face.save(sys.argv[2])
PY

# No OpenType layout tables: OpenPDF does not apply them, and dropping GSUB (its 'locl'
# feature pulls in the JP/KR/TC glyph variants) halves the file. Vertical metrics are unused.
# Keep every name record (copyright, licence, licence URL).
"$PYTHON" -m fontTools.subset "$WORK/sc.otf" \
  --unicodes="$UNICODES" \
  --layout-features='' \
  --drop-tables+=GSUB,GPOS,GDEF,BASE,vhea,vmtx,VORG \
  --name-IDs='*' --name-legacy --name-languages='*' \
  --notdef-outline \
  --output-file="$WORK/subset.otf"

"$PYTHON" - "$WORK/subset.otf" "$OUT_DIR/SolarPMSans-Regular.ttf" <<'PY'
import sys
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont, newTable
# A Modified Version under the OFL: give it its own name (the OFL FAQ asks for this, and
# "Noto" is a Google trademark), keep the copyright and licence records.
font = TTFont(sys.argv[1], recalcTimestamp=False)  # reproducible output
family, full, ps = 'SolarPM Sans', 'SolarPM Sans Regular', 'SolarPMSans-Regular'
name = font['name']
for rec in list(name.names):
    if rec.nameID in (1, 3, 4, 6, 16, 17, 18):
        name.removeNames(nameID=rec.nameID)
name.setName(family, 1, 3, 1, 0x409)
name.setName('Regular', 2, 3, 1, 0x409)
name.setName(ps + ';SolarPM subset of NotoSansCJKsc-Regular 2.004', 3, 3, 1, 0x409)
name.setName(full, 4, 3, 1, 0x409)
name.setName(ps, 6, 3, 1, 0x409)
name.setName('Subset of Noto Sans CJK SC Regular 2.004 (Debian fonts-noto-cjk), '
             'made for SolarPM reports by reports/fonts/make-font.sh', 10, 3, 1, 0x409)
name.setName('This Font Software is licensed under the SIL Open Font License, Version 1.1.',
             13, 3, 1, 0x409)
name.setName('https://openfontlicense.org', 14, 3, 1, 0x409)

# TrueType (glyf) outlines instead of CFF. The subset's CFF is CID-keyed with CIDs != glyph ids,
# and OpenPDF writes glyph ids where a CFF font in a PDF needs CIDs: viewers then show blanks
# (the text layer is still right). OpenPDF's TrueType path has no such mix-up, and its
# subsets are ~45 kB per PDF instead of ~160 kB. Cubic to quadratic within 1/1000 em.
order = font.getGlyphOrder()
outlines = font.getGlyphSet()
glyphs = {}
for glyph_name in order:
    pen = TTGlyphPen(outlines)
    outlines[glyph_name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
    glyphs[glyph_name] = pen.glyph()
font['loca'] = newTable('loca')
glyf = font['glyf'] = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = glyphs
del font['CFF ']
glyf.compile(font)
hmtx = font['hmtx']
for glyph_name in order:
    advance = hmtx.metrics[glyph_name][0]
    hmtx.metrics[glyph_name] = (advance, getattr(glyf[glyph_name], 'xMin', 0))
maxp = font['maxp'] = newTable('maxp')  # version 1.0; counts are recalculated on save
maxp.tableVersion = 0x00010000
for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
    setattr(maxp, field, 0)
maxp.maxZones = 1
font['post'].formatType = 3.0  # no glyph names
font['head'].glyphDataFormat = 0
font.sfntVersion = '\x00\x01\x00\x00'
font.save(sys.argv[2])
f = TTFont(sys.argv[2])
print(sys.argv[2], 'glyphs:', f['maxp'].numGlyphs, 'cmap:', len(f.getBestCmap()))
PY
ls -l "$OUT_DIR/SolarPMSans-Regular.ttf"
