"""Generate each addon's README.rst and static/description/index.html from its readme/ fragments.

usage: $ODOO_PYTHON scripts/gen_readme.py [--check] [addon_dir ...]

Imitates the layout of OCA's oca-gen-addon-readme (which is not on PyPI): the title, the
manifest's summary, DESCRIPTION, a table of contents, then Configuration (CONFIGURE), Usage
(USAGE), Known issues / Roadmap (ROADMAP), Bug Tracker, Credits (authors, CONTRIBUTORS,
maintainers). The fragments are Markdown (the subset used here: paragraphs, bullet and
numbered lists, tables, **bold**, *italic*, `code`, [links](url)); README.rst is converted
from them and index.html is docutils' rendering of README.rst, as OCA does.

With --check nothing is written: exits 1 naming each generated file that is stale or
missing (pre-commit and tests/test_readme.py run it). Without addon dirs, all addons under
addons/ that have a readme/ folder.
"""

import ast
import hashlib
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SECTIONS = (
    ("INSTALL", "Installation"),
    ("CONFIGURE", "Configuration"),
    ("USAGE", "Usage"),
    ("ROADMAP", "Known issues / Roadmap"),
    ("HISTORY", "Changelog"),
)
FRAGMENTS = ("DESCRIPTION", *(name for name, _title in SECTIONS), "CONTRIBUTORS", "CREDITS")

# ---------------------------------------------------------------------------
# Markdown (the subset of the fragments) to reStructuredText
# ---------------------------------------------------------------------------
INLINE = re.compile(
    r"`(?P<code>[^`]+)`"
    r"|\*\*(?P<bold>[^*]+)\*\*"
    r"|\[(?P<text>[^\]]+)\]\((?P<url>[^)\s]+)\)"
    r"|(?<![\w*])\*(?P<em>[^*\s][^*]*?)\*(?![\w*])"
)
LIST_ITEM = re.compile(r"^(?P<marker>[-*]|\d+\.)\s+(?P<text>.*)$")
EMPTY_CELL = "\\ "
TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _escape(text):
    # characters that would start reStructuredText markup in plain text
    return re.sub(r"([\\`*_|])", r"\\\1", text)


def _glue(before, markup, after):
    """Inline markup must be separated from word characters (CJK included): an escaped
    space ("\\ ") separates without showing."""
    prefix = "\\ " if before and not before[-1].isspace() and before[-1] not in "([{<'\"-/:" else ""
    suffix = "\\ " if after and not after[0].isspace() and after[0] not in ".,;:!?)]}>'\"-/" else ""
    return prefix + markup + suffix


def inline(text):
    out, pos = [], 0
    for match in INLINE.finditer(text):
        out.append(_escape(text[pos : match.start()]))
        if match["code"] is not None:
            markup = f"``{match['code']}``"
        elif match["bold"] is not None:
            markup = f"**{_escape(match['bold'])}**"
        elif match["em"] is not None:
            markup = f"*{_escape(match['em'])}*"
        else:
            markup = f"`{_escape(match['text'])} <{match['url']}>`__"
        out.append(_glue(text[: match.start()], markup, text[match.end() :]))
        pos = match.end()
    out.append(_escape(text[pos:]))
    return "".join(out)


def _table(rows):
    cells = [[cell.strip() for cell in row.strip().strip("|").split("|")] for row in rows]
    header, body = cells[0], cells[2:]
    lines = [".. list-table::", "   :header-rows: 1", ""]
    for row in [header, *body]:
        for index, cell in enumerate(row):
            prefix = "* -" if index == 0 else "  -"
            lines.append(f"   {prefix} {inline(cell) or EMPTY_CELL}")
    return lines


def md_to_rst(markdown, heading_chars="~^"):
    """Convert a fragment to reStructuredText, block by block."""
    lines = markdown.replace("\t", "    ").splitlines()
    out, index = [], 0
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            index += 1
            continue
        heading = re.match(r"^(#{1,6})\s+(.*?)\s*#*$", line)
        if heading:
            title = inline(heading[2])
            level = min(len(heading[1]) - 1, len(heading_chars) - 1)
            out += [title, heading_chars[level] * len(title), ""]
            index += 1
            continue
        if line.lstrip().startswith("|") and index + 1 < len(lines) and TABLE_RULE.match(lines[index + 1].strip()):
            rows = []
            while index < len(lines) and lines[index].lstrip().startswith("|"):
                rows.append(lines[index])
                index += 1
            out += [*_table(rows), ""]
            continue
        item = LIST_ITEM.match(line)
        if item:
            # one list: items with their continuation lines (indented), until a blank line
            # followed by something that is not an item
            while index < len(lines):
                item = LIST_ITEM.match(lines[index])
                if not item:
                    break
                marker = "-" if item["marker"] in "-*" else item["marker"]
                text = [item["text"]]
                index += 1
                while index < len(lines) and lines[index].strip() and not LIST_ITEM.match(lines[index]):
                    text.append(lines[index].strip())
                    index += 1
                out.append(f"{marker} {inline(' '.join(text))}")
                while index < len(lines) and not lines[index].strip():
                    index += 1
            out.append("")
            continue
        paragraph = []
        while index < len(lines) and lines[index].strip() and not LIST_ITEM.match(lines[index]):
            paragraph.append(lines[index].strip())
            index += 1
        out += [inline(" ".join(paragraph)), ""]
    return "\n".join(out).strip() + "\n"


# ---------------------------------------------------------------------------
# README.rst and index.html
# ---------------------------------------------------------------------------
def _title(text, char, overline=False):
    rule = char * len(text)
    return [rule, text, rule, ""] if overline else [text, rule, ""]


def read_fragments(addon_dir):
    fragments = {}
    for name in FRAGMENTS:
        path = addon_dir / "readme" / f"{name}.md"
        if path.is_file() and path.read_text(encoding="utf-8").strip():
            fragments[name] = path.read_text(encoding="utf-8")
    return fragments


def source_digest(addon_dir):
    digest = hashlib.sha256()
    # the manifest's values, not its bytes: reformatting it changes nothing
    manifest = ast.literal_eval((addon_dir / "__manifest__.py").read_text(encoding="utf-8"))
    digest.update(repr(sorted(manifest.items())).encode() + b"\0")
    for path in sorted((addon_dir / "readme").glob("*.md")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def make_rst(addon_dir):
    manifest = ast.literal_eval((addon_dir / "__manifest__.py").read_text(encoding="utf-8"))
    fragments = read_fragments(addon_dir)
    website = manifest.get("website", "").rstrip("/")
    out = [
        *_title(manifest["name"], "=", overline=True),
        "..",
        "   !! This file is generated by scripts/gen_readme.py from readme/*.md  !!",
        "   !! and __manifest__.py: edit those, then run the script.              !!",
        f"   !! source digest: sha256:{source_digest(addon_dir)}",
        "",
        f"*{inline(' '.join(manifest.get('summary', '').split()))}*"
        f" — version {manifest['version']}, licence {manifest['license']}, module ``{addon_dir.name}``.",
        "",
    ]
    if "DESCRIPTION" in fragments:
        out += [md_to_rst(fragments["DESCRIPTION"]), ""]
    out += ["**Table of contents**", "", ".. contents::", "   :local:", ""]
    for name, title in SECTIONS:
        if name in fragments:
            out += [*_title(title, "="), md_to_rst(fragments[name]), ""]
    out += [
        *_title("Bug Tracker", "="),
        f"Bugs are tracked on `GitHub Issues <{website}/issues>`__. In case of trouble, please check"
        " there if your issue has already been reported. If you spotted it first, help us to smash"
        " it by providing a detailed and welcomed feedback"
        f" (the addon ``{addon_dir.name}``, its version, what you did, what you expected).",
        "",
        "Do not contact contributors directly about support or help with technical issues.",
        "",
        *_title("Credits", "="),
        *_title("Authors", "-"),
        *[f"- {inline(author.strip())}" for author in manifest.get("author", "").split(",")],
        "",
    ]
    if "CONTRIBUTORS" in fragments:
        out += [*_title("Contributors", "-"), md_to_rst(fragments["CONTRIBUTORS"]), ""]
    if "CREDITS" in fragments:
        out += [*_title("Other credits", "-"), md_to_rst(fragments["CREDITS"]), ""]
    out += [
        *_title("Maintainers", "-"),
        f"This module is part of the `{website.rsplit('/', 1)[-1]} <{website}>`__ project on GitHub,"
        f" distributed under the {manifest['license']} licence.",
        "",
        "You are welcome to contribute.",
        "",
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).rstrip() + "\n"


class RstError(Exception):
    pass


def make_html(rst, source_path):
    from docutils.core import publish_string  # noqa: PLC0415 - only needed here

    html = publish_string(
        rst,
        source_path=str(source_path),
        writer_name="html5",
        settings_overrides={
            "embed_stylesheet": False,
            "xml_declaration": False,
            "stylesheet_path": "",
            "halt_level": 2,  # warnings (broken markup) are errors
            "report_level": 5,
            "output_encoding": "unicode",
            "doctitle_xform": True,
            "_disable_config": True,
        },
    )
    # drop the docutils version so that the file depends on the fragments only
    return re.sub(r'<meta name="generator" content="Docutils[^"]*" />\n', "", html)


def generate(addon_dir):
    """{path: content} of the generated files of one addon."""
    rst = make_rst(addon_dir)
    try:
        html = make_html(rst, addon_dir / "README.rst")
    except Exception as error:  # docutils' SystemMessage: name the addon and the markup
        raise RstError(f"{addon_dir.name}: README.rst does not render: {error}") from error
    return {
        addon_dir / "README.rst": rst,
        addon_dir / "static" / "description" / "index.html": html,
    }


def main(argv):
    check = "--check" in argv
    dirs = [pathlib.Path(arg).resolve() for arg in argv if not arg.startswith("--")]
    if not dirs:
        dirs = sorted(path.parent.parent for path in (ROOT / "addons").glob("*/readme/DESCRIPTION.md"))
    stale = []
    for addon_dir in dirs:
        for path, content in generate(addon_dir).items():
            current = path.read_text(encoding="utf-8") if path.is_file() else None
            if current == content:
                continue
            if check:
                stale.append(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
                print(f"written {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    for path in stale:
        shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
        print(f"stale or missing: {shown} (run scripts/gen_readme.py)", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
