"""Detector constructions added for recall and actor accuracy: implicit parties ("both
sides", "ministers of both countries"), cities as venues, hosts and venues carried
between a visit and its talks, meetings listed in turn, topics that name no party,
coordinated invitees; each with hard negatives."""

from __future__ import annotations

from datetime import date

from detector_cases import countries, of_type, one, run

DAY = date(2019, 5, 10)


# ------------------------------------------------------------ "both sides", "the two countries"
def test_both_sides_resolves_to_the_two_most_named_sides() -> None:
    ev = run(
        "Trade war deepens",
        "President Donald Trump raised tariffs on Chinese goods on Friday. Chinese President "
        "Xi Jinping said Beijing would respond. Trump said Xi had broken the deal. Japan "
        "watched nervously. Talks between the two sides are due to resume next week.",
        DAY,
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting) == {"USA", "CHN"}
    assert "JPN" not in countries(meeting)


def test_both_sides_in_the_same_sentence_wins() -> None:
    ev = run(
        "Climate",
        "Britain and France argued over fishing. Later, Obama negotiated a deal with China "
        "that committed both countries to cut emissions.",
        date(2014, 11, 12),
    )
    deal = one(ev, "agreement")
    assert countries(deal) == {"USA", "CHN"}


def test_ministers_of_both_countries_are_people_who_travel() -> None:
    ev = run(
        "Neighbours agree to reopen rail link",
        "India and Pakistan agreed on Thursday to reopen a rail link. The announcement came after "
        "a meeting of foreign ministers of both countries in New Delhi on Wednesday.",
        date(2005, 2, 17),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"IND", "PAK"}
    assert meeting.location_country == "IND"
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"PAK"} and countries(visit, "host") == {"IND"}


def test_both_sides_unresolved_when_a_third_side_is_as_prominent() -> None:
    ev = run(
        "Summit diplomacy",
        "Japan and South Korea met Chinese officials. The United States and North Korea "
        "exchanged letters. Ahead of the summit, the two countries had been nudging allies.",
        DAY,
    )
    assert of_type(ev, "leaders_meeting") == [] or all(
        countries(e) != {"JPN", "USA"} for e in of_type(ev, "leaders_meeting")
    )


def test_both_sides_of_the_border_is_no_party() -> None:
    ev = run(
        "Floods",
        "Mexico and the United States sent rescue teams. Villages on both sides of the border "
        "held meetings with relief workers on Friday.",
        DAY,
    )
    assert of_type(ev, "leaders_meeting") == []


# ------------------------------------------------------------ agreements not yet reached
def test_deal_that_can_be_signed_is_proposed() -> None:
    ev = run(
        "Trade pact",
        "Both governments want to finalize the agreement between Canada and Mexico this month "
        "so that it can be signed before December.",
        date(2018, 8, 28),
    )
    assert one(ev, "agreement").status == "proposed"


# ------------------------------------------------------------ hosts and venues
def test_visited_country_hosts_when_no_host_is_named() -> None:
    ev = run(
        "Modi in Moscow",
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday.",
        date(2024, 7, 8),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"IND"}
    assert countries(visit, "host") == {"RUS"} and countries(visit, "location") == {"RUS"}


def test_talks_take_the_venue_of_the_visit() -> None:
    ev = run(
        "Modi visits Russia",
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for a two-day visit. "
        "On Tuesday, Modi held talks with President Vladimir Putin.",
        date(2024, 7, 9),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"IND", "RUS"}
    assert meeting.location_country == "RUS"


def test_another_persons_visit_gives_no_venue() -> None:
    ev = run(
        "Summit date set",
        "Secretary of State Mike Pompeo arrived in Pyongyang on Saturday. President Donald "
        "Trump said he will meet Kim Jong Un next month.",
        date(2018, 5, 10),
    )
    meeting = one(ev, "leaders_meeting")
    assert meeting.location_country is None


# ------------------------------------------------------------ cities
def test_city_is_the_place_of_a_visit() -> None:
    ev = run(
        "Erdogan in Sochi",
        "Turkish President Recep Tayyip Erdogan flew to Sochi on Friday for talks with "
        "Russian President Vladimir Putin.",
        date(2021, 9, 24),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"TUR"} and countries(visit, "location") == {"RUS"}


def test_city_is_never_a_party() -> None:
    ev = run(
        "Markets",
        "Shares on the Shanghai exchange fell as Geneva banks and U.S. investors sold.",
        DAY,
    )
    assert ev == []


def test_people_who_do_not_travel_for_a_government_make_no_visit() -> None:
    ev = run(
        "Virus case",
        "Health officials said the U.S. resident had visited Wuhan before falling ill. "
        "Japan's health ministry said the patient had not visited any market in China.",
        date(2020, 1, 22),
    )
    assert of_type(ev, "state_visit") == []


def test_country_delegation_still_visits() -> None:
    ev = run(
        "Trade round",
        "A U.S. delegation arrived in Shanghai on Tuesday for talks with Chinese officials.",
        date(2019, 7, 30),
    )
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"USA"} and countries(visit, "location") == {"CHN"}


# ------------------------------------------------------------ several parties
def test_group_from_a_list_of_countries_implies_visits() -> None:
    ev = run(
        "Quad talks",
        "Defence ministers from Australia, India and Japan met in Tokyo on Saturday.",
        date(2023, 6, 3),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"AUS", "IND", "JPN"}
    visitors = {frozenset(countries(v, "visitor")) for v in of_type(ev, "state_visit")}
    assert visitors == {frozenset({"AUS"}), frozenset({"IND"})}


def test_meetings_listed_in_turn_are_separate() -> None:
    ev = run(
        "Blinken tours region",
        "Secretary of State Antony Blinken spent the week in the region, meeting Egyptian "
        "President Abdel Fattah el-Sisi in Cairo and Saudi Crown Prince Mohammed bin Salman "
        "in Riyadh.",
        date(2023, 10, 16),
    )
    meetings = {
        frozenset(countries(e, "participants")): e.location_country
        for e in of_type(ev, "leaders_meeting")
    }
    assert meetings == {frozenset({"USA", "EGY"}): "EGY", frozenset({"USA", "SAU"}): "SAU"}


def test_what_talks_are_about_names_no_party() -> None:
    ev = run(
        "Allies meet",
        "Japanese Prime Minister Fumio Kishida met South Korean President Yoon Suk Yeol on "
        "Monday to discuss North Korea and China.",
        date(2023, 5, 8),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"JPN", "KOR"}


def test_topic_kept_when_it_is_the_only_other_side() -> None:
    ev = run(
        "Nuclear talks",
        "British Foreign Secretary David Cameron held talks on trade with Indian Foreign "
        "Minister Subrahmanyam Jaishankar on Monday.",
        date(2024, 3, 11),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"GBR", "IND"}


def test_coordinated_invitees_of_a_passive_invitation() -> None:
    ev = run(
        "Outreach",
        "Brazil, along with India and South Africa, has been invited to attend the G7 summit.",
        date(2024, 6, 1),
    )
    inv = one(ev, "summit_invitation")
    assert countries(inv, "invitee") == {"BRA", "IND", "ZAF"}
    assert countries(inv, "inviter") == {"G7"}


# ------------------------------------------------- actors: lawmakers, titled names, places
def test_speaker_visit_and_meeting_with_a_foreign_leader() -> None:
    ev = run(
        "Speaker in Kyiv",
        "House Speaker Nancy Pelosi met Ukrainian President Volodymyr Zelensky in Kyiv on Saturday.",
        date(2022, 5, 1),
    )
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "UKR"}
    assert countries(one(ev, "state_visit"), "visitor") == {"USA"}


def test_lawmaker_is_no_party_to_a_deal_or_sanctions() -> None:
    ev = run(
        "Trade pact",
        "Speaker Nancy Pelosi reached a deal with the White House on the trade agreement "
        "with Mexico and Canada on Tuesday. Senator Lindsey Graham said new sanctions on "
        "Russia were imposed too slowly.",
        date(2019, 12, 10),
    )
    assert not of_type(ev, "agreement") and not of_type(ev, "sanctions")


def test_state_name_before_senator_is_no_country() -> None:
    ev = run(
        "Perdue Calls It 'Disgusting' That Georgia Official Recorded Call With Trump",
        "The Georgia senator said so ahead of his runoff race.",
        date(2021, 1, 4),
    )
    assert not ev


def test_visiting_a_foreign_leader_is_a_visit_and_talks() -> None:
    ev = run(
        "Climate",
        "Officials said the issue was discussed when senator John McCain recently visited "
        "Mr Blair.",
        date(2005, 2, 1),
    )
    assert countries(one(ev, "state_visit"), "host") == {"GBR"}
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "GBR"}


def test_visiting_leader_is_the_visitor_not_the_host() -> None:
    ev = run(
        "Leaks",
        "Trump spoke at a press conference with visiting Israeli Prime Minister Benjamin "
        "Netanyahu on Wednesday.",
        date(2017, 2, 15),
    )
    assert all(countries(e, "visitor") != {"USA"} for e in of_type(ev, "state_visit"))


def test_title_that_opens_a_known_name() -> None:
    ev = run("President Biden Meets With Queen Elizabeth At Windsor Castle", "", date(2021, 6, 13))
    assert countries(one(ev, "leaders_meeting"), "participants") == {"USA", "GBR"}
    visit = one(ev, "state_visit")
    assert countries(visit, "visitor") == {"USA"} and visit.location_country == "GBR"


def test_they_met_places_the_meeting_just_named() -> None:
    ev = run(
        "Queen Elizabeth Meets With Trump",
        "They met at Windsor Castle and then went inside for tea.",
        date(2018, 7, 13),
    )
    assert one(ev, "leaders_meeting").location_country == "GBR"
    assert countries(one(ev, "state_visit"), "visitor") == {"USA"}


def test_two_leaders_as_the_subject_of_meet() -> None:
    ev = run("Putin And Erdogan Expected To Meet Next Week In Sochi", "", date(2021, 9, 20))
    meeting = one(ev, "leaders_meeting")
    assert meeting.status == "planned"
    assert countries(meeting, "participants") == {"RUS", "TUR"}


def test_two_leaders_who_never_met() -> None:
    assert not of_type(
        run("Trump and Moon have never met.", "", date(2017, 3, 1)), "leaders_meeting"
    )


def test_place_of_a_commemoration_is_in_its_country() -> None:
    ev = run(
        "Straw to attend service",
        "Foreign Secretary Jack Straw will visit Auschwitz for the anniversary of the camp's "
        "liberation, it has been announced.",
        date(2005, 1, 20),
    )
    visit = one(ev, "state_visit")
    assert visit.status == "planned" and visit.location_country == "POL"


def test_no_treaty_and_domestic_deals_are_no_agreements() -> None:
    ev = run(
        "Court case",
        "A legal expert said there was no treaty between the US and Russia on court rulings. "
        "Congressional leaders reached a bipartisan deal to provide $13.6 billion to help "
        "Ukraine fend off its invasion by Russia.",
        date(2022, 3, 9),
    )
    assert not of_type(ev, "agreement")


def test_eu_presidency_and_un_post_are_no_parties() -> None:
    ev = run(
        "Budget",
        "The EU is gearing up for tough talks, with the bloc's Luxembourg presidency hoping "
        "to strike a deal at a June summit. Richardson, the former U.S. ambassador to the "
        "United Nations, held meetings with Russian leaders.",
        date(2005, 3, 1),
    )
    assert not of_type(ev, "agreement")
    assert all("UN" not in countries(e) for e in ev)


# ------------------------------------------------------------ headline and verb forms of sanctions
def test_hit_with_sanctions_names_the_target_before_with() -> None:
    s = one(
        run("U.S. Hits Russia With Sanctions For Election Meddling, Cyber Attacks"), "sanctions"
    )
    assert (countries(s, "imposer"), countries(s, "target")) == ({"USA"}, {"RUS"})
    assert s.status == "occurred"


def test_sanction_as_a_verb_with_coordinated_imposers() -> None:
    s = one(run("Britain and Canada sanction Russian oligarchs over Ukraine"), "sanctions")
    assert countries(s, "imposer") == {"GBR", "CAN"}
    assert countries(s, "target") == {"RUS"}
    assert of_type(run("U.S. And Allies Sanction Senior Chinese Officials"), "sanctions")


def test_reasons_to_sanction_and_sanction_relief_are_no_sanctions() -> None:
    assert not of_type(
        run(
            "Bolton",
            "Trump's remarks meant we could cross it off our list of reasons to sanction China.",
        ),
        "sanctions",
    )
    assert not of_type(run("Russia calls for sanction relief from the United States"), "sanctions")


def test_reimposed_sanctions_without_object_target_the_other_country() -> None:
    ev = run("Trump To Violate Iran Nuclear Deal, Vows To Reimpose Sanctions")
    s = one(ev, "sanctions")
    assert (countries(s, "imposer"), countries(s, "target"), s.status) == (
        {"USA"},
        {"IRN"},
        "planned",
    )
    deal = one(ev, "agreement")
    assert (countries(deal), deal.status) == ({"USA", "IRN"}, "cancelled")


def test_ban_on_a_countrys_imports_is_an_embargo() -> None:
    s = one(run("G7 Pledges To Phase Out Import Of Russian Oil"), "sanctions")
    assert (countries(s, "imposer"), countries(s, "target"), s.status) == (
        {"G7"},
        {"RUS"},
        "planned",
    )
    s = one(run("Trade row", "China banned imports of Australian coal on Friday."), "sanctions")
    assert (countries(s, "imposer"), countries(s, "target"), s.status) == (
        {"CHN"},
        {"AUS"},
        "occurred",
    )
    # no country's goods: no target, no sanctions
    assert not of_type(
        run("Waste", "China said on Friday it bans imports of plastic waste from 2018."),
        "sanctions",
    )


# ------------------------------------------------------------ "In Netanyahu Call"
def test_call_named_by_the_other_side() -> None:
    c = one(run("Biden, In Netanyahu Call, Urges 'Significant De-escalation'"), "leader_call")
    assert countries(c) == {"USA", "ISR"}
    assert not of_type(run("Biden wins in a close call with Trump voters in Ohio"), "leader_call")


# ------------------------------------------------------------ offers are proposed invitations
def test_calls_for_meeting_with_is_an_offer_not_a_meeting() -> None:
    ev = run("Ukrainian President Calls For Meeting With Putin Amid Increasing Violence")
    inv = one(ev, "summit_invitation")
    assert (countries(inv, "inviter"), countries(inv, "invitee"), inv.status) == (
        {"UKR"},
        {"RUS"},
        "proposed",
    )
    assert not of_type(ev, "leaders_meeting")
    # a third side's appeal for talks between two others is neither a meeting nor an offer
    assert not run("UN chief calls for talks between Russia and Ukraine")


def test_willing_to_travel_or_host_is_an_offer_not_a_visit() -> None:
    ev = run(
        "Putin Says He Is Open To Another Summit",
        "The Russian president indicated he would be willing to travel to Washington or host Trump in Moscow.",
    )
    assert not of_type(ev, "state_visit")
    assert one(ev, "summit_invitation").status == "proposed"


def test_happy_to_meet_is_an_offer() -> None:
    inv = one(
        run("Chirac", "Mr Chirac says he would be happy to meet Iraqi leader Iyad Allawi."),
        "summit_invitation",
    )
    assert (countries(inv, "inviter"), countries(inv, "invitee")) == ({"FRA"}, {"IRQ"})
    # "willing to make concessions in trade talks" offers no meeting
    ev = run(
        "Trade",
        "Trump said Beijing is willing to make concessions in trade talks with the United States.",
    )
    assert not of_type(ev, "summit_invitation")


# ------------------------------------------------------------ status of future and purpose forms
def test_contracted_will_is_future() -> None:
    assert (
        one(run("Trump Says He'll Meet With Kim Jong Un In May"), "leaders_meeting").status
        == "planned"
    )


def test_talks_a_visitor_arrives_for_are_planned_and_a_record_visit_occurred() -> None:
    ev = run(
        "Chinese President Xi Jinping Arrives In North Korea For Talks With Kim Jong Un",
        "Xi is the first Chinese president to visit North Korea in 14 years.",
    )
    assert one(ev, "state_visit").status == "occurred"
    assert one(ev, "leaders_meeting").status == "planned"
    # past tense: he came and the talks were held
    ev = run("Pompeo in Beijing", "Pompeo arrived in Beijing for talks with Wang Yi on Monday.")
    assert one(ev, "leaders_meeting").status == "occurred"


# ------------------------------------------------------------ deals in the making and deals quit
def test_could_reach_a_deal_is_proposed_unless_a_condition() -> None:
    deal = one(
        run(
            "NAFTA",
            "President Trump said on Saturday that the U.S. could reach a big trade agreement with Mexico soon.",
        ),
        "agreement",
    )
    assert (countries(deal), deal.status) == ({"USA", "MEX"}, "proposed")
    assert not of_type(
        run("Iran", "If Iran could reach a deal with the United States, sanctions would end."),
        "agreement",
    )


def test_quitting_a_deal_cancels_it_but_quitting_something_else_does_not() -> None:
    deal = one(run("Trump quits Iran nuclear deal"), "agreement")
    assert (countries(deal), deal.status) == ({"USA", "IRN"}, "cancelled")
    ev = run(
        "Tariffs",
        "China needs to quit moving the goalposts, Grassley said, as the U.S. and China try to reach a trade deal.",
    )
    assert all(e.status != "cancelled" for e in of_type(ev, "agreement"))


# ------------------------------------------------ negation and modality are not facts
def test_a_call_reported_as_not_held_is_denied() -> None:
    ev = run(
        "Wrong Korea",
        "“President Trump did not have a phone call with Chinese President Xi Jinping,” a "
        "White House official told reporters on Friday.",
        DAY,
    )
    assert one(ev, "leader_call").status == "denied"
    held = run("Call", "President Trump had a phone call with Chinese President Xi Jinping.", DAY)
    assert one(held, "leader_call").status == "occurred"


def test_a_meeting_reported_as_not_held_is_denied() -> None:
    ev = run("G20", "Trump did not meet with Russian President Vladimir Putin in Osaka.", DAY)
    assert one(ev, "leaders_meeting").status == "denied"
    met = run("G20", "Trump met with Russian President Vladimir Putin in Osaka.", DAY)
    assert one(met, "leaders_meeting").status == "occurred"


def test_a_cancellation_urged_by_someone_else_leaves_the_trip_planned() -> None:
    ev = run(
        "Senator Urges Defense Secretary Mark Esper To Cancel Trip To Turkey",
        "The senator said the trip sent the wrong signal.",
        date(2019, 10, 10),
    )
    assert one(ev, "state_visit").status == "planned"
    done = run("Mark Esper Cancels Trip To Turkey", "", date(2019, 10, 10))
    assert one(done, "state_visit").status == "cancelled"


def test_an_expected_pull_out_of_a_deal_is_no_event() -> None:
    ev = run(
        "Analysts Expect Trump To Pull Out Of Iran Nuclear Deal",
        "European leaders have lobbied Washington for weeks.",
        date(2018, 5, 1),
    )
    assert of_type(ev, "agreement") == []
    done = run("Trump Pulls Out Of Iran Nuclear Deal", "", date(2018, 5, 9))
    assert one(done, "agreement").status == "cancelled"


def test_a_summit_being_arranged_is_planned() -> None:
    ev = run(
        "Envoy in Seoul",
        "He is working to set up a second summit between President Donald Trump and North "
        "Korean leader Kim Jong Un.",
        date(2018, 10, 8),
    )
    assert one(ev, "leaders_meeting").status == "planned"
    held = run("Hanoi", "Trump held a second summit with Kim Jong Un in Hanoi.", date(2019, 3, 1))
    assert one(held, "leaders_meeting").status == "occurred"


def test_failing_to_reach_an_agreement_is_no_agreement() -> None:
    ev = run(
        "Talks end",
        "Negotiators from Washington and Beijing failed to come to an agreement during talks in "
        "Shanghai on Wednesday.",
        date(2019, 7, 31),
    )
    assert of_type(ev, "agreement") == []
    assert one(ev, "leaders_meeting").status == "occurred"
    reached = run(
        "Talks end",
        "Negotiators from Washington and Beijing reached an agreement during talks in Shanghai.",
        date(2019, 7, 31),
    )
    assert one(reached, "agreement").status == "occurred"


def test_sanctions_in_force_for_years_are_background() -> None:
    ev = run(
        "Crisis deepens",
        "The United States has imposed sanctions on Venezuela for years, which Maduro blames "
        "for the crisis.",
        date(2024, 7, 31),
    )
    assert of_type(ev, "sanctions") == []
    new = run(
        "Crisis deepens",
        "The United States imposed sanctions on Venezuela on Monday.",
        date(2024, 7, 31),
    )
    assert one(new, "sanctions").status == "occurred"


# ------------------------------------------------ who is no participant
def test_the_claimer_after_a_headline_is_no_participant() -> None:
    ev = run("Trump Will Meet Putin In Helsinki Next Month, Finland Says", "", date(2018, 6, 28))
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"USA", "RUS"}
    named = run("Trump Will Meet Putin And Finland's President Next Month", "", date(2018, 6, 28))
    assert "FIN" in countries(one(named, "leaders_meeting"), "participants")


def test_the_two_leaders_are_the_two_sides_most_named_by_their_people() -> None:
    ev = run(
        "Allies on Syria",
        "President Obama and British Prime Minister David Cameron spoke in Washington on "
        "Monday about Syria. Obama said Syria needed a political transition. Cameron said "
        "Syria was bleeding. The two leaders later held talks with Russian President Vladimir "
        "Putin.",
        date(2013, 5, 13),
    )
    meeting = one(ev, "leaders_meeting")
    assert countries(meeting, "participants") == {"USA", "GBR", "RUS"}


def test_private_people_of_a_country_are_no_party() -> None:
    ev = run("Pope To Meet US Bishops Thursday Over Abuse Scandal", "", date(2018, 9, 12))
    assert of_type(ev, "leaders_meeting") == []
    officials = run("Pope To Meet US Officials Thursday", "", date(2018, 9, 12))
    assert countries(one(officials, "leaders_meeting")) == {"VAT", "USA"}


# ------------------------------------------------------------ visits and meetings, round 8
def test_each_place_of_a_listed_journey_is_a_visit() -> None:
    ev = run(
        "Orban angers EU",
        "Hungarian Prime Minister Viktor Orban angered some EU leaders when he went on surprise "
        "visits to Kyiv, Moscow and Beijing this month for talks on the war in Ukraine.",
    )
    visits = of_type(ev, "state_visit")
    assert {frozenset(countries(e)) for e in visits} == {
        frozenset({"HUN", "UKR"}),
        frozenset({"HUN", "RUS"}),
        frozenset({"HUN", "CHN"}),
    }
    # "for talks": each visit comes with talks with its host (TAXONOMY: visit with talks)
    meetings = {frozenset(countries(e)) for e in of_type(ev, "leaders_meeting")}
    assert {frozenset({"HUN", "RUS"}), frozenset({"HUN", "CHN"})} <= meetings
    ev = run("Trip", "Trump will also travel to South Korea, China and the Philippines next week.")
    assert {e.status for e in of_type(ev, "state_visit")} == {"planned"}
    assert len(of_type(ev, "state_visit")) == 3
    # "Kyiv, Ukraine" names one place; a country as the subject lists nothing
    ev = run("Trip", "Blinken travelled to Kyiv, Ukraine, on Tuesday.")
    assert len(of_type(ev, "state_visit")) == 1
    ev = run("Tour", "The singer appears in China before traveling to New Zealand and Australia.")
    assert not of_type(ev, "state_visit")


def test_arriving_for_talks_is_a_visit_with_planned_talks_with_the_host() -> None:
    ev = run(
        "Gurkhas to help",
        "Foreign Secretary Jack Straw arrives in Indonesia for a special summit meeting on the "
        "disaster.",
    )
    talks = one(ev, "leaders_meeting")
    assert countries(talks) == {"GBR", "IDN"} and talks.status == "planned"
    # a counterpart named: the meeting rule reads it; no talks: no meeting
    assert not of_type(
        run("Straw", "Jack Straw arrives in Indonesia on Monday."), "leaders_meeting"
    )


def test_a_reception_hosted_for_a_foreign_leader_is_a_visit_and_a_meeting() -> None:
    ev = run(
        "Riots During Trump Trip",
        "While violence gripped New Delhi, Prime Minister Narendra Modi hosted a lavish "
        "reception for Donald Trump.",
    )
    assert countries(one(ev, "state_visit"), "visitor") == {"USA"}
    assert countries(one(ev, "leaders_meeting")) == {"IND", "USA"}
    ev = run("Dinner", "Kris Jenner hosted an elaborate dinner for the holiday at her home.")
    assert not ev


def test_the_arrival_of_a_leader_in_a_foreign_city_is_a_visit() -> None:
    ev = run("Bush", "The arrival of US President George W Bush in Berlin disrupted flights.")
    assert countries(one(ev, "state_visit")) == {"USA", "DEU"}
    ev = run("Kim", "North Korean leader Kim Jong Un's arrival in Beijing was kept secret.")
    assert countries(one(ev, "state_visit"), "visitor") == {"PRK"}
    # people who are no office holders
    ev = run("Refugees", "The arrival of thousands of Syrian refugees in Germany strained towns.")
    assert not of_type(ev, "state_visit")


def test_attending_a_ceremony_abroad_is_a_visit_but_not_at_home() -> None:
    ev = run(
        "Cyprus",
        "Turkish President Recep Tayyip Erdogan attended a military parade in north Nicosia.",
    )
    assert countries(one(ev, "state_visit")) == {"TUR", "CYP"}
    ev = run(
        "Funeral",
        "President Donald Trump will attend the funeral at the National Cathedral in Washington.",
    )
    assert not of_type(ev, "state_visit")


def test_a_headline_comma_joins_the_two_sides_of_a_meeting() -> None:
    m = one(run("Friday's Morning Email: Trump, Kim Jong Un To Meet"), "leaders_meeting")
    assert countries(m) == {"USA", "PRK"} and m.status == "planned"
    # in a body, a comma before a name is no 'and'
    ev = run("News", "Asked about Trump, Kim Jong Un said he would meet the press.")
    assert not of_type(ev, "leaders_meeting")


def test_talks_not_ruled_out_or_stalled_are_no_meeting() -> None:
    ev = run("At Gridiron Dinner, Trump Says He 'Won't Rule Out Direct Talks With Kim Jong Un'")
    assert not of_type(ev, "leaders_meeting")
    ev = run(
        "North Korea",
        "Talks between Kim Jong Un and Donald Trump have stalled, but Pyongyang said it was open.",
    )
    assert not of_type(ev, "leaders_meeting")
    # talks to resume are talks to come
    ev = run(
        "China",
        "China hinted at its willingness to resume stalled negotiations with Donald Trump's "
        "government in Washington next month.",
    )
    assert one(ev, "leaders_meeting").status == "planned"


# ------------------------------------------------ agreements and sanctions: wording families
def test_sanctions_slapped_on_a_possessive_target() -> None:
    ev = run("U.S. Slaps Putin's Inner Circle With Aggressive New Sanctions", "", date(2018, 4, 6))
    s = one(ev, "sanctions")
    assert (countries(s, "imposer"), countries(s, "target")) == ({"USA"}, {"RUS"})


def test_country_before_sanctions_after_another_side_is_the_target() -> None:
    ev = run("Trump Announces New Russia Sanctions", "", date(2018, 4, 6))
    s = one(ev, "sanctions")
    assert (countries(s, "imposer"), countries(s, "target")) == ({"USA"}, {"RUS"})
    listed = run(
        "Russia listings",
        "The European Union is also expected to add 15 new targets to its Russia sanctions list.",
        date(2014, 4, 28),
    )
    assert countries(one(listed, "sanctions"), "imposer") == {"EU"}


def test_us_sanctions_name_the_imposer_not_the_target() -> None:
    ev = run(
        "Iran breaches limits",
        "Iran blamed European leaders for not protecting the country from reimposed U.S. sanctions.",
        date(2019, 7, 6),
    )
    assert all(countries(s, "target") != {"USA"} for s in of_type(ev, "sanctions"))


def test_sanctions_reversed_or_blocked_are_cancelled() -> None:
    ev = run(
        "Republicans Befuddled By Trump's Abrupt Reversal On New Russia Sanctions",
        "",
        date(2018, 4, 17),
    )
    assert one(ev, "sanctions").status == "cancelled"
    imposed = run("Trump Imposes New Russia Sanctions", "", date(2018, 4, 17))
    assert one(imposed, "sanctions").status == "occurred"


def test_withdrawing_from_a_countrys_deal_cancels_it() -> None:
    ev = run(
        "World Leaders Condemn Trump For Withdrawing From Iran Nuclear Deal", "", date(2018, 5, 8)
    )
    deal = one(ev, "agreement")
    assert deal.status == "cancelled" and countries(deal) == {"USA", "IRN"}
    retold = run(
        "Haley resigns",
        "Haley listed actions she was proud of, including the decisions to withdraw from the Iran "
        "nuclear deal.",
        date(2018, 10, 9),
    )
    assert of_type(retold, "agreement") == []


def test_deals_cut_made_or_extended_are_done() -> None:
    cut = run(
        "Asylum Seekers Would Stay In Mexico Under New Deal Cut By Trump", "", date(2018, 11, 25)
    )
    assert one(cut, "agreement").status == "occurred"
    assert countries(one(cut, "agreement")) == {"USA", "MEX"}
    ext = run("U.S. Extends Sole Remaining Nuclear Arms Treaty With Russia", "", date(2021, 2, 4))
    assert one(ext, "agreement").status == "occurred"
    made = run("Beijing and Manila made a deal in the South China Sea", "", date(2024, 7, 24))
    assert one(made, "agreement").status == "occurred"


def test_deal_words_that_are_no_deal_done() -> None:
    tariffs = run("Trade", "The U.S. and China cut tariffs under the deal.", date(2019, 1, 1))
    assert of_type(tariffs, "agreement") == []
    harder = run(
        "Talks",
        "Israel said the remarks by the U.S. could be read by Hamas as making a deal harder to secure.",
        date(2024, 7, 26),
    )
    assert all(e.status != "occurred" for e in of_type(harder, "agreement"))
    favor = run("Split", "Mnuchin favors making a deal with China.", date(2019, 1, 1))
    assert all(e.status != "occurred" for e in of_type(favor, "agreement"))
    wish = run(
        "Trade",
        "China probably wishes it made the deal with the U.S. on the table.",
        date(2019, 5, 27),
    )
    assert of_type(wish, "agreement") == []


def test_sides_that_agreed_to_act_made_an_agreement() -> None:
    ev = run(
        "Tariffs",
        "China's Commerce Ministry says Washington and Beijing have agreed to cancel tariff hikes.",
        date(2019, 11, 7),
    )
    deal = one(ev, "agreement")
    assert deal.status == "occurred" and countries(deal) == {"USA", "CHN"}
    partner = run(
        "Brown calls for Aids fund",
        "Gordon Brown has called on rich nations to fund a plan. Mr Brown said he had agreed with "
        "the Italian finance minister Domenico Siniscalco to push forward with plans for research.",
    )
    assert countries(one(partner, "agreement")) == {"GBR", "ITA"}
    we = run(
        "U.S., China Putting Trade War On Hold, Treasury's Steve Mnuchin Says",
        '"Right now, we have agreed to put the tariffs on hold while we try to execute the framework."',
        date(2018, 5, 20),
    )
    assert countries(one(we, "agreement")) == {"USA", "CHN"}


def test_agreeing_to_talks_views_or_as_examples_is_no_agreement() -> None:
    for body in (
        "India and Pakistan agreed to begin talks on reducing the risk of nuclear accidents.",
        "Britain and France agreed on the need for free and fair trade.",
        "Britain and France failed to agree on a common position.",
        "The U.S. persuaded economies like India and South Korea to agree to limit Iranian oil imports.",
        "That would tell China and Japan they can agree to trade deals.",
    ):
        assert of_type(run("World", body, date(2019, 1, 1)), "agreement") == [], body


def test_readiness_to_negotiate_a_deal_is_no_agreement() -> None:
    ev = run(
        "Ambassador on Putin",
        "Oksana Markarova said Ukraine is ready to negotiate a peace agreement with Russia.",
        date(2022, 3, 27),
    )
    assert of_type(ev, "agreement") == []


def test_two_leaders_naming_a_ceasefire_made_it() -> None:
    ev = run(
        "Despite Trump-Xi Ceasefire, China Warns Trade Deal Still Long Way Off",
        "",
        date(2019, 6, 30),
    )
    deal = one(ev, "agreement")
    assert deal.status == "occurred" and countries(deal) == {"USA", "CHN"}
    assert of_type(run("Hopes for a Trump-Kim deal fade", "", date(2019, 1, 1)), "agreement") == []


def test_urged_to_ditch_a_deal_is_no_cancellation() -> None:
    ev = run(
        "U.S. Ambassador Urges Britain To Ditch 'Flawed' Iran Nuclear Deal", "", date(2018, 8, 12)
    )
    assert of_type(ev, "agreement") == []


# ------------------------------------------------ offers, wishes and requests to meet
def test_readiness_as_a_noun_or_a_wish_is_a_proposed_invitation() -> None:
    day = date(2019, 9, 10)
    for headline, body in [
        ("Seoul hopeful", "Kim Jong Un has expressed his eagerness to meet with Donald Trump."),
        ("Zelensky shifts", "Volodymyr Zelensky hinted at a willingness to negotiate with Russia."),
        ("North Korea Says It Wants To Talk To U.S. Again", ""),
        ("Turkey open", "Recep Tayyip Erdogan said Turkey is ready for negotiations with Greece."),
        ("Kremlin hopes", "Vladimir Putin hopes to meet with Donald Trump later this year."),
    ]:
        inv = one(run(headline, body, day), "summit_invitation")
        assert inv.status == "proposed", headline
        assert len(countries(inv)) == 2
    # hard negatives: a business's readiness, one country only
    assert run("Exporters ready", "Exporters showed their readiness to meet demand in China.") == []
    assert (
        of_type(
            run("Macron wants to talk to voters", "Macron wants to talk to French voters."),
            "summit_invitation",
        )
        == []
    )


def test_a_meeting_request_is_an_invitation_answered_in_its_sentence() -> None:
    ev = run(
        "Trade spat",
        "The U.S. president said he snubbed a meeting request from Canada's prime minister.",
        date(2018, 9, 27),
    )
    inv = one(ev, "summit_invitation")
    assert inv.status == "declined"
    assert countries(inv, "inviter") == {"CAN"}
    assert of_type(ev, "leaders_meeting") == []
    asked = run("Talks sought", "Moon Jae-in's request for talks with Kim Jong Un went unanswered.")
    assert countries(one(asked, "summit_invitation"), "inviter") == {"KOR"}
    # a request for comment is no invitation
    assert run("No comment", "The Kremlin did not respond to a request for comment from CNN.") == []


def test_a_possible_meeting_is_proposed_not_held() -> None:
    ev = run(
        "Iran talks",
        'Donald Trump said there is a "really good chance" that he and Hassan Rouhani could meet.',
        date(2019, 8, 27),
    )
    assert one(ev, "summit_invitation").status == "proposed"
    assert of_type(ev, "leaders_meeting") == []
    # an embedded question is neither an offer nor a meeting
    asked = run(
        "TPP",
        "Japan's minister Akira Amari said he did not know when U.S. and Japanese ministers "
        "could meet again.",
        date(2015, 10, 1),
    )
    assert of_type(asked, "summit_invitation") == [] and of_type(asked, "leaders_meeting") == []


def test_talks_not_ruled_out_or_stalled_in_headlines_are_no_meeting() -> None:
    day = date(2019, 9, 10)
    assert run("Trump Says He 'Won't Rule Out Direct Talks With Kim Jong Un'", "", day) == []
    assert run("Trump did not rule out a meeting with Kim Jong Un", "", day) == []
    stalled = run("Impasse", "Talks between Kim Jong Un and Donald Trump have stalled.", day)
    assert of_type(stalled, "leaders_meeting") == []
    revived = run(
        "Thaw", "Kim Jong Un and Donald Trump agreed to resume stalled talks next month.", day
    )
    assert one(revived, "leaders_meeting").status == "planned"


# ------------------------------------------------ calls named by "spoke with", "talk to"
def test_spoke_with_a_foreign_official_is_a_call() -> None:
    day = date(2021, 9, 19)
    planned = run("Emmanuel Macron To Talk To Biden Amid Crisis Over Submarines", "", day)
    assert one(planned, "leader_call").status == "planned"
    future = run("Crisis", "President Emmanuel Macron will speak with President Joe Biden.", day)
    assert one(future, "leader_call").status == "planned"
    ev = run(
        "Ceasefire push",
        "When Secretary of State Antony Blinken spoke with his Qatari counterpart, he asked him "
        "to convey messages to Iran.",
        date(2024, 8, 1),
    )
    assert countries(one(ev, "leader_call")) == {"USA", "QAT"}
    two = run(
        "NAFTA",
        "President Donald Trump spoke with Canadian Prime Minister Justin Trudeau and Mexican "
        "President Enrique Pena Nieto on Wednesday.",
        date(2017, 4, 27),
    )
    assert sorted(sorted(countries(c)) for c in of_type(two, "leader_call")) == [
        ["CAN", "USA"],
        ["MEX", "USA"],
    ]


def test_spoke_with_in_person_or_hypothetically_is_no_call() -> None:
    day = date(2022, 11, 14)
    assert (
        of_type(run("Bali", "Joe Biden spoke with Xi Jinping in Bali on Monday."), "leader_call")
        == []
    )
    met = run("G20", "Joe Biden spoke with Xi Jinping on the sidelines of the summit.", day)
    assert of_type(met, "leader_call") == []
    assert (
        of_type(
            run(
                "Trump",
                "He said that if he can talk to Hassan Rouhani, he can talk to Kim Jong Un.",
                day,
            ),
            "leader_call",
        )
        == []
    )
    assert (
        of_type(
            run("Press", "Joe Biden spoke to reporters after Xi Jinping left.", day), "leader_call"
        )
        == []
    )


# ------------------------------------------------ status: threats, journeys under way, future summits
def test_a_threat_to_call_off_a_summit_leaves_it_planned() -> None:
    ev = run("North Korea Threatens Again To Call Off Trump Summit", "", date(2018, 5, 24))
    assert one(ev, "leaders_meeting").status == "planned"
    done = run("North Korea Calls Off Trump Summit", "", date(2018, 5, 24))
    assert one(done, "leaders_meeting").status == "cancelled"


def test_a_journey_under_way_is_a_planned_visit() -> None:
    day = date(2018, 5, 30)
    ev = run("North Korea's Ex-Spy Chief Kim Yong Chol Headed To U.S.", "", day)
    assert one(ev, "state_visit").status == "planned"
    past = run("Talks", "Mike Pompeo headed to Pyongyang on Monday and met Kim Jong Un.", day)
    assert one(past, "state_visit").status == "occurred"


def test_a_summit_that_will_do_something_is_planned() -> None:
    ev = run(
        "Summit",
        "The summit between Donald Trump and Kim Jong Un will take place in Singapore.",
        date(2018, 5, 30),
    )
    assert one(ev, "leaders_meeting").status == "planned"


# ------------------------------------------------ names across the story, pronoun subjects, call lists
def test_a_headline_surname_is_the_person_the_story_names_in_full() -> None:
    day = date(2018, 6, 10)
    ev = run(
        "Trump Says He Will Meet Kim Next Month",
        "The president praised North Korean leader Kim Jong Un's letter.",
        day,
    )
    assert countries(one(ev, "leaders_meeting")) == {"USA", "PRK"}
    ev = run("Xi To Meet Magufuli In Beijing", "Tanzanian President John Magufuli arrived.", day)
    assert {"CHN", "TZA"} <= countries(one(ev, "leaders_meeting"))
    # two people the story names with that family name: the headline's is unknown
    clash = run(
        "Bush Says He Will Meet Kim Next Month",
        "North Korean leader Kim Jong Il and South Korean President Kim Dae-jung spoke.",
        date(2002, 5, 1),
    )
    assert of_type(clash, "leaders_meeting") == []


def test_a_family_name_first_carries_forward_but_not_to_a_relative() -> None:
    day = date(2018, 3, 9)
    ev = run(
        "Donald Trump Will Meet With Kim Jong Un By May",
        "Kim reportedly has expressed his eagerness to meet with Trump as soon as possible.",
        day,
    )
    inv = one(ev, "summit_invitation")
    assert countries(inv, "inviter") == {"PRK"}
    sister = run(
        "Kim Jong Un Stays Home",
        "North Korean leader Kim Jong Un stayed in Pyongyang. Kim Yo Jong will visit Seoul.",
        day,
    )
    assert of_type(sister, "state_visit") == []


def test_a_pronoun_opening_a_subordinate_clause_is_the_main_subject() -> None:
    ev = run("Obama Criticises Putin Remarks As He Arrives In Beijing", "", date(2014, 11, 10))
    assert countries(one(ev, "state_visit"), "visitor") == {"USA"}
    ev = run(
        "Trump Snipes At 'Very Insulting' Emmanuel Macron Comment As He Lands In Paris",
        "",
        date(2018, 11, 10),
    )
    assert countries(one(ev, "state_visit"), "visitor") == {"USA"}


def test_one_caller_and_a_list_of_callees_are_separate_calls() -> None:
    day = date(2015, 2, 2)
    ev = run(
        "Calls",
        "Angela Merkel also held a telephone call with Vladimir Putin and the presidents of "
        "France and Ukraine.",
        day,
    )
    calls = of_type(ev, "leader_call")
    assert sorted(sorted(countries(c)) for c in calls) == [
        ["DEU", "FRA"],
        ["DEU", "RUS"],
        ["DEU", "UKR"],
    ]
    joint = run(
        "Calls",
        "Angela Merkel held a three-way telephone call with Vladimir Putin and the president "
        "of Ukraine.",
        day,
    )
    assert countries(one(joint, "leader_call")) == {"DEU", "RUS", "UKR"}


def test_a_side_naming_another_meeting_noun_belongs_to_that_meeting() -> None:
    ev = run(
        "North Korea Threatens To Scrap Trump Summit, Cancels South Korea Talks",
        "",
        date(2018, 5, 16),
    )
    summit = one(ev, "leaders_meeting")
    assert countries(summit) == {"PRK", "USA"}
    one_noun = run("Trump-Putin Summit Set For Helsinki", "", date(2018, 7, 1))
    assert {"USA", "RUS"} <= countries(one(one_noun, "leaders_meeting"))


def test_a_visit_named_by_a_compound_takes_the_one_foreign_place_of_the_sentence() -> None:
    e = one(
        run("Rockets Hit Airbase In Iraq Hosting U.S. Troops, 2 Days Before Pope Visit"),
        "state_visit",
    )
    assert (countries(e, "visitor"), countries(e, "location"), e.status) == (
        {"VAT"},
        {"IRQ"},
        "planned",
    )
    e = one(run("At Least 20 Dead From Delhi Riots During Trump Trip"), "state_visit")
    assert (countries(e, "visitor"), countries(e, "location"), e.status) == (
        {"USA"},
        {"IND"},
        "occurred",
    )
    e = one(run("Security tight in Manila ahead of Obama visit"), "state_visit")
    assert (countries(e, "location"), e.status) == ({"PHL"}, "planned")
    e = one(run("Trump's Asia tour begins in Tokyo"), "state_visit")
    assert countries(e, "location") == {"JPN"}


def test_a_compound_visit_without_one_foreign_destination_is_none() -> None:
    assert not of_type(run("Trump's trip to Florida cost millions"), "state_visit")
    assert not of_type(run("The Pope's visit drew huge crowds"), "state_visit")
    assert not of_type(run("Chinese officials made a site visit to the plant"), "state_visit")
    assert not of_type(
        run("She hopes this trip will pave the way for exchanges with doctors in Cuba."),
        "state_visit",
    )
    assert not of_type(run("Iran, Gay Rights Shadow Pope's Historic US Tour"), "state_visit")
    said = "The aim of President Juncker's visit is to ease tension, Ms. Malmstrom told reporters in Brussels."
    assert not of_type(run(said), "state_visit")


def test_a_title_with_a_word_before_it_takes_the_nationality() -> None:
    # corpus allsides-1468: "Vice Premier", "Trade Representative" after the nationality
    ev = run(
        "Talks",
        "Chinese Vice Premier Liu He is scheduled to visit Washington from Jan. 30-31 to meet "
        "U.S. Trade Representative Robert Lighthizer.",
        date(2019, 1, 24),
    )
    visit = one(ev, "state_visit")
    assert (countries(visit, "visitor"), countries(visit, "location")) == ({"CHN"}, {"USA"})
    assert [a.name for a in visit.actors if a.role == "visitor"] == ["Liu He"]
    assert {"CHN", "USA"} <= countries(one(ev, "leaders_meeting"))
    # corpus allsides-2109: the vice premier is the visiting side of the White House meeting
    met = run(
        "Talks",
        "Speaking to reporters at the White House at the start of a meeting with Chinese Vice "
        "Premier Liu He, Trump said some of the tougher points of a deal had been agreed but "
        "there were still differences to be bridged.",
        date(2019, 4, 5),
    )
    assert countries(one(met, "leaders_meeting")) == {"CHN", "USA"}


def test_a_lower_case_portfolio_minister_with_a_nationality_is_a_party() -> None:
    # unseen-D u245: "French finance minister Herve Gaymard ... his German counterpart"
    ev = run(
        "Europe asks Asia for euro help",
        '"Asia should engage in greater currency flexibility," said French finance minister '
        "Herve Gaymard, after a meeting with his German counterpart Hans Eichel.",
    )
    assert countries(one(ev, "leaders_meeting")) == {"DEU", "FRA"}


def test_a_portfolio_title_without_a_nationality_names_no_party() -> None:
    # corpus allsides-1729: "Treasury Secretary Steven Mnuchin and Trade Representative
    # Robert Lighthizer" name no country; the visit stays that of the "U.S. delegates"
    ev = run(
        "Talks",
        "U.S. delegates including Treasury Secretary Steven Mnuchin and Trade Representative "
        "Robert Lighthizer arrived in Shanghai to begin another round of talks with their "
        "Chinese counterparts.",
        date(2019, 7, 30),
    )
    visit = one(ev, "state_visit")
    assert (countries(visit, "visitor"), countries(visit, "location")) == ({"USA"}, {"CHN"})
    assert all(a.country for a in visit.actors)
