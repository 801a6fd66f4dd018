"""The real-minutes classes handled in release 8 (data/annotated/README.md, "(8)"), one invented case each.

Decisions: a council system's status header whose resolution stands under its own "Beschluss:" label after the
debate, an empty status field over a count line, the status written as an adjective ("ablehnend beschlossen",
"Einstimmiger Beschluss"), a majority found or not in a report ("fand sich keine Mehrheit", "Eine Mehrheit gab es für").
Turns: the subject of a fronted clause ("Nachdem der Bürgermeister …, fragt X") is not the
speaker; one who leaves the room as befangen, declines to comment, renounces a seat or stayed away says nothing, and
neither does "er" in such a sentence. Roles: a turn that opens with the office ("Aus der
Verwaltung erläutert Herr X") is staff's; the agent "von der Bürgermeisterin" speaks; a party's member noun before a name ("Der Grüne Jan X") describes the
speaker and gives the party; an office after the name whose closing comma is left out ("Rolf X, SPD-Fraktionsvorsitzender
begründete"); a bullet's dash glued to the speaker's noun at a line start. Invented text only."""

from __future__ import annotations


def _decisions(doc):
    return [(d._.outcome, d._.unanimous, d._.yes, d._.no, d._.abstain) for d in doc._.decisions]


def test_the_resolution_under_its_label_after_the_debate_is_the_record_the_header_reports(nlp):
    doc = nlp(
        "Beschluss: ablehnend beschlossen\n\nAbstimmung: Ja: 3, Nein: 13, Enthaltungen: 1\n\n"
        "Frau Lorenz eröffnet den Tagesordnungspunkt und erteilt dem Antragsteller das Wort.\n\n"
        "Herr Brandt erläutert, dass aus Sicht seiner Fraktion ein Betrieb des Hallenbades ohne Lehrschwimmbecken nicht möglich sei.\n\n"
        "Da keine weiteren Wortmeldungen vorliegen, bittet Frau Lorenz um Abstimmung.\n\n"
        "Beschluss:\n\nZur Sanierung des Lehrschwimmbeckens erhält der Förderverein einen Zuschuss von 40.000 Euro.\n"
    )
    assert _decisions(doc) == [("rejected", False, 3, 13, 1)]
    record = doc._.decisions[0]
    assert record.text.startswith("Beschluss:\n\nZur Sanierung")
    assert record._.status_text == "Beschluss: ablehnend beschlossen Abstimmung: Ja: 3, Nein: 13, Enthaltungen: 1"
    assert [t._.speaker for t in doc._.turns] == ["Lorenz", "Brandt", "Lorenz"]


def test_an_empty_status_field_over_the_count_line_reports_the_resolution_below_the_debate(nlp):
    doc = nlp(
        "Beschluss: Abstimmungsergebnis:\n\nAbstimmung: Ja: 11, Nein: 0\n\nSachverhalt:\n\n"
        "Herr Albers schlägt vor, am Nordeingang des Friedhofs eine zweite Urnenwand zu errichten.\n\n"
        "Beschluss:\n\nEs wird eine zweite Urnenwand mit 60 Kammern\n\n  • am Nordeingang und\n  • am neuen Grabfeld\n\nhergestellt.\n"
    )
    assert _decisions(doc) == [("accepted", True, 11, 0, 0)]
    assert doc._.decisions[0].text.startswith("Beschluss:\n\nEs wird eine zweite Urnenwand")


def test_a_header_over_a_debate_with_two_resolution_labels_stays_where_it_is(nlp):
    doc = nlp(
        "Beschluss: einstimmig beschlossen\n\n"
        "Herr Brandt erläutert die Vorlage.\n\nBeschluss:\n\nDie Verwaltung legt im Herbst einen Bericht über den Radweg vor.\n\n"
        "Frau Lorenz fragt nach den Kosten.\n\nBeschluss:\n\nDer Bericht nennt auch die Kosten der Beleuchtung am Radweg.\n"
    )
    assert [d.text.split("\n", 1)[0] for d in doc._.decisions] == ["Beschluss: einstimmig beschlossen"]


def test_an_adjective_status_and_label_over_the_resolution_are_one_record(nlp):
    doc = nlp(
        "Beschluss: Einstimmiger Beschluss\n\nEinstimmiger Beschluss:\n\n \n\n"
        "Die Verwaltung verhandelt mit dem Netzbetreiber über eine Ausweitung der Ausbaugebiete.\n\n"
        "Von Herrn Brandt wird auf das bisherige Verfahren eingegangen.\n"
    )
    assert _decisions(doc) == [("accepted", True, None, 0, 0)]
    assert "Die Verwaltung verhandelt" in doc._.decisions[0].text


def test_the_subject_of_a_fronted_clause_is_not_the_one_who_speaks(nlp):
    doc = nlp(
        "3. Bauantrag Solarpark\n\nNachdem der Bürgermeister die Vorlage erläutert hat, fragt Gemeindevertreter Jens Ottsen nach den Kosten.\n\n"
        "Nachdem Frau Brandt die Planung vorgestellt hat, betont sie die Eile.\n"
    )
    assert [(t._.speaker, t._.role) for t in doc._.turns] == [("Jens Ottsen", "council_member"), ("Brandt", "council_member")]


def test_one_who_leaves_the_room_as_befangen_before_the_chair_opens_the_item_says_nothing(nlp):
    doc = nlp(
        "3. Bauantrag Solarpark\n\nBevor der Vorsitzende den Tagesordnungspunkt eröffnet, verlässt Gemeindevertreter Jens Ottsen "
        "als befangen den Sitzungsraum.\n\nVorsitzender Hansen erläutert den Sachverhalt.\n\n"
        "Herr Brandt erklärt noch einmal die wesentlichen Punkte der Planung.\n"
    )
    assert [t.text.split()[0] for t in doc._.turns] == ["Vorsitzender", "Herr"]
    assert doc._.turns[0]._.role == "chair"


def test_a_majority_not_found_for_it_and_a_majority_there_was_for_the_next(nlp):
    doc = nlp(
        "Haushalt\n\nHerr Krause (CDU) stellte nach einer Sitzungspause einen Gegenvorschlag vor. Für diesen fand sich jedoch keine Mehrheit.\n\n"
        "Frau Lenz (SPD) lobte den Entwurf. Ebenfalls eine Mehrheit gab es dann für die Änderung des Stellenplans 2021.\n"
    )
    assert [(d._.outcome, d.text.split()[0]) for d in doc._.decisions] == [("rejected", "Für"), ("accepted", "Ebenfalls")]
    assert [t._.speaker for t in doc._.turns] == ["Krause", "Lenz"]


def test_a_turn_that_opens_with_the_office_is_staffs_but_not_an_office_named_later(nlp):
    def roles(opening: str) -> list[str]:
        doc = nlp(f"2. Kita Nord\n\nFrau Lürken (CDU) begründet den Antrag.\n\n{opening} die Stellungnahme des Fachbereichs.\n")
        return [t._.role for t in doc._.turns]

    assert roles("Aus der Verwaltung erläutert Herr Glasmann") == ["council_member", "administration"]
    assert roles("Seitens des Bauamtes erläutert Herr Glasmann") == ["council_member", "administration"]
    assert roles("Herr Glasmann fragt nach. Von der Verwaltung wird zugesagt, man prüfe") == ["council_member", "council_member"]


def test_the_dative_of_a_womans_office_after_von_is_the_agent_who_speaks(nlp):
    doc = nlp(
        "1. Mitteilungen\n\nDie Mitteilungen werden von der Bürgermeisterin vorgetragen. Sie weist auf das Stadtfest hin.\n\n"
        "2. Anfragen\n\nHerr Lenz (SPD) lobt den Brief von der Bürgermeisterin.\n"
    )
    assert [(t.text.split()[0], t._.role) for t in doc._.turns] == [("Die", "mayor"), ("Herr", "council_member")]


def test_a_party_members_noun_before_the_name_describes_the_speaker(nlp):
    doc = nlp(
        "Haushalt\n\nDie Fraktion der SPD lehnte den Haushalt ab. Der Grüne Klaus Hoffmann sprach von einem Armutszeugnis. "
        "Der Bündnisgrüne Jan Ott sprach von Mut.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Klaus Hoffmann", "Grüne"), ("Jan Ott", "Grüne")]


def test_an_office_after_the_name_without_its_closing_comma_then_the_verb(nlp):
    doc = nlp("Haushalt\n\nDer Rat tagte am Montag. Rolf Lang, SPD-Fraktionsvorsitzender begründete die Ablehnung.\n")
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Rolf Lang", "SPD")]
    doc = nlp("Haushalt\n\nDer Rat tagte am Montag. Rolf Lang, Anwohner Schulstraße 4 hatte sich angemeldet.\n")
    assert doc._.turns == []


def test_declining_to_comment_renouncing_a_seat_and_staying_away_are_no_turns(nlp):
    doc = nlp(
        "Wahlprüfung\n\nDie Juristen prüfen das weitere Vorgehen, sagte Fraktionssprecherin Reuten. Hubert Ulrich selbst äußerte "
        "sich nicht. Er war der Sitzung am Abend unentschuldigt ferngeblieben. Die Abgeordnete Eva Roth hat auf ihr Mandat "
        "verzichtet. Herr Ott wollte sich dazu nicht äußern. Frau Lenz äußerte sich nicht zufrieden mit dem Verfahren.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Reuten", "Lenz"]


def test_a_bullets_dash_glued_to_the_speakers_noun_at_a_line_start(nlp):
    doc = nlp(
        "Radweg Burgfeld\n\nDie Ortsbegehung hat vor der Sitzung stattgefunden.\n\n"
        "-Ortsbeiratsmitglied Fleck erläutert die rechtliche Situation; er schlägt Hinweisschilder vor.\n\n"
        "-Herr Lenz unterstützt den Antrag. Die SPD-Fraktionsvorsitzende stimmt zu.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns][:2] == [("Fleck", None), ("Lenz", None)]
    assert doc._.turns[2]._.party == "SPD"  # (a compound's hyphen inside a line is no bullet)


def test_after_the_body_as_subject_a_dative_noun_after_the_second_verb_is_no_speaker(nlp):
    doc = nlp(
        "Beschluss:\n\nDer Bau- und Wegeausschuss begrüßt grundsätzlich das Vorhaben und empfiehlt der GV, einen Planer zu beauftragen.\n\n"
        "Vorsitzender Hansen erläutert den Sachverhalt.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Hansen"]
    assert [d._.outcome for d in doc._.decisions] == ["accepted"]


def test_one_elected_after_an_apposition_with_the_party_is_a_decision_not_a_turn(nlp):
    doc = nlp(
        "Konstituierende Sitzung\n\nDer Kreistag trat am Montag zusammen. Der bisherige Kreistagsvorsitzende, Fred Menge, von der "
        "CDU wurde erneut zum Vorsitzenden gewählt. Der Vorsitzende, Herr Ott, ist dagegen.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Ott"]
    assert [d.text.split(",")[0] for d in doc._.decisions] == ["Der bisherige Kreistagsvorsitzende"]


def test_the_head_of_a_bremen_district_office_chairs_the_beirat(nlp):
    doc = nlp(
        "Beirat Burglesum\n\nZu Beginn teilte Ortsamtsleiter Heiko Dornstedt mit, dass die Sitzung verlegt wird. "
        "Frau Roth (CDU) fragte nach.\n"
    )
    assert [t._.role for t in doc._.turns] == ["chair", "council_member"]


def test_the_publishers_own_member_takes_the_party_its_first_line_names(nlp):
    doc = nlp(
        "SPD Ortsverein Lindenau-Süd\n\nOrtsbeirat kompakt\n\nDie Verwaltung stellte die Pläne für den Spielplatz vor. "
        "Unser Ortsbeiratsmitglied Sevgi Arslan nannte das enttäuschend. Herr Brück (CDU) sah das anders.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Sevgi Arslan", "SPD"), ("Brück", "CDU")]
    doc = nlp(
        "Bürger für Hainbach (BfH) – Aktuelles\n\nFür uns hat Stadtverordneter Lukas Hahn den Antrag unterstützt. "
        "Stadtverordnete Nina Albrecht vermisste eine Kostenschätzung.\n"
    )
    assert [(t._.speaker, t._.party) for t in doc._.turns] == [("Lukas Hahn", "BfH"), ("Nina Albrecht", None)]


def test_the_bylines_author_says_what_the_ich_sentences_report(nlp):
    doc = nlp(
        "Bürger für Hainbach (BfH) – Aktuelles\n\nBericht aus der Stadtverordnetenversammlung\nVon Karin Seibold, Fraktionsvorsitzende\n\n"
        "Haushalt 2026\n\nBürgermeister Peter Kraus (SPD) brachte den Entwurf ein.\n\n"
        "Ich habe für unsere Fraktion deutlich gemacht, dass wir den Griff in die Rücklage für kurzsichtig halten.\n\n"
        "Ich bin gespannt auf die Beratungen im Januar.\n"
    )
    turns = [(t._.speaker, t._.role, t._.party) for t in doc._.turns]
    assert turns == [("Peter Kraus", "mayor", "SPD"), ("Karin Seibold", "council_member", "BfH")]
    assert doc._.turns[1].text.startswith("Ich habe")


def test_a_konjunktiv_statement_after_a_quote_is_the_next_speakers_not_a_das_sagte(nlp):
    doc = nlp(
        "Baugebiet Nord\n\nCDU-Fraktionschef Hinrich Ostermann begründete den Antrag seiner Fraktion. "
        "„Sonst bauen wir das Problem gleich mit“, sagte Ostermann.\n\n"
        "Das sei ein reiner Schauantrag, warf Ratsherr Dennis Wübbe (SPD) der CDU vor.\n"
    )
    assert [(t._.speaker, t.text.split()[0]) for t in doc._.turns] == [("Hinrich Ostermann", "CDU-Fraktionschef"), ("Dennis Wübbe", "Das")]


def test_a_view_with_its_adjective_fronted_and_praise_that_came_from_someone(nlp):
    doc = nlp(
        "Sporthalle\n\nStadtrat Karl Dannecker (FW) fragte nach den Kosten. Bürgermeister Held antwortete. "
        "Unverständlich fand es Dannecker, dass die Belegung noch nicht geklärt sei. "
        "Ausdrückliches Lob kam dagegen von Thomas Wirtz, der die Planung lobte.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Karl Dannecker", "Held", "Karl Dannecker", "Thomas Wirtz"]


def test_a_suggestion_the_resolution_adopts_in_inflected_words_is_a_motion(nlp):
    doc = nlp(
        "TOP 3: Erweiterung der Kita\n\nGV Jan Reimers (Grüne) regte an, auf dem Flachdach des Anbaus eine Solaranlage vorzusehen.\n\n"
        "Bürgermeisterin Thomsen hielt die Anregung für sinnvoll.\n\nBeschluss:\nDie Gemeindevertretung beschließt die Erweiterung "
        "der Kita mit der Maßgabe, auf dem Anbau eine Solaranlage vorzusehen.\nAbstimmungsergebnis: einstimmig\n"
    )
    assert [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions] == [("amendment", "Jan Reimers", "accepted")]
    assert [t._.motion_relation for t in doc._.turns] == ["moves", "supports"]


def test_er_after_a_woman_presents_a_draft_is_the_draft_not_the_man_named_before(nlp):
    doc = nlp(
        "Mitteilungen\n\nBürgermeister Heiner Lohmann informierte über die Turnhalle.\n\nRadverkehrskonzept\n\n"
        "Frau Evers vom Fachbereich Mobilität stellte den Entwurf des Konzepts vor. Er sieht in drei Stufen neue Radwege vor.\n\n"
        "Herr Tewes (SPD) lobte den Entwurf.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Heiner Lohmann", "Evers", "Tewes"]
    assert doc._.turns[1].text.endswith("neue Radwege vor.")


def test_staff_who_find_the_motions_running_costs_acceptable_support_it(nlp):
    doc = nlp(
        "Antrag der Grünen-Fraktion: Trinkwasserbrunnen in der Innenstadt\n\n"
        "Ratsfrau Lea Buschmann (Grüne) begründete den Antrag. Bei Hitze brauche die Innenstadt kostenloses Wasser.\n\n"
        "Kämmerer Dirk Sauerland hielt die Folgekosten von rund 4.000 Euro je Brunnen und Jahr für vertretbar.\n\n"
        "Der Antrag wurde einstimmig angenommen.\n"
    )
    assert [t._.motion_relation for t in doc._.turns] == ["supports", "supports"]  # (the title moves it; its presenter supports)


def test_the_council_voting_for_or_against_with_the_verb_first_and_an_election_accepted_after_the_verb(nlp):
    doc = nlp(
        "Hundesteuer\n\nHerr Krause (CDU) lobte die Vorlage. Letztendlich stimmte der Rat für die Anhebung der Hundesteuer. "
        "Am Ende stimmte der Gemeinderat gegen den Antrag der SPD. Auf Nachfrage nahm auch Herr Gaus die Wahl an. "
        "Herr Ott (SPD) bedauerte das.\n"
    )
    assert [d._.outcome for d in doc._.decisions] == ["accepted", "rejected"]
    assert [t._.speaker for t in doc._.turns] == ["Krause", "Ott"]


def test_a_groups_motion_on_the_agenda_and_sides_taken_in_other_words(nlp):
    doc = nlp(
        "SPD-Ratsfraktion Wiesenau\n\nAuf der Tagesordnung der Ratssitzung stand der Antrag der SPD-Fraktion, fünf Trinkbrunnen "
        "aufzustellen.\n\nRatsherr Hinrich Köhler (CDU) warnte vor den Folgekosten.\n\n"
        "Kritisch äußerte sich auch Ratsfrau Eva Roth (FDP). Die Brunnen seien im Winter ein Ärgernis.\n\n"
        "Bürgermeister Lorenzen erklärt, ein eigener Brunnen am Markt sei daneben nicht nötig.\n\n"
        "Anschließend stimmte der Rat mit 19 zu 14 Stimmen für den Antrag.\n"
    )
    assert [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions] == [("main", "SPD-Fraktion", "accepted")]
    assert [t._.motion_relation for t in doc._.turns] == ["opposes", "opposes", "opposes"]


def test_one_who_sees_no_reason_to_wait_opposes_the_postponement(nlp):
    doc = nlp(
        "TOP 4 Sanierung der Turnhalle\n\nGR Maier (FW) beantragt, die Entscheidung zu vertagen.\n\n"
        "GR Dr. Fink (CDU) sieht keinen Grund, länger zu warten; die Halle werde mit jedem Winter teurer.\n\n"
        "Herr Abt (SPD) sieht keinen Grund, dem Antrag nicht zuzustimmen.\n\n"
        "Der Antrag auf Vertagung wird mit 4 Ja-Stimmen, 11 Gegenstimmen und 1 Enthaltung abgelehnt.\n"
    )
    assert [t._.motion_relation for t in doc._.turns] == ["moves", "opposes", "supports"]


def test_a_body_and_its_place_on_the_first_line_over_a_system_header_is_no_speaker(nlp):
    doc = nlp(
        "Stadtrat Elsterau\n\nVorlage - DS0412/26\nBetreff: Antrag der Fraktion DIE LINKE: Kostenfreie Ausleihe in der Stadtbibliothek\n"
        "Sitzung: 26.11.2026 Stadtrat\n\nWortprotokoll:\nStadtrat Vogel (DIE LINKE) begründet den Antrag seiner Fraktion.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Vogel"]


def test_a_bare_vote_table_at_the_items_end_is_the_vote_on_its_resolution_after_a_side_vote(nlp):
    doc = nlp(
        "Beschluss:\n\nDer Werkausschuss stimmt der geänderten Tagesordnung zu.\n\n"
        "Frau Kleinfeld (LWG) stellt den Antrag, die Punkte 11 und 12 abzusetzen.\n\n"
        "Der Vorsitzende lässt über den Antrag der LWG abstimmen.\n\nStimmberechtigte: 11\n\nJa-Stimmen: 3\n\nNein-Stimmen: 8\n\n"
        "Enthaltungen: 0\n\nDer Vorsitzende stellt fest, dass der Antrag der LWG damit abgelehnt ist.\n\n"
        "Herr Ohm (SPD) dankt für die Klarstellung.\n\nStimmberechtigte: 11\n\nJa-Stimmen: 11\n\nNein-Stimmen: 0\n\nEnthaltungen: 0\n"
    )
    rows = [(d._.outcome, d._.yes, d._.no) for d in doc._.decisions]
    assert rows[0] == ("accepted", 11, 0) and doc._.decisions[0].text.startswith("Beschluss:")
    assert ("rejected", 3, 8) in rows and len(rows) == 2


def test_a_narrow_columns_break_after_herr_an_article_an_office_abbreviation_or_nach(nlp):
    doc = nlp(
        "TOP 4 Notausschuss\n\nDer Stadtrat beschließt die Bildung eines Notausschusses gem. § 51a KSVG.\nHerr\n"
        "Dr. Brück (SPD) führt aus, dass dieser Ausschuss klein bleiben solle.\nStV.\nKronenberg begründet den vorliegenden Antrag.\n"
        "Nach\nweiterer Diskussion fasst der Vorsitzende zusammen.\nDer Antrag wird auf § 35 BauGB.\nHerr Ott (CDU) fragt nach.\n"
    )
    starts = [t.text.split()[0] for t in doc._.turns]
    assert starts == ["Herr", "StV.", "Nach", "Herr"]
    assert [t._.speaker for t in doc._.turns] == ["Brück", "Kronenberg", "der Vorsitzende", "Ott"]


def test_a_plain_kreisrat_who_moves_an_amendment_makes_the_title_a_members(nlp):
    doc = nlp(
        "TOP 5 Abfallsatzung\n\nKreisrat Prof. Dr. Schultis bemängelt, dass die Gebührenkalkulation nicht vorlag.\n\n"
        "Anschließend beantragt Kreisrat Lehmann, in der Änderungssatzung den § 22 zu streichen.\n"
    )
    assert [t._.role for t in doc._.turns] == ["council_member", "council_member"]


def test_a_sentence_begun_at_a_lines_end_goes_on_below(nlp):
    doc = nlp(
        "TOP 6 Stadtwerke\n\nStV. Fuchs (SPD) fordert ein Konzept ein. Die Kosten seien zu\nhoch. Beigeordneter\n"
        "Berensmeier erklärt, dass die Stadtwerke prüfen. Die Frage geht an den Ausschuss. Abschließend\n"
        "fügt Beigeordneter Berensmeier hinzu, dass es einen Zuschuss gebe.\n"
    )
    assert [t.text.split()[0] for t in doc._.turns] == ["StV.", "Beigeordneter"]
    assert doc._.turns[1].text.endswith("Zuschuss gebe.")


def test_a_double_name_split_after_its_hyphen_and_a_report_of_the_last_meeting(nlp):
    doc = nlp(
        "TOP 3 Seniorenbeirat\n\nb) Frau Wulf- Wichmann merkt an, dass die Themen auch dort beschlossen werden.\n\n"
        "c) Der Vorsitzende hat dem Vorstand in der letzten Sitzung seinen Flyerentwurf präsentiert.\n\n"
        "d) Der Vorsitzende merkt an, die Broschüre zu verteilen.\n"
    )
    assert [(t._.speaker, " ".join(t.text.split()[:2])) for t in doc._.turns] == [
        ("Wulf-Wichmann", "Frau Wulf-"),
        ("Der Vorsitzende", "Der Vorsitzende"),
    ]
    assert doc._.turns[1].text.startswith("Der Vorsitzende merkt an")


def test_a_score_with_the_winning_side_first_is_read_by_the_outcome(nlp):
    def counts(sentence: str):
        doc = nlp(f"Kita\n\nFrau Roth (SPD) kritisierte die Gebühren. {sentence}\n")
        return [(d._.outcome, d._.yes, d._.no) for d in doc._.decisions]

    assert counts("Mit zehn zu neun Stimmen haben die Mitglieder des Ausschusses die Erhöhung abgelehnt.") == [("rejected", 9, 10)]
    assert counts("Der Ausschuss lehnte die Erhöhung mit 9 zu 10 Stimmen ab.") == [("rejected", 9, 10)]
    assert counts("Die erforderliche Zweidrittelmehrheit wurde mit 12 zu 8 Stimmen verfehlt.") == [("rejected", 12, 8)]


def test_no_objection_to_the_agenda_declared_adopted_in_the_same_sentence_is_a_decision(nlp):
    def decisions(sentence: str):
        doc = nlp(f"TOP 1 Eröffnung\n\nDie Gemeindevertretung ist beschlussfähig.\n{sentence}\nBürgermeister Herrmann ernennt Herrn Heege.\n")
        return [d._.outcome for d in doc._.decisions]

    assert decisions("Einwände gegen die Tagesordnung liegen nicht vor, sie gilt somit als genehmigt.") == ["accepted"]
    assert decisions("Einwände gegen die Tagesordnung liegen nicht vor.") == []


def test_er_after_the_floor_is_granted_by_vote_is_the_one_granted_it(nlp):
    doc = nlp(
        "TOP 4 Bürgerantrag Tempo 30\n\nDem Bürgerantragsteller, Herrn Thal, wird einstimmig Rederecht eingeräumt.\n\n"
        "Er begründet seinen Bürgerantrag und plädiert für Tempo 30.\n\nHerr Ott (CDU) fragt nach.\n\n"
        "Frau Dr. Sasse und Herr Prof. Willingmann verlassen die Sitzung.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Thal", "Ott"]


def test_the_subject_of_a_fronted_da_clause_is_not_the_one_who_chairs(nlp):
    doc = nlp(
        "TOP 1 Eröffnung\n\nDa sich Frau Schmidt im Urlaub befand, führte Frau Müller als stellvertretende Bürgermeisterin den Vorsitz.\n\n"
        "Da Herr Abt (SPD) fehlt, spricht Frau Lenz (SPD) für die Fraktion.\n"
    )
    assert [t._.speaker for t in doc._.turns] == ["Müller", "Lenz"]
