"""Core sentences: English as written, with their template and parts kept for the interface's translation."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.errors import ImportRefused, Message, StoreError, fill


def test_a_message_reads_as_its_english_sentence() -> None:
    m = Message("%1 holds %2 parts; a Word document with more than %3 is refused.", "تقرير.docx", 12000, 10000)
    assert m == "تقرير.docx holds 12000 parts; a Word document with more than 10000 is refused."
    assert isinstance(m, str) and m.startswith("تقرير.docx")
    assert m.template.startswith("%1 holds %2 parts") and m.parts == ("تقرير.docx", 12000, 10000)


def test_an_error_keeps_its_message_and_prints_it() -> None:
    error = StoreError("There is no database at %1.", "/tmp/x.db")
    assert str(error) == "There is no database at /tmp/x.db."
    assert error.message.template == "There is no database at %1." and error.message.parts == ("/tmp/x.db",)
    nested = ImportRefused("%1: %2", Message("%1, line %2", "a.ann", 3), "not a brat relation.")
    assert str(nested) == "a.ann, line 3: not a brat relation."
    assert isinstance(nested.message.parts[0], Message)


@given(st.lists(st.text(max_size=12), min_size=1, max_size=4))
def test_parts_are_put_in_once_whatever_they_hold(parts: list[str]) -> None:
    """A part holding ``%2`` (an address's percent-encoding) is not replaced again."""
    template = " / ".join(f"%{n}" for n in range(1, len(parts) + 1))
    assert fill(template, tuple(parts)) == " / ".join(parts)


def test_a_place_without_a_part_stays_as_written() -> None:
    assert fill("100%1 sure", ()) == "100%1 sure"
    assert Message("50% of 100%") == "50% of 100%"


def test_the_reasons_people_meet_are_translatable_and_read_as_the_system_says_them(tmp_path) -> None:
    import errno
    import os

    from annotator.core.atomic import atomic_file
    from annotator.core.errors import ExportError, os_reason

    blocker = tmp_path / "a file"
    blocker.write_text("x", encoding="utf-8")
    try:
        with atomic_file(blocker / "out.csv") as fh:
            fh.write(b"never")
    except ExportError as exc:
        error = exc
    else:
        raise AssertionError("writing under a file was not refused")
    reason = error.message.parts[1]
    assert isinstance(reason, Message) and reason.template == "Not a directory"
    assert str(error).endswith(f": {os.strerror(errno.ENOTDIR)}.") or "Nothing was written" in str(error)
    odd = OSError(errno.ENOTCONN, "Transport endpoint is not connected")
    assert os_reason(odd) == "Transport endpoint is not connected"  # a rare one: the system's own words


def test_a_history_line_names_the_attributes_the_program_writes_in_translatable_words() -> None:
    from annotator.core.history import describe
    from annotator.core.model import HistoryEntry

    entry = HistoryEntry(seq=1, at="2026-11-26T10:00:00.000Z", who="rana", action="attributes", article_id="x",
                         item_id="a1", before={"attributes": ""},
                         after={"attributes": '{"kind": "direct", "verdict": "خطأ"}'}, step="Kind of “…”: direct")
    line = describe(entry)
    assert line == "kind: direct, verdict: \u2068خطأ\u2069"
    kind = line.parts[0]
    assert isinstance(kind, Message) and [p.template for p in kind.parts] == ["kind", "direct"]
