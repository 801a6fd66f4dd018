"""Council-system pages that print the decision above the debate, elections led by the eldest member, and votes
told in a few words (examples invented, in the layouts of SessionNet item pages and town minutes)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp(rules_nlp):
    return rules_nlp


def _decisions(doc):  # noqa: ANN001, ANN202
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no) for d in doc._.decisions]


RESOLUTION_ON_TOP = (
    "Beschluss: ungeändert beschlossen\n\n"
    "1.       Die Fachausschüsse werden mit je elf stimmberechtigten Mitgliedern besetzt.\n\n \n\n"
    "2.       Den Fraktionen steht es frei, für die Fachausschüsse auch sachkundige Einwohner zu benennen.\n\n \n\n"
    "Abstimmungsergebnis:                 einstimmig\n\n \n\n"
    "Bürgermeisterin Haverkamp erläutert die Sitzungsvorlage 12/2024.\n\n \n\n"
    "Ratsherr Albers teilt mit, dass sich die Fraktionen vorab auf die Größe der Ausschüsse verständigt hätten.\n\n \n\n"
    "Es gibt keine weiteren Wortmeldungen.\n\n \n\n"
    "Anschließend fasst der Rat folgenden Beschluss:\n"
)


def test_status_resolution_and_result_above_the_debate_are_one_record(nlp) -> None:  # noqa: ANN001
    doc = nlp(RESOLUTION_ON_TOP)
    (d,) = doc._.decisions  # not the result line and the closing announcement as two more
    assert (d._.outcome, d._.unanimous) == ("accepted", True)
    assert d.text.startswith("1.       Die Fachausschüsse")
    assert d._.status_text == "Beschluss: ungeändert beschlossen"
    assert [t._.speaker for t in doc._.turns] == ["Haverkamp", "Albers"]


def test_bare_unanimity_in_the_page_head_is_the_status_of_the_vote_below(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Beschluss: einstimmig\n\n"
        "Bürgermeister Kolbe bittet um Vorschläge für den Vorsitz im Rechnungsprüfungsausschuss.\n\n"
        "Ratsfrau Wendt schlägt Ratsherrn Brunke vor.\n\n"
        "Der Rat wählt durch Handzeichen einstimmig Ratsherrn Brunke zum Vorsitzenden des Rechnungsprüfungsausschusses.\n"
    )
    (d,) = doc._.decisions
    assert d.text.startswith("Der Rat wählt")
    assert d._.status_text == "Beschluss: einstimmig"


def test_ballots_handed_out_is_no_decision(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Herr Lenz schlägt Frau Gerber vor.\n\n"
        "Die Stimmzettel werden ausgefüllt und verteilt.\n\n"
        "Die Wahlurne wird versiegelt.\n\n"
        "Auf Frau Gerber entfielen 9 Stimmen, auf Herrn Ott 4 Stimmen. Somit ist Frau Gerber gewählt.\n"
    )
    assert [d.text[:12] for d in doc._.decisions] == ["Auf Frau Ger"]


def test_slash_tally_after_a_vote_label_naming_the_motion(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Herr Jonas Wirth stellt für die FDP-Fraktion den Antrag, die Bürgerbefragung online durchzuführen.\n\n"
        "Frau Petra Lange hält eine Befragung in den Wahllokalen für verlässlicher.\n\n"
        "Abstimmung zum Antrag der FDP-Fraktion: 14/11, mehrheitlich angenommen\n"
    )
    assert _decisions(doc) == [("accepted", False, 14, 11)]


def test_dates_after_a_vote_label_are_no_tally() -> None:
    from ratsnlp.tag.votes import parse_vote

    v = parse_vote("Abstimmung zur Sitzung vom 13/12/2024: einstimmig")
    assert (v.yes, v.no) == (None, None)


def test_eldest_member_ready_to_lead_the_election_chairs_it(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Gemeindebürgermeister Thiele fragt Ratsherrn Kurt Bollmann, ob er als ältestes Ratsmitglied bereit ist, die Wahl zu leiten. "
        "Ratsherr Bollmann ist bereit, die Leitung der Sitzung zu übernehmen.\n\n"
        "Er stellt die Frage, ob es Vorschläge gibt.\n\n"
        "Ratsherr Ahrens schlägt für die SPD-Fraktion Ratsfrau Imke Seemann zur Ratsvorsitzenden vor.\n\n"
        "Ratsherr Bollmann stellt fest, dass nur ein Wahlvorschlag vorliegt und durch Handzeichen gewählt werden kann.\n\n"
        "Der Rat wählt einstimmig Ratsfrau Seemann zur Ratsvorsitzenden.\n"
    )
    roles = {t._.speaker: t._.role for t in doc._.turns}
    assert roles["Kurt Bollmann"] == "chair"
    assert roles["Ahrens"] == "council_member"


def test_a_further_motion_that_found_no_support_is_its_own_decision(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Kreisrat Heinz Kuhnert (SPD) beantragte, die Frist auf zwei Wochen zu verlängern. Dem wurde allerdings nicht zugestimmt. "
        "Allerdings fand auch der Antrag der AfD-Fraktion keine Zustimmung. "
        "Die neue Geschäftsordnung wurde danach mit 24 zu 11 Stimmen beschlossen.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["rejected", "rejected", "accepted"]
    doc = nlp(
        "Der Kreistag beriet am Montag über die neue Geschäftsordnung. Der Antrag der Linken, die Redezeit zu verlängern, wurde abgelehnt. "
        "Allerdings fand auch der Antrag der AfD-Fraktion keine Zustimmung.\n"
    )
    assert {(m._.mover, m._.outcome) for m in doc._.motions} >= {("AfD-Fraktion", "rejected")}


def test_joint_list_after_fraktion_in_an_open_apposition_is_kept_as_written(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 6 Schulwegsicherung\n\n"
        "Herr Brandl, Fraktion B 90/Grüne/UWL beantragt, den Punkt im nichtöffentlichen Teil zu beraten.\n\n"
        "Herr Siebert, Fraktion DIE LINKE, spricht sich dagegen aus.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Brandl", "B 90/Grüne/UWL"), ("Siebert", "Linke")]


def test_member_of_the_fraktion_named_after_the_name(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 3 Spielplatz Lindenhof\n\n"
        "Herr Pohl beantragt, den Spielplatz noch in diesem Jahr zu sanieren.\n\n"
        "Es wird über den Antrag von BV Pohl der Fraktion Die Linke abgestimmt: mehrheitlich abgelehnt.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Pohl", "Linke")]


def test_welcoming_a_new_member_is_the_chairs(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Herr Kessler begrüßt Herrn Yilmaz als neues stimmberechtigtes Mitglied für die SPD-Fraktion im Ausschuss und weist ihn "
        "auf seine Pflichten nach dem Bezirksverwaltungsgesetz hin.\n\n"
        "Frau Roth (CDU) fragt nach dem Zeitplan für die Sanierung der Turnhalle.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Kessler": "chair", "Roth": "council_member"}


def test_asking_the_groups_for_nominations_is_the_chairs(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Frau Roth (CDU) schlägt Herrn Lange als Vorsitzenden vor.\n\n"
        "Zunächst bittet Herr Kessler die Fraktionen um weitere Wahlvorschläge.\n"
    )
    assert {t._.speaker: t._.role for t in doc._.turns} == {"Roth": "council_member", "Kessler": "chair"}


def test_withdrawing_ones_own_motion_is_a_members_act(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 5 Anfragen und Mitteilungen\n\n"
        "Frau Brückner teilt mit, dass sie ihren Antrag (Vorlage 031/19) zurückgezogen hat. "
        "Desweiteren bemängelt sie, dass ihr Antrag zur Grundschule Moorweg nicht auf die Tagesordnung genommen wurde.\n\n"
        "Der Bürgermeister erklärt, dass die Verfahrensweise rechtmäßig sei.\n"
    )
    assert [t._.role for t in doc._.turns] == ["council_member", "mayor"]


def test_vote_table_with_column_heads_line_by_line(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Beschluss:\n\nDie Stadtvertretung wählt Frau Ilse Brandt zur zweiten stellvertretenden Stadtpräsidentin.\n\n"
        "Abstimmungsergebnis:\n\nAnzahl der\n\nMitglieder\n\nAnzahl befangener\n\nMitglieder*\n\nDavon\n\nanwesend\n\n"
        "Ja-\n\nStimmen\n\nNein-\n\nStimmen\n\nEnthaltungen\n\n19\n\n0\n\n16\n\n11\n\n4\n\n1\n\n"
        "*Mitwirkungsverbot nach der Kommunalverfassung\n\nSomit ist Frau Brandt gewählt.\n"
    )
    assert _decisions(doc) == [("accepted", False, 11, 4)]
    assert doc._.decisions[0]._.abstain == 1


def test_not_elected_is_a_rejection(nlp) -> None:  # noqa: ANN001
    doc = nlp("Auf den Kandidaten, Herrn Olaf Kühn, entfallen 7 Ja- und 7 Nein-Stimmen.\n\nSomit ist Herr Kühn nicht gewählt.\n")
    assert [d._.outcome for d in doc._.decisions] == ["rejected"]


def test_labelled_counts_far_from_their_labels(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Herr Albers fragt, wer damit einverstanden ist, dass die Dringlichkeitsvorlage auf die Tagesordnung kommt.\n\n"
        "Abstimmungsergebnis:\n\nJa-Stimmen:                            19\n\nNein-Stimmen:                2\n\n"
        "Enthaltungen:                              1\n"
    )
    d = doc._.decisions[0]
    assert (d._.yes, d._.no, d._.abstain) == (19, 2, 1)


def test_article_after_a_name_is_no_particle_but_romance_particles_join_surnames(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 2 Niederschrift\n\n"
        "Beim Protokoll der 12. Sitzung wird von BD Werner der Einwand erhoben, sein Beitrag fehle.\n\n"
        "Abschließend teilt der stellvertr. Vorsitzende mit, den Einwand an das Büro weiterzuleiten.\n\n"
        "Herr Abreu de Sousa beantragt die Vertagung.\n\n"
        "Frau Anna van der Berg (SPD) unterstützt das.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Werner", "der stellvertr. Vorsitzende", "Abreu de Sousa", "Anna van der Berg"]
    assert doc._.turns[1]._.role == "chair"


def test_speaker_after_the_colon_of_an_item_header_opens_a_turn(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Niederschrift Ortschaftsrat Lindau\n\n"
        "TOP 4 – Sachstandsberichte: OV Brückner teilt mit, dass zur Buswendeschleife noch keine Antwort vorliege. Er fragt erneut nach.\n\n"
        "TOP 5: Herr Kahle (FW) fragt nach dem Stand der Baumpflanzungen.\n"
    )
    assert [(t._.speaker, t.text[:9]) for t in doc._.turns] == [("Brückner", "OV Brückn"), ("Kahle", "Herr Kahl")]


def test_role_noun_with_its_abbreviation_in_brackets_before_the_name(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Punkt eins – Eröffnung und Begrüßung: Ortsvorsteher (OV) Brückner eröffnet die Sitzung und begrüßt die Mitglieder.\n\n"
        "Die Ortschaftsrätin Frau Dr. Seidel und der Ortschaftsrat Herr Lorenz fehlen entschuldigt.\n\n"
        "OV Brückner teilt mit, dass die Bänke am Dorfteich erneuert werden.\n"
    )
    turns = [(t._.speaker, t._.role, t.text[:10]) for t in doc._.turns]
    assert turns == [("Brückner", "mayor", "Ortsvorste"), ("Brückner", "mayor", "OV Brückne")]  # the absence is no turn


def test_a_group_position_stated_in_the_turn_gives_the_speakers_party(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 7 Zuschuss Heimatverein\n\n"
        "Herr Brandes erklärt, die CDU-Fraktion beantrage einen geringeren Zuschuss von 3.000 Euro.\n\n"
        "Frau Wolter weist darauf hin, dass es Gründe gebe, aufgrund derer die Fraktion B’90/Die Grünen dem Vorschlag nicht zustimmen werde.\n\n"
        "Herr Kruse stellt fest, dass die Beratung schon einmal verschoben wurde. Die WGL kann dem Antrag jedoch nicht folgen.\n\n"
        "Herr Pape kritisiert, die SPD-Fraktion habe den Antrag im Ausschuss blockiert.\n\n"
        "Frau Lüders teilt mit, dass die Prioritätenliste in der nächsten Sitzung beschlossen wird.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [
        ("Brandes", "CDU"), ("Wolter", "Grüne"), ("Kruse", "WGL"), ("Pape", None), ("Lüders", None)
    ]


def test_many_kreisraete_in_debate_are_members(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Niederschrift über die 3. Sitzung des Kreistags\n\n"
        "Kreisrat Eberle führt aus, dass sich seine Fraktionsgemeinschaft intensiv mit dem Antrag befasst habe.\n\n"
        "Kreisrätin Maier unterbreitet den Vorschlag, die Zahl der Ausschusssitze an die Größe des Kreistags zu koppeln.\n\n"
        "Kreisrat Vogt, Republikaner, lehnt den Antrag ab.\n\n"
        "Kreisrat Dr. Hummel weist nochmals darauf hin, dass der Kreistag um sieben Mitglieder gewachsen ist.\n"
    )
    assert {t._.role for t in doc._.turns} == {"council_member"}
    assert doc._.turns[2]._.party == "Republikaner"


def test_the_same_noting_line_for_three_items_is_three_decisions(nlp) -> None:  # noqa: ANN001
    line = "Der Ausschuss nimmt die Drucksache zur Kenntnis.\n"
    doc = nlp("Protokoll\n" + line * 3 + "Der Ausschuss empfiehlt der Bezirksversammlung einstimmig, 8.000 Euro bereitzustellen.\n")
    assert [d._.outcome for d in doc._.decisions] == ["noted", "noted", "noted", "accepted"]
    doc = nlp("Protokoll\n" + line * 2)
    assert [d._.outcome for d in doc._.decisions] == ["noted"]  # twice in a row: an export artifact, one decision


def test_counts_with_a_space_after_the_hyphen_and_a_majority_not_reached(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Es folgt die Abstimmung zum Antrag von Frau Lenz:\n\nAbstimmungsergebnis:\n\n"
        "Ja- Stimmen:                             2\n\nNein- Stimmen:              7\n\nEnthaltungen:                            1\n"
    )
    assert _decisions(doc) == [("rejected", False, 2, 7)]
    doc = nlp(
        "Herr Kühl (SPD) beantragt, den Punkt zusätzlich aufzunehmen.\n\n"
        "Abstimmung: Die CDU-Fraktion stimmt als einzige Fraktion nicht dafür, so dass die erforderliche Mehrheit nicht zustande kommt.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["rejected"]


@pytest.mark.parametrize(
    "act",
    [
        "Herr Nelkner führt auf Nachfragen von Frau Ott und Herrn Brandt aus, dass der Platz im Frühjahr gepflastert wird.",
        "Herr Nelkner bejaht die Frage von Frau Ott.",
        "Herr Nelkner stellt in Aussicht, mögliche Standorte für eine Ladesäule zu prüfen.",
        "Herr Nelkner empfiehlt dem Wirtschaftsausschuss, die Preise für die Strandkörbe stabil zu halten.",
    ],
)
def test_staff_by_what_they_do(nlp, act: str) -> None:  # noqa: ANN001
    doc = nlp(f"TOP 4 Marktplatz\n\nFrau Ott (SPD) fragt, wann der Marktplatz gepflastert wird.\n\n{act}\n")
    assert [t._.role for t in doc._.turns] == ["council_member", "administration"]


def test_a_report_lead_gets_the_tally_told_later_and_a_unanimous_vote_after_it_is_its_own(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Keine Sperrung der Lindenstraße\n\n"
        "Die Gemeindevertretung Eichhorst hat am Montagabend den Antrag der Wählergemeinschaft Eichhorst (WGE) abgelehnt, "
        "die Lindenstraße für Lastwagen zu sperren.\n\n"
        "„Jeden Morgen rollen hier Lkw an der Schule vorbei“, sagte WGE-Sprecherin Doris Kühn.\n\n"
        "Am Ende stimmten fünf Gemeindevertreter für den Antrag, acht dagegen.\n\n"
        "Einstimmig bei einer Enthaltung beschloss die Gemeindevertretung anschließend auf Antrag der SPD, eine Verkehrsschau zu beantragen.\n"
    )
    assert _decisions(doc) == [("rejected", False, 5, 8), ("accepted", True, None, 0)]
    assert [(m._.mover, m._.outcome) for m in doc._.motions] == [("Wählergemeinschaft Eichhorst", "rejected"), ("SPD", "accepted")]


def test_only_the_group_voted_for_it(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Der Stadtrat hat am Donnerstag den Antrag der AfD-Fraktion abgelehnt, den Marktplatz mit Kameras zu überwachen.\n\n"
        "Am Ende stimmten nur die sechs Stadträte der AfD für den Antrag, 25 votierten dagegen, einer enthielt sich.\n"
    )
    assert _decisions(doc) == [("rejected", False, 6, 25)]


def test_a_condition_put_in_debate_is_no_decision(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Abg. Ritter (SPD):\nWir beantragen die Überweisung in den Schulausschuss.\n\n"
        "Abg. Nolte (GRÜNE):\nWenn überwiesen wird, dann bitte mit dem klaren Ziel, dass der Ausschuss bis März berät. "
        "Sonst ist das nächste Schuljahr nicht mehr zu schaffen.\n\n"
        "Kreistagsvorsitzender Lange:\nWer der Überweisung zustimmt, den bitte ich um das Handzeichen. – Gegenstimmen? –\n\n"
        "Beschluss:\nDer Antrag wird in den Schulausschuss überwiesen.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["referred"]


def test_a_local_lists_acronym_before_a_group_noun_is_the_party(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "„Jeden Morgen rollen hier Lastwagen vorbei“, sagte WGH-Fraktionschefin Birte Jöns.\n\n"
        "UWG-Stadtrat Peter Ahl widersprach.\n\nBUND-Mitglied Karla Senf meldete sich aus dem Publikum.\n"
    )
    assert [t._.party for t in doc._.turns] == ["WGH", "UWG", None]


def test_the_body_of_a_town_is_no_speaker(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Stadtrat sagt Ja zum Sozialticket\n\n"
        "Der Stadtrat von Kalbenau hat am Donnerstagabend den Antrag der Fraktion DIE LINKE zur Einführung eines Sozialtickets angenommen.\n\n"
        "„Mobilität ist Teilhabe“, begründete Fraktionsvorsitzende Katrin Weißbach (DIE LINKE) den Antrag.\n\n"
        "Am Ende stimmten 21 Stadtratsmitglieder für den Antrag, 12 dagegen, zwei enthielten sich.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Katrin Weißbach"]
    assert _decisions(doc) == [("accepted", False, 21, 12)]


def test_the_systems_count_table_under_the_sentence_with_the_same_tally_is_that_vote(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Die Präsidentin lässt über den Verweisungsantrag abstimmen.\n\n"
        "Die Stadtvertretung verweist den Antrag mit 17 Ja-Stimmen, 6 Nein-Stimmen und 2 Enthaltungen in den Bauausschuss.\n\n"
        "Abstimmungsergebnis:\nGesetzliche Anzahl der Mitglieder: 27\ndavon anwesend: 25\nJa-Stimmen: 17\nNein-Stimmen: 6\nEnthaltungen: 2\n"
    )
    assert _decisions(doc) == [("referred", False, 17, 6)]


def test_a_voted_groups_motion_takes_its_kind_from_its_own_clause(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "Bericht\n\nEinen Antrag der CDU, die Entscheidung zunächst in den Bauausschuss zu verweisen, "
        "lehnte die Gemeindevertretung mit 9:14 Stimmen ab.\n"
    )
    assert [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions] == [("refer", "CDU", "rejected")]


def test_a_member_rejecting_in_the_passive_speaks(nlp) -> None:  # noqa: ANN001
    doc = nlp(
        "TOP 5 Lärmschutz\n\nHerr Lenz (SPD) schlägt vor, dem Antrag der FDP beizutreten.\n\n"
        "Dies wird von Herrn Breidenbach abgelehnt.\n\nDer Antrag von Herrn Kahl wird abgelehnt.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Lenz", "Breidenbach"]
    assert [d._.outcome for d in doc._.decisions] == ["rejected"]
