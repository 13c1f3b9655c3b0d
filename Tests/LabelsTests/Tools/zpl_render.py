#!/usr/bin/env python3
"""Render one ZPL II label with zplkit to PNG, the way the label tests check thermal labels.

Usage: zpl_render.py INPUT.zpl OUTPUT.png --dpi 203 --width 832 --height 1184 [--row Y]

Prints one JSON object on stdout:
  labels    number of labels (^XA … ^XZ formats) zplkit found
  warnings  zplkit's warnings
  width, height   size of the PNG in dots
  ink       [left, top, right, bottom] of all black dots, or null for an empty label
  row       with --row Y: that row of dots as a string of 1 (black) and 0 (white)
Exit status: 0 rendered, 2 zplkit refused the ZPL (message on stderr), 3 zplkit missing.
"""
import argparse
import json
import sys

try:
    import zplkit
except ImportError:
    sys.stderr.write("zplkit is not installed: pip install --only-binary=:all: zplkit==0.3.2\n")
    sys.exit(3)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("input")
    parser.add_argument("output")
    parser.add_argument("--dpi", type=int, required=True)
    parser.add_argument("--width", type=int, required=True)
    parser.add_argument("--height", type=int, required=True)
    parser.add_argument("--row", type=int)
    args = parser.parse_args()

    with open(args.input, "rb") as handle:
        zpl = handle.read()
    try:
        document = zplkit.render(
            zpl, zplkit.Options(profile="specification", width=args.width, height=args.height, dpi=args.dpi))
    except Exception as error:  # zplkit raises its own error types for refused ZPL
        sys.stderr.write(f"zplkit refused the ZPL: {type(error).__name__}: {error}\n")
        sys.exit(2)
    if not document.labels:
        sys.stderr.write("zplkit found no label in the ZPL\n")
        sys.exit(2)

    label = document.labels[0]
    with open(args.output, "wb") as handle:
        handle.write(label.png())

    raster = label.rasterize()
    width = raster.width
    pixels = raster.pixels
    white = 255
    left, top, right, bottom = width, None, -1, None
    for y in range(raster.height):
        row = pixels[y * width:(y + 1) * width]
        if row.count(white) == width:
            continue
        top = y if top is None else top
        bottom = y
        left = min(left, width - len(row.lstrip(bytes([white]))))
        right = max(right, len(row.rstrip(bytes([white]))) - 1)
    result = {
        "labels": len(document.labels),
        "warnings": [str(warning) for warning in document.warnings],
        "width": width,
        "height": raster.height,
        "ink": None if top is None else [left, top, right, bottom],
    }
    if args.row is not None:
        row = pixels[args.row * width:(args.row + 1) * width]
        result["row"] = "".join("1" if value < 128 else "0" for value in row)
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
