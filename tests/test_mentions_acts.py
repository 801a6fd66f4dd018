"""Who opens a turn: a person who says something, not one who only acts (issue #8), on invented text."""

from __future__ import annotations

OPENING = "Der Bürgermeister heißt alle willkommen und ruft den ersten Punkt auf.\n\n"


def _speakers(nlp, text: str) -> list[str | None]:
    return [t._.speaker for t in nlp(OPENING + text)._.turns][1:]


def test_candidacy_opens_no_turn(nlp):
    assert _speakers(nlp, "Für den Vorsitz kandidierten Ina Muster und Otto Probe.\n") == []
    assert _speakers(nlp, "Ina Muster und Otto Probe wollen bei der nächsten Wahl nicht mehr antreten.\n") == []
    assert _speakers(nlp, "Gemeinderat Probe bewarb sich ebenfalls um das Amt.\n") == []
    # a candidate who says something does speak
    assert _speakers(nlp, "Gemeinderat Probe erklärte, er wolle nicht mehr antreten.\n") == ["Probe"]


def test_portfolio_or_duty_taken_opens_no_turn(nlp):
    assert _speakers(nlp, "Beigeordneter Otto Probe übernimmt künftig die Bereiche Sport und Kultur.\n") == []
    assert _speakers(nlp, "Die Erste Beigeordnete nimmt diese Funktion vorerst selbst wahr.\n") == []
    # the same verb with what the person says after it
    text = "Beigeordneter Otto Probe übernimmt das Ressort Sport und erklärt, dass er die Hallen sanieren will.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]


def test_election_won_or_gift_received_opens_no_turn(nlp):
    assert _speakers(nlp, "Ratsherr Otto Probe (AB) setzte sich mit 12 zu 9 Stimmen gegen Ina Muster durch.\n") == []
    assert _speakers(nlp, "Ratsfrau Ina Muster erhielt zum Abschied einen Blumenstrauß.\n") == []
    # thanking for the gift is speech
    assert _speakers(nlp, "Ratsfrau Ina Muster bedankte sich für den Blumenstrauß.\n") == ["Ina Muster"]


def test_person_inside_reported_content_is_no_speaker(nlp):
    # a Konjunktiv verb right before the person: the sentence reports what someone else said about them
    assert _speakers(nlp, "Zu diesem Zeitpunkt wäre Ratsfrau Muster noch nicht im Saal gewesen.\n") == []
    assert _speakers(nlp, "Und vielleicht könnte ja der Beigeordnete aus unserer Liste kommen.\n") == []
    # the indicative: the person speaks
    assert _speakers(nlp, "Zu diesem Punkt erklärte Ratsfrau Muster ihre Bedenken.\n") == ["Muster"]


def test_person_in_a_content_clause_after_a_comma_is_no_speaker(nlp):
    text = "Froh meldete sie dem Ausschuss, dass der Kämmerer sich inzwischen gut erholt habe.\n"
    assert _speakers(nlp, text) == []
    # a dash after the subordinate clause opens a new main clause: its subject speaks
    text = "Viel Geld für einen Kreisel, während an jeder Ecke Löcher klaffen – Ratsherr Probe hält das für falsch.\n"
    assert _speakers(nlp, text) == ["Probe"]
    # the main clause after a fronted subordinate clause: its subject speaks
    assert _speakers(nlp, "Nachdem die Zahlen vorlagen, erklärte Kämmerer Otto Probe den Haushalt.\n") == ["Otto Probe"]


def test_modal_passive_after_the_person_is_no_speech(nlp):
    assert _speakers(nlp, "Auch der Beigeordnete soll künftig von der AB gestellt werden.\n") == []
    assert _speakers(nlp, "Auch der Beigeordnete soll künftig über die Finanzen berichten.\n") != []


def test_person_present_for_another_is_the_subject(nlp):
    assert _speakers(nlp, "Für Frau Muster ist Herr Probe als Vertretung anwesend.\n") == []
    # a view stated for the person: that person's contribution
    assert _speakers(nlp, "Für Frau Muster ist der Antrag zu teuer.\n") == ["Muster"]


def test_speaker_after_a_quotation_with_an_adverb_phrase_or_a_place_genitive(nlp):
    assert _speakers(nlp, "„Das geht so nicht“, meinte zum Beispiel Ina Muster von der AB.\n") == ["Ina Muster"]
    assert _speakers(nlp, "„Das geht so nicht“, erklärte Musterstadts Wahlleiter, Otto Probe, am Abend.\n") == ["Otto Probe"]


def test_caption_with_a_position_number_is_no_turn(nlp):
    assert _speakers(nlp, "Ina Muster (3. v. r.) erläuterte den Haushalt des Vereins.\n") == []


def test_abbreviated_title_before_role_noun_and_honorific(nlp):
    text = "Stellv. Amtsausschussmitglied Herr Probe erinnert daran, dass die Unterlagen fehlen.\n"
    assert _speakers(nlp, text) == ["Probe"]


def test_number_word_fronting_an_object_is_no_given_name(nlp):
    text = "Drei Punkte nahm Beigeordneter Otto Probe (AB) vorab von der Tagesordnung.\n"
    assert _speakers(nlp, text) == ["Otto Probe"]


def test_adjective_between_article_and_role_noun(nlp):
    text = "Zu den Ortsteilen versprach der neue Zweite Beigeordnete: „Wir kümmern uns darum.“\n"
    assert _speakers(nlp, text) == ["der neue Zweite Beigeordnete"]
    # an adverb before the role noun is no adjective of it: no article, no mention
    assert _speakers(nlp, "Am Ende war sicher Beigeordnete die bessere Wahl.\n") == []


def test_abbreviated_title_before_a_surname_that_is_also_a_given_name(nlp):
    assert _speakers(nlp, "FBL Sander führt aus, der Beirat könne formlos gewählt werden.\n") == ["Sander"]
    # no verb of saying after the name: no speaker
    assert _speakers(nlp, "FBL Sander wurde in den Beirat gewählt.\n") == []


def test_nominal_act_with_a_long_object_and_an_agent_in_apposition(nlp):
    text = (
        "Begrüßung der erschienenen Ratsmitglieder, der Vertreter der Presse und der Zuhörer aus den Ortsteilen "
        "Nord und Süd durch den Vorsitzenden des Ausschusses, Herrn Probe.\n"
    )
    assert _speakers(nlp, text) == ["Probe"]
    # the apposition in the accusative after a nominative head does not agree: no merged speaker
    assert _speakers(nlp, "Der Vorsitzende des Ausschusses, Herrn Probe kennt jeder.\n") != ["Probe"]


def test_a_persons_concern_with_an_infinitive_clause(nlp):
    text = "Zudem blieb es ein Anliegen von Ratsfrau Probe, noch in diesem Jahr die Brücke sanieren zu lassen.\n"
    assert _speakers(nlp, text) == ["Probe"]
    # no content clause after the noun: the person is only named
    assert _speakers(nlp, "Zudem blieb es ein Anliegen von Ratsfrau Probe.\n") == []


def test_members_named_in_apposition_to_a_plural_noun(nlp):
    text = (
        "Die Mitglieder des Beirats, Otto Probe, und Ortsvorsteherin Ina Muster, treten nicht wieder an, "
        "das kündigten beide am Abend an.\n"
    )
    assert _speakers(nlp, text) == ["Otto Probe"]
    # no verb of saying: an act of the members, no turn
    assert _speakers(nlp, "Die Mitglieder des Beirats, Otto Probe, und Ina Muster, treten nicht wieder an.\n") == []


def test_entering_the_room_legal_action_and_music_open_no_turn(nlp):
    assert _speakers(nlp, "Ausschussmitglied Frau Muster betritt um 19.05 Uhr den Sitzungssaal.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) will gegen den Beschluss des Rates klagen.\n") == []
    assert _speakers(nlp, "Ina Muster (17) und Otto Probe (16) begeisterten an Klavier und Geige.\n") == []
    # complaining is speech
    assert _speakers(nlp, "Otto Probe (AB) klagte über den Zustand der Straßen.\n") == ["Otto Probe"]


def test_unnamed_person_introduced_by_ein_needs_a_verb_of_saying(nlp):
    assert _speakers(nlp, "Eine Anwohnerin auf der Zuschauerbank strickt.\n") == []
    assert _speakers(nlp, "Eine Anwohnerin auf der Zuschauerbank fragt nach dem Lärmschutz.\n") == ["Eine Anwohnerin"]


def test_verbatim_record_with_surname_labels(nlp):
    text = (
        "TOP 1: Tagesordnung\n\n"
        "Probe (Dorfliste): Möchte den vierten Punkt von der Tagesordnung nehmen.\n\n"
        "Muster: Die Unterlagen sind leider noch nicht öffentlich.\n\n"
        "Probe: Dann sollten wir den Punkt heute vertagen.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe", "Muster", "Probe"]


def test_a_repeated_heading_word_is_no_surname_label(nlp):
    text = (
        "Aufgabe: Herr Probe möchte wissen, wann die Lampen repariert werden.\n\n"
        "Aufgabe: Die Lampen in der Ortschaft schalten zu spät ein.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Probe"]


def test_role_noun_genitive_and_full_name_without_commas(nlp):
    text = "Der Fraktionsvorsitzende der AB-Fraktion Karl Probe erklärt hierzu, dass man zustimme.\n"
    assert _speakers(nlp, text) == ["Karl Probe"]
    # a place after the genitive is no name: the role noun alone speaks
    assert _speakers(nlp, "Der Vorsitzende des Bauausschusses Musterstadt erklärt hierzu, dass man zustimme.\n") == ["Der Vorsitzende"]


def test_chair_of_a_group_is_no_chair_of_the_meeting(nlp):
    doc = nlp(OPENING + "Der Vorsitzende der AB-Fraktion, Herr Probe, erklärt, dass man zustimme.\n")
    assert [(t._.speaker, t._.role) for t in doc._.turns][1:] == [("Probe", "council_member")]
    # the chair of the body itself chairs
    doc = nlp("Der Vorsitzende des Ausschusses eröffnet die Sitzung.\n")
    assert [t._.role for t in doc._.turns] == ["chair"]


def test_unknown_given_name_after_a_role_noun_and_the_surname_later(nlp):
    text = (
        "Die Wahl verlief ruhig. Als Beigeordneter Tomek Probe zur Wahl aufrief, gab es erste Fragen. "
        "Probe ließ die Beratung kurz ruhen und bat die Gruppen um Vorschläge.\n"
    )
    assert [t._.speaker for t in nlp(text)._.turns] == ["Tomek Probe"]
    # a common noun after the name is no surname: "Dank" is thanked, not a person
    doc = nlp("Zum Schluss sprach Beigeordneter Probe Dank an alle Helfer aus.\n")
    assert all(m._.speaker != "Probe Dank" for m in doc.spans["rn_mentions"])


def test_adverbs_between_the_verb_and_an_inverted_bare_name(nlp):
    assert _speakers(nlp, "Im Anschluss erklärte dann Otto Probe (AB), dass die Kosten zu hoch seien.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Zu Wort meldete sich auch Otto Probe von der AB-Fraktion.\n") == ["Otto Probe"]
    # no verb of saying before the adverb: no speech
    assert _speakers(nlp, "Im Anschluss wohnte dann Otto Probe (AB) der Feier bei.\n") == []


def test_so_after_a_quotation_names_the_speaker(nlp):
    assert _speakers(nlp, "„Das ist zu teuer“, so Ina Muster (AB).\n") == ["Ina Muster"]
    assert _speakers(nlp, "„Das ist zu teuer“, sowie Ina Muster (AB).\n") == []


def test_offices_changed_and_elections_decided_open_no_turn(nlp):
    assert _speakers(nlp, "Ratsherr Otto Probe gewann die Stichwahl deutlich.\n") == []
    assert _speakers(nlp, "Ratsfrau Ina Muster tritt die Nachfolge von Karl Beispiel an.\n") == []
    assert _speakers(nlp, "Ratsherr Otto Probe zog sich aus der Kommunalpolitik zurück.\n") == []
    assert _speakers(nlp, "Ratsfrau Ina Muster wechselte zur CD-Fraktion.\n") == []
    assert _speakers(nlp, "Ratsherr Otto Probe feierte seinen 60. Geburtstag.\n") == []
    # withdrawing a motion is a contribution
    assert _speakers(nlp, "Ratsherr Otto Probe zog seinen Antrag zurück.\n") == ["Otto Probe"]


def test_view_fronted_before_the_copula_and_an_object_pronoun_after_the_verb(nlp):
    assert _speakers(nlp, "Anderer Meinung war Ratsfrau Ina Muster.\n") == ["Ina Muster"]
    assert _speakers(nlp, "Ganz anders sah das Otto Probe (AB).\n") == ["Otto Probe"]
    # the copula with presence, and an article before a body: no person speaks
    assert _speakers(nlp, "Anwesend war Ratsfrau Ina Muster.\n") == []
    assert _speakers(nlp, "Ganz anders sah das Gremium den Plan.\n") == []


def test_portrait_lateness_and_outcomes_open_no_turn(nlp):
    assert _speakers(nlp, "Otto Probe (AB) kam verspätet zur Sitzung.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) musste die Sitzung vorzeitig verlassen.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) stammt aus Musterdorf und arbeitet als Lehrer.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) war lange Jahre Bürgermeister der Gemeinde.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) erntete Widerspruch.\n") == []
    assert _speakers(nlp, "Otto Probe (AB) scheiterte mit seinem Antrag.\n") == []
    # a view with the copula, an emotion said: the person speaks
    assert _speakers(nlp, "Otto Probe (AB) war verwundert über die Kosten.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Otto Probe (AB) sagte, er habe Widerspruch geerntet.\n") == ["Otto Probe"]


def test_person_inside_content_reported_by_a_speaker_at_the_end(nlp):
    text = "Ratsherr Probe hätte früher informieren müssen, meinte Ratsfrau Ina Muster (AB).\n"
    assert _speakers(nlp, text) == ["Ina Muster"]
    # the first person's own clause says something: they speak, the second is thanked
    text = "Ratsherr Probe lobte den Plan, dankte Ratsfrau Ina Muster für die Arbeit.\n"
    assert _speakers(nlp, text) == ["Probe"]


def test_conditional_clause_with_the_verb_first(nlp):
    assert _speakers(nlp, "Hätte Ratsherr Probe früher informiert, wäre das nicht passiert.\n") == []
    # the person who says so after the conditional clause speaks
    assert _speakers(nlp, "Hätte Ratsherr Probe früher informiert, wäre das nicht passiert, meinte Ina Muster (AB).\n") == ["Ina Muster"]


def test_nominal_acts_with_an_affiliation_or_a_colon_and_other_head_nouns(nlp):
    assert _speakers(nlp, "Vorstellung des Projekts durch Herrn Otto Probe vom Planungsbüro.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Sachstandsbericht durch Frau Muster: Die Arbeiten laufen nach Plan.\n") == ["Muster"]
    # the administration answers in writing: no person
    assert _speakers(nlp, "Eine Beantwortung der Fragen erfolgt durch die Verwaltung schriftlich.\n") == []


def test_agent_of_a_participle_of_saying_in_a_fronted_wie_clause(nlp):
    assert _speakers(nlp, "Wie von Amtsleiter Otto Probe mitgeteilt, steigen die Kosten.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Wie von Amtsleiter Otto Probe gewünscht, wurde der Punkt vertagt.\n") == []


def test_object_fronted_with_an_article_and_the_person_after_the_verb(nlp):
    assert _speakers(nlp, "Die Fragen beantwortete Amtsleiter Otto Probe.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Mehr Geld forderte Otto Probe (AB).\n") == ["Otto Probe"]
    # a body fronted is the subject, the person its object
    assert _speakers(nlp, "Die Verwaltung bat Ratsfrau Ina Muster um Geduld.\n") == []
    assert _speakers(nlp, "Der Ausschuss lobte Ratsfrau Ina Muster für ihre Arbeit.\n") == []


def test_evaluating_and_repeating_are_verbs_of_saying(nlp):
    assert _speakers(nlp, "Positiv bewertete Otto Probe (AB) den Plan.\n") == ["Otto Probe"]
    assert _speakers(nlp, "Otto Probe (AB) wiederholte seine Kritik.\n") == ["Otto Probe"]


def test_bare_surname_of_a_person_named_before_as_an_object(nlp):
    doc = nlp("Herr Hanke fragt nach dem Weg. Der Vorsitzende dankte Herrn Probe für den Bericht. Probe erklärte, dass die Kosten steigen.\n")
    assert [t._.speaker for t in doc._.turns][-1] == "Probe"
    # a surname never named before with Herr/Frau is no person
    doc = nlp("Herr Hanke fragt nach dem Weg. Der Vorsitzende dankte für den Bericht. Probe erklärte, dass die Kosten steigen.\n")
    assert "Probe" not in [t._.speaker for t in doc._.turns]


def test_seat_laid_down_and_taking_part_open_no_turn_but_another_clauses_act_does_not_count(nlp):
    assert _speakers(nlp, "Ina Muster (CD) hat ihren Sitz im Rat niedergelegt.\n") == []
    assert _speakers(nlp, "Ina Muster (CD) nahm für die AB an der Sitzung teil.\n") == []
    # the act belongs to a relative clause after a colon: the chair who swears in the member speaks
    text = "Zwei Nachfolger verpflichtete Bürgermeisterin Ina Muster vorab: Otto Probe folgt auf Karl Beispiel, der den Sitz im Rat niedergelegt hat.\n"
    doc = nlp("Herr Hanke fragt nach dem Weg.\n\n" + text)
    assert [t._.speaker for t in doc._.turns] == ["Hanke", "Ina Muster"]


def test_passive_then_a_verb_of_saying_makes_the_person_the_subject(nlp):
    doc = nlp("Ina Muster (CD) wurde für ihre Arbeit ausgezeichnet und bedankte sich.\n")
    assert [m._.is_subject for m in doc.spans["rn_mentions"]] == [True]
    doc = nlp("Ina Muster (CD) wurde für ihre Arbeit ausgezeichnet und geehrt.\n")
    assert [m._.is_subject for m in doc.spans["rn_mentions"]] == [False]
