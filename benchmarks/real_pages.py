"""How much of the junk left in real extracted pages the cleaner removes, on sites never seen.

Usage::

    python benchmarks/real_pages.py PAGES.jsonl [--labels FILE] [--split fix|held-out|all]
        [--mode auto] [--details]

``benchmarks/data/realpages/labels.json`` labels every non-empty line of 102 news-like pages
(60 German, 42 English, 100 sites, none of them in the dev sets) as ``content`` or ``junk``
with a junk family (nav, byline-meta, share, paywall, newsletter, related, comments, credit, ad,
cookie, scrambled, other). ``--labels benchmarks/data/realpages/labels2.json`` scores the second
set instead: 107 pages (40 German, 20 English, 10 French, 9 Spanish, 9 Italian, 9 Dutch, 10
Portuguese; 107 sites, none in the first set or the dev sets), labelled by someone who wrote no
rules, every page ``held-out``. ``--labels benchmarks/data/realpages/labels3.json`` scores the
third: 108 pages (52 German, 19 English, 8 French, 8 Spanish, 9 Italian, 6 Dutch, 6 Portuguese;
108 sites, none in the first two sets or the dev sets), labelled the same way and held out.
``--labels benchmarks/data/realpages/labels4.json`` scores the fourth: 100 pages (50 German, of
them 10 Austrian and 8 Swiss; 20 English; 6 each French, Spanish, Italian, Dutch, Portuguese;
100 sites, none in the first three sets or the dev sets), labelled the same way and held out.
``--labels benchmarks/data/realpages/labels5.json`` scores the fifth: 78 pages (40 German, of
them 4 Austrian and 6 Swiss; 17 English; 4 each French, Spanish, Italian, Dutch; 5 Portuguese;
78 sites, none in the first four sets or the dev sets), labelled the same way and held out.
``--labels benchmarks/data/realpages/labels6.json`` scores the sixth: 79 pages (41 German, of
them 5 Austrian and 7 Swiss; 18 English; 4 each French, Spanish, Italian, Dutch, Portuguese;
79 sites, none in the first five sets or the dev sets), labelled the same way and held out.
``--labels benchmarks/data/realpages/labels7a.json`` scores half A of the seventh: 40
German-language pages (26 German, 6 Austrian, 8 Swiss; 40 sites, none in the sets above or the
dev sets; realpages7a), labelled the same way before the cleaner ran and held out; 8 of them end
in a comment thread or form. Each of its pages records the ``query`` sent to the ``search``
tool's ``pages`` corpus and the ``rank`` at which the page came back, so its text can be rebuilt
by re-running that query and saving that rank's excerpt.
``--labels benchmarks/data/realpages/labels7b.json`` scores half b of the seventh: 40 pages (20
English from the UK, Ireland, the US, Australia and India; 4 each French, Spanish, Italian,
Dutch, Portuguese; 40 sites, none in the sets above, half a or the dev sets), labelled the same
way before the cleaner ran and held out; each page records the ``search`` query (``pages``
corpus) that returned it and its rank in that answer, so its text can be rebuilt by re-running
the query and saving that result's excerpt as returned.
``--labels benchmarks/data/realpages/labels_threads.json`` scores a set of 37 blog and article
pages whose excerpt ends in a reader-comment thread or its furniture (12 German, 12 English, 4
French, 4 Spanish, 2 Italian, 1 Dutch, 2 Portuguese; 37 sites, none in the sets above or the
dev sets; threads20), labelled before the cleaner ran: the thread's lines (heading, count,
signatures, controls, the comments' text, the comment form) are junk of family ``comments``.
Its halves are by site as below: ``fix`` is half A (read to improve the thread detector),
``held-out`` half B. ``--labels benchmarks/data/threads21.json`` scores a second such set: 27
blog pages (6 English, 4 each German, French, Spanish and Portuguese, 3 Italian, 2 Dutch; 27
sites, none in the sets above or the dev sets; threads21), labelled the same way; each page
also records its thread's first and last line (``thread``) and the ``query`` that finds it
in the ``search`` tool's ``pages`` corpus. Half A was read to write the counted-head shapes and
the glued controls of `corpusclean.detect.comments`; half B was labelled after they were
committed.
``--labels benchmarks/data/threads22.json`` scores a third threads set: 30 blog pages (15
English, 15 German; 30 sites, none in the sets above or the dev sets; threads22), labelled the
same way before the cleaner ran, each page with its ``search`` query and rank; half A was read
to write the smiley-paragraph reading of `corpusclean.detect.scopes`, half B was held out.
``--labels benchmarks/data/threads23.json`` scores a fourth: 23 blog pages (15 English, 6
German, 2 Italian; 23 sites, none in the sets above or the dev sets; threads23), labelled the
same way before the cleaner ran and before the recurring-signature reading of
`corpusclean.detect.comments` was written (from threads22's pages); every page is held out.
``--labels benchmarks/data/threads24.json`` scores a fifth: 18 blog pages (16 English, 2
German; 18 sites, none in the sets above or the dev sets; threads24; no Italian, French or
Spanish page ending in a thread came back from 9 of 18 queries), labelled the same way before the
cleaner ran and before the marked-count reading of `corpusclean.detect.comments` was written
(from threads22's and threads23's pages); every page is held out.
``--labels benchmarks/data/threads25.json`` scores a sixth: 20 blog pages (4 French, 4 Dutch,
3 Spanish, 3 Italian, 3 Portuguese, 2 English, 1 German; 20 sites, none in the sets above or
the dev sets; threads25), labelled the same way before the cleaner ran and before the
numbered-comment and form-message readings of `corpusclean.detect.comments` were written
(from threads22's, threads23's and threads24's pages); every page is held out.
``--labels benchmarks/data/threads26.json`` scores a seventh: 15 blog pages (7 Dutch, 3 French,
2 German, 3 English; 15 sites, none in the sets above or the dev sets; threads26), labelled the
same way before the cleaner ran and before the pingback rule (`platform_pingback`) was written
(from threads25's pages); every page is held out.
``--labels benchmarks/data/realpages/labels_captions21.json`` scores a set of 30 news, local-news,
club and blog pages whose excerpt holds photo captions or credits (11 English, 8 German, 3 Italian,
3 Spanish, 2 Portuguese, 2 Dutch, 1 French; 30 sites, none in the sets above or the dev sets;
captions21), labelled before the cleaner ran: a caption, its credit, an image's file name or
placeholder is junk of family ``credit``; a caption that is the page's own body (a photo report, a
gallery page, a blog post's photo notes) is content. Each page records its ``search`` query and
rank. ``fix`` is half A (read to write the caption detector), ``held-out`` half B.
``--labels benchmarks/data/realpages/labels_nav21.json`` scores 20 pages whose excerpt holds
navigation lines (3 German, 3 English, 2 French, 3 Spanish, 3 Italian, 3 Dutch, 3 Portuguese;
20 sites, none in the sets above or the dev sets; nav21), labelled before the cleaner ran by the
helper who then wrote `head_menu` from half A (``fix``, 7 pages) only; half B (``held-out``, 13
pages) measures it. Each page records its ``search`` query (``pages`` corpus) and rank.
``--labels benchmarks/data/realpages/labels_nav25.json`` scores 26 pages whose excerpt holds a
menu, a breadcrumb, a section or tag label or a list of other stories (4 German, 6 French, 4
Spanish, 4 Italian, 4 Portuguese, 4 Dutch; 26 sites, none in the sets above or the dev sets;
nav25), labelled before the cleaner ran; half A (``fix``, 13 pages) was read to write the
breadcrumb and placeholder readings of `head_menu` and two platform rules, half B
(``held-out``, 13 pages) was not read line by line. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_related25.json`` scores 26 pages whose excerpt keeps
a list of other stories (3 Portuguese, 3 German, 5 French, 4 Italian, 4 Dutch, 7 Spanish; 26
sites, none in the sets above or the dev sets; related25), labelled before the cleaner ran;
half A (``fix``, 12 pages) was read to write `related_box_tail`, half B (``held-out``, 14
pages) was not read line by line. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general28.json`` scores 32 pages taken as they came
from plain topic queries (5 French, 5 Spanish, 5 Italian, 5 Dutch, 6 Portuguese, 6 German; 32
sites, none in the sets above, general27 or the dev sets; general28), labelled before the cleaner
ran, with a ``site`` family for site furniture; half A (``fix``, 14 pages) was read, half B
(``held-out``, 18 pages) was not read line by line. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general29.json`` scores 31 pages taken as they came
from plain topic queries (16 German, 15 English; from 2008 to 2025; 31 sites, none in the sets
above or the dev sets; general29), labelled before the cleaner ran; half A (``fix``, 14 pages)
was read, half B (``held-out``, 17 pages) was not read line by line. Each page records its
query and rank.
``--labels benchmarks/data/realpages/labels_general30.json`` scores 25 pages taken as they came
from plain topic queries (10 English, 4 German, 3 Dutch, 2 each French, Spanish, Italian,
Portuguese; from 2007 to 2025; 25 sites, none in the sets above or the dev sets; general30),
labelled before the cleaner ran and by a helper that wrote no rules; half A (``fix``, 14 pages)
and half B (``held-out``, 11 pages) were both held out from the rules of the session that made
them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general31.json`` scores 26 pages taken as they came
from plain topic queries (10 German, 8 English, 2 each French, Spanish and Dutch, 1 each Italian
and Portuguese; from 2007 to 2024; 26 sites, none in the sets above, their pages files or the dev
sets; general31), labelled before the cleaner ran and by a helper that wrote no rules; six pages
print a line or block twice (13 lines marked ``"duplicate": true``). Half A (``fix``, 14 pages)
and half B (``held-out``, 12 pages) were both held out from the rules of the session that made
them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general32.json`` scores 26 pages taken as they came
from plain topic queries (6 German, 6 English, 3 each French, Spanish, Italian and Portuguese, 2
Dutch; from 2007 to 2025; 26 sites, none in the sets above, their pages files or the dev sets;
general32), labelled before the cleaner ran and by a helper that wrote no rules; nine pages print
a line or block twice (22 lines marked ``"duplicate": true``), three carry a reader comment
thread. Half A (``fix``, 17 pages) and half B (``held-out``, 9 pages) were both held out from the
rules of the session that made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general33.json`` scores 26 pages taken as they came
from plain topic queries (6 German, 6 English, 3 each French, Spanish, Italian and Portuguese, 2
Dutch; from 2008 to 2025; 26 sites, none in the sets above or the dev sets; general33), labelled
before the cleaner ran and by a helper that wrote no rules; four pages print a line twice (6
lines marked ``"duplicate": true``), four carry a reader comment thread. Half A (``fix``, 12
pages) and half B (``held-out``, 14 pages) were both held out from the rules of the session that
made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general34.json`` scores 26 pages taken as they came
from plain topic queries (6 German, 5 English, 3 each French, Spanish and Italian, 2 each
Portuguese and Dutch, 1 Swedish and 1 Danish, two languages the rules do not know; from 2007 to
2023; council reports, match reports, obituaries, shop openings, recipe, hobby-forum and review
pages; 26 sites, none in the sets above or the dev sets; general34), labelled before the cleaner
ran and by a helper that wrote no rules; two pages print a line twice (2 lines marked
``"duplicate": true``), four carry a reader comment thread. Half A (``fix``, 16 pages) and half
B (``held-out``, 10 pages) were both held out from the rules of the session that made them. Each
page records its query and rank.
``--labels benchmarks/data/realpages/labels_general35.json`` scores 26 pages taken as they came
from plain topic queries (5 German, 4 English, 3 each French and Spanish, 2 each Italian,
Portuguese and Dutch, and 1 each Danish, Swedish, Norwegian, Polish and Czech, five languages the
rules do not know; from 2007 to 2026; a season review, fire brigades' callouts, local history,
parish and residents' association notices, knitting, fishing, hiking and restaurant blogs; 26
sites, none in the sets above or the dev sets; general35), labelled before the cleaner ran and by
a helper that wrote no rules; three pages repeat a line (4 lines marked ``"duplicate": true``: a
caption printed twice and three layout separators), five carry reader comments. Half A (``fix``, 14
pages) and half B (``held-out``, 12 pages) were both held out from the rules of the session that
made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general36.json`` scores 28 pages taken as they came
from plain topic queries (8 German, 6 English, 3 French, 2 each Spanish, Italian, Dutch and
Portuguese, and 1 each Swedish, Danish and Polish, three languages the rules do not know; from
2008 to 2024; beekeeping, allotment, cycle touring and recipe blogs, a model railway club, a
school sports day and court visit, amateur theatre, a parish notice, a town twinning page, a
farmers' market; 28 sites, none in the sets above or the dev sets; general36), labelled before
the cleaner ran and by a helper that wrote no rules; five pages repeat a line (6 lines marked
``"duplicate": true``), five carry reader comments and six a thread's furniture only. Half A
(``fix``, 11 pages) and half B (``held-out``, 17 pages) were both held out from the rules of the
session that made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general37.json`` scores 28 pages taken as they came
from plain topic queries (8 German, 6 English, 3 French, 2 each Spanish, Italian, Dutch and
Portuguese, and 1 each Norwegian, Finnish and Czech, three languages the rules do not know; from
2009 to 2023 where dated; mountain huts, choirs, fishing clubs, vintage car rallies, quilting,
knitting and birdwatching blogs, a hospital's new ward block, a planning dispute, a cafe and a
shop opening, a museum's exhibits, a fire brigade; 28 sites, none in the sets above or the dev
sets; general37), labelled before the cleaner ran and by a helper that wrote no rules; six pages
repeat a line (16 lines marked ``"duplicate": true``), four carry reader comments, ten a thread's
furniture only and one is a forum's first post. Half A (``fix``, 16 pages) and half B
(``held-out``, 12 pages) were both held out from the rules of the session that made them. Each
page records its query and rank.
``--labels benchmarks/data/realpages/labels_general38.json`` scores 28 pages taken as they came
from plain topic queries (8 German, 6 English, 3 French, 2 each Spanish, Italian, Dutch and
Portuguese, and 1 each Swedish, Danish and Polish, whose word lists the rules use only to name a
language; from 2008 to 2024 where dated; a beekeepers' meeting, a lifeboat station, village
festivals, a cycling club's tour, zoo babies, a rowing regatta, hiking, baking and cooking blogs,
model railways, bakeries' anniversaries, a parish council election, a school exchange; 28 sites,
none in the sets above or the dev sets; general38), labelled before the cleaner ran and by a
helper that wrote no rules; eight pages repeat a line (15 lines marked ``"duplicate": true``),
eleven carry reader comments or a forum's replies (two of them a forum's thread whose first post
is the content) and three a thread's furniture only. Half A (``fix``, 12 pages) and half B
(``held-out``, 16 pages) were both held out from the rules of the session that made them. Each
page records its query and rank.
``--labels benchmarks/data/realpages/labels_general39.json`` scores 28 pages taken as they came
from plain topic queries (10 German, of them 1 Austrian, 5 English, 3 French, 2 each Spanish,
Italian, Dutch and Portuguese, and 1 each Swedish and Finnish; from 2007 to 2025 where dated; a
fire brigade's call-outs, a choir's concert, a school's court visit, a wine festival, a gardening
blog, a C64 repair thread, school theatre, farmers' markets, a gardening column, church music,
fire fighters, wine harvest festivals, vegetable gardens, a fire brigade at a birthday, a church
choir, greenhouse tomatoes, a church renovation, an Amiga forum thread, a hike, a village band, a
club's centenary, a church roof appeal; 28 sites, none in the sets above or the dev sets;
general39), labelled before the cleaner ran and by a helper that wrote no rules; ten pages repeat
a line (21 lines marked ``"duplicate": true``), nine carry reader comments or a forum's replies
(two of them a forum's thread whose first post is the content) and five a thread's furniture
only. Half A (``fix``, 9 pages) and half B (``held-out``, 19 pages) were both held out from the
rules of the session that made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general40.json`` scores 28 pages taken as they came
from plain topic queries (10 German, 5 English, 3 French, 2 each Spanish, Italian, Dutch and
Portuguese, and 1 each Polish and Danish; from 2007 to 2022 where dated; an allotment party, a
pensioners' outing, a museum exhibition, a library reading night, amateur theatre, a mayoral
candidates' forum and an election ticker, garden birds, a garden pond forum thread and blog,
birders' posts, a dog show, scone, cake and recipe blogs, a pensioners' association, senior
travellers, an allotment open day, a bird count, a rural women's club outing, a pensioners' bus
trip; 28 sites, none in the sets above or the dev sets; general40), labelled before the cleaner
ran and by a helper that wrote no rules; eleven pages repeat a line (25 lines marked
``"duplicate": true``; six print a headline, a label notice or paragraphs twice), eight carry
reader comments or a forum's replies and five a thread's furniture only. Half A (``fix``, 16
pages) and half B (``held-out``, 12 pages) were both held out from the rules of the session that
made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general41.json`` scores 20 pages taken as they came
from plain topic queries (8 German, 4 English, 2 French, of them 1 Swiss, 2 Spanish, and 1 each
Italian, Dutch, Portuguese and Swedish; from 2000 to 2024 where dated; chess clubs' news and
reports, knitting and sewing blogs, an anglers' fishing day, a photo club's exhibition, a local
history society's centenary, an indoor pool's reopening, a brass band's anniversary, village
festivals, a scout camp; 20 sites, none in the sets above or the dev sets; general41), labelled
before the cleaner ran and by a helper that wrote no rules; six pages repeat a line (6 lines
marked ``"duplicate": true``; four print a headline or title twice), six carry reader comments
and five a thread's furniture only. Half A (``fix``, 6 pages) and half B (``held-out``, 14
pages) were both held out from the rules of the session that made them. Each page records its
query and rank.
``--labels benchmarks/data/realpages/labels_general42.json`` scores 26 pages taken as they came
from plain topic queries (9 German, of them 2 Austrian and 1 Swiss, 5 English, 2 each French,
Spanish, Italian, Dutch and Portuguese, and 1 each Polish and Czech; from 2002 to 2024 where dated;
a fruit growers' pruning course, fire brigades' drills, open days and competitions, a local
election essay, a council by-elections blog, a school sports day, a butcher's closing, a
gymnastics club, hiking, garden and allotment blogs, cricket and football reports, recipe blogs
for soups and cakes; 26 sites, none in the sets above or the dev sets; general42), labelled before
the cleaner ran and by a helper that wrote no rules; five pages repeat a line (6 lines marked
``"duplicate": true``; three print a title twice), two carry reader comments and nine a thread's
furniture only. Unlike the sets above, a date line at a post's head or foot is junk
(``byline-meta``, six lines). Half A (``fix``, 11 pages) and half B (``held-out``, 15 pages) were
both held out from the rules of the session that made them. Each page records its query and rank.
``--labels benchmarks/data/realpages/labels_general43.json`` scores 26 pages taken as they came
from plain topic queries (9 German, of them 1 Austrian and 2 Swiss, 5 English, 2 each French, of
them 1 Swiss, Spanish, Italian, Dutch, Portuguese and Danish; from 2006 to 2024 where dated;
beekeepers' meetings and honours, rowing regattas, amateur theatre and pantomime reviews, a wine
festival and a wine growers' parade, shop openings, library events, bird watching; 26 sites, none
in the sets above or the dev sets; general43), labelled before the cleaner ran and by a helper
that wrote no rules; six pages repeat a line (16 lines marked ``"duplicate": true``: a title, a
caption block, a standfirst, an eight-line block, three captions and two comment lines copying the
post), five carry reader comments and two a thread's furniture only. As in general42, a bare date
line at a post's or report's head is junk (``byline-meta``, seven lines). Half A (``fix``, 11
pages) and half B (``held-out``, 15 pages) were both held out from the rules of the session that
made them. Each page records its query and rank.
The pages are public web pages as extracted text, as the ``search`` tool's ``pages`` corpus
returns them (an excerpt from each page's beginning); their text is third-party and is **not**
in this repository. To rebuild ``PAGES.jsonl`` (one ``{"url", "lang", "text"}`` object a
line), look each URL of the labels file up in that corpus and save the excerpt as returned. A
page whose lines do not hash to its labels is reported and skipped, so a differing copy cannot
be scored against the wrong labels. For a set whose pages record their query and rank,
``benchmarks/rebuild_pages.py LABELS ANSWERS... --out PAGES.jsonl`` turns the saved answers
(each query sent once, its answer's JSON kept) into PAGES and reports which pages' line keys
match the labels exactly.

Each label is keyed by the first 12 hex digits of the sha1 of the line after the library's own
normalisation (`corpusclean.normalize.normalize_lines` with the `Config` defaults, which keeps
line numbers one for one), so the labels match the lines the cleaner sees.

Pages are split by site: the first hex digit of the sha1 of the host (without ``www.``) even
is the ``fix`` half (rules may be written from it), odd is ``held-out`` (never read line by
line for a fix). Each page is cleaned as a user would clean extracted article text: the default
`Config` (``mode="auto"``). A line is *removed* when a removal record covers it whole, *trimmed*
when a removal covers only part of it. The report gives, per language and half, the junk lines
removed (recall of junk) and the content lines removed (must stay 0), and per family.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import attrs

import corpusclean
from corpusclean.normalize import normalize_lines

LABELS = Path(__file__).parent / "data" / "realpages" / "labels.json"
SPLITS = ("fix", "held-out")


def line_key(line: str) -> str:
    """The label key of a normalised line: the first 12 hex digits of its sha1."""
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:12]


def normalised(text: str, config: corpusclean.Config) -> list[str]:
    """The page's lines as the cleaner sees them (one for one with the input lines)."""
    return normalize_lines(
        text,
        encoding=config.fix_encoding,
        straighten=config.straighten_quotes,
        sentence_spacing=config.fix_sentence_spacing,
    )


def squeeze(text: str) -> str:
    """Text with its whitespace runs made one space, to compare a line with a block."""
    return " ".join(text.split())


def line_fates(text: str, cleaner: corpusclean.Cleaner) -> list[tuple[str, str, str | None]]:
    """(normalised line, fate, rule) for each non-empty line: fate is kept, removed or trimmed."""
    lines = normalised(text, cleaner.config)
    article = cleaner.clean(text)
    fates: list[tuple[str, str, str | None]] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        covering = [r for r in article.removed if r.start <= index < r.end]
        whole = [r for r in covering if squeeze(line) in squeeze(r.text)]
        if whole:
            fates.append((line, "removed", whole[0].rule))
        elif covering:
            fates.append((line, "trimmed", covering[0].rule))
        else:
            fates.append((line, "kept", None))
    return fates


@dataclass
class Tally:
    """Counts for one language and half."""

    pages: int = 0
    lines: Counter[str] = field(default_factory=Counter)  # (label) -> lines
    removed: Counter[str] = field(default_factory=Counter)  # (label) -> removed whole
    trimmed: Counter[str] = field(default_factory=Counter)
    family: Counter[str] = field(default_factory=Counter)  # junk family -> lines
    family_removed: Counter[str] = field(default_factory=Counter)
    lost: list[tuple[str, str, str]] = field(default_factory=list)  # (url, line, rule)
    missed: list[tuple[str, str, str]] = field(default_factory=list)  # (url, family, line)


def score_page(
    page: dict[str, Any], labels: list[dict[str, Any]], tally: Tally, cleaner: Any
) -> bool:
    """Add one page to its tally; False (and nothing added) when its lines miss the labels."""
    fates = line_fates(page["text"], cleaner)
    if [line_key(line) for line, _, _ in fates] != [item["sha1"] for item in labels]:
        return False
    tally.pages += 1
    for (line, fate, rule), item in zip(fates, labels, strict=True):
        label, family = item["label"], item["family"]
        tally.lines[label] += 1
        if fate == "removed":
            tally.removed[label] += 1
        elif fate == "trimmed":
            tally.trimmed[label] += 1
        if label == "junk":
            tally.family[family] += 1
            tally.family_removed[family] += fate == "removed"
            if fate != "removed":
                tally.missed.append((page["url"], family, line))
        elif fate != "kept":
            tally.lost.append((page["url"], line, f"{rule} ({fate})"))
    return True


def share(part: int, whole: int) -> str:
    """``part/whole (pct)``, or a dash for an empty whole."""
    return f"{part}/{whole} ({part / whole:.0%})" if whole else "-"


def report(tallies: dict[tuple[str, str], Tally], details: bool) -> list[str]:
    """Markdown tables: junk recall and content loss per language and half, then by family."""
    rows = [
        "| language | half | pages | junk removed | junk trimmed | content removed"
        " | content trimmed |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for (lang, split), t in sorted(tallies.items()):
        rows.append(
            f"| {lang} | {split} | {t.pages} | {share(t.removed['junk'], t.lines['junk'])} | "
            f"{t.trimmed['junk']} | {share(t.removed['content'], t.lines['content'])} | "
            f"{t.trimmed['content']} |"
        )
    families = sorted({f for t in tallies.values() for f in t.family})
    rows += [
        "",
        "| family | " + " | ".join(f"{lang} {split}" for lang, split in sorted(tallies)) + " |",
    ]
    rows.append("|---|" + "---:|" * len(tallies))
    for fam in families:
        cells = [share(t.family_removed[fam], t.family[fam]) for _, t in sorted(tallies.items())]
        rows.append(f"| {fam} | " + " | ".join(cells) + " |")
    if details:
        for key, t in sorted(tallies.items()):
            rows += ["", f"{key}: content lost"] + [
                f"  {u} | {r} | {line[:90]}" for u, line, r in t.lost
            ]
            rows += [f"{key}: junk kept"] + [
                f"  {u} | {f} | {line[:90]}" for u, f, line in t.missed
            ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pages", type=Path, help="local JSON lines of {url, lang, text}")
    parser.add_argument(
        "--labels", type=Path, default=LABELS, help="labels file (default: the first set)"
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--mode", default="auto", help="Config.mode (default auto)")
    parser.add_argument("--details", action="store_true", help="list content lost, junk kept")
    args = parser.parse_args()
    labelled = {p["url"]: p for p in json.loads(args.labels.read_text(encoding="utf-8"))["pages"]}
    cleaner = corpusclean.Cleaner(attrs.evolve(corpusclean.Config(), mode=args.mode))
    tallies: dict[tuple[str, str], Tally] = {}
    stale = []
    for raw in args.pages.read_text(encoding="utf-8").splitlines():
        page = json.loads(raw)
        meta = labelled.get(page["url"])
        if meta is None or (args.split != "all" and meta["split"] != args.split):
            continue
        tally = tallies.setdefault((meta["lang"], meta["split"]), Tally())
        if not score_page(page, meta["lines"], tally, cleaner):
            stale.append(page["url"])
    print("\n".join(report(tallies, args.details)))
    if stale:
        print(
            f"\n{len(stale)} page(s) skipped, text differs from the labelled copy:", file=sys.stderr
        )
        print("\n".join(stale), file=sys.stderr)


if __name__ == "__main__":
    main()
