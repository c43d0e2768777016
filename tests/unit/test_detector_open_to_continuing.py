"""Openness to go on with talks is an offer (TAXONOMY: "ready to meet" is a proposed
summit_invitation): "open to continuing negotiations with Mexican leaders"."""

from datetime import date

from detector_cases import countries, one, run


def test_open_to_continuing_negotiations_is_an_offer():
    # allsides-5395 (V043)
    e = one(
        run(
            "Mexico Tariffs Likely To Take Effect Next Week, Trump Vows In London",
            "Trump said he is open to continuing negotiations with Mexican leaders, including at "
            "a meeting scheduled for Wednesday between its foreign minister and Secretary of "
            "State Mike Pompeo.",
            date(2019, 6, 4),
        ),
        "summit_invitation",
    )
    assert countries(e, "inviter") == {"USA"}
    assert countries(e, "invitee") == {"MEX"}
    assert e.status == "proposed"
