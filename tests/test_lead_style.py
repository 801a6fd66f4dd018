"""Constructions of the minutes-styles catalogue the pipeline missed (issues #8, #9), on invented text."""

from __future__ import annotations


def _turns(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(t._.speaker, t._.role) for t in nlp(text)._.turns]


def _starts(nlp, text: str) -> list[str]:
    return [t.text[:14] for t in nlp(text)._.turns]


def _decisions(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(d.text[:14], d._.outcome, d._.status_text) for d in nlp(text)._.decisions]


def test_department_after_role_noun_then_titled_name(rules_nlp):
    # "Die Fachbereichsleiterin Jugend, Frau X, ...": the titled name is the speaker, the word before her department
    text = "Die Fachbereichsleiterin Jugend, Frau Probe, erläutert die Vorlage.\nHerr Kunz fragt nach.\nFrau Probe antwortet.\n"
    assert _turns(rules_nlp, text) == [("Probe", "administration"), ("Kunz", "council_member"), ("Probe", "administration")]
    text = "Der Amtsleiter Tiefbau und Verkehr, Herr Dr. Muster, berichtet über den Stand.\nFrau Kunz fragt nach.\n"
    assert _turns(rules_nlp, text)[0] == ("Muster", "administration")
    # without commas, the name right after the department
    assert _turns(rules_nlp, "Der Fachdienstleiter Ordnung Herr Muster berichtet über die Kontrollen.\n") == [("Muster", "administration")]
    # a role noun with its name, then an object named with Frau: no apposition
    text = "Bürgermeister Probe begrüßt die Gäste. Anschließend überreicht Bürgermeister Probe Frau Kunz einen Blumenstrauß.\n"
    assert {s for s, _ in _turns(rules_nlp, text)} == {"Probe"}
    # a list of persons after a named role noun is no apposition
    text = "Ortsvorsteher Probe, Frau Kunz und Herr Muster begrüßen die Planung.\nHerr Muster fragt nach.\n"
    assert "Kunz" not in {s for s, _ in _turns(rules_nlp, text)}


def test_recommendation_status_over_the_proposal_is_the_votes_status(rules_nlp):
    # a committee page: "Ergebnis: empfohlen", the administration's Beschlussvorschlag, then the committee's own vote
    text = (
        "Ö 6   Schulentwicklungsplanung\nStatus: öffentlich\nErgebnis: empfohlen\n\nBeschlussvorschlag:\n"
        "Der Kreistag beschließt die Fortschreibung der Planung.\n\nFrau Probe erläutert die Änderungen.\n\n"
        "Der Ausschuss empfiehlt dem Kreistag mit 7 Ja-Stimmen und 2 Nein-Stimmen, die Fortschreibung zu beschließen.\n"
    )
    assert _decisions(rules_nlp, text) == [("Der Ausschuss ", "accepted", "Ergebnis: empfohlen")]
    # the status line alone above the debate: the item's one decision
    text = "TOP 3 Radweg\nErgebnis: einstimmig empfohlen\n\nHerr Probe erläutert die Vorlage.\nFrau Kunz fragt nach.\n"
    assert [(o, s) for _, o, s in _decisions(rules_nlp, text)] == [("accepted", "Ergebnis: einstimmig empfohlen")]
    # two votes of their own below the proposal stay two decisions
    text = (
        "TOP 4 Haushalt\nErgebnis: beschlossen\n\nBeschlussvorschlag:\nDer Rat beschließt den Haushalt.\n\n"
        "Herr Probe beantragt, die Mittel zu erhöhen.\n\nDer Änderungsantrag wird mit 3 Ja-Stimmen und 8 Nein-Stimmen abgelehnt.\n\n"
        "Der Rat beschließt den Haushalt mit 9 Ja-Stimmen und 2 Nein-Stimmen.\n"
    )
    assert [(o, st) for _, o, st in _decisions(rules_nlp, text)] == [("rejected", None), ("accepted", "Ergebnis: beschlossen")]


def test_pronoun_after_a_body_of_another_gender_is_the_speaker(rules_nlp):
    # "Sie" cannot be the masculine Ausschuss / Rat, nor the neuter Gremium: the woman who spoke before
    for body in ("Der Ausschuss nimmt den Bericht zur Kenntnis.", "Der Rat beschließt einstimmig die Vorlage.", "Das Gremium stimmt zu."):
        text = f"Frau Probe fragt nach den Kosten. {body} Sie regt an, die Zahlen jährlich vorzulegen.\n"
        assert _starts(rules_nlp, text) == ["Frau Probe fra", "Sie regt an, d"], body
    # "Er" is not the feminine Versammlung, nor the administration answering
    text = "Herr Muster fragt nach den Kosten. Die Versammlung beschließt die Vorlage. Er dankt für die Zustimmung.\n"
    assert _turns(rules_nlp, text) == [("Muster", "council_member")] * 2
    text = "Herr Muster fragt nach den Kosten. Die Verwaltung sagt eine Prüfung zu. Dazu merkt er an, dass es eilt.\n"
    assert len(_turns(rules_nlp, text)) == 2
    # the body named after its verb, another body in the genitive before it
    text = "Frau Probe fragt nach. Auf Empfehlung der Bezirksvertretung beschließt der Rat die Vorlage. Sie dankt allen.\n"
    assert len(_turns(rules_nlp, text)) == 2


def test_pronoun_that_fits_the_body_stays_the_body(rules_nlp):
    # gender and number fit: the body goes on acting, no turn (as before)
    for text in (
        "Herr Muster fragt nach den Kosten. Der Ausschuss nimmt den Bericht zur Kenntnis. Er bittet die Verwaltung um einen Bericht.\n",
        "Frau Probe fragt nach den Kosten. Die Bezirksvertretung nimmt den Bericht zur Kenntnis. Sie bittet um einen Bericht.\n",
        "Frau Probe fragt nach den Kosten. Einstimmig beschließt die Bezirksvertretung die Vorlage. Sie dankt der Verwaltung.\n",
        # a thing, not a speaker: no verb of saying after the pronoun
        "Frau Probe fragt nach den Kosten. Der Rat beschließt einstimmig die Vorlage. Sie wird dem Kreis vorgelegt.\n",
        # a group's reported view (Konjunktiv) is no act of the group
        "Herr Muster fragt nach den Kosten. Die AB-Fraktion halte das für teuer. Er fragt, ob es billiger geht.\n",
    ):
        assert len(_turns(rules_nlp, text)) == 1, text


def test_sentence_stating_the_chair_names_the_chair(rules_nlp):
    # copula or inverted order: no turn of its own; the next "Er"/"Sie" is the chair's, and so is "Der Vorsitzende"
    for lead in (
        "Vorsitzender ist Herr Probe.",
        "Die Sitzung leitet Herr Probe.",
        "Den Vorsitz führt Herr Probe.",
        "Die Leitung der Sitzung hat Herr Probe.",
        "Die Sitzung findet unter dem Vorsitz von Herrn Probe statt.",
        "Herr Probe ist Vorsitzender.",
    ):
        text = f"{lead} Er begrüßt die Gäste und ruft TOP 1 auf.\nHerr Kunz fragt nach den Kosten.\nDer Vorsitzende lässt abstimmen.\n"
        assert _turns(rules_nlp, text) == [("Probe", "chair"), ("Kunz", "council_member"), ("Probe", "chair")], lead
        assert _starts(rules_nlp, text)[0] == "Er begrüßt die", lead
    # a mayor chairing stays a mayor
    text = "Unter Vorsitz von Bürgermeisterin Muster tagt der Ausschuss. Sie begrüßt die Gäste.\n"
    assert _turns(rules_nlp, text) == [("Muster", "mayor")]
    # the pronoun must agree: "Sie" is not Herr Probe
    assert _turns(rules_nlp, "Vorsitzender ist Herr Probe. Sie begrüßt die Gäste.\n") == []
    # taking over the chair is the person's act: a turn, in the chair's role
    text = "Den Vorsitz übernimmt Ratsherr Probe. Er begrüßt die Gäste.\nRatsherr Kunz fragt nach.\n"
    assert _turns(rules_nlp, text) == [("Probe", "chair"), ("Kunz", "council_member")]
    # a faction's or a club's chair is no chair of the meeting
    text = "Herr Kunz ist Vorsitzender des Fördervereins. Er regt an, die Halle zu sanieren.\nHerr Probe fragt nach.\n"
    assert dict(_turns(rules_nlp, text)).get("Kunz") != "chair"
    text = "Herr Probe fragt nach. Vorsitzender der AB-Fraktion ist Herr Kunz.\n"
    assert "chair" not in {r for _, r in _turns(rules_nlp, text)}


def test_lower_case_role_abbreviation_starts_a_sentence(rules_nlp):
    # "sB"/"sE" (sachkundige Bürger/Einwohner) after a full stop in running text: a new sentence and speaker
    text = "Herr Muster fragt nach dem Radweg. sB Probe bittet um Auskunft. sE Kunz regt an, die Ampel zu prüfen.\n"
    assert _turns(rules_nlp, text) == [("Muster", "council_member"), ("Probe", "advisory_member"), ("Kunz", "advisory_member")]
    # any other lower-case word after a full stop goes on with the sentence (an abbreviation the lexicon lacks)
    text = "Herr Muster fragt nach dem Radweg an der Hauptstr. sowie an der Bahnstraße.\n"
    assert _starts(rules_nlp, text) == ["Herr Muster fr"] and len(rules_nlp(text)._.turns[0].text) > 60


def test_three_persons_listed_then_a_verb_of_saying(rules_nlp):
    # "A, B und C begrüßen ...": a joint act, one turn of the first named (as "A und B begrüßen ...")
    text = "Herr Muster, Frau Probe und Herr Kunz begrüßen die Planung.\nFrau Lenz widerspricht.\n"
    assert _turns(rules_nlp, text) == [("Muster", "council_member"), ("Lenz", "council_member")]
    text = "Herr Muster (AB), Frau Probe (CD), Herr Kunz (EF) sowie Frau Lenz lehnen den Antrag ab.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Muster"]
    # listed persons who are appointed or absent say nothing
    for text in ("Herr Muster, Frau Probe und Herr Kunz werden als Schriftführer bestellt.\n", "Herr Muster, Frau Probe und Herr Kunz sind entschuldigt.\n"):
        assert _turns(rules_nlp, text) == [], text


def test_first_pronoun_after_the_title_block_is_its_chair(rules_nlp):
    # "Vorsitz: Herr X" in the title block, no one has spoken yet: "Er eröffnet die Sitzung" is X's
    head = "Niederschrift über die 5. Sitzung des Bauausschusses\nVorsitz: Herr Probe\nSchriftführung: Frau Kunz\n\nTOP 1 Eröffnung\n"
    text = head + "Er eröffnet die Sitzung und begrüßt die Anwesenden.\nHerr Muster fragt nach.\n"
    assert _turns(rules_nlp, text) == [("Probe", "chair"), ("Muster", "council_member")]
    # the gender must agree; after a speaker the pronoun is that speaker's, as before
    assert _turns(rules_nlp, head + "Sie eröffnet die Sitzung.\n") == []
    text = head + "Herr Muster fragt nach.\nEr bittet um eine Antwort.\n"
    assert _turns(rules_nlp, text) == [("Muster", "council_member")]


def test_speaking_for_the_administration(rules_nlp):
    # "Für die Verwaltung antwortet Frau X": staff; "für die AB-Fraktion": a member; "für die Verwaltung" inside a
    # question is no such lead
    text = "Für die Verwaltung antwortet Frau Probe, dass gebaut werde.\nFür das Bauamt erläutert Herr Kunz die Pläne.\n"
    assert _turns(rules_nlp, text) == [("Probe", "administration"), ("Kunz", "administration")]
    assert _turns(rules_nlp, "Für die AB-Fraktion stimmt Herr Muster zu.\n") == [("Muster", "council_member")]
    assert _turns(rules_nlp, "Herr Muster fragt, ob für die Verwaltung noch Mittel bereitstünden.\n") == [("Muster", "council_member")]


def test_chair_of_an_advisory_council_in_apposition(rules_nlp):
    # ", Vorsitzende des Elternbeirats,": an advisory council's chair, not the meeting's; the body's own chair stays
    assert _turns(rules_nlp, "Frau Probe, Vorsitzende des Elternbeirats, begrüßt den Plan.\n") == [("Probe", "advisory_member")]
    for body in ("Ortsbeirats", "Bauausschusses"):
        assert _turns(rules_nlp, f"Frau Probe, Vorsitzende des {body}, eröffnet die Sitzung.\n") == [("Probe", "chair")], body


def test_pronoun_of_the_other_gender_is_the_person_just_named(rules_nlp):
    # "Frau X erteilt Herrn Y das Wort. Er berichtet ...": "Er" is not Frau X, but Herr Y, named in her sentence
    text = "Frau Probe erteilt Herrn Muster das Wort. Er berichtet über den Stand der Arbeiten.\nFrau Kunz fragt nach.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe", "Muster", "Kunz"]
    text = "Die Vorsitzende Frau Probe begrüßt Herrn Dr. Muster vom Planungsbüro. Er stellt die Planung vor.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe", "Muster"]
    # a man speaking after a man named: the speaker goes on (as before)
    text = "Herr Kunz bedankt sich bei Herrn Muster für den Bericht. Er fragt, wann gebaut wird.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Kunz"]
    # no verb of saying: what happens to the person named is no contribution
    text = "Die Vorsitzende teilt mit, dass Herr Muster heute fehlt. Er wird durch Herrn Kunz vertreten.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Die Vorsitzende"]


def test_chair_stated_in_the_passive_or_a_header(rules_nlp):
    tail = " Er begrüßt die Gäste.\nHerr Kunz fragt nach.\nDer Vorsitzende antwortet.\n"
    for lead in ("Die Sitzung wird von Herrn Probe geleitet.", "Geleitet wird die Sitzung von Herrn Probe."):
        assert _turns(rules_nlp, lead + tail) == [("Probe", "chair"), ("Kunz", "council_member"), ("Probe", "chair")], lead
    # opening it is the chair's act: a turn
    text = "Die Sitzung wird von Bürgermeisterin Muster eröffnet und geleitet.\nHerr Kunz fragt nach.\n"
    assert _starts(rules_nlp, text)[0] == "Die Sitzung wi"
    # "Sitzungsleiter: Herr X" in the title block, as "Sitzungsleitung: ..."
    text = "Sitzungsleiter: Herr Probe\n\nDer Vorsitzende eröffnet die Sitzung.\nHerr Kunz fragt nach.\n"
    assert _turns(rules_nlp, text) == [("Probe", "chair"), ("Kunz", "council_member")]


def test_debate_narrated_with_a_fronted_adverb_ends_the_turn(rules_nlp):
    text = "Herr Muster erläutert die Vorlage. Im Anschluss entwickelt sich eine lebhafte Diskussion. Herr Muster beantwortet Fragen.\n"
    assert _starts(rules_nlp, text) == ["Herr Muster er", "Herr Muster be"]
    # the speaker's own words about the debate go on with the speaker
    text = "Herr Muster erläutert die Vorlage. Er hofft auf eine sachliche Diskussion. Herr Muster beantwortet Fragen.\n"
    assert _starts(rules_nlp, text) == ["Herr Muster er"]


def test_representative_has_the_role_of_what_is_represented(rules_nlp):
    # "Der Vertreter der Caritas, Herr X,": a welfare organisation's member (advisory); an office's: staff; a company's: guest
    cases = {
        "Der Vertreter der Caritas, Herr Probe, berichtet.\n": "advisory_member",
        "Die Vertreterin des Jugendamts, Frau Probe, berichtet.\n": "administration",
        "Der Vertreter der Stadtwerke, Herr Probe, berichtet.\n": "guest",
        "Die Vertreterin des Seniorenbeirats berichtet.\n": "advisory_member",
    }
    for text, role in cases.items():
        assert [r for _, r in _turns(rules_nlp, text)] == [role], text


def test_chair_of_an_advisory_council_before_the_name(rules_nlp):
    # "Die Vorsitzende des Elternrates, Frau X,": the advisory council's chair; a council body's chair chairs
    text = "Die Vorsitzende des Elternrates, Frau Probe, übergibt eine Unterschriftenliste.\nHerr Kunz fragt nach.\n"
    assert _turns(rules_nlp, text) == [("Probe", "advisory_member"), ("Kunz", "council_member")]
    assert [r for _, r in _turns(rules_nlp, "Die Vorsitzende des Seniorenbeirats regt an, Bänke aufzustellen.\n")] == ["advisory_member"]
    text = "Der Vorsitzende des Bauausschusses, Herr Probe, eröffnet die Sitzung.\n"
    assert _turns(rules_nlp, text) == [("Probe", "chair")]


def test_verb_right_after_an_apposition_is_the_persons_own(rules_nlp):
    # "Der Vorsitzende der AB-Fraktion, Herr X, beantragt Vertagung.": X moves it ("Vertagung" is no reporter's name)
    text = "Der Vorsitzende der AB-Fraktion, Herr Probe, beantragt Vertagung.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe"]
    # a reporter after reported content still speaks
    assert [s for s, _ in _turns(rules_nlp, "Herr Probe sei zu spät gekommen, meinte Kluge.\n")] == ["Kluge"]


def test_residents_named_by_what_they_are(rules_nlp):
    text = (
        "Ein Jugendlicher aus der Neustadt fragt, warum das Jugendhaus schließt.\nBürgermeister Probe antwortet.\n"
        "Eine Vermieterin aus dem Ortsteil fragt nach der Grundsteuer.\n"
    )
    assert _turns(rules_nlp, text) == [("Ein Jugendlicher", "public"), ("Probe", "mayor"), ("Eine Vermieterin", "public")]
    # in the plural, inside a speaker's report, they say nothing
    text = "Herr Probe berichtet. Die Mieter hätten sich beschwert.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe"]


def test_residents_as_a_group_in_a_report_say_nothing(rules_nlp):
    # "Die Anwohnerinnen und Anwohner fühlten sich übergangen": the speaker's report about a group, no turn of theirs
    text = "Frau Probe fragt nach dem Bauzeitplan. Die Anwohnerinnen und Anwohner fühlten sich übergangen.\nHerr Kunz antwortet.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe", "Kunz"]
    # counted residents asking are a contribution (as before)
    assert [r for _, r in _turns(rules_nlp, "Zwei Anwohnerinnen fragen, wann gebaut wird.\n")] == ["public"]


def test_pronoun_in_the_konjunktiv_goes_on_with_the_speakers_report(rules_nlp):
    # "Sie"/"Er" of the other gender with a Konjunktiv I verb: a thing in the current speaker's reported content
    for text in (
        "Frau Kunz lobt den Plan.\nHerr Probe kritisiert die Gewinnabführung. Sie sei eine versteckte Steuer.\n",
        "Herr Muster fragt nach.\nFrau Probe erklärt, ihre Fraktion trage den Haushalt mit. Er sei solide aufgestellt.\n",
        "Frau Kunz lobt den Plan.\nHerr Probe begrüßt die Ansiedlung. Eine Solarpflicht halte sie hingegen für unnötig.\n",
        "Frau Kunz fragt nach.\nHerr Probe verweist auf zwei Stellen. Inzwischen seien\nsie besetzt.\n",
    ):
        assert len(_turns(rules_nlp, text)) == 2, text
    # in the indicative the pronoun is the other person (as before)
    text = "Frau Kunz fragt nach den Kosten.\nHerr Probe antwortet. Sie bedankt sich.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Kunz", "Probe", "Kunz"]


def test_office_compound_of_a_body_name_is_a_person(rules_nlp):
    # "Der Bezirksstadtrat" (Berlin: a member of the Bezirksamt) ends in a body's name but the lexicon lists it as an office
    text = "TOP 4 Trägerwechsel\nDer Bezirksstadtrat erläutert die Vorlage.\nHerr Kunz fragt nach.\n"
    assert _turns(rules_nlp, text) == [("Der Bezirksstadtrat", "administration"), ("Kunz", "council_member")]
    # the body itself stays the body
    assert _turns(rules_nlp, "TOP 4 Haushalt\nDer Stadtrat beschließt den Haushalt.\n") == []


def test_chair_act_by_pronoun_after_a_vote(rules_nlp):
    # "Der Antrag wird abgelehnt. Anschließend lässt er ... abstimmen": no motion calls a vote, the chair does
    text = (
        "TOP 3 Radweg\nErster Bürgermeister Probe lässt zunächst über den Antrag abstimmen.\n\n"
        "Der Antrag wird mit 6 : 15 Stimmen abgelehnt.\n\nAnschließend lässt er über den Beschlussvorschlag abstimmen.\n"
    )
    assert _starts(rules_nlp, text) == ["Erster Bürgerm", "Anschließend l"]
    # the body acting again by pronoun: no turn (as before)
    text = "TOP 3 Radweg\nHerr Probe fragt nach.\nDer Ausschuss beschließt die Vorlage. Er beauftragt die Verwaltung mit der Umsetzung.\n"
    assert _starts(rules_nlp, text) == ["Herr Probe fra"]


def test_department_apposition_with_a_full_name_and_stacked_role_nouns(rules_nlp):
    # "Die Fachbereichsleiterin Finanzen, Kerstin X, antwortete": a known given name and a surname in the apposition
    text = "Die Fachbereichsleiterin Finanzen, Kerstin Probe, antwortete, man rechne mit Mehreinnahmen.\n"
    assert _turns(rules_nlp, text) == [("Kerstin Probe", "administration")]
    # "Stadtkämmerer Erster Stadtrat Dr. X": an ordinal between two role nouns is no surname
    assert _turns(rules_nlp, "Stadtkämmerer Erster Stadtrat Dr. Probe führt in die Vorlage ein.\n") == [("Probe", "administration")]


def test_question_from_the_body_is_impersonal(rules_nlp):
    # "Aus der Gemeindevertretung wird gefragt, ...": no one named asks; the answer after it is a new turn
    text = "Frau Probe erläutert die Kalkulation. Aus der Gemeindevertretung wird gefragt, ob die Einnahmen reichen. Dies wird von Frau Probe bejaht.\n"
    assert _starts(rules_nlp, text) == ["Frau Probe erl", "Dies wird von "]
    # a person named after "Aus dem Bauausschuss" speaks
    text = "Frau Probe erläutert die Kalkulation. Aus dem Bauausschuss berichtet Herr Muster, dass alles gut sei.\n"
    assert [s for s, _ in _turns(rules_nlp, text)] == ["Probe", "Muster"]


def test_role_noun_labels_in_the_title_block(rules_nlp):
    # "Bürgermeister: Herr X (AB)" in the attendance list, "Vorsteherin: Frau Y (CD)" in the title block: "Der
    # Bürgermeister" / "Die Vorsteherin" below are X and Y
    text = (
        "Niederschrift\nSitzung der Gemeindevertretung am 28.08.2025\n\nAnwesend:\nBürgermeister: Herr Probe (CDU)\n"
        "Gemeindevertreter: Frau Kunz (SPD), Herr Muster (CDU)\n\nTOP 4 Anfragen\nFrau Kunz fragt nach dem Radweg.\n"
        "Der Bürgermeister antwortet, der Bau beginne im Mai.\n"
    )
    turns = [(t._.speaker, t._.role, t._.party) for t in rules_nlp(text)._.turns]
    assert turns == [("Kunz", "council_member", "SPD"), ("Probe", "mayor", "CDU")]
    text = "Bezirksverordnetenversammlung\nNiederschrift über die 42. Sitzung\nVorsteherin: Frau Probe (CD)\n\nTOP 4 Anfragen\nDie Vorsteherin ruft den Punkt auf.\n"
    assert [(t._.speaker, t._.role) for t in rules_nlp(text)._.turns] == [("Probe", "chair")]
