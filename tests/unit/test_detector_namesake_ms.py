"""A story that introduces "Alice Marie Johnson" means her by "Ms. Johnson" and "Johnson":
the surname is not Boris Johnson's. Text is real (gossipcop-4066, 2018-06-06, shortened)."""

from __future__ import annotations

from datetime import date

from detector_cases import of_type, run


def test_ms_johnson_after_alice_marie_johnson_is_her() -> None:
    ev = run(
        "Kim Kardashian Thanks Trump After Alice Johnson Granted Clemency",
        "Hard work pays off! Kim Kardashian has spent months advocating for convict Alice Marie "
        "Johnson’s release and President Donald Trump has finally granted her clemency.\n\n"
        "She added: “The phone call I just had with Alice will forever be one of my best "
        "memories.”\n\n"
        "Johnson’s lawyer, Shawn Holley, shared an update on the situation.\n\n"
        "“We are optimistic about Ms. Johnson’s future,” she said in a statement on May 30.",
        date(2018, 6, 6),
    )
    assert of_type(ev, "leader_call") == []
