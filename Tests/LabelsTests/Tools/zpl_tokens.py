#!/usr/bin/env python3
"""Split a ZPL II stream into commands with zplkit's own parser.

Usage: zpl_tokens.py INPUT.zpl

Prints a JSON list on stdout, one object per element in stream order:
  kind    "format_command" (^…), "control_command" (~…) or another zplkit element kind
  offset  byte offset in the input
  data    the element's bytes, decoded as Latin-1 so that every byte survives
Exit status: 0 parsed, 2 zplkit could not parse the stream, 3 zplkit missing.
"""
import json
import sys

try:
    from zplkit import _native
except ImportError:
    sys.stderr.write("zplkit is not installed: pip install --only-binary=:all: zplkit==0.3.2\n")
    sys.exit(3)


def main():
    with open(sys.argv[1], "rb") as handle:
        zpl = handle.read()
    try:
        parsed = _native.parse(zpl)
    except Exception as error:
        sys.stderr.write(f"zplkit could not parse the ZPL: {type(error).__name__}: {error}\n")
        sys.exit(2)
    elements = [
        {"kind": str(element.kind), "offset": int(element.offset), "data": bytes(element.data).decode("latin-1")}
        for element in parsed.elements
    ]
    json.dump(elements, sys.stdout)


if __name__ == "__main__":
    main()
