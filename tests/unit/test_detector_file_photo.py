"""A caption of an archive picture ("FILE PHOTO: ...", "FILE - In this ... file photo") shows an
older event, not the news."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_file_photo_caption_is_background() -> None:
    # corpus allsides-334
    body = (
        'FILE PHOTO: Chinese Vice Premier Liu He and U.S. President Donald Trump sign "phase one" '
        "of the U.S.-China trade agreement during a ceremony in the East Room of the White House "
        "in Washington, U.S., January 15, 2020."
    )
    assert not of_type(run("Trump blasts jet parts curbs", body, date(2020, 2, 18)), "agreement")


def test_ap_file_caption_is_background() -> None:
    # the AP form of the same caption
    body = (
        "FILE - In this Jan. 15, 2020, file photo, President Donald Trump and Chinese Vice "
        "Premier Liu He sign a trade agreement in the East Room of the White House."
    )
    assert not of_type(run("Trade", body, date(2020, 2, 18)), "agreement")


def test_a_current_caption_stays() -> None:
    # corpus allsides-4666: a picture of the day's news
    body = (
        "President Donald Trump meets with Qatar's Emir Sheikh Tamim Bin Hamad Al-Thani in the "
        "Oval Office of the White House, Tuesday, July 9, 2019, in Washington."
    )
    assert of_type(run("Social media summit", body, date(2019, 7, 9)), "leaders_meeting")
