#!/usr/bin/python3
"""Draws the DealBrief app icon and writes PNG, ICO and ICNS files.

Run from the repository root: /usr/bin/python3 installer/make-icons.py
Needs Pillow (Debian: apt-get install python3-pil). The outputs are committed, so building
an installer never needs Pillow; rerun this only when the design changes.

Design: a deep-blue rounded square holding a white briefing sheet (folded corner, a heading
bar and text lines) with an amber bar chart, the "deal" accent. Each size is drawn at 4x and
scaled down, and small sizes drop the details that would only blur.
"""
import os
import sys

from PIL import Image, ImageDraw, ImageFilter

SIZES = [16, 32, 48, 64, 128, 256, 512, 1024]
PUBLISHED = [16, 32, 48, 64, 128, 256, 512]
SS = 4  # supersampling factor

BLUE_TOP = (37, 99, 205)
BLUE_BOTTOM = (12, 42, 110)
HEADING = (16, 52, 128)
TEXT = (168, 186, 214)
FOLD = (204, 216, 236)
AMBER = (245, 166, 35)
AMBER_DARK = (222, 128, 18)


def gradient(w, h, top, bottom):
    col = Image.new("RGB", (1, h))
    for y in range(h):
        t = y / max(1, h - 1)
        col.putpixel((0, y), tuple(round(a + (b - a) * t) for a, b in zip(top, bottom)))
    return col.resize((w, h))


def draw_icon(size):
    s = size * SS
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    small = size <= 32
    tiny = size <= 16

    # Background tile: full bleed at tiny sizes, a margin like the platform icon grids otherwise.
    margin = 0 if tiny else round(s * 0.06)
    radius = round((s - 2 * margin) * 0.22)
    mask = Image.new("L", (s, s), 0)
    ImageDraw.Draw(mask).rounded_rectangle(
        (margin, margin, s - 1 - margin, s - 1 - margin), radius=radius, fill=255)
    if not small:
        # Soft drop shadow under the tile.
        shadow = Image.new("RGBA", (s, s), (0, 0, 0, 0))
        sm = mask.filter(ImageFilter.GaussianBlur(s * 0.015))
        shadow.putalpha(sm.point(lambda a: a * 0.35))
        img.alpha_composite(shadow, (0, round(s * 0.012)))
    tile = gradient(s, s, BLUE_TOP, BLUE_BOTTOM).convert("RGBA")
    tile.putalpha(mask)
    img.alpha_composite(tile)

    d = ImageDraw.Draw(img)
    # The sheet.
    inner = s - 2 * margin
    sw = round(inner * (0.56 if not tiny else 0.62))
    sh = round(inner * (0.66 if not tiny else 0.72))
    x0 = (s - sw) // 2
    y0 = (s - sh) // 2
    x1, y1 = x0 + sw, y0 + sh
    fold = round(sw * 0.28)
    r = round(sw * 0.06)
    if not small:
        sheet_shadow = Image.new("RGBA", (s, s), (0, 0, 0, 0))
        ImageDraw.Draw(sheet_shadow).rounded_rectangle(
            (x0, y0 + round(s * 0.015), x1, y1 + round(s * 0.015)), radius=r, fill=(5, 20, 60, 110))
        img.alpha_composite(sheet_shadow.filter(ImageFilter.GaussianBlur(s * 0.012)))
        d = ImageDraw.Draw(img)
    # Sheet body: a rounded rectangle with its top-right corner cut off, then the folded flap.
    sheet_mask = Image.new("L", (s, s), 0)
    md = ImageDraw.Draw(sheet_mask)
    md.rounded_rectangle((x0, y0, x1, y1), radius=r, fill=255)
    md.polygon([(x1 - fold, y0 - 1), (x1 + 1, y0 - 1), (x1 + 1, y0 + fold)], fill=0)
    sheet = Image.new("RGBA", (s, s), (255, 255, 255, 255))
    sheet.putalpha(sheet_mask)
    img.alpha_composite(sheet)
    d = ImageDraw.Draw(img)
    d.polygon([(x1 - fold, y0), (x1 - fold, y0 + fold), (x1, y0 + fold)], fill=FOLD)

    pad = round(sw * 0.15)
    lx0, lx1 = x0 + pad, x1 - pad
    if tiny:
        # 16 px: a heading bar and one amber bar are all that reads.
        hy = y0 + round(sh * 0.30)
        d.rectangle((lx0, hy, lx1 - fold // 2, hy + round(sh * 0.14)), fill=HEADING)
        ay = y0 + round(sh * 0.62)
        d.rectangle((lx0, ay, lx1, ay + round(sh * 0.16)), fill=AMBER)
        return img.resize((size, size), Image.LANCZOS)

    # Heading bar and text lines.
    lh = round(sh * (0.065 if not small else 0.09))
    hy = y0 + round(sh * 0.17)
    d.rounded_rectangle((lx0, hy, x1 - fold - round(pad * 0.3), hy + lh), radius=lh // 2, fill=HEADING)
    lines = [0.33, 0.45] if small else [0.33, 0.43, 0.53]
    widths = [1.0, 0.78, 0.9]
    for frac, wfrac in zip(lines, widths):
        ly = y0 + round(sh * frac)
        d.rounded_rectangle((lx0, ly, lx0 + round((lx1 - lx0) * wfrac), ly + round(lh * 0.8)),
                            radius=lh // 2, fill=TEXT)

    # Amber bar chart, rising: the deal accent.
    base = y1 - round(sh * 0.12)
    n = 3
    gap = round((lx1 - lx0) * 0.08)
    bw = ((lx1 - lx0) - gap * (n - 1)) // n
    heights = [0.12, 0.19, 0.27]
    for i, hf in enumerate(heights):
        bx = lx0 + i * (bw + gap)
        top = base - round(sh * hf)
        d.rounded_rectangle((bx, top, bx + bw, base), radius=round(bw * 0.18),
                            fill=AMBER if i < n - 1 else AMBER_DARK)
    return img.resize((size, size), Image.LANCZOS)


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out_assets = os.path.join(root, "assets", "icons")
    out_inst = os.path.join(root, "installer")
    os.makedirs(out_assets, exist_ok=True)
    images = {n: draw_icon(n) for n in SIZES}
    for n in PUBLISHED:
        images[n].save(os.path.join(out_assets, f"dealbrief-{n}.png"), optimize=True)
    big = images[1024]
    big.save(os.path.join(out_assets, "dealbrief.ico"),
             sizes=[(n, n) for n in (16, 32, 48, 64, 128, 256)],
             append_images=[images[n] for n in (16, 32, 48, 64, 128, 256)])
    big.save(os.path.join(out_assets, "dealbrief.icns"),
             append_images=[images[n] for n in (16, 32, 64, 128, 256, 512)])
    # jpackage takes one icon file per platform from installer/.
    images[512].save(os.path.join(out_inst, "dealbrief.png"), optimize=True)
    for ext in ("ico", "icns"):
        with open(os.path.join(out_assets, f"dealbrief.{ext}"), "rb") as src, \
                open(os.path.join(out_inst, f"dealbrief.{ext}"), "wb") as dst:
            dst.write(src.read())
    print("icons written to", out_assets, "and", out_inst, file=sys.stderr)


if __name__ == "__main__":
    main()
