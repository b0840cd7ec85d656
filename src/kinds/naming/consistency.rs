//! `kind = "consistency"`: one entity named several ways in one article
//! ("USA" on line 9, "US" on line 17).
//!
//! Each `[[entity]]` is a consistency group of its `name` and `aliases`
//! (formal names are left to `formal-name`). The first variant the body uses
//! sets the article's choice, unless the entity names a `preferred` one; a
//! later, different variant is flagged (once per entity: the first
//! departure), with a label on the first use. Variants listed in `mixable` may be mixed with each other (AP:
//! "U.S." as an adjective, "United States" as a noun). Matching is
//! case-sensitive on whole words ("US" is not "us"); `ambiguous` entities
//! (Georgia) are skipped. Headlines and headings have their own style and
//! neither set nor break the choice.

use super::lex::{Words, entity_names, is_abbreviation, takes_the};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;
use rustc_hash::FxHashMap as HashMap;

#[derive(Debug)]
struct Group {
    variants: Vec<String>,
    /// The spelled-out `name` (index 0) may be mixed with one abbreviation.
    spelled_out: bool,
    mixable: Vec<usize>,
    preferred: Option<usize>,
}

#[derive(Debug)]
struct Consistency {
    groups: Vec<Group>,
    function: Words,
    org_words: Words,
    /// Phrase tag -> (group, variant); `None` marks a formal name, matched
    /// only so that its words are not read as a shorter variant.
    tags: Vec<Option<(usize, usize)>>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    let mut groups = Vec::new();
    let mut tags = Vec::new();
    for e in &cx.data.entities {
        if e.ambiguous {
            continue;
        }
        let mut variants: Vec<String> = entity_names(e)
            .into_iter()
            .filter(|n| !e.formal.iter().any(|f| f == n))
            .map(str::to_owned)
            .collect();
        if let Some(a) = &e.acronym
            && !variants.contains(a)
        {
            variants.push(a.clone());
        }
        if variants.len() < 2 {
            continue;
        }
        let g = groups.len();
        for (v, name) in variants.iter().enumerate() {
            cx.phrases.add(cx.owner, tags.len() as u32, name, true);
            tags.push(Some((g, v)));
        }
        for f in &e.formal {
            cx.phrases.add(cx.owner, tags.len() as u32, f, true);
            tags.push(None);
        }
        let index = |n: &str| variants.iter().position(|v| v == n);
        groups.push(Group {
            spelled_out: !is_abbreviation(&e.name),
            mixable: e.mixable.iter().filter_map(|m| index(m)).collect(),
            preferred: e.preferred.as_deref().and_then(index),
            variants,
        });
    }
    Ok(Box::new(Consistency {
        groups,
        tags,
        function: Words::lexicons(cx, &["name-function-words"]),
        org_words: Words::lexicons(cx, &["organization-words"]),
    }))
}

/// Whether the hit sits in shouting copy (an all-caps line), where "US" is
/// just "us" in capitals.
fn in_caps_context(cx: &CheckCx<'_>, start: usize) -> bool {
    let Some(s) = cx.doc.sentence_at(start) else {
        return false;
    };
    let toks = cx.doc.sentence_tokens(s);
    let words = toks.iter().filter(|t| !t.numeric).count();
    let caps = toks.iter().filter(|t| t.all_caps).count();
    words >= 3 && caps * 2 > words
}

impl Consistency {
    /// Whether the hit is part of a longer name ("Team USA", "USA Today",
    /// "US Open"); "U.S. Army" and "the US" are not.
    fn inside_name(&self, cx: &CheckCx<'_>, range: &std::ops::Range<usize>) -> bool {
        let doc = cx.doc;
        let i = doc.tokens.partition_point(|t| t.range.end <= range.start);
        let j = doc.tokens.partition_point(|t| t.range.start < range.end);
        let spaced = |a: usize, b: usize| {
            doc.prose[doc.tokens[a].range.end..doc.tokens[b].range.start]
                .chars()
                .all(|c| c == ' ')
        };
        let before = i > 0 && i < doc.tokens.len() && {
            let t = &doc.tokens[i - 1];
            t.capitalized && spaced(i - 1, i) && !self.function.contains(doc.token_text(i - 1))
        };
        let after = j < doc.tokens.len() && j > 0 && {
            let t = &doc.tokens[j];
            t.capitalized
                && !t.all_caps
                && spaced(j - 1, j)
                && !self.org_words.contains(doc.token_text(j))
        };
        before || after
    }
}

impl Check for Consistency {
    fn check(&self, cx: &mut CheckCx<'_>) {
        // group -> (chosen variant, span of its first use)
        let mut chosen: HashMap<usize, (usize, std::ops::Range<usize>)> = HashMap::default();
        let mut flagged: HashMap<usize, ()> = HashMap::default();
        let hits: Vec<_> = leftmost_longest(cx.hits).cloned().collect();
        for hit in hits {
            let Some(Some((g, v))) = self.tags.get(hit.tag as usize).copied() else {
                continue;
            };
            let Some(block) = cx.doc.block_at(hit.range.start) else {
                continue;
            };
            if !cx.doc.is_body(block)
                || in_caps_context(cx, hit.range.start)
                || self.inside_name(cx, &hit.range)
            {
                continue;
            }
            let group = &self.groups[g];
            let (first_v, first_span) = chosen
                .entry(g)
                .or_insert_with(|| (group.preferred.unwrap_or(v), hit.range.clone()))
                .clone();
            let (a, b) = (&group.variants[v], &group.variants[first_v]);
            let allowed = v == first_v
                || group.mixable.contains(&v) && group.mixable.contains(&first_v)
                || group.spelled_out
                    && (v == 0 && is_abbreviation(b) || first_v == 0 && is_abbreviation(a));
            if allowed || flagged.insert(g, ()).is_some() {
                continue;
            }
            let first = &group.variants[first_v];
            let mut finding = cx.finding(hit.range.clone(), &[("first", first)]);
            if group.preferred.is_none() || first_span != hit.range {
                let label = if group.preferred.is_some() && first_span == hit.range {
                    format!("house style prefers `{first}`")
                } else {
                    format!("first named `{first}` here")
                };
                if first_span != hit.range {
                    finding = finding.with_related(first_span.clone(), label);
                }
            }
            if takes_the(first) == takes_the(&group.variants[v]) {
                finding = finding.with_fix(first.clone());
            }
            cx.emit(finding);
        }
    }
}
