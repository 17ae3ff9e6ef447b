"""Draw the three addons' app icons (static/description/icon.png), 256x256 PNG.

Run with any Python that has Pillow: python scripts/make_icons.py
"""

import os

from PIL import Image, ImageDraw

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "addons")
SIZE = 256


def person(draw, cx, top, scale, fill):
    r = 22 * scale
    draw.ellipse([cx - r, top, cx + r, top + 2 * r], fill=fill)
    w, h = 40 * scale, 52 * scale
    body_top = top + 2 * r + 8 * scale
    draw.rounded_rectangle([cx - w, body_top, cx + w, body_top + h], radius=int(24 * scale), fill=fill)


def base(color):
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([0, 0, SIZE - 1, SIZE - 1], radius=48, fill=color)
    return img, draw


def core():
    img, draw = base((0x1F, 0x6F, 0x8B, 255))
    person(draw, 88, 62, 0.8, (255, 255, 255, 170))
    person(draw, 168, 62, 0.8, (255, 255, 255, 170))
    person(draw, 128, 78, 1.0, (255, 255, 255, 255))
    return img


def quality():
    img, draw = base((0x2E, 0x8B, 0x57, 255))
    draw.ellipse([48, 48, 208, 208], outline=(255, 255, 255, 255), width=18)
    draw.line([(88, 130), (118, 160), (172, 98)], fill=(255, 255, 255, 255), width=20, joint="curve")
    return img


def reports():
    img, draw = base((0xC0, 0x6C, 0x1E, 255))
    for i, h in enumerate((70, 110, 150)):
        x = 58 + i * 52
        draw.rounded_rectangle([x, 200 - h, x + 36, 200], radius=6, fill=(255, 255, 255, 255))
    draw.line([(48, 210), (208, 210)], fill=(255, 255, 255, 200), width=8)
    return img


if __name__ == "__main__":
    for addon, fn in (
        ("labor_outsourcing", core),
        ("labor_outsourcing_quality", quality),
        ("labor_outsourcing_reports", reports),
    ):
        path = os.path.join(ROOT, addon, "static", "description", "icon.png")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fn().save(path)
        print(path)
