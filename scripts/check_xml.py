"""pre-commit hook: the XML files given are well-formed, and views use Odoo 17+ idioms
(<list>, not <tree>; invisible=/readonly= expressions, not attrs= or states=).

usage: $ODOO_PYTHON scripts/check_xml.py FILE.xml ...   (exits 1 naming each problem)
"""

import re
import sys

from lxml import etree

OLD_IDIOMS = (
    (re.compile(r"<tree[\s>]"), "use <list>, not <tree>"),
    (re.compile(r"\battrs\s*="), "attrs= is gone in Odoo 17+: use invisible=/readonly=/required= expressions"),
    (re.compile(r"\bstates\s*=\s*\""), "states= is gone in Odoo 17+: use an invisible= expression"),
)


def problems(path):
    try:
        etree.parse(path, etree.XMLParser(resolve_entities=False))
    except etree.XMLSyntaxError as error:
        yield f"{path}: not well-formed: {error}"
        return
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    for pattern, message in OLD_IDIOMS:
        for match in pattern.finditer(text):
            yield f"{path}:{text.count(chr(10), 0, match.start()) + 1}: {message}"


def main(paths):
    found = [problem for path in paths for problem in problems(path)]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
