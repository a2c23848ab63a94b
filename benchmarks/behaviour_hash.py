"""Hash what the cleaner outputs on the dev sets and the speed corpora, to check a speed-up.

Usage::

    python benchmarks/make_corpus.py ../shared/devset/scrapinghub /tmp/corpus.jsonl
    python benchmarks/behaviour_hash.py ../shared/devset /tmp/corpus.jsonl [--out HASHES.json]
        [--check HASHES.json]

Every input is cleaned in four configurations (``mode`` auto, page and article, and
``Config.minimal()``), and ``Article.to_dict()`` of each output is hashed (SHA-256 of its
JSON with sorted keys). The inputs: ``gold.txt``, ``lenient.txt`` and ``fullpage.txt`` of
every document of every set under the dev-set folder (each set a folder holding a
``manifest.jsonl``), and the speed corpus with its dirty and ASCII variants as
``benchmarks/speed.py`` makes them, and the adversarial inputs of ``benchmarks/page_speed.py``
(6,000 characters each). One digest per group (set or corpus, and configuration)
is printed, then one for everything. A change that is a pure speed-up leaves every digest as
it was; ``--out`` writes the per-document hashes, and ``--check`` compares with such a file
and names the first documents whose output changed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # the corpus variants, shared with the speed benchmark
from page_speed import ADVERSARIAL

KINDS = ("gold", "lenient", "fullpage")
# Small enough to clean in seconds, large enough for every adversarial shape to repeat.
ADVERSARIAL_SIZE = 6000


def configurations() -> dict[str, object]:
    """The configurations every input is cleaned in, by name."""
    from corpusclean import Config

    return {
        "auto": Config(),
        "page": Config(mode="page"),
        "article": Config(mode="article"),
        "minimal": Config.minimal(),
    }


def devset_inputs(root: Path) -> Iterator[tuple[str, str, str]]:
    """(group, id, text) for every document and kind of every set under ``root``."""
    for manifest in sorted(root.glob("*/manifest.jsonl")):
        folder = manifest.parent
        for line in manifest.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            doc_id = json.loads(line)["id"]
            for kind in KINDS:
                path = folder / doc_id / f"{kind}.txt"
                if path.exists():
                    yield folder.name, f"{doc_id}/{kind}", path.read_text(encoding="utf-8")


def corpus_inputs(corpus: Path, seed: int) -> Iterator[tuple[str, str, str]]:
    """(group, id, text) for the speed corpus and its dirty and ASCII variants."""
    texts = speed.load_corpus(corpus)
    variants = {
        "ordinary": texts,
        "dirty": speed.make_dirty(texts, seed),
        "ascii": speed.make_ascii(texts),
    }
    for label, variant in variants.items():
        for index, text in enumerate(variant):
            yield f"corpus-{label}", str(index), text


def adversarial_inputs(seed: int) -> Iterator[tuple[str, str, str]]:
    """(group, id, text) for each adversarial input of the page-speed benchmark."""
    for kind, make in ADVERSARIAL.items():
        yield "adversarial", kind, make(ADVERSARIAL_SIZE, random.Random(seed))


def article_hash(article: object) -> str:
    """SHA-256 of an article's dictionary as JSON with sorted keys."""
    payload = json.dumps(article.to_dict(), sort_keys=True, ensure_ascii=False)  # type: ignore[attr-defined]
    # Lone surrogates may reach an article from the adversarial inputs: hash them too.
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()


def hash_all(inputs: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """Map "group/config/id" to the hash of that input's article in that configuration."""
    from corpusclean import Cleaner

    hashes: dict[str, str] = {}
    for name, config in configurations().items():
        cleaner = Cleaner(config)  # type: ignore[arg-type]
        for group, doc_id, text in inputs:
            hashes[f"{group}/{name}/{doc_id}"] = article_hash(cleaner.clean(text, id=doc_id))
    return hashes


def digests(hashes: dict[str, str]) -> dict[str, str]:
    """One digest per group and configuration, and one ("all") over every hash."""
    groups: dict[str, hashlib._Hash] = {}
    overall = hashlib.sha256()
    for key in sorted(hashes):
        group = "/".join(key.split("/", 2)[:2])
        groups.setdefault(group, hashlib.sha256()).update(f"{key}={hashes[key]}\n".encode())
        overall.update(f"{key}={hashes[key]}\n".encode())
    found = {group: digest.hexdigest()[:16] for group, digest in sorted(groups.items())}
    found["all"] = overall.hexdigest()[:16]
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("devset", type=Path, help="dev-set folder (../shared/devset)")
    parser.add_argument("corpus", type=Path, help="speed corpus (benchmarks/make_corpus.py)")
    parser.add_argument("--seed", type=int, default=13, help="seed of the dirty variant")
    parser.add_argument("--out", type=Path, help="write the per-document hashes here (JSON)")
    parser.add_argument("--check", type=Path, help="compare with hashes written by --out")
    args = parser.parse_args(argv)
    if not any(args.devset.glob("*/manifest.jsonl")):
        # A wrong path would hash the corpus alone and compare as "0 differ" on far fewer
        # outputs; refuse rather than report a check that did not happen.
        parser.error(f"no dev set (*/manifest.jsonl) under {args.devset}")
    if not args.corpus.is_file():
        parser.error(f"no speed corpus at {args.corpus}")
    inputs = [
        *devset_inputs(args.devset),
        *corpus_inputs(args.corpus, args.seed),
        *adversarial_inputs(args.seed),
    ]
    hashes = hash_all(inputs)
    for group, digest in digests(hashes).items():
        print(f"{digest}  {group}")
    print(f"{len(hashes)} outputs hashed")
    if args.out:
        args.out.write_text(json.dumps(hashes, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    if args.check:
        before = json.loads(args.check.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | hashes.keys() if before.get(k) != hashes.get(k))
        # Every one: a change to read is a change to list (a cap hid the dev set's changes
        # behind the speed corpus's, which sort first).
        for key in changed:
            print(f"changed: {key}")
        print(f"{len(changed)} outputs differ from {args.check}")
        return 1 if changed else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
