# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Layout of the XLSX exports (no database access).

A sheet is described by a :class:`SheetSpec`: its name and its :class:`Column` list (key,
header label, width, cell type, whether the totals row sums it). :func:`write_sheet`
streams rows into an ``xlsxwriter`` worksheet in order, which is what the workbook's
``constant_memory`` mode needs: the header row (frozen, with an autofilter over the
data), one row per record with typed cells, then a totals row (``SUBTOTAL`` formulas, so
that filtering updates them, with the total already computed as the cached value). In
``constant_memory`` mode the data rows are written by :class:`RowWriter`, one XML string
per row, byte for byte what xlsxwriter's cell methods write, about three times faster.

Cell types and what a cell holds:

``text``      a string (lists are joined with ", "; characters XML forbids are removed)
``date``      a date, shown ``yyyy-mm-dd``
``datetime``  a date and time, shown ``yyyy-mm-dd hh:mm``
``number``    a float, two decimals
``money``     a float, two decimals with thousands separators
``percent``   a percentage given on the 0-100 scale (as Odoo stores rates), kept as the
              fraction with a ``%`` format, so that 95.0 is the cell value 0.95
``integer``   an integer
``boolean``   TRUE / FALSE

``None`` and ``False`` leave the cell blank (except for ``boolean`` cells, where False is
FALSE): an unset date is an empty cell, never the text "False".
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from xlsxwriter.worksheet import re_control_chars_1, re_control_chars_2

TYPES = ("text", "date", "datetime", "number", "money", "percent", "integer", "boolean")
SUMMABLE = ("number", "money", "integer")
#: Excel limits
SHEET_NAME_MAX = 31
CELL_TEXT_MAX = 32767
FORBIDDEN_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
# characters XML 1.0 does not allow (tab, line feed and carriage return are allowed)
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# what xlsxwriter escapes in an inline string: control characters, its own _xHHHH_
# escapes, the non-characters U+FFFE and U+FFFF, and &, < and >
_NEEDS_ESCAPE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff&<>]|_x[0-9a-fA-F]{4}_")

#: xlsxwriter format properties per cell type; "header" and "total" style those rows.
FORMATS = {
    "header": {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True, "valign": "top"},
    "total": {"bold": True, "top": 1},
    "text": {},
    "date": {"num_format": "yyyy-mm-dd"},
    "datetime": {"num_format": "yyyy-mm-dd hh:mm"},
    "number": {"num_format": "0.00"},
    "money": {"num_format": "#,##0.00"},
    "percent": {"num_format": "0.00%"},
    "integer": {"num_format": "0"},
    "boolean": {},
}


@dataclass(frozen=True)
class Column:
    """A column: ``key`` names it in code, ``label`` is its (translated) header."""

    key: str
    label: str
    type: str = "text"
    width: float = 14
    #: sum the column in the totals row (numbers, money and integers only)
    total: bool = False
    #: key of another column that must hold the same value on every row for the total to
    #: mean something (the currency of an amount): with mixed values the total is left blank
    total_unless_mixed: str = None

    def __post_init__(self):
        if self.type not in TYPES:
            raise ValueError(f"Column {self.key!r}: unknown type {self.type!r} (one of {', '.join(TYPES)}).")
        if self.total and self.type not in SUMMABLE:
            raise ValueError(f"Column {self.key!r}: only {', '.join(SUMMABLE)} columns can be totalled.")
        if self.width <= 0:
            raise ValueError(f"Column {self.key!r}: the width must be positive.")


@dataclass(frozen=True)
class SheetSpec:
    """A sheet: its name, its columns in order, the label of its totals row."""

    name: str
    columns: tuple = field(default_factory=tuple)
    total_label: str = "Total"

    def __post_init__(self):
        object.__setattr__(self, "columns", tuple(self.columns))
        if not self.columns:
            raise ValueError(f"Sheet {self.name!r} has no columns.")
        keys = [column.key for column in self.columns]
        duplicates = sorted({key for key in keys if keys.count(key) > 1})
        if duplicates:
            raise ValueError(f"Sheet {self.name!r}: duplicate column keys {', '.join(duplicates)}.")
        for column in self.columns:
            if column.total_unless_mixed and column.total_unless_mixed not in keys:
                raise ValueError(
                    f"Sheet {self.name!r}: column {column.key!r} refers to unknown column {column.total_unless_mixed!r}."
                )

    @property
    def keys(self):
        return tuple(column.key for column in self.columns)

    @property
    def has_totals(self):
        return any(column.total for column in self.columns)


# Names, widths, references -------------------------------------------------------------
def sanitize_sheet_name(name, taken=()):
    """A valid, unused sheet name from ``name``: the characters ``[]:*?/\\`` become "-",
    leading and trailing apostrophes and spaces go, at most 31 characters, not blank, and
    different (ignoring case, as Excel does) from the names in ``taken`` (a suffix " (2)",
    " (3)"... is added, the name shortened to make room)."""
    clean = FORBIDDEN_SHEET_CHARS.sub("-", XML_ILLEGAL.sub("", str(name or "")))
    clean = clean.strip().strip("'").strip() or "Sheet"
    clean = clean[:SHEET_NAME_MAX].rstrip()
    used = {existing.casefold() for existing in taken}
    candidate, number = clean, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = clean[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
    return candidate


def display_width(text):
    """Width of ``text`` in characters of a column, wide (CJK) characters counting twice."""
    return sum(2 if unicodedata.east_asian_width(char) in ("W", "F") else 1 for char in str(text or ""))


def column_width(column):
    """The width of ``column``: its declared width, widened to show its header on at most
    two lines (a header longer than that wraps on more lines)."""
    label = display_width(column.label)
    return max(column.width, min(label + 2, 40), (label + 1) / 2 + 2)


def column_letter(index):
    """Letters of the 0-based column ``index``: 0 -> A, 25 -> Z, 26 -> AA."""
    if index < 0:
        raise ValueError("Column indexes start at 0.")
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row, col):
    """A1 reference of the 0-based ``row`` and ``col``."""
    return f"{column_letter(col)}{row + 1}"


# Values -------------------------------------------------------------------------------
def clean_text(value):
    """The text of a cell: lists and tuples joined with ", " (empty items dropped),
    characters XML forbids removed, cut at Excel's 32,767 characters."""
    if isinstance(value, (list, tuple, set, frozenset)):
        value = ", ".join(str(item) for item in value if item not in (None, False, ""))
    text = XML_ILLEGAL.sub("", str(value))
    return text[:CELL_TEXT_MAX]


def _to_text(value):
    return clean_text(value) or None


def _to_date(value):
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _to_datetime(value):
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return datetime.fromisoformat(str(value)).replace(tzinfo=None)


def _to_float(value):
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number.")
    return float(value)


def _to_percent(value):
    return _to_float(value) / 100.0


def _to_integer(value):
    if isinstance(value, bool) or (isinstance(value, (float, Decimal)) and value != int(value)):
        raise ValueError(f"{value!r} is not an integer.")
    return int(value)


#: how a value that is set becomes the value of a cell, per cell type
COERCERS = {
    "text": _to_text,
    "date": _to_date,
    "datetime": _to_datetime,
    "number": _to_float,
    "money": _to_float,
    "percent": _to_percent,
    "integer": _to_integer,
    "boolean": bool,
}


def coerce(value, cell_type):
    """The value a cell of ``cell_type`` holds for ``value``; ``None`` for a blank cell.

    Dates and datetimes stay real dates (strings in ISO format are parsed), numbers
    become floats, integers ints, percentages (0-100) their fraction. Raises
    ``ValueError`` on a value that is not of the column's type (e.g. text in an amount
    column), rather than writing a wrong cell.
    """
    if cell_type not in COERCERS:
        raise ValueError(f"Unknown cell type {cell_type!r}.")
    if value is None or ((value is False or value == "") and cell_type != "boolean"):
        return None
    return COERCERS[cell_type](value)


# Totals -------------------------------------------------------------------------------
class Totals:
    """Sums of the totalled columns of a sheet, accumulated while the rows stream."""

    def __init__(self, spec):
        self.spec = spec
        self.count = 0
        self.sums = {index: 0 for index, column in enumerate(spec.columns) if column.total}
        self._scopes = {
            index: spec.keys.index(column.total_unless_mixed)
            for index, column in enumerate(spec.columns)
            if column.total and column.total_unless_mixed
        }
        self._scope_values = {index: set() for index in self._scopes}

    def add(self, values):
        """Count the coerced ``values`` of one row."""
        self.count += 1
        for index in self.sums:
            if values[index] is not None:
                self.sums[index] += values[index]
        for index, scope in self._scopes.items():
            if values[index] is not None:  # a blank amount has no currency to agree with
                self._scope_values[index].add(values[scope])

    def cells(self, first_row, last_row):
        """The totals row of data rows ``first_row``..``last_row`` (0-based): pairs
        ``(column index, (formula, cached value))`` for the totalled columns, and
        ``(0, label)`` when the first column is not totalled. Empty without rows."""
        if not self.count or not self.sums:
            return []
        cells = []
        if 0 not in self.sums:
            cells.append((0, self.spec.total_label))
        for index, total in self.sums.items():
            if len(self._scope_values.get(index, ())) > 1:
                continue  # amounts in different currencies: no meaningful total
            letter = column_letter(index)
            formula = f"=SUBTOTAL(109,{letter}{first_row + 1}:{letter}{last_row + 1})"
            if self.spec.columns[index].type == "integer":
                total = int(total)
            else:
                total = round(total, 6)
            cells.append((index, (formula, total)))
        return cells


# Writing ------------------------------------------------------------------------------
def add_formats(workbook):
    """The cell formats of :data:`FORMATS` added to ``workbook``, by name; ``total_<type>``
    formats the totals of a summable type."""
    formats = {name: workbook.add_format(dict(props)) for name, props in FORMATS.items()}
    for cell_type in SUMMABLE:
        formats[f"total_{cell_type}"] = workbook.add_format(dict(FORMATS[cell_type], **FORMATS["total"]))
    return formats


def _cell_writer(worksheet, cell_type):
    """The worksheet method that writes a coerced value of ``cell_type``."""
    return {
        "text": worksheet.write_string,
        "date": worksheet.write_datetime,
        "datetime": worksheet.write_datetime,
        "boolean": worksheet.write_boolean,
    }.get(cell_type, worksheet.write_number)


class RowWriter:
    """Writes the data rows of a ``constant_memory`` worksheet, each as one XML string.

    xlsxwriter spends most of an export in its per-cell machinery (argument checks,
    a cell tuple stored then written back out, attribute escaping per cell): about 10 us
    a cell, most of the audit pack's time at 100,000 rows. This writer emits, for a whole
    row, exactly the XML xlsxwriter writes for those cells in ``constant_memory`` mode
    (inline strings escaped the same way, dates as serial numbers, booleans as 1/0, the
    cell formats' indexes), to the worksheet's row file, and keeps the worksheet's
    dimensions up to date. :meth:`for_worksheet` returns None for a worksheet it does not
    handle (not ``constant_memory``, rows with custom heights or formats...): the caller
    then writes the cells with xlsxwriter's own methods.
    """

    def __init__(self, worksheet, types, formats):
        self.worksheet = worksheet
        self.letters = [column_letter(index) for index in range(len(types))]
        self.formats = formats
        # style attributes, resolved on first use: xlsxwriter numbers the formats in the
        # order cells use them, and so does this writer
        self.styles = [None] * len(types)
        self.kinds = [self._kind(cell_type) for cell_type in types]

    @staticmethod
    def _kind(cell_type):
        if cell_type == "text":
            return "string"
        if cell_type in ("date", "datetime"):
            return "datetime"
        if cell_type == "boolean":
            return "boolean"
        return "number"

    @classmethod
    def for_worksheet(cls, worksheet, types, formats):
        supported = (
            getattr(worksheet, "constant_memory", False)
            and getattr(worksheet, "excel_version", 2007) == 2007
            and worksheet.default_row_height == worksheet.original_row_height
            and not worksheet.set_rows
            and not worksheet.comments
            and hasattr(worksheet, "row_data_fh")
        )
        return cls(worksheet, types, formats) if supported else None

    def _string(self, text):
        # as xlsxwriter's Worksheet._write_cell and XMLwriter._xml_inline_string; most
        # texts need none of it, which one search tells
        if _NEEDS_ESCAPE.search(text):
            text = re_control_chars_1.sub(r"_x005F\1", text)
            text = re_control_chars_2.sub(lambda match: "_x%04X_" % ord(match.group(1)), text)
            text = text.replace("\ufffe", "_xFFFE_").replace("\uffff", "_xFFFF_")
            text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        # preserve_whitespace(): a leading or trailing \s (str.isspace is the same class)
        space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
        return f't="inlineStr"><is><t{space}>{text}</t></is></c>'

    def write_row(self, row, cells):
        """Write the data row ``row`` (0-based, after the rows already written): ``cells``
        are ``(column index, coerced value)`` pairs in column order, blanks left out."""
        worksheet = self.worksheet
        if row > worksheet.previous_row:
            worksheet._write_single_row(row)  # the pending row written with xlsxwriter's methods
        if not cells:
            return
        if worksheet._check_dimensions(row, cells[0][0]) or worksheet._check_dimensions(row, cells[-1][0]):
            raise ValueError(f"Row {row + 1} is outside the worksheet.")
        number = row + 1
        parts = [f'<row r="{number}">']
        for index, value in cells:
            kind = self.kinds[index]
            style = self.styles[index]
            if style is None:
                style = self.styles[index] = f' s="{self.formats[index]._get_xf_index()}"'
            head = f'<c r="{self.letters[index]}{number}"{style}'
            if kind == "string":
                parts.append(f"{head} {self._string(value)}")
            elif kind == "boolean":
                parts.append(f'{head} t="b"><v>{1 if value else 0}</v></c>')
            else:
                if kind == "datetime":
                    value = worksheet._convert_date_time(value)
                elif not math.isfinite(value):
                    raise ValueError(f"{value!r} cannot be written to an XLSX cell.")
                parts.append(f"{head}><v>{value:.16G}</v></c>")
        parts.append("</row>")
        worksheet.fh.write("".join(parts))


def write_sheet(workbook, spec, rows, formats, taken=None):
    """Add a worksheet for ``spec`` to ``workbook`` and stream ``rows`` into it.

    ``rows`` is an iterable of sequences holding one value per column in the order of
    ``spec.columns``; it is consumed once, row after row, so that a ``constant_memory``
    workbook never holds more than a row. ``formats`` comes from :func:`add_formats`;
    ``taken`` is the set of the workbook's sheet names so far (updated). The header row
    is frozen and carries an autofilter over the data rows; the totals row, below them,
    is outside the filter. Returns ``(worksheet, number of data rows)``.
    """
    taken = set() if taken is None else taken
    name = sanitize_sheet_name(spec.name, taken)
    taken.add(name)
    worksheet = workbook.add_worksheet(name)
    columns = spec.columns
    width = len(columns)
    for index, column in enumerate(columns):
        worksheet.set_column(index, index, column_width(column))
        worksheet.write_string(0, index, clean_text(column.label), formats["header"])
    worksheet.freeze_panes(1, 0)

    types = [column.type for column in columns]
    plan = [
        (index, COERCERS[cell_type], _cell_writer(worksheet, cell_type), formats[cell_type], cell_type == "boolean")
        for index, cell_type in enumerate(types)
    ]
    totals = Totals(spec) if spec.has_totals else None
    fast = RowWriter.for_worksheet(worksheet, types, [formats[cell_type] for cell_type in types])
    row = 0
    for values in rows:
        if len(values) != width:
            raise ValueError(f"Sheet {spec.name!r}: a row has {len(values)} values for {width} columns.")
        row += 1
        coerced = [None] * width
        cells = []
        for index, to_cell, write, fmt, is_boolean in plan:
            value = values[index]
            if value is None or ((value is False or value == "") and not is_boolean):
                continue
            value = to_cell(value)
            if value is not None:
                if fast:
                    cells.append((index, value))
                else:
                    write(row, index, value, fmt)
                coerced[index] = value
        if fast:
            fast.write_row(row, cells)
        if totals:
            totals.add(coerced)
    worksheet.autofilter(0, 0, row, width - 1)
    if totals:
        for index, value in totals.cells(1, row):
            if isinstance(value, tuple):
                formula, cached = value
                worksheet.write_formula(row + 1, index, formula, formats[f"total_{types[index]}"], cached)
            else:
                worksheet.write_string(row + 1, index, clean_text(value), formats["total"])
    return worksheet, row
