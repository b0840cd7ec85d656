#!/usr/bin/env python3
"""Generate rules/spelling.toml: the American/British spelling pairs.

Reads nothing; writes rules/spelling.toml (relative to the repository root,
found from this script's location), replacing it. Standard library only.

Every pair is [American, British], one word form per pair; inflections are
separate pairs. The pairs come from regular patterns applied to stems
(-ize/-ise, -yze/-yse, -or/-our, -er/-re, -ense/-ence, doubled l) plus
explicit lists (ae/oe words, -og/-ogue, irregular spellings).

Left out on purpose (see EXCLUDED_PAIRS and EVERYWHERE_ISE below): words
spelled -ise in both dialects, and pairs where one side is also an ordinary
word, or the usual spelling, in the other dialect.

Run:  python3 tools/gen_spelling.py
"""

from pathlib import Path

# --- -ize / -ise ----------------------------------------------------------
# stem -> flags: "n" adds -ization(s)/-isation(s), "r" adds -izer(s)/-iser(s).
# Every stem gets -ize, -ized, -izes, -izing.
IZE_STEMS = {
    # stem: flags
    "agon": "", "alphabet": "", "apolog": "", "atom": "r", "author": "n",
    "bapt": "", "bowdler": "", "brutal": "n", "canon": "n", "capital": "n",
    "cannibal": "", "caramel": "", "categor": "n", "cauter": "", "central": "n",
    "character": "n", "civil": "n", "colon": "nr", "commercial": "n",
    "compartmental": "", "computer": "n", "conceptual": "", "contextual": "",
    "critic": "", "crystal": "n", "custom": "n", "decentral": "n",
    "decriminal": "n", "dehuman": "n", "demagnet": "", "demilitar": "n",
    "democrat": "n", "demobil": "n", "demon": "", "demoral": "n",
    "denuclear": "n", "depersonal": "", "deput": "", "desensit": "",
    "destabil": "n", "digit": "n", "dramat": "n", "econom": "",
    "emotional": "", "emphas": "", "energ": "r", "epitom": "", "equal": "r",
    "eulog": "", "evangel": "", "external": "", "familiar": "", "fantas": "",
    "federal": "n", "fertil": "nr", "fictional": "", "final": "", "formal": "n",
    "fossil": "", "fratern": "", "galvan": "", "general": "n", "global": "n",
    "glamor": "", "harmon": "n", "homogen": "", "hospital": "n", "human": "",
    "hypnot": "", "hypothes": "", "ideal": "", "immobil": "", "immortal": "",
    "immun": "n", "incentiv": "", "individual": "", "industrial": "n",
    "initial": "", "institutional": "n", "internal": "", "italic": "",
    "item": "", "jeopard": "", "legal": "n", "legitim": "", "liberal": "n",
    "lion": "", "lobotom": "", "local": "n", "magnet": "", "marginal": "n",
    "material": "", "maxim": "", "mechan": "n", "memor": "", "memorial": "",
    "mesmer": "", "metabol": "", "militar": "n", "mineral": "", "miniatur": "",
    "minim": "", "mobil": "n", "modern": "nr", "moistur": "r", "monet": "n",
    "monopol": "", "moral": "", "mytholog": "", "national": "n",
    "natural": "n", "neutral": "", "normal": "n", "optim": "n", "organ": "nr",
    "ostrac": "", "overemphas": "", "oxid": "", "pasteur": "n", "patron": "",
    "pedestrian": "", "penal": "", "personal": "n", "philosoph": "",
    "plagiar": "", "plural": "", "polar": "n", "politic": "n", "popular": "",
    "pressur": "", "priorit": "n", "privat": "n", "proselyt": "", "public": "",
    "pulver": "", "radical": "n", "random": "", "rational": "n", "real": "n",
    "recogn": "", "regular": "n", "reorgan": "n", "revital": "n",
    "revolution": "", "ritual": "", "romantic": "", "rubber": "", "sanit": "r",
    "satir": "", "scandal": "", "scrutin": "", "secular": "n",
    "sensational": "", "sensit": "", "sentimental": "", "serial": "",
    "sermon": "", "sexual": "n", "social": "n", "solemn": "", "special": "n",
    "spiritual": "", "stabil": "nr", "standard": "n", "steril": "n",
    "stigmat": "n", "styl": "", "subsid": "", "summar": "", "symbol": "",
    "sympath": "r", "synchron": "n", "synthes": "r", "tantal": "",
    "tender": "r", "terror": "", "theor": "", "traumat": "", "trivial": "",
    "tyrann": "", "union": "n", "urban": "n",
    "util": "n", "vandal": "", "vapor": "", "verbal": "", "victim": "",
    "visual": "n", "vocal": "", "vulcan": "", "western": "n", "winter": "",
    "woman": "r",
}

# Adjectives without a verb: only the -ized form.
IZED_ONLY = ["unauthor", "unrecogn", "uncivil", "unorgan", "unspecial",
             "unsubsid", "unmodern"]

# -yze / -yse: the -yzes/-yses forms are left out ("analyses", "paralyses"
# are also plurals of analysis and paralysis in American English).
YZE_STEMS = {"anal": "r", "paral": "", "catal": "", "psychoanal": "", "breathal": "r"}

# --- -or / -our -----------------------------------------------------------
# stem (without "or") -> suffixes that exist in both spellings.
OUR = {
    "col": ["", "s", "ed", "ing", "ful", "fully", "less", "ings"],
    "discol": ["", "s", "ed", "ing"],
    "multicol": ["ed"], "watercol": ["", "s"],
    "fav": ["", "s", "ed", "ing", "able", "ably", "ite", "ites", "itism"],
    "unfav": ["able", "ably"], "disfav": [""],
    "hon": ["", "s", "ed", "ing", "able", "ably"],
    "dishon": ["", "ed", "able", "ably"],
    "hum": ["", "ed", "ing", "less"],
    "lab": ["s", "ed", "ing", "er", "ers"],  # bare labor/labour left out: party names
    "neighb": ["", "s", "hood", "hoods", "ing", "ly", "liness"],
    "behavi": ["", "s", "al", "ally"], "misbehavi": [""],
    "flav": ["", "s", "ed", "ing", "ings", "ful", "less"],
    "harb": ["", "s", "ed", "ing"],
    "rum": ["", "s", "ed"],
    "tum": ["", "s"],
    "vap": ["", "s"],
    "vig": [""], "val": [""], "sav": ["", "s", "ed", "ing", "y"],
    "savi": ["", "s"],
    "arm": ["", "ed", "y", "er", "ers", "ies"],
    "clam": ["", "s", "ed", "ing"],
    "demean": [""], "endeav": ["", "s", "ed", "ing"],
    "ferv": [""], "od": ["", "s", "less"], "parl": ["", "s"],
    "ranc": [""], "splend": ["", "s"], "cand": [""], "ard": [""],
    "succ": [""],
}

# --- -er / -re ------------------------------------------------------------
# stem (without "er") -> suffixes. British inflections drop the e:
# centered -> centred, centering -> centring.
RE = {
    "cent": ["", "s", "ed", "ing", "piece", "pieces", "fold", "-left", "-right"],
    "epicent": [""],
    "theat": ["", "s", "goers", "goer"],
    "fib": ["", "s", "glass"],
    "lit": ["", "s"], "kilomet": ["", "s"], "centimet": ["", "s"],
    "millimet": ["", "s"], "nanomet": ["", "s"], "millilit": ["", "s"],
    "calib": ["", "s"], "sab": ["", "s"], "somb": ["", "ly"],
    "meag": ["", "ly"], "lust": [""], "lacklust": [""],
    "spect": ["", "s"], "scept": ["", "s"], "sepulch": [""],
    "louv": ["", "s"], "och": [""], "reconnoit": [""], "saltpet": [""],
    "mit": ["", "s"], "goit": [""], "amphitheat": ["", "s"],
}

# --- -ense / -ence --------------------------------------------------------
ENSE = {"defen": ["", "s", "less"], "offen": ["", "s"], "preten": ["", "s"]}

# --- doubled l ------------------------------------------------------------
# stem -> suffixes; British doubles the final l before them.
LL = {
    "travel": ["ed", "ing", "er", "ers"], "cancel": ["ed", "ing"],
    "label": ["ed", "ing"], "model": ["ed", "ing", "er", "ers"],
    "remodel": ["ed", "ing"], "counsel": ["ed", "ing", "or", "ors"],
    "council": ["or", "ors"], "fuel": ["ed", "ing"], "refuel": ["ed", "ing"],
    "level": ["ed", "ing"], "signal": ["ed", "ing"], "total": ["ed", "ing"],
    "marvel": ["ed", "ing", "ous", "ously"], "jewel": ["er", "ers", "ed"],
    "dial": ["ed", "ing"], "duel": ["ed", "ing"], "equal": ["ed", "ing"],
    "grovel": ["ed", "ing"], "libel": ["ed", "ing", "ous"],
    "panel": ["ed", "ing", "ist", "ists"], "pedal": ["ed", "ing"],
    "quarrel": ["ed", "ing"], "revel": ["ed", "ing", "er", "ers"],
    "rival": ["ed", "ing"], "shovel": ["ed", "ing"], "snorkel": ["ed", "ing"],
    "spiral": ["ed", "ing"], "tunnel": ["ed", "ing"], "unravel": ["ed", "ing"],
    "channel": ["ed", "ing"], "chisel": ["ed"], "funnel": ["ed", "ing"],
    "initial": ["ed", "ing"], "marshal": ["ed", "ing"], "medal": ["ist", "ists"],
    "pencil": ["ed"], "shrivel": ["ed", "ing"], "swivel": ["ed", "ing"],
    "towel": ["ed", "ing"], "yodel": ["ed", "ing"], "enamel": ["ed"],
    "bevel": ["ed"], "cudgel": ["ed"], "gravel": ["ed"],
    "kennel": ["ed"], "squirrel": ["ed"], "tassel": ["ed"],
    "wool": ["en", "ens"], "snivel": ["ed", "ing"], "cruel": ["er", "est"],
}

# --- explicit pairs ------------------------------------------------------
AE_OE = [
    ("anemia", "anaemia"), ("anemic", "anaemic"), ("anesthesia", "anaesthesia"),
    ("anesthetic", "anaesthetic"), ("anesthetics", "anaesthetics"),
    ("anesthetist", "anaesthetist"), ("anesthetists", "anaesthetists"),
    ("cesarean", "caesarean"), ("diarrhea", "diarrhoea"), ("edema", "oedema"),
    ("esophagus", "oesophagus"), ("esophageal", "oesophageal"),
    ("estrogen", "oestrogen"), ("fetus", "foetus"), ("fetuses", "foetuses"),
    ("fetal", "foetal"), ("gynecology", "gynaecology"),
    ("gynecologist", "gynaecologist"), ("gynecologists", "gynaecologists"),
    ("gynecological", "gynaecological"), ("hematology", "haematology"),
    ("hematologist", "haematologist"), ("hematoma", "haematoma"),
    ("hemoglobin", "haemoglobin"), ("hemophilia", "haemophilia"),
    ("hemorrhage", "haemorrhage"), ("hemorrhages", "haemorrhages"),
    ("hemorrhaged", "haemorrhaged"), ("hemorrhaging", "haemorrhaging"),
    ("hemorrhoids", "haemorrhoids"), ("leukemia", "leukaemia"),
    ("orthopedic", "orthopaedic"), ("orthopedics", "orthopaedics"),
    ("pediatric", "paediatric"), ("pediatrics", "paediatrics"),
    ("pediatrician", "paediatrician"), ("pediatricians", "paediatricians"),
    ("pedophile", "paedophile"), ("pedophiles", "paedophiles"),
    ("pedophilia", "paedophilia"), ("septicemia", "septicaemia"),
    ("paleontology", "palaeontology"), ("paleontologist", "palaeontologist"),
    ("paleontologists", "palaeontologists"), ("homeopathy", "homoeopathy"),
    ("homeopathic", "homoeopathic"), ("ischemia", "ischaemia"),
    ("ischemic", "ischaemic"), ("feces", "faeces"), ("fecal", "faecal"),
    ("celiac", "coeliac"), ("apnea", "apnoea"), ("dyspnea", "dyspnoea"),
    ("gonorrhea", "gonorrhoea"), ("eon", "aeon"), ("eons", "aeons"),
    ("toxemia", "toxaemia"), ("hemostasis", "haemostasis"),
]
OG = [
    ("catalog", "catalogue"), ("catalogs", "catalogues"),
    ("cataloged", "catalogued"), ("cataloging", "cataloguing"),
    ("analog", "analogue"), ("analogs", "analogues"),
]
IRREGULAR = [
    ("maneuver", "manoeuvre"), ("maneuvers", "manoeuvres"),
    ("maneuvered", "manoeuvred"), ("maneuvering", "manoeuvring"),
    ("maneuverable", "manoeuvrable"), ("maneuverability", "manoeuvrability"),
    ("gray", "grey"), ("grays", "greys"), ("grayed", "greyed"),
    ("graying", "greying"), ("grayish", "greyish"), ("grayer", "greyer"),
    ("aluminum", "aluminium"), ("mustache", "moustache"),
    ("mustaches", "moustaches"), ("mustachioed", "moustachioed"),
    ("pajamas", "pyjamas"), ("pajama", "pyjama"),
    ("plow", "plough"), ("plows", "ploughs"), ("plowed", "ploughed"),
    ("plowing", "ploughing"), ("snowplow", "snowplough"),
    ("snowplows", "snowploughs"),
    ("skeptic", "sceptic"), ("skeptics", "sceptics"),
    ("skeptical", "sceptical"), ("skeptically", "sceptically"),
    ("skepticism", "scepticism"),
    ("sulfur", "sulphur"), ("sulfuric", "sulphuric"), ("sulfate", "sulphate"),
    ("sulfates", "sulphates"), ("sulfide", "sulphide"),
    ("airplane", "aeroplane"), ("airplanes", "aeroplanes"),
    ("airfoil", "aerofoil"),
    ("artifact", "artefact"), ("artifacts", "artefacts"),
    ("yogurt", "yoghurt"), ("licorice", "liquorice"),
    ("chili", "chilli"), ("chilies", "chillies"),
    ("tidbit", "titbit"), ("tidbits", "titbits"), ("furor", "furore"),
    ("mollusk", "mollusc"), ("mollusks", "molluscs"),
    ("behoove", "behove"), ("behooves", "behoves"),
    ("caliper", "calliper"), ("calipers", "callipers"),
    ("carburetor", "carburettor"), ("jewelry", "jewellery"),
    ("aging", "ageing"),
    ("mold", "mould"), ("molds", "moulds"), ("molded", "moulded"),
    ("molding", "moulding"), ("moldy", "mouldy"),
    ("smolder", "smoulder"), ("smolders", "smoulders"),
    ("smoldered", "smouldered"), ("smoldering", "smouldering"),
    ("molt", "moult"), ("molting", "moulting"),
    ("cozy", "cosy"), ("cozier", "cosier"), ("coziness", "cosiness"),
    ("fulfill", "fulfil"), ("fulfills", "fulfils"),
    ("fulfillment", "fulfilment"),
    ("enroll", "enrol"), ("enrolls", "enrols"),
    ("enrollment", "enrolment"), ("enrollments", "enrolments"),
    ("skillful", "skilful"), ("skillfully", "skilfully"),
    ("willful", "wilful"), ("willfully", "wilfully"),
    ("instill", "instil"), ("instills", "instils"),
    ("distill", "distil"), ("distills", "distils"),
    ("enthrall", "enthral"), ("enthralls", "enthrals"),
    ("appall", "appal"), ("appalls", "appals"),
    ("installment", "instalment"), ("installments", "instalments"),
    ("practiced", "practised"), ("practicing", "practising"),
    ("anesthetize", "anaesthetise"), ("anesthetized", "anaesthetised"),
    ("anesthetizes", "anaesthetises"), ("anesthetizing", "anaesthetising"),
    ("disheveled", "dishevelled"), ("jeweled", "jewelled"),
]

# Never listed: -ise in both dialects.
EVERYWHERE_ISE = {
    "advertise", "advise", "comprise", "compromise", "despise", "devise",
    "exercise", "improvise", "revise", "supervise", "surprise", "televise",
    "chastise", "enterprise", "franchise", "merchandise", "promise",
    "premise", "raise", "rise", "wise", "otherwise", "expertise", "concise",
    "precise", "arise", "disguise", "excise", "incise", "apprise",
    "circumcise", "demise", "surmise", "treatise", "prise", "capsize",
    "seize", "size", "prize",
}
# Pairs left out because one side is an ordinary word (or the usual
# spelling) in the other dialect. Documentation, and a guard below.
EXCLUDED_PAIRS = {
    ("check", "cheque"), ("tire", "tyre"), ("curb", "kerb"),
    ("story", "storey"), ("program", "programme"), ("practice", "practise"),
    ("license", "licence"), ("meter", "metre"), ("labor", "labour"),
    ("dialog", "dialogue"), ("judgment", "judgement"),
    ("acknowledgment", "acknowledgement"), ("analyzes", "analyses"),
    ("paralyzes", "paralyses"), ("draft", "draught"), ("disk", "disc"),
    ("inquiry", "enquiry"), ("toward", "towards"), ("math", "maths"),
    ("donut", "doughnut"), ("glamor", "glamour"), ("whiskey", "whisky"),
    ("ax", "axe"), ("omelet", "omelette"), ("archeology", "archaeology"),
    ("encyclopedia", "encyclopaedia"), ("mom", "mum"), ("specialty", "speciality"),
    ("learned", "learnt"), ("spelled", "spelt"), ("burned", "burnt"),
}


def ize_pairs():
    for stem, flags in IZE_STEMS.items():
        for a, b in (("ize", "ise"), ("ized", "ised"), ("izes", "ises"), ("izing", "ising")):
            yield stem + a, stem + b
        if "n" in flags:
            yield stem + "ization", stem + "isation"
            yield stem + "izations", stem + "isations"
        if "r" in flags:
            yield stem + "izer", stem + "iser"
            yield stem + "izers", stem + "isers"
    for stem in IZED_ONLY:
        yield stem + "ized", stem + "ised"
    for stem, flags in YZE_STEMS.items():
        for a, b in (("yze", "yse"), ("yzed", "ysed"), ("yzing", "ysing")):
            yield stem + a, stem + b
        if "r" in flags:
            yield stem + "yzer", stem + "yser"
            yield stem + "yzers", stem + "ysers"


def our_pairs():
    for stem, sfx in OUR.items():
        for s in sfx:
            yield stem + "or" + s, stem + "our" + s


def re_pairs():
    for stem, sfx in RE.items():
        for s in sfx:
            am = stem + "er" + s
            if s in ("ed", "ing"):
                br = stem + "r" + s
            else:
                br = stem + "re" + s
            yield am, br


def ense_pairs():
    for stem, sfx in ENSE.items():
        for s in sfx:
            yield stem + "se" + s, stem + "ce" + s


def ll_pairs():
    for stem, sfx in LL.items():
        for s in sfx:
            yield stem + s, stem + "l" + s


def all_pairs():
    groups = [
        ("-ize/-ise and -yze/-yse", list(ize_pairs())),
        ("-or/-our", list(our_pairs())),
        ("-er/-re", list(re_pairs())),
        ("-ense/-ence", list(ense_pairs())),
        ("doubled l", list(ll_pairs())),
        ("ae/oe", AE_OE),
        ("-og/-ogue", OG),
        ("irregular", IRREGULAR),
    ]
    seen, am_seen, br_seen = set(), {}, {}
    out = []
    for title, pairs in groups:
        kept = []
        for am, br in pairs:
            assert am != br, am
            assert (am, br) not in EXCLUDED_PAIRS, (am, br)
            for w in (am, br):
                assert w not in EVERYWHERE_ISE, w
            if (am, br) in seen:
                continue
            assert am not in am_seen and br not in br_seen, (am, br)
            seen.add((am, br))
            am_seen[am] = br
            br_seen[br] = am
            kept.append((am, br))
        out.append((title, kept))
    # no word may be American in one pair and British in another
    assert not set(am_seen) & set(br_seen), set(am_seen) & set(br_seen)
    return out


HEADER = """\
# American/British spelling pairs, used by the spelling-dialect rule.
# GENERATED by tools/gen_spelling.py: edit that script and rerun it.
#
# Each pair is [American, British], one word form per pair; inflections are
# separate pairs (recognize/recognise, recognized/recognised, ...). Forms
# spelled the same in both (recognition) are not listed.
#
# Left out on purpose:
# - words spelled -ise in both dialects (advertise, advise, comprise,
#   compromise, despise, devise, exercise, improvise, revise, supervise,
#   surprise, televise, chastise, enterprise, franchise, merchandise, promise,
#   premise, raise, rise, wise, otherwise, expertise, concise, precise, ...);
# - pairs where one side is an ordinary word, or the usual spelling, in the
#   other dialect: check/cheque, tire/tyre, curb/kerb, story/storey,
#   program/programme, practice/practise, license/licence, meter/metre,
#   dialog/dialogue, judgment/judgement, draft/draught, disk/disc,
#   toward/towards, learned/learnt and the like;
# - bare labor/labour (Labour Party, Australian Labor Party, Labor Day are
#   proper names in either dialect); the inflections are listed;
# - analyzes/analyses and paralyzes/paralyses (also plurals of nouns).
"""


def render():
    lines = [HEADER, "[spelling]", "pairs = ["]
    total = 0
    for title, pairs in all_pairs():
        lines.append(f"  # {title}")
        for am, br in pairs:
            lines.append(f'  ["{am}", "{br}"],')
        total += len(pairs)
    lines.append("]")
    return "\n".join(lines) + "\n", total


def main():
    root = Path(__file__).resolve().parent.parent
    text, total = render()
    (root / "rules" / "spelling.toml").write_text(text, encoding="utf-8")
    print(f"wrote rules/spelling.toml: {total} pairs")


if __name__ == "__main__":
    main()
