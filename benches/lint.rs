//! Lint throughput and latency, with criterion.
//!
//! Corpus: the real articles in `../shared/corpus/clean` when present (the
//! evaluation corpus beside this repository), otherwise articles generated
//! from template sentences written for this benchmark. Three shapes:
//! one ~4 KB article (editor latency), 1,000 articles (a CI run over an
//! archive), and one 10 MB article (cost must stay linear in input), plus
//! rule loading (process start-up).
//!
//! What profiling taught us (perf record, callgrind), kept here so nobody
//! has to learn it twice:
//! - A Unicode `\b` sends the regex crate to its slowest engine whenever the
//!   text holds one non-ASCII char (curly quotes do); shipped patterns use
//!   `(?-u:\b)`. Capture groups are resolved only inside DFA matches.
//! - Line/column conversion must not count chars from the line start per
//!   finding: a file with one 10 MB line made that quadratic (now a cursor).
//! - Per-quote and per-question scans of a block's tokens were quadratic in
//!   big paragraphs; `Document::tokens_in` is a binary search.
//! - Rule loading was dominated by building a DFA over every registered
//!   phrase (the same attribution cues once per rule): phrases are now
//!   deduplicated and compiled into a contiguous NFA.
//! - Start-up (`check` of one article: ~40 ms, now ~10-12 ms) was TOML parsing
//!   (build.rs now emits the built-in packs already parsed), regexes whose
//!   Unicode classes repeat (`\p{L}` once per name word: 5 ms; now compiled
//!   on first need behind a cheap prefilter, or on a background thread), and
//!   the phrase automaton: an ASCII case-insensitive one has twice the
//!   transitions (fold text and patterns instead), and one-word phrases are
//!   cheaper as a table of the text's word runs.
//! - In a process that lives ~10 ms, allocation is what is left: one String
//!   per phrase, SipHash word sets and freeing the rule set at exit each
//!   cost about a millisecond.
//! - Throughput: the automaton's overlapping walk was 14% of a run even with
//!   ~1,200 multi-word phrases, because it steps through every byte. Phrases
//!   that open with a word are now filed under their first two words and
//!   checked where the text's word runs match; only phrases that open on
//!   punctuation ("[LINK]") are left to the automaton, whose prefilter then
//!   skips nearly everything. What remains is spread thin: tokenizing,
//!   sentence and quote finding, the word-run table, naming lookups, each
//!   5% or less.
//! - Measure with instruction counts (`valgrind --tool=callgrind`), not
//!   wall time: on this shared 2-core machine the same binary's whole-process
//!   time drifts by 30% from one minute to the next, instruction counts do
//!   not. Every change below was kept only if it lowered them and left the
//!   JSON output on the corpus byte-identical.
//! - Quote finding and sentence splitting decoded every char to find a few
//!   marks; they now jump from one candidate byte to the next (a table of
//!   the bytes a quote mark, line break or terminator can start with): -9%.
//! - Two Unicode patterns (the stray-byline name pattern and the pasted-
//!   caption ending) cost ~28M and ~18M instructions to compile, once per
//!   process, on the first paragraph that needed them, i.e. in nearly every
//!   run over real copy. ASCII twins (`[A-Za-z]` for `\p{L}`) compile in
//!   ~2M and match alike on text whose only non-ASCII chars are
//!   punctuation (curly quotes, dashes, bullets): -7%.
//! - The person analysis asked nine word sets in turn about each
//!   capitalized token; one table with a bit per set answers at once, and
//!   keys are bytes, so a lookup no longer re-validates UTF-8.
//! - Start-up: every `&str` in a static array is a relocation the dynamic
//!   loader applies at each start; the built-in word lists (25,000 entries)
//!   are now one NUL-separated string each. About 45% of a one-article run's
//!   cycles are in the kernel (page faults, process set-up), so memory
//!   touched matters as much as instructions. Compiling rules on a second
//!   thread gained nothing: the background regex and lexicon builds already
//!   use that core, and each extra thread brings its own malloc arena.
//! - Tried and dropped: a hash-keyed word-class table (same instructions,
//!   no faster), gating the statistic regex by paragraph (the gate cost more
//!   than it saved: most news paragraphs hold a digit), answering the
//!   "used in lower case?" question by scanning tokens before building a
//!   table (more instructions, not fewer).
//! - That question is now answered, for the first eight asks on a text under
//!   64 KB, by a SIMD substring search (memmem) for the word and a check of
//!   the token it lands on; the table of lower-case words is built only once
//!   asks pile up, so a long document stays linear: -4%.
//! - Cheap tests first. Most per-token checks can reject a token on its
//!   flags (capitalized, all caps) or first bytes before any set lookup,
//!   allocation or char decoding: the compass-point check, the acronym
//!   shape, name runs, the lone "i", lower-case sentence starts, credit-line
//!   prefixes, a question mark at a sentence's end. Together about -6%.
//! - Maps of small vectors (the acronym rule's expansion starts: one vector
//!   per letter pair) allocate and grow per key; one sorted vector searched
//!   by key does the same job with one allocation: -1%.
//! - Start-up, again: the built-in lexicons and spelling pairs are
//!   `Cow<'static, str>` borrowed from the program's text (25,000 entries,
//!   one allocation each before), phrases are grouped by a counting sort,
//!   and the person table is filled directly rather than from nine sets
//!   merged afterwards. Rule loading 24M -> 16M instructions; a whole
//!   one-article run 47M -> 37M.
//! - Instruction counts move by a few million (about 1%) between builds from
//!   the compiler's inlining choices alone (16 codegen units): a change
//!   under 1% needs a second build to believe. `codegen-units = 1` saved
//!   0.8% and doubled the release build time; not taken.

use copydesk::ruleset::{LoadOptions, RuleSet};
use copydesk::{LintOptions, lint_file};
use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

/// Up to `n` articles of the corpus, as (file name, text).
fn corpus(n: usize) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/clean");
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for p in paths.into_iter().take(n) {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push((p.file_name().unwrap().to_string_lossy().into_owned(), text));
            }
        }
    }
    if out.is_empty() {
        out = (0..n)
            .map(|i| (format!("generated-{i}.txt"), generated_article(i)))
            .collect();
    }
    out
}

/// A wire-style article of about 4 KB, varied by `seed`, with a few planted
/// slips so every rule family has work to do.
pub fn generated_article(seed: usize) -> String {
    const NAMES: &[(&str, &str)] = &[
        ("Marta", "Quiroga"),
        ("Daniel", "Achterberg"),
        ("Amina", "Sesay"),
        ("Tomas", "Reyes"),
        ("Helen", "Oduya"),
    ];
    const PLACES: &[&str] = &["Lisbon", "Nairobi", "Manila", "Quito", "Tallinn"];
    let (first, last) = NAMES[seed % NAMES.len()];
    let place = PLACES[seed % PLACES.len()];
    let mut text = format!("Port workers in {place} vote to extend strike\n\n");
    let paragraphs = [
        format!("{}, Country — Dock workers in {place} voted Thursday to extend a strike that has idled the port for {} days, the union said in a statement.", place.to_uppercase(), seed % 20 + 3),
        format!("\"We are not going back for promises,\" said {first} {last}, the union's president. \"The offer is the same one we rejected in May.\""),
        format!("{last} told reporters that the port authority had offered a raise of {}% for night shifts, according to a copy of the offer seen by the union.", seed % 9 + 2),
        "Critics say the strike has cost the region more than the raise would have. Shipping lines have diverted cargo to other ports, according to people familiar with the matter.".to_owned(),
        format!("The port handles about {} containers a week, making it the busiest in the region, the Ministry of Transport said.", 10_000 + seed * 37),
        "Did anyone expect the talks to fail so quickly?".to_owned(),
        format!("{first} {last} said the union would meet the the port authority again on Monday in {place}."),
        "The government has said repeatedly that it will not take sides in a labour dispute between private companies and their workers, but the Labor Minister met both sides yesterday.".to_owned(),
        "A spokesman for the operator, which is based in the United States, said the US company had \"made its best offer\" and that a USA -backed fund would cover the cost.".to_owned(),
    ];
    while text.len() < 4_000 {
        for p in &paragraphs {
            text.push_str(p);
            text.push_str("\n\n");
        }
    }
    text
}

fn rules() -> RuleSet {
    RuleSet::load(&LoadOptions::default()).expect("built-in rules load")
}

fn bench(c: &mut Criterion) {
    let rules = rules();
    let options = LintOptions::default();
    let lint = |name: &str, text: &str| lint_file(&rules, Path::new(name), text, options).0.len();

    c.bench_function("load rules (start-up)", |b| {
        b.iter(|| black_box(rules_len(&self::rules())))
    });

    let articles = corpus(1_000);
    let (name, one) = articles
        .iter()
        .min_by_key(|(_, t)| t.len().abs_diff(4_096))
        .cloned()
        .unwrap();
    let mut group = c.benchmark_group("lint");
    group.throughput(Throughput::Bytes(one.len() as u64));
    group.bench_function("one article (~4 KB)", |b| {
        b.iter(|| black_box(lint(&name, &one)))
    });

    let total: usize = articles.iter().map(|(_, t)| t.len()).sum();
    group.throughput(Throughput::Bytes(total as u64));
    group.sample_size(10);
    group.bench_function(format!("{} articles", articles.len()), |b| {
        b.iter(|| articles.iter().map(|(n, t)| lint(n, t)).sum::<usize>())
    });

    let mut big = String::with_capacity(10 << 20);
    'fill: loop {
        for (_, t) in &articles {
            if big.len() >= 10 << 20 {
                break 'fill;
            }
            big.push_str(t);
            big.push_str("\n\n");
        }
    }
    group.throughput(Throughput::Bytes(big.len() as u64));
    group.bench_function("one 10 MB article", |b| {
        b.iter(|| black_box(lint("big.txt", &big)))
    });
    group.finish();
}

fn rules_len(r: &RuleSet) -> usize {
    r.rules.len()
}

criterion_group!(benches, bench);
criterion_main!(benches);
