"""Draw the application icon (resources/icons/kzplanner.png and .ico) with Pillow and the bundled
DejaVu Sans Bold: a blue tile with "KZ" and a bar chart. Byte-stable; rerun after changing it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
SIZE = 256


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((8, 8, size - 8, size - 8), radius=44, fill=(31, 95, 153, 255))
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "DejaVuSans-Bold.ttf"), 104)
    pen.text((size // 2, 96), "KZ", font=font, fill=(255, 255, 255, 255), anchor="mm")
    # a small bar chart: the gap shrinking after the plan
    for i, (height, colour) in enumerate(((62, (253, 204, 92)), (46, (253, 141, 60)),
                                          (30, (255, 255, 255)))):
        x = 60 + i * 50
        pen.rectangle((x, 226 - height, x + 36, 226), fill=colour + (255,))
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    image = draw()
    image.save(OUT / "kzplanner.png", optimize=True)
    image.save(OUT / "kzplanner.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64),
                                            (128, 128), (256, 256)])
    print(f"wrote {OUT / 'kzplanner.png'} and {OUT / 'kzplanner.ico'}")


if __name__ == "__main__":
    main()
