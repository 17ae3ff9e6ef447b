"""Unit tests of the XLSX layout helper (no database): names, values, totals, and a
streamed workbook read back with openpyxl."""

import io
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
import xlsxwriter

from odoo.addons.labor_outsourcing_reports.tools import xlsx_layout as xl


# Sheet names -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "name, expected",
    [
        ("Vendors", "Vendors"),
        ("NCR [2025]: a/b\\c*d?", "NCR -2025-- a-b-c-d-"),
        ("'quoted'", "quoted"),
        ("   ", "Sheet"),
        (None, "Sheet"),
        ("x" * 40, "x" * 31),
        ("供应商资质文件与合同审批记录及其他附加信息一览表", "供应商资质文件与合同审批记录及其他附加信息一览表"[:31]),
    ],
)
def test_sanitize_sheet_name(name, expected):
    result = xl.sanitize_sheet_name(name)
    assert result == expected
    assert len(result) <= 31
    assert not set(result) & set("[]:*?/\\")


def test_sanitize_sheet_name_unique_ignoring_case():
    taken = {"Vendors", "vendors (2)"}
    assert xl.sanitize_sheet_name("VENDORS", taken) == "VENDORS (3)"
    long_name = "y" * 31
    result = xl.sanitize_sheet_name(long_name, {long_name})
    assert result == "y" * 27 + " (2)"
    assert len(result) == 31


# Widths and references -------------------------------------------------------------
def test_display_width_counts_wide_characters_twice():
    assert xl.display_width("Vendor") == 6
    assert xl.display_width("供应商") == 6
    assert xl.display_width("ISO 供应商") == 10
    assert xl.display_width(None) == 0


def test_column_width_fits_the_header():
    assert xl.column_width(xl.Column("a", "Id", width=8)) == 8
    # a long header widens the column up to 40, then wraps
    assert xl.column_width(xl.Column("a", "Qualification document number", width=8)) == 31
    assert xl.column_width(xl.Column("a", "资质文件编号", width=8)) == 14
    assert xl.column_width(xl.Column("a", "z" * 100, width=8)) == 52.5


@pytest.mark.parametrize(
    "index, letters", [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index, letters):
    assert xl.column_letter(index) == letters


def test_column_letter_refuses_negative():
    with pytest.raises(ValueError):
        xl.column_letter(-1)


def test_cell_ref():
    assert xl.cell_ref(0, 0) == "A1"
    assert xl.cell_ref(9, 27) == "AB10"


# Specs -------------------------------------------------------------------------------
def test_spec_validation():
    with pytest.raises(ValueError, match="unknown type"):
        xl.Column("a", "A", type="currency")
    with pytest.raises(ValueError, match="can be totalled"):
        xl.Column("a", "A", type="date", total=True)
    with pytest.raises(ValueError, match="positive"):
        xl.Column("a", "A", width=0)
    with pytest.raises(ValueError, match="no columns"):
        xl.SheetSpec("Empty", ())
    with pytest.raises(ValueError, match="duplicate column keys a"):
        xl.SheetSpec("Dup", (xl.Column("a", "A"), xl.Column("a", "B")))
    with pytest.raises(ValueError, match="unknown column 'cur'"):
        xl.SheetSpec("S", (xl.Column("a", "A", type="money", total=True, total_unless_mixed="cur"),))
    spec = xl.SheetSpec("S", [xl.Column("a", "A"), xl.Column("b", "B", type="integer", total=True)])
    assert spec.keys == ("a", "b")
    assert spec.has_totals
    assert isinstance(spec.columns, tuple)


# Values ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "value, cell_type, expected",
    [
        (False, "text", None),
        (None, "date", None),
        ("", "number", None),
        (False, "money", None),
        ("Acme", "text", "Acme"),
        ("", "text", None),
        (["a", False, "b", ""], "text", "a, b"),
        ("bad\x00\x1fchar\ttab", "text", "badchar\ttab"),
        (12, "text", "12"),
        (date(2025, 3, 10), "date", date(2025, 3, 10)),
        (datetime(2025, 3, 10, 8, 30), "date", date(2025, 3, 10)),
        ("2025-03-10", "date", date(2025, 3, 10)),
        (datetime(2025, 3, 10, 8, 30), "datetime", datetime(2025, 3, 10, 8, 30)),
        (date(2025, 3, 10), "datetime", datetime(2025, 3, 10)),
        ("2025-03-10 08:30:00", "datetime", datetime(2025, 3, 10, 8, 30)),
        (Decimal("12.50"), "money", 12.5),
        (3, "number", 3.0),
        (0, "number", 0.0),
        (0, "integer", 0),
        (95.0, "percent", 0.95),
        (7.0, "integer", 7),
        (True, "boolean", True),
        (False, "boolean", False),
        (None, "boolean", None),
    ],
)
def test_coerce(value, cell_type, expected):
    result = xl.coerce(value, cell_type)
    assert result == expected
    assert type(result) is type(expected)


@pytest.mark.parametrize(
    "value, cell_type",
    [("abc", "money"), ("2025-13-01", "date"), (7.5, "integer"), (True, "number"), ("x", "unknown")],
)
def test_coerce_refuses_wrong_values(value, cell_type):
    with pytest.raises(ValueError):
        xl.coerce(value, cell_type)


def test_coerce_cuts_text_at_excel_limit():
    assert len(xl.coerce("x" * 40000, "text")) == 32767


# Totals ------------------------------------------------------------------------------
SPEC = xl.SheetSpec(
    "Contracts",
    (
        xl.Column("name", "Number"),
        xl.Column("date", "Signed", type="date"),
        xl.Column("amount", "Amount", type="money", total=True, total_unless_mixed="currency"),
        xl.Column("currency", "Currency"),
        xl.Column("headcount", "Headcount", type="integer", total=True),
        xl.Column("rate", "Target", type="percent"),
    ),
    total_label="Total",
)


def test_totals_sum_and_formula():
    totals = xl.Totals(SPEC)
    for row in (["C1", None, 100.5, "CNY", 3, None], ["C2", None, None, "CNY", 2, None]):
        totals.add(row)
    cells = dict(totals.cells(1, 2))
    assert cells[0] == "Total"
    assert cells[2] == ("=SUBTOTAL(109,C2:C3)", 100.5)
    assert cells[4] == ("=SUBTOTAL(109,E2:E3)", 5)
    assert isinstance(cells[4][1], int)


def test_totals_blank_when_currencies_are_mixed():
    totals = xl.Totals(SPEC)
    totals.add(["C1", None, 100.0, "CNY", 3, None])
    totals.add(["C2", None, 50.0, "USD", 2, None])
    cells = dict(totals.cells(1, 2))
    assert 2 not in cells
    assert cells[4] == ("=SUBTOTAL(109,E2:E3)", 5)


def test_totals_ignore_the_currency_of_blank_amounts():
    totals = xl.Totals(SPEC)
    totals.add(["C1", None, 100.0, "CNY", 3, None])
    totals.add(["C2", None, None, None, 2, None])
    assert dict(totals.cells(1, 2))[2] == ("=SUBTOTAL(109,C2:C3)", 100.0)


def test_no_totals_without_rows():
    assert xl.Totals(SPEC).cells(1, 0) == []


# A streamed workbook read back ---------------------------------------------------------
def build_workbook(sheets):
    stream = io.BytesIO()
    workbook = xlsxwriter.Workbook(stream, {"constant_memory": True})
    formats = xl.add_formats(workbook)
    taken = set()
    counts = []
    for spec, rows in sheets:
        _sheet, count = xl.write_sheet(workbook, spec, rows, formats, taken)
        counts.append(count)
    workbook.close()
    stream.seek(0)
    return openpyxl.load_workbook(stream), counts, taken


def test_write_sheet_read_back():
    rows = (
        ("HT-001 上海劳务", date(2025, 1, 3), 1200.5, "CNY", 3, 95.0),
        ("HT-002", None, 800, "CNY", 2, None),
        ("=1+1", date(2025, 2, 1), 0, "CNY", 0, 0),
    )
    other = xl.SheetSpec("Contracts", (xl.Column("x", "X"),))
    book, counts, taken = build_workbook([(SPEC, iter(rows)), (other, [("a",)])])
    assert book.sheetnames == ["Contracts", "Contracts (2)"]
    assert taken == {"Contracts", "Contracts (2)"}
    assert counts == [3, 1]
    sheet = book["Contracts"]
    assert [cell.value for cell in sheet[1]] == ["Number", "Signed", "Amount", "Currency", "Headcount", "Target"]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:F4"
    assert sheet.max_row == 5  # header, 3 rows, totals
    # typed cells
    assert sheet["A2"].value == "HT-001 上海劳务"
    assert sheet["B2"].value == datetime(2025, 1, 3)
    assert sheet["B2"].is_date and sheet["B2"].number_format == "yyyy-mm-dd"
    assert sheet["C2"].value == 1200.5 and sheet["C2"].data_type == "n"
    assert sheet["E2"].value == 3
    assert sheet["F2"].value == 0.95 and sheet["F2"].number_format == "0.00%"
    # blanks, not "False"; zero stays zero; a formula-looking text stays text
    assert sheet["B3"].value is None and sheet["F3"].value is None
    assert sheet["C4"].value == 0 and sheet["E4"].value == 0
    assert sheet["A4"].value == "=1+1" and sheet["A4"].data_type == "s"
    # totals row
    assert sheet["A5"].value == "Total"
    assert sheet["C5"].value == "=SUBTOTAL(109,C2:C4)"
    assert sheet["E5"].value == "=SUBTOTAL(109,E2:E4)"
    assert sheet["B5"].value is None
    # widths: the declared one, or wider for a long header
    assert sheet.column_dimensions["A"].width == pytest.approx(14, abs=1)


def test_totals_cached_values():
    rows = [("C1", None, 10.25, "CNY", 1, None), ("C2", None, 5, "CNY", 2, None)]
    stream = io.BytesIO()
    workbook = xlsxwriter.Workbook(stream, {"constant_memory": True})
    xl.write_sheet(workbook, SPEC, rows, xl.add_formats(workbook))
    workbook.close()
    stream.seek(0)
    sheet = openpyxl.load_workbook(stream, data_only=True).active
    assert sheet["C4"].value == 15.25
    assert sheet["E4"].value == 3


def test_empty_sheet_has_header_and_filter_only():
    book, counts, _taken = build_workbook([(SPEC, [])])
    sheet = book.active
    assert counts == [0]
    assert sheet.max_row == 1
    assert sheet.auto_filter.ref == "A1:F1"
    assert sheet.freeze_panes == "A2"


def test_row_of_the_wrong_length_is_refused():
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    with pytest.raises(ValueError, match="2 values for 6 columns"):
        xl.write_sheet(workbook, SPEC, [("a", None)], xl.add_formats(workbook))
    workbook.close()


def test_wrong_value_type_is_refused():
    workbook = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    with pytest.raises(ValueError):
        xl.write_sheet(workbook, SPEC, [("a", None, "lots", "CNY", 1, None)], xl.add_formats(workbook))
    workbook.close()


# Streamed rows: the same XML as xlsxwriter's own cell methods ---------------------------------
def _sheet_xml(rows, fast, options=None):
    """The XML of the worksheet ``write_sheet`` writes for ``rows`` (``fast``: whole rows
    through RowWriter, else xlsxwriter's write_* methods cell by cell)."""
    import zipfile
    from unittest.mock import patch

    spec = xl.SheetSpec(
        "Mixed",
        [
            xl.Column("text", "Text"),
            xl.Column("day", "Day", type="date"),
            xl.Column("at", "At", type="datetime"),
            xl.Column("amount", "Amount", type="money", total=True),
            xl.Column("count", "Count", type="integer", total=True),
            xl.Column("rate", "Rate", type="percent"),
            xl.Column("ok", "OK", type="boolean"),
            xl.Column("value", "Value", type="number"),
        ],
    )
    stream = io.BytesIO()
    workbook = xlsxwriter.Workbook(
        stream,
        dict(
            {
                "constant_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
            },
            **(options or {}),
        ),
    )
    writers = []
    original = xl.RowWriter.for_worksheet

    def spy(worksheet, types, formats):
        writer = original(worksheet, types, formats) if fast else None
        writers.append(writer)
        return writer

    with patch.object(xl.RowWriter, "for_worksheet", spy):
        _worksheet, count = xl.write_sheet(workbook, spec, rows, xl.add_formats(workbook))
    workbook.close()
    assert count == len(rows)
    assert bool(writers[0]) == (fast and (options or {}).get("constant_memory", True))
    with zipfile.ZipFile(io.BytesIO(stream.getvalue())) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode(), stream.getvalue()


STREAM_ROWS = [
    ("Plain", date(2025, 3, 1), datetime(2025, 3, 1, 8, 30, 15), 1234.5, 3, 95.0, True, 0.1),
    ("  leading and trailing  ", None, None, None, 0, None, False, -2.5e-7),
    ("a & b < c > d \"quoted\" 'single'", date(1900, 3, 1), datetime(2030, 12, 31, 23, 59), 0.0, -7, 0.5, None, 1e20),
    ("line 1\nline 2\r\nline 3\ttab", date(2025, 1, 1), None, 99999999.99, 12, 100.0, True, 1 / 3),
    ("_x0041_ literal escape and 上海华信劳务派遣 \U0001f600", None, None, None, None, None, None, None),
    ("", None, None, None, None, None, None, None),
    ("ctrl\x01chars\x1f\ufffe removed", date(2025, 2, 28), datetime(2025, 2, 28), 1, 1, 1, False, 0),
    ("x" * 40000, None, None, None, None, None, True, None),
    ("\u00a0non-breaking and ideographic spaces\u3000", None, None, None, None, None, None, None),
    ("_x00e9_ & _xZZZZ_ <tag>", None, None, None, None, None, None, None),
    ("trailing space only ", None, None, None, None, None, None, None),
    (" leading space only", None, None, None, None, None, None, None),
]


def test_streamed_rows_are_the_xml_of_xlsxwriter():
    """RowWriter writes byte for byte what xlsxwriter writes cell by cell, for every cell
    type, escapes, whitespace, control characters, blanks, long text and the totals."""
    fast_xml, fast_file = _sheet_xml(STREAM_ROWS, fast=True)
    slow_xml, _slow_file = _sheet_xml(STREAM_ROWS, fast=False)
    assert fast_xml == slow_xml
    # the header, the rows except the blank one, the totals
    assert fast_xml.count("<row ") == 1 + len(STREAM_ROWS) - 1 + 1
    assert 'xml:space="preserve"' in fast_xml
    sheet = openpyxl.load_workbook(io.BytesIO(fast_file))["Mixed"]
    assert sheet["A2"].value == "Plain"
    assert sheet["A3"].value == "  leading and trailing  "
    assert sheet["A4"].value == "a & b < c > d \"quoted\" 'single'"
    assert sheet["C2"].value == datetime(2025, 3, 1, 8, 30, 15)
    assert sheet["F2"].value == 0.95
    assert sheet["G2"].value is True and sheet["G3"].value is False
    # Excel reads "_x005F_x0041_" back as the literal "_x0041_" (openpyxl leaves the escape)
    assert sheet["A6"].value == "_x005F_x0041_ literal escape and 上海华信劳务派遣 \U0001f600"
    assert len(sheet["A9"].value) == xl.CELL_TEXT_MAX


def test_streamed_rows_many_and_after_header():
    rows = [
        (f"row {index}", date(2025, 1, 1 + index % 28), None, index * 1.5, index, None, index % 2 == 0, None)
        for index in range(3000)
    ]
    assert _sheet_xml(rows, fast=True)[0] == _sheet_xml(rows, fast=False)[0]
    assert _sheet_xml([], fast=True)[0] == _sheet_xml([], fast=False)[0]


def test_streamed_rows_only_in_constant_memory():
    """Without constant_memory (cells kept in memory), the cells go through xlsxwriter."""
    fast_xml, _file = _sheet_xml(STREAM_ROWS[:3], fast=True, options={"constant_memory": False})
    slow_xml, _file = _sheet_xml(STREAM_ROWS[:3], fast=False, options={"constant_memory": False})
    assert fast_xml == slow_xml


def test_streamed_rows_refuse_infinite_numbers():
    with pytest.raises(ValueError):
        _sheet_xml([("x", None, None, float("inf"), None, None, None, None)], fast=True)
