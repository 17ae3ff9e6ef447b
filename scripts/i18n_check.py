"""Check a translation against its template.

usage: $ODOO_PYTHON scripts/i18n_check.py <template.pot> <translation.po>

Prints problems and a summary; exits 1 when the file is not valid: unparsable, a msgid
missing or unknown, a placeholder (%(name)s, %s, %d, {name}, {{ x }}) or an HTML/XML tag
that differs between msgid and msgstr, or more than 2 % of the entries untranslated.
"""

import re
import sys

from babel.messages.pofile import read_po

PLACEHOLDER = re.compile(r"%\([a-zA-Z_0-9]+\)[sdfr]|%[sdfr]|%%|\{\{[^}]*\}\}|\{[a-zA-Z_0-9]*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9_.-]*)")


def load(path):
    with open(path, "rb") as handle:
        return read_po(handle)


def main(pot_path, po_path):
    pot, po = load(pot_path), load(po_path)
    problems = []
    expected = {m.id for m in pot if m.id}
    found = {m.id for m in po if m.id}
    for missing in sorted(expected - found):
        problems.append(f"missing msgid: {missing!r}")
    for extra in sorted(found - expected):
        problems.append(f"unknown msgid (not in the template): {extra!r}")
    untranslated = 0
    for message in po:
        if not message.id:
            continue
        text = message.string
        if not text:
            untranslated += 1
            continue
        if sorted(PLACEHOLDER.findall(message.id)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"placeholders differ: {message.id!r} -> {text!r}")
        if sorted(TAG.findall(message.id)) != sorted(TAG.findall(text)):
            problems.append(f"tags differ: {message.id!r} -> {text!r}")
    total = len(expected)
    ratio = untranslated / total if total else 0
    for problem in problems:
        print(problem)
    print(f"{po_path}: {total} entries, {untranslated} untranslated ({ratio:.1%}), {len(problems)} problems")
    if problems or ratio > 0.02:
        sys.exit(1)


if __name__ == "__main__":
    main(*sys.argv[1:3])
