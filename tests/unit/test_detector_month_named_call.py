"""A call named by a month and day months back ("Trump's July 25 phone call" in February) is
background: calls are not set months ahead. Sentence is real."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, one, run


def test_the_july_25_call_in_february_is_background() -> None:
    # Y045 allsides-3472 (2020-02-20)
    ev = run(
        "Ex-Trump adviser John Bolton says his testimony would not have changed impeachment outcome",
        "And when asked Monday whether he thought Trump's July 25 phone call with Ukrainian "
        'President Volodymyr Zelensky was "perfect," as the president often claims, Bolton '
        'replied, "You\'ll love Chapter 14."',
        date(2020, 2, 20),
    )
    assert of_type(ev, "leader_call") == []


def test_a_call_this_month_is_news() -> None:
    # the same wording told in July
    ev = run(
        "Impeachment",
        "Trump's July 25 phone call with Ukrainian President Volodymyr Zelensky is under scrutiny.",
        date(2019, 7, 30),
    )
    assert one(ev, "leader_call").status == "occurred"
