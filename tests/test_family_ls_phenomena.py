"""Constructions the blind family ls (written from the styles catalogue) showed the rules missing: decisions, turns.

Each case has a negative twin: the construction must not swallow what it resembles.
"""

from records import decision_rows

VERBATIM = (
    "TOP 7 Schülerbeförderung\n\n"
    "Landrat Dr. Wendt:\nGibt es Wortmeldungen zum Antrag auf Überweisung?\n\n"
    "Kreisrätin Maria Pohl (Grüne):\nJa. Der Schulausschuss hat die Vorlage bereits zur Kenntnis bekommen und keine Einwände erhoben. "
    "Ich bitte, den Antrag abzulehnen.\n\n"
    "Landrat Dr. Wendt:\nDann lasse ich abstimmen.\n\n"
    "– Der Antrag ist mit 12 Ja-Stimmen und 30 Nein-Stimmen abgelehnt.\n"
)


def test_a_bare_yes_answers_and_another_committees_earlier_notice_is_no_decision(nlp):
    # "Ja." is an answer, not the "Ja" of a tally; the committee "hat bereits ... zur Kenntnis bekommen": before this meeting
    assert decision_rows(nlp, VERBATIM) == [("rejected", False, 12, 30, 0)]


def test_a_yes_count_is_still_a_result_line(nlp):
    text = "TOP 2 Haushalt\n\nDer Kreistag stimmt ab.\nAbstimmungsergebnis:\nJa: 31\nNein: 9\nEnthaltungen: 2\n"
    assert decision_rows(nlp, text) == [("accepted", False, 31, 9, 2)]


def test_motion_wording_after_a_colon_is_not_a_decision(nlp):
    text = (
        "TOP 4 Neugestaltung Lindenplatz\n\n"
        "Herr Aydin (SPD) lobt den Entwurf. Für seine Fraktion beantragt er, den Beschlussvorschlag um einen Punkt zu ergänzen: "
        "Die Verwaltung wird beauftragt, zwei schattige Sitzbereiche vorzusehen. Das sei für ältere Menschen wichtig.\n\n"
        "Der Ausschuss beschließt den ergänzten Beschlussvorschlag einstimmig.\n"
    )
    assert decision_rows(nlp, text) == [("accepted", True, None, 0, 0)]
    assert nlp(text)._.decisions[0].text.startswith("Der Ausschuss beschließt")


def test_a_resolution_after_a_colon_without_a_motion_is_a_decision(nlp):
    text = "TOP 4 Neugestaltung Lindenplatz\n\nDer Ausschuss beschließt einstimmig: Die Verwaltung wird beauftragt, zwei Sitzbereiche vorzusehen.\n"
    assert [r[0] for r in decision_rows(nlp, text)] == ["accepted"]


def test_agreeing_to_the_postponement_postpones(nlp):
    text = (
        "TOP 3 Spielplatz Erlenweg\n\nFrau Kühn regt an, den Punkt bis zur nächsten Sitzung zurückzustellen.\n\n"
        "Die Ortsvorsteherin lässt über den Vorschlag abstimmen.\n\n"
        "Mit 6 Ja-Stimmen gegen 2 Nein-Stimmen wird der Zurückstellung zugestimmt.\n"
    )
    assert decision_rows(nlp, text) == [("postponed", False, 6, 2, 0)]
    referral = "TOP 3 Spielplatz Erlenweg\n\nDer Ortsrat stimmt der Überweisung in den Bauausschuss einstimmig zu.\n"
    assert [r[0] for r in decision_rows(nlp, referral)] == ["referred"]


def test_a_label_above_heads_each_part_voted(nlp):
    text = (
        "TOP 9 Gebührensatzung Kindertagesstätten\n\n"
        "Beschluss zu Ziffer 1 (Elternbeiträge):\nJa-Stimmen: 19 | Nein-Stimmen: 8 | Enthaltungen: 1\nDamit ist Ziffer 1 angenommen.\n\n"
        "Beschluss zu Ziffer 2 (Essensgeld):\nDer Stadtrat beschließt Ziffer 2 einstimmig.\n"
    )
    doc = nlp(text)
    assert [d.text.split("\n", 1)[0] for d in doc._.decisions] == ["Beschluss zu Ziffer 1 (Elternbeiträge):", "Beschluss zu Ziffer 2 (Essensgeld):"]
    assert [(d._.outcome, d._.yes, d._.no, d._.abstain) for d in doc._.decisions] == [("accepted", 19, 8, 1), ("accepted", None, 0, 0)]


def test_a_vote_on_a_members_motion_is_no_turn_of_the_member(nlp):
    # "über den Antrag von Herrn X abgestimmt:" names the motion's mover; the counts after the colon are no speech of his
    text = (
        "TOP 5 Zuschuss Ferienfreizeit\n\nHerr Brückner (SPD) beantragt, den Zuschuss zu kürzen. Frau Lindqvist (CDU) beantragt, ihn zu erhöhen.\n\n"
        "Zunächst wird über den Antrag von Herrn Brückner abgestimmt: 4 Ja-Stimmen, 7 Nein-Stimmen, 0 Enthaltungen. Der Antrag ist abgelehnt.\n"
    )
    doc = nlp(text)
    assert [t._.speaker for t in doc._.turns] == ["Brückner", "Lindqvist"]
    assert decision_rows(nlp, text) == [("rejected", False, 4, 7, 0)]


def test_a_question_from_the_audience_ends_the_turn(nlp):
    # an impersonal contribution ("Aus dem Publikum wird gefragt, ...") is nobody's turn: the answerer named again starts anew
    text = (
        "TOP 2 Dorfgemeinschaftshaus\n\nHerr Ahlers fragt, ob die Küche erneuert werde. Frau Siemsen bejaht dies.\n\n"
        "Aus dem Publikum wird gefragt, wer die Kosten trage. Frau Siemsen verweist auf den Haushaltsplan.\n"
    )
    turns = [(t._.speaker, t.text[:20]) for t in nlp(text)._.turns]
    assert turns == [("Ahlers", "Herr Ahlers fragt, o"), ("Siemsen", "Frau Siemsen bejaht "), ("Siemsen", "Frau Siemsen verweis")]


def test_an_elected_chair_is_not_the_mayor_named_before(nlp):
    # Hessen: the Stadtverordnetenvorsteherin chairs, the Bürgermeisterin heads the Magistrat; the chair's call to vote
    # is her own turn, not the mayor's; a plain "Die Vorsitzende" may still be the mayor, who chairs most councils
    head = "TOP 6 Zuschuss Steckersolar\n\nHerr Ebert (FDP) beantragt eine Begrenzung. Bürgermeisterin Falk weist darauf hin, dass der Kreis fördere.\n\n"
    doc = nlp(head + "Die Stadtverordnetenvorsteherin lässt über den Änderungsantrag abstimmen.\n")
    assert [(t._.speaker, t._.role) for t in doc._.turns][-1] == ("Die Stadtverordnetenvorsteherin", "chair")
    doc = nlp(head + "Die Vorsitzende lässt über den Änderungsantrag abstimmen.\n")
    assert [t._.speaker for t in doc._.turns] == ["Ebert", "Falk"]


def test_a_postponement_before_is_a_time_not_the_outcome(nlp):
    text = "TOP 2 Friedhofshalle\n\nNach der Vertagung im Mai beschließt der Ortsrat die Sanierung nun einstimmig.\n"
    assert [r[0] for r in decision_rows(nlp, text)] == ["accepted"]
    assert [r[0] for r in decision_rows(nlp, "TOP 2 Friedhofshalle\n\nDer Ortsrat beschließt einstimmig die Vertagung.\n")] == ["postponed"]


def test_a_proposal_called_to_the_vote_by_what_it_asks_is_a_motion(nlp):
    # "lässt über den Vorschlag abstimmen, den Antrag zurückzustellen": the call names the proposal by its content
    text = (
        "TOP 3 Tempo-30-Zone Schulstraße\n\nORM Brenner (SPD) begründet den Antrag ihrer Fraktion.\n\n"
        "ORM Vogt (CDU) regt an, den Antrag bis zur Verkehrszählung im Juni zurückzustellen.\n\n"
        "Der Ortsvorsteher lässt über den Vorschlag abstimmen, den Antrag zurückzustellen.\n\n"
        "Mit 5 Ja-Stimmen gegen 2 Nein-Stimmen wird der Zurückstellung zugestimmt.\n"
    )
    doc = nlp(text)
    moved = [(m._.motion_kind, m._.mover, m._.outcome) for m in doc._.motions if m._.motion_kind == "postpone"]
    assert moved == [("postpone", "Vogt", "postponed")]
    # a call without such a clause names no proposal by content
    plain = text.replace("abstimmen, den Antrag zurückzustellen.", "abstimmen.")
    assert [m._.motion_kind for m in nlp(plain)._.motions if m._.motion_kind == "postpone"] == []
