# Copyright 2026 Labor Outsourcing contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks of the files a vendor uploads through the portal (no database access).

The portal controller reads each uploaded file (at most ``max_bytes + 1`` bytes of it),
sniffs its type from its content (never from its name) and asks :func:`check_uploads`
what is wrong; the answer is a list of problems, each a code with its parameters, that the
controller turns into translated messages::

    ("too_many", {"count": 6, "max": 5})
    ("empty", {"index": 0, "name": "scan.pdf"})
    ("too_big", {"index": 1, "name": "scan.pdf", "max_mb": 10})
    ("bad_type", {"index": 2, "name": "virus.exe", "allowed": "PDF, JPEG, PNG"})

``index`` is the position of the file in the list given, to show the message next to its
input.
"""

from collections import namedtuple

Upload = namedtuple("Upload", "name size mimetype")
Upload.__doc__ = """An uploaded file: its name, its size in bytes (``max_bytes + 1`` when
it was read no further) and the mimetype sniffed from its content."""

#: Labels of the usual mimetypes, for the messages.
MIMETYPE_LABELS = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/gif": "GIF",
    "image/webp": "WEBP",
}


def megabytes_to_bytes(value, default):
    """A size limit in bytes from a configured number of megabytes (``default`` when the
    value is missing, not a number or not positive)."""
    try:
        megabytes = float(value)
    except (TypeError, ValueError):
        megabytes = default
    if megabytes <= 0:
        megabytes = default
    return int(megabytes * 1024 * 1024)


def positive_int(value, default):
    """A configured count (``default`` when missing, not an integer or below 1)."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return number if number >= 1 else default


def allowed_label(mimetypes):
    """ "PDF, JPEG, PNG" for the allowed ``mimetypes``."""
    return ", ".join(MIMETYPE_LABELS.get(m, m) for m in mimetypes)


def check_uploads(uploads, allowed_mimetypes, max_bytes, max_count):
    """The problems of ``uploads`` (a list of :class:`Upload`): too many files, then for each
    file in order an empty file, a file over ``max_bytes`` or a type not in
    ``allowed_mimetypes``. No problem: an empty list."""
    problems = []
    if len(uploads) > max_count:
        problems.append(("too_many", {"count": len(uploads), "max": max_count}))
    max_mb = round(max_bytes / (1024 * 1024), 1)
    max_mb = int(max_mb) if max_mb == int(max_mb) else max_mb
    for index, upload in enumerate(uploads):
        if upload.size == 0:
            problems.append(("empty", {"index": index, "name": upload.name}))
        elif upload.size > max_bytes:
            problems.append(("too_big", {"index": index, "name": upload.name, "max_mb": max_mb}))
        elif upload.mimetype not in allowed_mimetypes:
            problems.append(
                ("bad_type", {"index": index, "name": upload.name, "allowed": allowed_label(allowed_mimetypes)})
            )
    return problems
