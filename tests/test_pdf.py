"""PDF minutes -> the text every offset refers to; bad PDFs -> a clear SourceError, never a crash.

Each test writes its PDFs with reportlab (tests/pdfgen.py) from short invented minutes: the names,
places and figures below are made up.
"""

from __future__ import annotations

import io
import math
import random

import pytest
from pdfgen import A4, A5, Lines, Para, build_pdf, scanned_pdf

import ratsnlp
from ratsnlp.batch import extract
from ratsnlp.errors import SourceError
from ratsnlp.read import read_source, source_from_bytes
from ratsnlp.read.pdf import drop_furniture, find_gutters, join_hyphenated, pdf_to_text, read_pages

TITLE = Lines("Niederschrift\nüber die 5. Sitzung des Ausschusses für Schule und Sport\nam Dienstag, 14.05.2024", bold=True)
ROSTER = Lines(
    "Anwesend:\nHerr Lindner (SPD), Vorsitzender\nFrau Keßler-Wiertz (CDU)\nHerr Baumgärtel (Grüne)\nFrau Yıldız (SPD)\n"
    "Herr Pohlmann (FDP)\n\nVerwaltung:\nFrau Dr. Okafor, Fachbereich Schule\nHerr Westphal, Gebäudemanagement"
)
ITEMS: list[tuple[str, list[str]]] = [
    (
        "TOP 1 Eröffnung und Feststellung der Beschlussfähigkeit",
        [
            "Der Vorsitzende eröffnet die Sitzung um 17:00 Uhr, begrüßt die Anwesenden und stellt die ordnungsgemäße "
            "Ladung sowie die Beschlussfähigkeit fest. Einwände gegen die Tagesordnung werden nicht erhoben."
        ],
    ),
    (
        "TOP 2 Sanierung der Sporthalle Am Lindenhof (Vorlage 2024/117)",
        [
            "Frau Dr. Okafor erläutert den Stand der Planung. Es liegen drei Angebote vor; die Kosten betragen rund "
            "1,4 Mio. Euro, von denen das Land die Hälfte trägt. Baubeginn ist in den Sommerferien, die Bauzeit wird "
            "auf acht Monate geschätzt.",
            "Herr Lindner (SPD) fragt, ob die Halle während der Bauzeit für den Vereinssport genutzt werden kann. "
            "Herr Westphal antwortet, dass der Vereinssport in die Halle der Gesamtschule ausweichen kann.",
            "Frau Keßler-Wiertz (CDU) begrüßt die Planung ausdrücklich und regt an, die Umkleiden barrierefrei auszubauen.",
            "Beschluss: Der Ausschuss empfiehlt dem Rat, die Sanierung wie vorgeschlagen zu beschließen. "
            "Abstimmungsergebnis: 11 Ja-Stimmen, keine Gegenstimmen, 1 Enthaltung.",
        ],
    ),
    (
        "TOP 3 Schulwegsicherung an der Grundschule Birkenweg",
        [
            "Herr Baumgärtel (Grüne) berichtet von Beschwerden der Elternschaft über den Bringverkehr vor Schulbeginn "
            "und beantragt, eine Elternhaltestelle in der Ahornstraße einzurichten.",
            "Frau Yıldız (SPD) unterstützt den Antrag und bittet die Verwaltung, auch eine Tempo-30-Zone zu prüfen. "
            "Frau Dr. Okafor sagt eine Prüfung bis zur nächsten Sitzung zu.",
        ],
    ),
    (
        "TOP 4 Digitalisierung der Schulen: Sachstandsbericht",
        [
            "Herr Westphal stellt den Sachstand vor. Alle weiterführenden Schulen sind an das Glasfasernetz "
            "angeschlossen; an vier Grundschulen fehlen noch WLAN-Zugänge in den Fachräumen.",
            "Herr Pohlmann (FDP) äußert Bedenken, ob die Wartung der Geräte mit dem vorhandenen Personal zu leisten "
            "ist, und fragt nach den Kosten eines externen Dienstleisters. Der Ausschuss nimmt den Bericht zur Kenntnis.",
        ],
    ),
    (
        "TOP 5 Anfragen und Mitteilungen",
        [
            "Frau Keßler-Wiertz (CDU) fragt nach dem Zeitplan für die Erweiterung der Offenen Ganztagsschule. "
            "Frau Dr. Okafor antwortet, dass der Bauantrag im Herbst gestellt wird.",
            "Der Vorsitzende schließt die Sitzung um 18:40 Uhr.",
        ],
    ),
]


def minute_blocks() -> list[Para | Lines]:
    blocks: list[Para | Lines] = [TITLE, ROSTER]
    for heading, paragraphs in ITEMS:
        blocks.append(Lines(heading, bold=True))
        blocks.extend(Para(p) for p in paragraphs)
    return blocks


def expected_text(blocks: list[Para | Lines]) -> str:
    """What the reader must return: blocks as paragraphs, the lines of Lines blocks kept."""
    return "\n\n".join(b.text for b in blocks) + "\n"


def crosses_break(trace: list[tuple[int, int, int, str]], blocks: list[Para | Lines]) -> bool:
    """Whether some paragraph runs on from one page or column into the next."""
    return any(
        (p, c) != (q, d) and i == j and isinstance(blocks[i], Para) for (q, d, j, _), (p, c, i, _) in zip(trace, trace[1:])
    )


# --- full minutes -----------------------------------------------------------------------------


def test_multipage_a4_drops_running_header_and_page_numbers():
    blocks = minute_blocks()
    trace: list[tuple[int, int, int, str]] = []
    data = build_pdf(blocks, header="Niederschrift Schulausschuss 14.05.2024", footer="Seite {page} von {pages}", size=11, max_lines=18, trace=trace)
    text, meta = pdf_to_text(data, "a4.pdf")
    assert int(meta["pages"]) >= 3 and crosses_break(trace, blocks)
    assert text == expected_text(blocks)
    assert "Seite" not in text and "Schulausschuss 14.05.2024" not in text


def test_a5_with_page_number_in_header_and_bare_page_number_footer():
    blocks = minute_blocks()
    trace: list[tuple[int, int, int, str]] = []
    data = build_pdf(
        blocks,
        pagesize=A5,
        size=9,
        margin=36,
        header="Ausschuss für Schule und Sport, Sitzung am 14.05.2024, Seite {page}",
        header_on_first_page=False,
        footer="- {page} -",
        max_lines=24,
        trace=trace,
    )
    text, meta = pdf_to_text(data, "a5.pdf")
    assert int(meta["pages"]) >= 3 and crosses_break(trace, blocks)
    assert text == expected_text(blocks)


def test_hyphenation_rejoined_and_real_hyphens_kept_across_lines_and_pages():
    lines = [
        "Frau Dr. Okafor (Verwaltung) berichtet, die Anregung aus der Maisitzung sei von der Verwal-",
        "tung geprüft worden. Die Stellungnahme liegt seit gestern auch der SPD-Fraktion und der",
        "CDU-Fraktion vor. Frau Keßler-Wiertz (CDU) dankt für die schnelle Vorlage. Frau Keßler-",
        "Wiertz fragt nach dem Stand beim Case-Management für die Schulen und beim Case-",
        "Management für die Kitas sowie nach dem Zeitplan für den Straßen- und Wegebau,",
        "den Straßen- und Brückenbau und den Hochwasserschutz. Es gibt 9 Ja-Stimmen und 2 Ja-",
        "Stimmen der Gäste und keine Gegenstimmen; die Vorsitzende verweist auf das Sitzungs\u00ad",
        "protokoll der Fachausschüsse und dankt Herrn Roth für seine 30-jährige und Frau Ost für 30-",
        "jährige Mitarbeit in den Elternbeiräten der Grundschulen Birkenweg und Ahornstraße.",
    ]
    trace: list[tuple[int, int, int, str]] = []
    data = build_pdf([Para("\n".join(lines))], header="Niederschrift Schulausschuss 14.05.2024", max_lines=4, trace=trace)
    text, _ = pdf_to_text(data, "hyphen.pdf")
    assert [t[3] for t in trace if t[0] == 0][-1].endswith("Case-")  # "Case-" / "Management" across a page break
    assert text == (
        "Frau Dr. Okafor (Verwaltung) berichtet, die Anregung aus der Maisitzung sei von der Verwaltung geprüft "
        "worden. Die Stellungnahme liegt seit gestern auch der SPD-Fraktion und der CDU-Fraktion vor. Frau "
        "Keßler-Wiertz (CDU) dankt für die schnelle Vorlage. Frau Keßler-Wiertz fragt nach dem Stand beim "
        "Case-Management für die Schulen und beim Case-Management für die Kitas sowie nach dem Zeitplan für den "
        "Straßen- und Wegebau, den Straßen- und Brückenbau und den Hochwasserschutz. Es gibt 9 Ja-Stimmen und 2 "
        "Ja-Stimmen der Gäste und keine Gegenstimmen; die Vorsitzende verweist auf das Sitzungsprotokoll der "
        "Fachausschüsse und dankt Herrn Roth für seine 30-jährige und Frau Ost für 30-jährige Mitarbeit in den Elternbeiräten der "
        "Grundschulen Birkenweg und Ahornstraße.\n"
    )
    assert "Verwaltung" in text and "Keßler-Wiertz" in text and "Ja-Stimmen" in text and "\u00ad" not in text


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("die Verwal-", "tung prüft", "die Verwaltung prüft"),
        ("mit 9 Ja-", "Stimmen", "mit 9 Ja-Stimmen"),
        ("Frau Keßler-", "Wiertz (CDU)", "Frau Keßler-Wiertz (CDU)"),
        ("der SPD-", "Fraktion", "der SPD-Fraktion"),
        ("das Case-Manage-", "ment", "das Case-Management"),
        ("eine 30-", "jährige", "eine 30-jährige"),
        ("die CDU-", "geführte", "die CDU-geführte"),
        ("Straßen-", "und Wegebau", "Straßen- und Wegebau"),
        ("ab-", "und zunehmen", "ab- und zunehmen"),
        ("Verwaltung so-", "wie Rat", "Verwaltung sowie Rat"),
        ("unter https://", "ris.example.de/to", "unter https://ris.example.de/to"),
        ("das Sitzungs\u00ad", "protokoll", "das Sitzungsprotokoll"),
        ("BÜNDNIS 90/", "DIE GRÜNEN", "BÜNDNIS 90/DIE GRÜNEN"),
        ("Ausschuss –", "wie", "Ausschuss – wie"),
        ("stellt fest.", "Der", "stellt fest. Der"),
    ],
)
def test_join_hyphenated(left, right, joined):
    assert join_hyphenated(left, right) == joined


# --- layout -----------------------------------------------------------------------------------

UMWELT = [
    "Herr Brandauer (Grüne) berichtet über den Stand der Radwegeplanung am Mühlbach. Die Trasse soll auf der "
    "Nordseite verlaufen, damit die alten Kopfweiden erhalten bleiben.",
    "Frau Yıldız (SPD) fragt nach den Kosten und nach dem Zeitplan für den ersten Bauabschnitt zwischen "
    "Schulstraße und Bahnhof. Die Verwaltung antwortet, dass die Kosten bei rund 480.000 Euro liegen.",
    "Herr Pohlmann (FDP) bittet darum, die Anwohnerinnen und Anwohner frühzeitig zu beteiligen, insbesondere "
    "die Gewerbetreibenden am Marktplatz, die während der Bauzeit Umsatzeinbußen befürchten.",
    "Der Ausschuss nimmt den Bericht zur Kenntnis und bittet um einen weiteren Bericht in der Sitzung im Herbst.",
]


def test_two_column_page_is_read_left_column_then_right():
    trace: list[tuple[int, int, int, str]] = []
    blocks = [Para(p) for p in UMWELT]
    data = build_pdf(blocks, columns=2, title="Niederschrift über die 3. Sitzung des Umweltausschusses", footer="- {page} -", max_lines=16, trace=trace)
    text, meta = pdf_to_text(data, "columns.pdf")
    assert meta["pages"] == "1" and {c for _, c, _, _ in trace} == {0, 1} and crosses_break(trace, blocks)
    assert text == "Niederschrift über die 3. Sitzung des Umweltausschusses\n\n" + "\n\n".join(UMWELT) + "\n"
    right_first = next(t for _, c, _, t in trace if c == 1)
    assert text.index(UMWELT[0]) < text.index(right_first) < text.index(UMWELT[-1])


def test_table_of_names_and_roles_keeps_one_row_per_person():
    roster = Lines(  # the roles end near the right margin, as if the rows were wrapped lines
        "Anwesend:\nBrandauer, Jens (Grüne)\tVorsitzender im Umweltausschuss\nYıldız, Aylin (SPD)\tstellvertretende Vorsitzende (Rat)\n"
        "Pohlmann, Uwe (FDP)\tMitglied des Umweltausschusses\nKrämer-Oduya, Sabine (CDU)\tTiefbauamt, Abteilung Straßenbau\n"
        "Westphal, Dirk\tVorsitzende des Seniorenbeirats\nNguyen, Mai\tSchriftführer und Ratsmitglied\nOst, Heike\tVerwaltung",
        tab=305,
    )
    data = build_pdf([roster, *(Para(p) for p in UMWELT)], footer=None)
    text, _ = pdf_to_text(data, "roster.pdf")
    assert text == expected_text([Lines(roster.text.replace("\t", " ")), *(Para(p) for p in UMWELT)])


def test_list_items_stay_lines_and_a_dash_inside_a_sentence_joins():
    agreed = Lines(
        "Vereinbart wird:\n– Die Verwaltung prüft bis zur nächsten Sitzung die Elternhaltestelle in der Ahornstraße.\n"
        "– Der Ausschuss berät im Juni erneut.\n• Die Schulleitungen werden beteiligt."
    )
    aside = Para("Herr Lindner (SPD) erklärt, man habe die Maßnahme schon im Mai beraten; der Ausschuss\n– so der Vorsitzende weiter – habe damals einstimmig zugestimmt.")
    text, _ = pdf_to_text(build_pdf([agreed, aside]), "lists.pdf")
    assert text == agreed.text + "\n\n" + aside.text.replace("\n", " ") + "\n"


# --- columns found from word positions ----------------------------------------------------------

MM = 72 / 25.4  # points per millimetre
PAGES = {"A5": (A5, 8, 30), "A4": (A4, 10, 56)}  # page size, font size, margin
BAU = [
    "Der Vorsitzende eröffnet die Sitzung um 17:30 Uhr und stellt die ordnungsgemäße Einladung sowie die "
    "Beschlussfähigkeit fest. Gegen die Tagesordnung werden keine Einwände erhoben.",
    "Herr Albers (SPD) fragt nach den Kosten der Sanierung der Brücke über den Mühlgraben und möchte wissen, ob "
    "die Förderung des Landes bereits bewilligt ist.",
    "Frau Dr. Yilmaz erläutert, dass die Kosten nach der aktuellen Schätzung bei rund 2,3 Mio. Euro liegen. Der "
    "Förderbescheid wird im Frühjahr erwartet; die Ausschreibung kann erst danach veröffentlicht werden.",
    "Frau Brinkmann-Hoelscher (CDU) bittet darum, die Umleitung für den Busverkehr frühzeitig mit den "
    "Verkehrsbetrieben abzustimmen, damit die Schülerinnen und Schüler nicht unnötig lange unterwegs sind.",
    "Herr Petersen (Grüne) begrüßt die Planung ausdrücklich. Er regt an, bei der Gelegenheit einen getrennten "
    "Geh- und Radweg anzulegen, und beantragt, die Mehrkosten bis zur nächsten Sitzung zu ermitteln.",
    "Herr Albers (SPD) äußert Bedenken wegen der langen Bauzeit und fragt, ob die Arbeiten in zwei Abschnitten "
    "ausgeführt werden können, damit die Brücke für Fußgänger durchgehend passierbar bleibt.",
    "Frau Dr. Yilmaz sagt eine Prüfung zu. Die Verwaltung wird dem Ausschuss einen Bauzeitenplan vorlegen, der "
    "die Sperrzeiten und die Umleitungsstrecken im Einzelnen darstellt.",
    "Beschluss: Der Bauausschuss empfiehlt dem Rat, der Sanierung der Mühlgrabenbrücke zuzustimmen und die "
    "Verwaltung mit der Ausschreibung zu beauftragen. Abstimmungsergebnis: 9 Ja-Stimmen, 2 Gegenstimmen, 1 Enthaltung.",
    "Herr Wendland (FDP) erkundigt sich nach dem Stand der Parkraumbewirtschaftung in der Innenstadt. Frau Dr. "
    "Yilmaz antwortet, dass die Auswertung der Zählungen im Sommer vorgelegt wird.",
    "Der Vorsitzende dankt allen Beteiligten und schließt die öffentliche Sitzung um 19:05 Uhr.",
]
BAU_TITLE: list[Para | Lines] = [
    Lines("Niederschrift", bold=True),
    Para(
        "über die 7. Sitzung des Bauausschusses der Stadt Musterhausen am Mittwoch, dem 12.03.2025, im großen "
        "Sitzungssaal des Rathauses, Beginn 17:30 Uhr, Ende 19:05 Uhr",
        justify=True,
    ),
]


def words(text: str) -> str:
    """The words in reading order. A paragraph that ends at the foot of a column cannot be told from
    one that goes on in the next column, so the column tests compare words, not paragraph breaks."""
    return " ".join(text.split())


def columns_pdf(
    page: str, gutter_mm: float, columns: int, *, paras: list[str] = BAU, justify: bool = True, max_lines: int | None = None, **kwargs
) -> tuple[bytes, list[tuple[int, int, int, str]]]:
    """`paras` set in columns on one page, and the trace of where each line went. Unless `max_lines`
    is given, the columns are made just long enough for the text to fit on one page, so that every
    column gets some."""
    pagesize, size, margin = PAGES[page]
    blocks = [Para(p, justify=justify) for p in paras]
    opts = {"pagesize": pagesize, "size": size, "margin": margin, "columns": columns, "gutter": gutter_mm * MM, **kwargs}
    trace: list[tuple[int, int, int, str]] = []
    if max_lines is not None:
        return build_pdf(blocks, trace=trace, max_lines=max_lines, **opts), trace
    build_pdf(blocks, trace=trace, **opts)
    for max_lines in range(math.ceil(len(trace) / columns), len(trace) + 1):
        trace = []
        data = build_pdf(blocks, trace=trace, max_lines=max_lines, **opts)
        if trace[-1][0] == 0:
            break
    return data, trace


@pytest.mark.parametrize("gutter_mm", [4, 6, 8, 12])
@pytest.mark.parametrize("page", ["A5", "A4"])
@pytest.mark.parametrize("justify", [True, False], ids=["justified", "ragged"])
def test_two_columns_are_read_left_column_then_right(page, gutter_mm, justify):
    data, trace = columns_pdf(page, gutter_mm, 2, justify=justify, footer="- {page} -")
    text, meta = pdf_to_text(data, "spalten.pdf")
    assert meta["pages"] == "1" and {c for _, c, _, _ in trace} == {0, 1}
    assert not justify or any(t.endswith("-") and not t.endswith("Geh-") for _, _, _, t in trace)  # words hyphenated
    assert words(text) == words(" ".join(BAU))  # the left column fully before the right, hyphenation undone
    assert "\n\n".join(BAU[:3]) in text  # paragraphs inside a column are kept


@pytest.mark.parametrize("gutter_mm", [4, 6, 8, 12])
@pytest.mark.parametrize("page", ["A5", "A4"])
def test_full_width_title_block_stays_above_the_two_columns(page, gutter_mm):
    data, trace = columns_pdf(page, gutter_mm, 2, title=BAU_TITLE)
    text, _ = pdf_to_text(data, "titel.pdf")
    assert {c for _, c, _, _ in trace} == {0, 1}
    assert text.startswith(f"Niederschrift\n\n{BAU_TITLE[1].text}\n\n{BAU[0]}\n\n")
    assert words(text) == words(" ".join([b.text for b in BAU_TITLE] + BAU))


ROSTER_IN_COLUMN: list[Para | Lines] = [
    Lines("Niederschrift", bold=True),
    Para(
        "über die 7. Sitzung des Bau-\nausschusses der Stadt Muster-\nhausen am Mittwoch, dem\n12.03.2025, im Rathaus"
    ),
    Lines("Anwesend:\nVorsitz\nHerr Brandt (SPD)\nMitglieder\nHerr Albers (SPD)\nFrau Brinkmann-Hoelscher (CDU)\n"
          "Frau Czerny (CDU)\nHerr Dietz (SPD)\nFrau Ehlers (Grüne)\nHerr Petersen (Grüne)\nHerr Wendland (FDP)\n"
          "Frau Zöllner (SPD)\nVerwaltung\nFrau Dr. Yilmaz\nHerr Kuhn\nProtokoll\nFrau Lange\nAbwesend:\nHerr Moll (CDU)"),
]  # fmt: skip


@pytest.mark.parametrize("gutter_mm", [4, 6, 12])
def test_title_block_and_roster_set_in_the_left_column_stay_a_column(gutter_mm):
    """A5 booklets put the title and the roster at the top of the left column: short lines, not running text,
    but set in the column (its title broken at the column edge), beside prose in the right one."""
    pagesize, size, margin = PAGES["A5"]
    blocks = [*ROSTER_IN_COLUMN, *(Para(p, justify=True) for p in BAU[:6])]
    trace: list[tuple[int, int, int, str]] = []
    data = build_pdf(blocks, trace=trace, pagesize=pagesize, size=size, margin=margin, columns=2, gutter=gutter_mm * MM, max_lines=30)
    assert {c for _, c, b, _ in trace if b < 3} == {0} and {c for _, c, _, _ in trace} == {0, 1}
    text, _ = pdf_to_text(data, "heft.pdf")
    assert words(text) == words(" ".join(b.text for b in blocks).replace("-\n", "").replace("\n", " "))


@pytest.mark.parametrize("gutter_mm", [4, 6, 8, 12])
def test_three_columns_are_read_left_to_right(gutter_mm):
    data, trace = columns_pdf("A4", gutter_mm, 3, title=BAU_TITLE)
    text, meta = pdf_to_text(data, "drei.pdf")
    assert meta["pages"] == "1" and {c for _, c, _, _ in trace} == {0, 1, 2}
    assert words(text) == words(" ".join([b.text for b in BAU_TITLE] + BAU))


@pytest.mark.parametrize("page", ["A5", "A4"])
def test_short_last_column_of_one_or_two_lines_comes_last(page):
    """The last lines of the minutes at the top of an otherwise empty right column."""
    paras = BAU[:5] if page == "A5" else BAU
    _, trace = columns_pdf(page, 6, 2, paras=paras, max_lines=200)  # all in the left column
    spilled = set()
    for max_lines in range(len(trace) + 2, 10, -1):  # shorten the columns until the last lines move over
        data, trace = columns_pdf(page, 6, 2, paras=paras, max_lines=max_lines)
        right = sum(1 for _, c, _, _ in trace if c == 1)
        if right > 2:
            break
        if right:
            spilled.add(right)
            assert words(pdf_to_text(data, "kurz.pdf")[0]) == words(" ".join(paras)), f"{right} line(s) in the right column"
    assert spilled


@pytest.mark.parametrize("page", ["A5", "A4"])
def test_one_column_justified_page_with_tables_is_not_split(page):
    """Aligned word starts (an agenda with a tab, speakers' names with their words indented beside
    them), right-aligned votes ("Ja  9") and justified text with wide word spaces leave no gutter:
    one column, read row by row."""
    pagesize, size, margin = PAGES[page]
    width = pagesize[0] - 2 * margin
    verbatim = Lines(
        "Herr Albers (SPD):\tIch möchte wissen, ob die Förderung des Landes\n\tbereits bewilligt ist.\n"
        "Frau Dr. Yilmaz:\tDer Bescheid wird im Frühjahr erwartet, die\n\tAusschreibung folgt danach.\n"
        "Herr Albers (SPD):\tDann bitte ich um einen Bericht in der\n\tnächsten Sitzung.",
        tab=10 * size,
    )
    agenda = Lines(
        "Tagesordnung:\nTOP 1\tEröffnung und Feststellung der Beschlussfähigkeit\nTOP 2\tSanierung der Mühlgrabenbrücke\n"
        "TOP 3\tParkraumbewirtschaftung in der Innenstadt\nTOP 4\tAnfragen und Mitteilungen",
        tab=3.5 * size,
    )
    votes = Lines("Ja\t9\nNein\t2\nEnthaltung\t1", tab=width, align="right")
    roll = Lines(
        "Albers, Jens (SPD)\tJa\nBrinkmann-Hoelscher, Ute (CDU)\tNein\nPetersen, Ole (Grüne)\tJa\nWendland, Kai (FDP)\tEnthaltung",
        tab=width,
        align="right",
    )
    blocks = [
        agenda,
        *(Para(p, justify=True) for p in BAU[:4]),
        verbatim,
        Para(BAU[7], justify=True),
        votes,
        roll,
        *(Para(p, justify=True) for p in BAU[8:]),
    ]
    data = build_pdf(blocks, pagesize=pagesize, size=size, margin=margin)
    pages, _ = read_pages(data, "eine-spalte.pdf")
    drop_furniture(pages)
    assert all(find_gutters(p.rows, p.width) == [] for p in pages)
    text, _ = pdf_to_text(data, "eine-spalte.pdf")
    assert text == expected_text([Lines(b.text.replace("\n\t", "\n").replace("\t", " ")) if isinstance(b, Lines) else b for b in blocks])


@pytest.mark.parametrize("tab", [0.5, 0.6])
@pytest.mark.parametrize(("pagesize", "size", "margin"), [(A5, 8, 36), (A5, 9, 30), (A4, 10, 56)])
def test_roll_call_with_votes_at_a_tab_is_not_a_column(pagesize, size, margin, tab):
    """Names of much the same length look like wrapped lines, and the votes start at one x; but a
    column of one-word rows ("Ja", "Nein") is not a column of text."""
    width = pagesize[0] - 2 * margin
    calls = [
        Lines("Albers, Jens (SPD)\tJa\nYilmaz, Derya (SPD)\tJa\nBrinkmann-Hoelscher, Ute (CDU)\tNein\nWendland, Kai (FDP)\tEnthaltung", tab=tab * width),
        Lines("Brinkmann-Hoelscher, Ute (CDU)\tNein\nAlbers, Jens (SPD)\tJa\nYilmaz, Derya (SPD)\tJa\nPetersen, Ole (Grüne)\tJa", tab=tab * width),
    ]
    blocks = [Para(BAU[1], justify=True), Para(BAU[5], justify=True), *calls, Para(BAU[4], justify=True)]
    data = build_pdf(blocks, pagesize=pagesize, size=size, margin=margin)
    pages, _ = read_pages(data, "namentlich.pdf")
    drop_furniture(pages)
    assert all(find_gutters(p.rows, p.width) == [] for p in pages)
    text, _ = pdf_to_text(data, "namentlich.pdf")
    assert text == expected_text([Lines(b.text.replace("\t", " ")) if b in calls else b for b in blocks])


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        ("Niederschrift Bauausschuss 12.03.2025 – Seite 1 von 1", None),
        ("Seite 1 - Bauausschuss der Stadt Musterhausen", None),
        ("Bauausschuss der Stadt Musterhausen, Sitzung am 12.03.2025", None),  # small print, name and date repeated below
        (None, "Niederschrift Bauausschuss – Seite 1 von 1"),
        (None, "Bauausschuss 12.03.2025 - 1 -"),
    ],
)
def test_running_header_and_footer_of_a_one_page_pdf_are_removed(header, footer):
    blocks = [*BAU_TITLE, *(Para(p) for p in BAU[:5])]
    text, meta = pdf_to_text(build_pdf(blocks, header=header, footer=footer), "eine-seite.pdf")
    assert meta["pages"] == "1"
    assert text == expected_text(blocks)


@pytest.mark.parametrize(
    ("first", "small"),
    [
        ("Sitzung des Bauausschusses am 12.03.2025", False),  # the title in the body's size, however dated
        ("Herr Albers verweist auf die Kostenschätzung in der Vorlage, Seite 4", False),  # not this page's number
        ("Stadt Musterhausen – Der Bürgermeister", True),  # small print without a date: kept to be safe
    ],
)
def test_first_line_of_a_one_page_pdf_stays_unless_it_is_clearly_furniture(first, small):
    body = [Para(p) for p in BAU[:3]] + [Para("Die Niederschrift der Sitzung vom 12.03.2025 wird genehmigt.")]
    data = build_pdf(body, header=first, footer=None) if small else build_pdf([Lines(first), *body], footer=None)
    text, _ = pdf_to_text(data, "erste-zeile.pdf")
    assert text.startswith(first + "\n")


# --- bad PDFs ---------------------------------------------------------------------------------


def small_pdf(**kwargs) -> bytes:
    return build_pdf([TITLE, Para(ITEMS[0][1][0])], **kwargs)


def test_no_text_layer_is_e032_with_ocr_advice():
    with pytest.raises(SourceError, match=r"^\[E032\] scan\.pdf: .*no text layer.*ocrmypdf in\.pdf out\.pdf"):
        pdf_to_text(scanned_pdf(), "scan.pdf")


def test_encrypted_pdf_is_e031_and_asks_for_password_or_unprotected_copy():
    from pypdf import PdfWriter

    with pytest.raises(SourceError, match=r"^\[E031\] locked\.pdf: .*password.*unprotected copy"):
        pdf_to_text(small_pdf(encrypt="geheim"), "locked.pdf")
    writer = PdfWriter(clone_from=io.BytesIO(small_pdf()))
    writer.encrypt("geheim", algorithm="AES-256")
    buf = io.BytesIO()
    writer.write(buf)
    with pytest.raises(SourceError, match=r"^\[E031\]"):
        pdf_to_text(buf.getvalue(), "aes.pdf")


def test_pdf_with_only_an_owner_password_is_read():
    from reportlab.lib.pdfencrypt import StandardEncryption

    text, _ = pdf_to_text(small_pdf(encrypt=StandardEncryption("", ownerPassword="verwaltung")), "print-protected.pdf")
    assert text.startswith("Niederschrift\n") and "Beschlussfähigkeit fest." in text


def test_truncated_pdf_is_e030():
    data = small_pdf()
    with pytest.raises(SourceError, match=r"^\[E030\] cut\.pdf: .*truncated.*cut off"):
        pdf_to_text(data[: len(data) // 2], "cut.pdf")


def test_not_a_pdf_is_e030():
    with pytest.raises(SourceError, match=r"^\[E030\] login\.pdf: .*not a PDF: it is an HTML page"):
        pdf_to_text(b"<!DOCTYPE html><html><body>Bitte melden Sie sich an.</body></html>", "login.pdf")


def test_damaged_pdfs_raise_only_source_error():
    data = small_pdf(header="Niederschrift", footer="- {page} -")
    rnd = random.Random(7)
    cases = [data[:n] for n in range(0, len(data), len(data) // 40)]
    for _ in range(80):
        b = bytearray(data)
        for _ in range(rnd.randint(1, 12)):
            b[rnd.randrange(len(b))] = rnd.randrange(256)
        cases.append(bytes(b))
    outcomes = set()
    for case in cases:
        try:
            pdf_to_text(case, "damaged.pdf")
            outcomes.add("read")
        except SourceError as err:
            outcomes.add(str(err)[:6])
    assert outcomes <= {"read", "[E030]", "[E031]", "[E032]"} and "[E030]" in outcomes


# --- integration --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def nlp_no_stance():
    return ratsnlp.load(stance_model=False)


def test_end_to_end_turns_from_a_pdf(tmp_path, nlp_no_stance):
    blocks: list[Para | Lines] = [
        TITLE,
        ROSTER,
        Lines(ITEMS[1][0], bold=True),
        Para(
            "Frau Dr. Okafor erläutert den Stand der Planung. Es liegen drei Angebote vor; die Kosten\n"
            "betragen rund 1,4 Mio. Euro. Baubeginn ist in den Sommerferien, die Verwal-\n"
            "tung rechnet mit einer Bauzeit von acht Monaten."
        ),
        Para("Herr Lindner (SPD) fragt, ob die Halle während der Bauzeit für den Vereinssport genutzt werden kann, und bittet um eine Übersicht der Ausweichflächen."),
        Para("Frau Keßler-Wiertz (CDU) begrüßt die Planung ausdrücklich. Sie regt an, die Umkleiden barrierefrei auszubauen."),
        Para("Herr Baumgärtel (Grüne) äußert Bedenken wegen der Kosten der Photovoltaikanlage und beantragt, ein Gründach zu prüfen."),
        Para("Beschluss: Der Ausschuss empfiehlt dem Rat, die Sanierung zu beschließen. Ergebnis: 9 Ja-\nStimmen, 2 Gegenstimmen, 1 Enthaltung."),
    ]
    pdf_path = tmp_path / "niederschrift-schulausschuss.pdf"
    pdf_path.write_bytes(build_pdf(blocks, footer="Seite {page} von {pages}"))
    result = extract([str(pdf_path)], nlp=nlp_no_stance)
    assert result.ledger == []
    text = read_source(str(pdf_path)).text
    assert "die Verwaltung rechnet" in text and "9 Ja-Stimmen" in text
    turns = result.turns
    assert list(turns["speaker"]) == ["Okafor", "Lindner", "Keßler-Wiertz", "Baumgärtel"]
    assert list(turns["party"].fillna("")) == ["", "SPD", "CDU", "Grüne"]
    for row in turns.itertuples():
        assert text[row.start : row.end] == row.text
    assert turns.iloc[0]["text"].startswith("Frau Dr. Okafor erläutert") and "Verwaltung rechnet" in turns.iloc[0]["text"]


def test_batch_records_bad_pdfs_in_the_ledger_and_goes_on(tmp_path, nlp_no_stance):
    good = build_pdf([TITLE, Para("Herr Lindner (SPD) fragt, ob die Sporthalle im Sommer saniert wird. Frau Dr. Okafor erläutert den Zeitplan.")])
    files = {
        "a-gut.pdf": good,
        "b-abgeschnitten.pdf": good[: len(good) // 2],
        "c-verschluesselt.pdf": small_pdf(encrypt="geheim"),
        "d-scan.pdf": scanned_pdf(1),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = extract([str(tmp_path)], nlp=nlp_no_stance)
    assert result.documents == 1 and set(result.turns["speaker"]) == {"Lindner", "Okafor"}
    reasons = {r["source"].rsplit("/", 1)[-1]: r["reason"][:6] for r in result.ledger if r["status"] == "failed"}
    assert reasons == {"b-abgeschnitten.pdf": "[E030]", "c-verschluesselt.pdf": "[E031]", "d-scan.pdf": "[E032]"}


def test_readers_dispatch_pdf_by_suffix_media_type_and_content(tmp_path):
    data = small_pdf()
    path = tmp_path / "sitzung.pdf"
    path.write_bytes(data)
    src = read_source(str(path))
    assert src.encoding == "pdf" and src.meta["pages"] == "1" and src.text.startswith("Niederschrift\n")
    assert source_from_bytes(data, "https://ris.example.org/getfile?id=17", media_type="application/pdf").text == src.text
    assert source_from_bytes(data, "download-17").text == src.text


def test_cli_text_prints_the_pdf_text(tmp_path):
    from typer.testing import CliRunner

    from ratsnlp.cli import app

    path = tmp_path / "sitzung.pdf"
    path.write_bytes(small_pdf())
    result = CliRunner().invoke(app, ["text", str(path)])
    assert result.exit_code == 0 and result.stdout_bytes.decode("utf-8") == read_source(str(path)).text


def test_twenty_pages_come_out_whole_and_in_order():
    # How fast long PDFs are read is measured in benchmarks/ (never asserted here: timings vary with the machine).
    blocks = minute_blocks() * 22
    data = build_pdf(blocks, header="Niederschrift Schulausschuss 14.05.2024", footer="Seite {page} von {pages}")
    text, meta = pdf_to_text(data, "long.pdf")
    assert int(meta["pages"]) >= 20 and text.count("TOP 5 Anfragen") == 22
    assert "Seite 3 von" not in text  # running footers are dropped on every page


# --- justified text: where lines end tells wraps from breaks -------------------------------------


def _heading_short_of_the_edge(width: float, size: float) -> str:
    """A roster heading that ends a few points short of the column edge: too little room for "Frau" after
    it, so only the justified setting of the column shows that the line ends there."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = ["Stimmberechtigte", "Mitglieder", "des", "Ausschusses", "für", "Umwelt", "Klima", "Verkehr", "Bauen", "Wohnen", "Sport", "Kultur"]
    heading = words[0]
    for w in words[1:]:
        longer = f"{heading} {w}"
        if stringWidth(longer, "Vera", size) > width - 3:
            break
        heading = longer
    room = width - stringWidth(heading, "Vera", size)
    assert 3 <= room < stringWidth("Frau", "Vera", size) + 0.3 * size + 1.0, room
    return heading


def test_a_line_of_a_justified_column_that_stops_short_of_the_edge_ends_there():
    pagesize, size, margin = PAGES["A5"]
    heading = _heading_short_of_the_edge(pagesize[0] - 2 * margin, size)
    roster = Lines(f"{heading}\nFrau Abg. Meinecke (CDU)\nHerr Abg. Rathjens (CDU)")
    blocks = [*(Para(p, justify=True) for p in BAU[:3]), roster, *(Para(p, justify=True) for p in BAU[3:5])]
    text, _ = pdf_to_text(build_pdf(blocks, pagesize=pagesize, size=size, margin=margin, footer=None), "heft.pdf")
    assert f"{heading}\nFrau Abg. Meinecke (CDU)\n" in text
    assert BAU[1] in text  # the wrapped lines of the paragraphs still join


def test_a_justified_line_of_two_words_spread_over_the_column_is_no_table_row():
    pagesize, size, margin = PAGES["A5"]
    spread = Para("Bezirksvertreterin Schulte-Lohmann\n(SPD) widerspricht entschieden.")
    blocks = [*(Para(p, justify=True) for p in BAU[:3]), spread]
    text, _ = pdf_to_text(build_pdf(blocks, pagesize=pagesize, size=size, margin=margin, footer=None), "heft.pdf")
    assert "Bezirksvertreterin Schulte-Lohmann (SPD) widerspricht entschieden." in text


def test_last_page_filled_only_in_its_left_column_keeps_its_paragraphs_whole():
    """A booklet's last page, its text in the left column only, after a page set across the full measure:
    the last page has no gutter, and its lines end where the column does, far short of the measure of the
    other page; they wrap all the same."""
    from pypdf import PdfReader, PdfWriter

    for max_lines in range(12, 40):
        data, trace = columns_pdf("A5", 6, 2, max_lines=max_lines)
        last = max(p for p, _, _, _ in trace)
        if last >= 1 and {c for p, c, _, _ in trace if p == last} == {0} and sum(p == last for p, _, _, _ in trace) >= 8:
            break
    else:
        raise AssertionError("no layout with a last page in one column")
    whole = [i for i in range(len(BAU)) if {p for p, _, b, _ in trace if b == i} == {last}]  # paragraphs on it only
    pagesize, size, margin = PAGES["A5"]
    full = build_pdf([Para(p, justify=True) for p in BAU[:4]], pagesize=pagesize, size=size, margin=margin, footer=None)
    writer = PdfWriter()
    writer.add_page(PdfReader(io.BytesIO(full)).pages[0])
    writer.add_page(PdfReader(io.BytesIO(data)).pages[last])
    out = io.BytesIO()
    writer.write(out)
    text, _ = pdf_to_text(out.getvalue(), "heft.pdf")
    assert whole
    for i in whole:
        assert BAU[i] in text  # not one line per printed line
