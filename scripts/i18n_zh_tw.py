"""Derive zh_TW from zh_CN: OpenCC s2twp (Traditional characters, Taiwan phrasing), then a
few fixes of phrases OpenCC renders in a way Taiwanese business users do not use.

usage: python scripts/i18n_zh_tw.py <zh_CN.po> <zh_TW.po>   (needs: pip install babel opencc-python-reimplemented)
"""

import sys

from babel.messages.pofile import read_po, write_po
from opencc import OpenCC

FIXES = {
    "資訊保安": "資訊安全",
}


def main(source, target):
    with open(source, "rb") as handle:
        catalog = read_po(handle)
    convert = OpenCC("s2twp").convert
    for message in catalog:
        if message.id and message.string:
            text = convert(message.string)
            for wrong, right in FIXES.items():
                text = text.replace(wrong, right)
            message.string = text
    catalog.locale = "zh_TW"
    with open(target, "wb") as handle:
        write_po(handle, catalog, width=0, omit_header=False, sort_output=False)


if __name__ == "__main__":
    main(*sys.argv[1:3])
