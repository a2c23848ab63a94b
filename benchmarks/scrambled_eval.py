"""Scrambled paywall text made from the dev sets' gold texts: how much of it the cleaner removes.

Usage::

    python benchmarks/scrambled_eval.py ../shared/devset [--seeds write|held-out|all]

Paywalled news sites ship the locked part of an article scrambled in the HTML, so extracted
text holds paragraphs of gibberish after a clear lead. Two systems are seen on real pages:
every letter replaced by another (a fixed substitution alphabet, or a Caesar shift), word
lengths, capitals, digits and punctuation kept; and the characters of a stretch permuted, so
capitals and punctuation land inside words.
This benchmark makes such documents from the dev sets' gold texts (every real page of both
sets, in every language): a clear lead of one to three paragraphs, sometimes a paywall line,
then every later line scrambled by one seeded scrambler. It reports, for the detector named
DETECTOR:

- scrambled lines removed / scrambled lines, and clear lines it removed (the lead and the
  lines above it, a paywall line: must be 0), per kind; lines of the locked part that the
  scrambler left as they were (no letters: "2012", "}") are counted apart;
- lines it removed from every gold text of both dev sets, unscrambled (must be 0);
- lines it removed from a must-stay set of real content that looks unusual (name lists,
  foreign words and quotes in languages without a stoplist, code, formulas, gene names, part
  numbers, ALL-CAPS lines, abbreviations, Latin, URLs, hashtags), each inside German or
  English prose (must be 0).

The seeds are fixed: the even ones (WRITE_SEEDS) may be read while writing the detector, the
odd ones (HELD_OUT_SEEDS) are reported held out. A line counts as removed when a removal
record of DETECTOR covers it.
"""

from __future__ import annotations

import argparse
import json
import random
import string
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from quality import LANG_LABELS, load_devset, select_docs

import corpusclean

DETECTOR = "scrambled_text"
# Ten seeds, fixed before the detector existed: half to write on, half held out.
WRITE_SEEDS = (0, 2, 4, 6, 8)
HELD_OUT_SEEDS = (1, 3, 5, 7, 9)
KINDS = ("substitution", "caesar", "shuffle")
# A lead paragraph has at least this many words (a heading or a dateline above it is clear
# too and does not count as one of the lead's paragraphs).
LEAD_PARAGRAPH_WORDS = 8
# The shuffle permutes the non-space characters of windows of this many characters, so a
# window crosses word boundaries (spaces stay where they were, as on the sites seen).
SHUFFLE_WINDOW = (4, 14)
# The paywall lines put between the lead and the scrambled part in a third of the documents.
PAYWALL_LINES = {
    "de": "Lesen Sie jetzt weiter mit unserem Digital-Abo.",
    "en": "Subscribe to continue reading this article.",
}
_LOWER = string.ascii_lowercase + "äöüß"


def substitute(text: str, rng: random.Random) -> str:
    """Every letter replaced by another of a random alphabet; case and the rest kept."""
    letters = list(string.ascii_lowercase)
    shuffled = letters[:]
    rng.shuffle(shuffled)
    table = dict(zip(letters, shuffled, strict=True))
    return "".join(_map_case(ch, table) for ch in text)


def caesar(text: str, rng: random.Random) -> str:
    """Every ASCII letter shifted by one fixed amount (1 to 25); case and the rest kept."""
    shift = rng.randrange(1, 26)
    letters = string.ascii_lowercase
    table = {c: letters[(i + shift) % 26] for i, c in enumerate(letters)}
    return "".join(_map_case(ch, table) for ch in text)


def _map_case(ch: str, table: dict[str, str]) -> str:
    low = ch.lower()
    if low not in table:
        return ch
    out = table[low]
    return out.upper() if ch != low else out


def shuffle(text: str, rng: random.Random) -> str:
    """The non-space characters permuted within windows that cross word boundaries."""
    chars = list(text)
    slots = [i for i, ch in enumerate(chars) if not ch.isspace()]
    start = 0
    while start < len(slots):
        width = rng.randint(*SHUFFLE_WINDOW)
        window = slots[start : start + width]
        picked = [chars[i] for i in window]
        rng.shuffle(picked)
        for i, ch in zip(window, picked, strict=True):
            chars[i] = ch
        start += width
    return "".join(chars)


SCRAMBLERS = {"substitution": substitute, "caesar": caesar, "shuffle": shuffle}


@dataclass(frozen=True)
class Made:
    """One scrambled document: its lines and which of them are scrambled."""

    lines: tuple[str, ...]
    scrambled: frozenset[int]
    kind: str
    #: The lines above the scrambled part: the lead, a heading, a paywall line.
    clear: frozenset[int]


def make_document(gold: str, lang: str, seed: int, doc_id: str) -> Made | None:
    """A clear lead of one to three paragraphs, maybe a paywall line, the rest scrambled;
    None when the gold text has no paragraph after such a lead."""
    rng = random.Random(f"{seed}:{doc_id}")
    lines = [line for line in gold.splitlines() if line.strip()]
    wanted = rng.randint(1, 3)
    seen = cut = 0
    for index, line in enumerate(lines):
        if len(line.split()) >= LEAD_PARAGRAPH_WORDS:
            seen += 1
            if seen == wanted:
                cut = index + 1
                break
    rest = lines[cut:]
    if not cut or not any(len(line.split()) >= LEAD_PARAGRAPH_WORDS for line in rest):
        return None
    kind = rng.choice(KINDS)
    scramble = SCRAMBLERS[kind]
    head = lines[:cut]
    if rng.random() < 1 / 3:
        head.append(PAYWALL_LINES.get(lang, PAYWALL_LINES["en"]))
    out = head + [scramble(line, rng) for line in rest]
    changed = frozenset(
        i for i in range(len(head), len(out)) if out[i] != lines[i - len(head) + cut]
    )
    return Made(tuple(out), changed, kind, frozenset(range(len(head))))


# --- the must-stay set: real content of unusual shapes, inside German or English prose -------

DE_LEAD = (
    "Der Gemeinderat hat am Dienstagabend nach einer langen Debatte den Haushalt für das "
    "kommende Jahr beschlossen, wie die Verwaltung am Mittwoch mitteilte."
)
DE_TAIL = (
    "Die Sitzung wurde nach drei Stunden beendet, und die nächste Beratung ist für den "
    "kommenden Monat im Rathaus geplant."
)
EN_LEAD = (
    "The city council approved the budget on Tuesday night after a long debate, and the "
    "mayor said the vote was a relief for the families who had waited for months."
)
EN_TAIL = (
    "The meeting ended after three hours, and the next session is planned for next month "
    "in the town hall, officials said."
)

MUST_STAY: dict[str, tuple[str, ...]] = {
    "cast list": (
        "Mit Anna Schudt, Jörg Hartmann, Stefan Konarske, Aylin Tezel, Rick Okon, Tinka "
        "Fürst, Sybille J. Schedwill, Thomas Arnold und Götz Otto",
        "Starring Lily Gladstone, Leonardo DiCaprio, Robert De Niro, Jesse Plemons, Tantoo "
        "Cardinal, John Lithgow, Brendan Fraser, Cara Jade Myers, JaNae Collins",
    ),
    "line-up": (
        "Aufstellung: Baumann – Kaderabek, Vogt, Brooks, Stach – Grillitsch, Prömel – "
        "Kramaric, Baumgartl, Bebou – Beier",
        "Kowalczyk, Wiśniewski, Dąbrowski, Lewandowski, Wójcik, Kamiński, Kowalski, "
        "Zieliński, Szymański, Woźniak, Kozłowski",
        "Virtanen, Korhonen, Mäkinen, Nieminen, Mäkelä, Hämäläinen, Laine, Heikkinen, "
        "Koskinen, Järvinen, Lehtonen, Lehtinen",
    ),
    "foreign words": (
        "Zu den Wörtern des Jahres zählen in anderen Ländern hygge, lagom, saudade, "
        "wabi-sabi, sisu, hiraeth, gezellig, ubuntu, toska und dolce far niente.",
        "Finnish has words for it: kalsarikännit, myötähäpeä, sisu, löyly, kaamos, "
        "jokamiehenoikeus and hyppytyynytyydytys, none of them easy to translate.",
    ),
    "Czech quote": (
        "„Přijeli jsme sem, protože doma už pro nás nebyla žádná práce a děti potřebovaly "
        "školu,“ sagte die Frau aus Ostrava.",
        "Nikdy jsem si nemyslel, že se to stane právě nám, ale teď musíme začít znovu od "
        "začátku a postavit dům znovu.",
    ),
    "Polish quote": (
        "„Nie spodziewaliśmy się, że woda przyjdzie tak szybko, w ciągu godziny cała "
        "ulica była zalana,“ said a resident of Kłodzko.",
        "Wszyscy mieszkańcy musieli opuścić swoje domy w nocy, a strażacy pracowali do "
        "rana przy pompach i workach z piaskiem.",
    ),
    "Finnish quote": (
        "„Olemme odottaneet tätä päätöstä pitkään, ja nyt vihdoin voimme aloittaa "
        "rakennustyöt keväällä,“ sagte der Bürgermeister von Tampere.",
        "Hän sanoi, että kaupunki tarvitsee lisää asuntoja nuorille perheille ja että "
        "hanke valmistuu kahden vuoden kuluttua.",
    ),
    "Welsh quote": (
        "“Mae’n bwysig iawn i ni fod y gymuned yn cael dweud ei dweud am ddyfodol yr "
        "ysgol,” said the chair of the governors in Aberystwyth.",
        "Dywedodd y cynghorydd fod y penderfyniad wedi ei wneud ar ôl ymgynghori â "
        "rhieni a staff yr ysgol dros yr haf.",
    ),
    "Hungarian quote": (
        "„Nagyon fontos, hogy a fiatalok itthon maradjanak, és legyen munkájuk a "
        "városban,“ sagte der Bürgermeister aus Szeged.",
        "A polgármester szerint a gyár bezárása után több száz család maradt bevétel "
        "nélkül, és a város segítséget kér.",
    ),
    "code": (
        "pip install corpusclean && python -m corpusclean clean --mode auto input.jsonl "
        "output.jsonl",
        "const userName = await fetchUserProfile(userId).then((profile) => profile.name);",
        "The methods getElementById, querySelector, addEventListener and "
        "removeEventListener belong to the DOM, not to JavaScript itself.",
        "git log --oneline --graph --decorate origin/main..HEAD | grep -v WIP | head -n 20",
    ),
    "formulas and genes": (
        "NaCl, KCl, CaCl2, MgSO4, NaHCO3, CaCO3, H2SO4, HNO3, NH4Cl und KMnO4 stehen im "
        "Regal der Schulchemie.",
        "The panel tested BRCA1, BRCA2, TP53, PTEN, CDH1, STK11, PALB2, CHEK2, ATM and "
        "mRNA levels of MLH1 and MSH2 in each sample.",
        "In mice, siRNA against Foxp3, Il2ra, Ctla4, Ikzf2 and Nrp1 reduced tRNA and "
        "miRNA expression in cDNA libraries.",
    ),
    "part numbers": (
        "Betroffen sind die Modelle XPS13-9370, XPS15-9570, Latitude 7490, E7470, "
        "T480s, X1C6, P52s und ThinkPad L380 Yoga.",
        "Part numbers: 04X6A01, 00HN761, SSD0L21527, 5B10W13906, L17C4P71, "
        "02DL007, 01YU754, 5H40S90121",
    ),
    "ALL CAPS": (
        "ACHTUNG: DIE STRASSE BLEIBT WEGEN BAUARBEITEN BIS ZUM ENDE DES MONATS FÜR DEN "
        "VERKEHR GESPERRT",
        "BREAKING: THE GOVERNOR HAS DECLARED A STATE OF EMERGENCY FOR ALL COUNTIES "
        "NORTH OF THE RIVER",
    ),
    "abbreviations": (
        "Laut BMWK, BNetzA, DIHK, VDA, ZDH, BDI und IG BCE sind die Kosten ggf. höher, "
        "u.a. wg. der EEG-Umlage, vgl. Anl. 3 ff.",
        "The FBI, CIA, NSA, DHS, ATF, DEA, ICE, CBP and TSA sent reps to the mtg., i.e. "
        "approx. 40 ppl., incl. the AG and the DAG.",
    ),
    "Latin": (
        "„Gallia est omnis divisa in partes tres, quarum unam incolunt Belgae, aliam "
        "Aquitani, tertiam qui ipsorum lingua Celtae,“ zitierte der Lehrer.",
        "Quousque tandem abutere, Catilina, patientia nostra? Quamdiu etiam furor iste "
        "tuus nos eludet?",
    ),
    "URL lines": (
        "https://www.schwaebische.de/regional/ulm-alb-donau/ulm/gemeinderat-beschliesst-"
        "haushalt-2024-1234567",
        "Mehr Informationen unter www.stadt-ulm.de/rathaus/gemeinderat/sitzungen, "
        "www.ulm.de/buergerservice und https://t.co/XyZ12aBcD",
    ),
    "hashtags": (
        "#Bundestag #Haushalt2024 #Schuldenbremse #Ampel #FDP #SPD #Grüne #CDU #AfD "
        "#Lindner #Scholz #Habeck",
        "#MeToo #BlackLivesMatter #FridaysForFuture #ClimateStrike #TimesUp "
        "#LoveWins #IceBucketChallenge",
    ),
}


def must_stay_documents() -> Iterator[tuple[str, tuple[str, ...]]]:
    """Each must-stay case inside German prose and inside English prose."""
    for name, lines in MUST_STAY.items():
        yield f"{name} (de)", (DE_LEAD, *lines, DE_TAIL)
        yield f"{name} (en)", (EN_LEAD, *lines, EN_TAIL)


# --- measuring -----------------------------------------------------------------------------


def removed_lines(cleaner: corpusclean.Cleaner, lines: Sequence[str]) -> set[int]:
    """The input lines a removal record of DETECTOR covers."""
    article = cleaner.clean("\n".join(lines))
    gone: set[int] = set()
    for removal in article.removed:
        if removal.rule == DETECTOR:
            gone.update(range(removal.start, removal.end))
    return gone


def sources(devset: Path) -> list[tuple[str, str, str]]:
    """(id, language, gold text) of every real page of both dev sets, in every language
    (German is scarce in them: three pages)."""
    labels = json.loads(LANG_LABELS.read_text(encoding="utf-8"))
    out = []
    for name in ("readability", "scrapinghub"):
        for doc in select_docs(load_devset(devset / name, ()), "real"):
            lang = str(doc.meta.get("lang") or labels.get(doc.id, "en"))
            out.append((f"{name}/{doc.id}", lang, doc.gold))
    return out


def run(devset: Path, seeds: Sequence[int]) -> list[str]:
    """The report's lines for the scrambled documents of ``seeds``, the gold texts and the
    must-stay set."""
    cleaner = corpusclean.Cleaner(corpusclean.Config())
    pages = sources(devset)
    found: Counter[tuple[str, str]] = Counter()
    total: Counter[tuple[str, str]] = Counter()
    clear_lost: Counter[tuple[str, str]] = Counter()
    unchanged: Counter[tuple[str, str]] = Counter()
    lost_examples: list[str] = []
    for seed in seeds:
        for doc_id, lang, gold in pages:
            made = make_document(gold, lang, seed, doc_id)
            if made is None:
                continue
            group = ("en" if lang == "en" else "de" if lang == "de" else "other", made.kind)
            gone = removed_lines(cleaner, made.lines)
            total[group] += len(made.scrambled)
            found[group] += len(gone & made.scrambled)
            lost = gone & made.clear
            clear_lost[group] += len(lost)
            unchanged[group] += len(gone - made.scrambled - made.clear)
            lost_examples += [f"   {seed} {doc_id}: {made.lines[i][:90]}" for i in sorted(lost)]
    out = [f"scrambled documents, seeds {list(seeds)} (detector {DETECTOR}):"]
    out.append(
        f"   {'language':8} {'kind':13} {'scrambled removed':>22} {'clear removed':>14} "
        f"{'locked, unchanged, removed':>27}"
    )
    for group in sorted(total):
        share = found[group] / total[group] if total[group] else 0.0
        removed = f"{found[group]}/{total[group]} ({share:.0%})"
        out.append(
            f"   {group[0]:8} {group[1]:13} {removed:>22} {clear_lost[group]:>14} "
            f"{unchanged[group]:>27}"
        )
    all_found, all_total = sum(found.values()), sum(total.values())
    out.append(
        f"   {'all':22} {all_found}/{all_total} ({all_found / max(all_total, 1):.0%}) "
        f"{sum(clear_lost.values()):>14} {sum(unchanged.values()):>27}"
    )
    out += lost_examples[:20]
    gold_lost = []
    gold_lines = 0
    for doc_id, _lang, gold in pages:
        lines = gold.splitlines()
        gold_lines += sum(1 for line in lines if line.strip())
        gold_lost += [
            f"   {doc_id}: {lines[i][:90]}" for i in sorted(removed_lines(cleaner, lines))
        ]
    out.append(f"gold texts unscrambled: {len(gold_lost)} of {gold_lines} lines removed")
    out += gold_lost[:20]
    stay_lost = []
    stay_lines = 0
    for name, lines in must_stay_documents():
        stay_lines += len(lines)
        stay_lost += [f"   {name}: {lines[i][:90]}" for i in sorted(removed_lines(cleaner, lines))]
    out.append(f"must-stay set: {len(stay_lost)} of {stay_lines} lines removed")
    return out + stay_lost


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="the folder holding scrapinghub/, readability/")
    parser.add_argument("--seeds", choices=("write", "held-out", "all"), default="held-out")
    args = parser.parse_args(argv)
    seeds = {"write": WRITE_SEEDS, "held-out": HELD_OUT_SEEDS}.get(
        args.seeds, WRITE_SEEDS + HELD_OUT_SEEDS
    )
    print("\n".join(run(args.devset, seeds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
