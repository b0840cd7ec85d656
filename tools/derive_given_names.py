#!/usr/bin/env python3
"""Derive given-name candidates from the PolNeAR attribution corpus.

Reads /work/shared/corpus/flagged/polnear_attributions.jsonl (or the path
given as the first argument): one JSON object a line, whose `source_span`
field is a human-annotated news source ("Donald Trump", "Secretary of State
John Kerry", "The New York Post").

Writes, to standard output, one candidate given name a line with its count,
most frequent first: the first word of every span that, after leading
titles and courtesy titles are stripped, is a two- or three-word
capitalized name. Nothing from the corpus but these single words is
written, and nothing is written into the repository: a person reviews the
candidates and adds the plausible given names to the `given-names` lexicon
in rules/naming.toml by hand.

Run:  python3 tools/derive_given_names.py [CORPUS.jsonl] > /tmp/candidates.txt
"""

import json
import re
import sys
from collections import Counter

DEFAULT = "/work/shared/corpus/flagged/polnear_attributions.jsonl"

# Leading words that are titles, determiners or descriptions, not names.
LEADING = {
    "Mr.", "Mrs.", "Ms.", "Miss", "Dr.", "Mr", "Mrs", "Ms", "Dr", "The",
    "President", "Vice", "Former", "former", "Sen.", "Senator", "Rep.",
    "Gov.", "Governor", "Secretary", "Attorney", "General", "Gen.", "Lt.",
    "Col.", "Adm.", "Judge", "Justice", "Chief", "Speaker", "Leader",
    "Minister", "Prime", "Foreign", "Defense", "State", "Press", "House",
    "Senate", "Majority", "Minority", "Democratic", "Republican", "Democrat",
    "GOP", "Del.", "Mayor", "Ambassador", "Director", "Chairman",
    "Chairwoman", "Spokesman", "Spokeswoman", "Spokesperson", "Candidate",
    "Nominee", "Presidential", "Rev.", "Pope", "King", "Queen", "Prince",
    "Princess", "Sheriff", "Officer", "Detective", "Agent", "Professor",
    "Prof.", "Activist", "Retired", "Billionaire", "Businessman", "Rival",
    "Fellow", "Popular", "Frustrated", "of", "Homeland", "Security",
    "Treasury", "National", "Adviser", "Advisor", "Campaign", "Manager",
    "Chair", "First", "Lady", "U.S.", "US",
}
WORD = re.compile(r"^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$")


def candidates(path):
    counts = Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            span = (json.loads(line).get("source_span") or "").strip()
            words = span.split()
            while words and words[0] in LEADING:
                words = words[1:]
            if not 2 <= len(words) <= 3:
                continue
            if words[-1].endswith(("'s", "\u2019s")):
                continue
            if all(WORD.match(w) or w in ("Jr.", "Sr.") for w in words) and WORD.match(words[0]):
                counts[words[0]] += 1
    return counts


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    for word, n in candidates(path).most_common():
        print(f"{word}\t{n}")


if __name__ == "__main__":
    main()
