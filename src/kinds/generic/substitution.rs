//! `kind = "substitution"`: flags a word or phrase and proposes the house
//! form (`replace = { "Russian Federation" = "Russia" }`). The replacement
//! keeps the match's initial capital. `fix = false` keeps the suggestion out
//! of `--fix` (for replacements that need an editor's eye).

use crate::kinds::{Check, CheckCx, CompileCx, CompileResult};
use crate::phrases::leftmost_longest;

#[derive(Debug)]
struct Substitution {
    /// (from, to) pairs, indexed by phrase tag.
    replacements: Vec<(String, String)>,
    fix: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    let Some(replace) = &cx.raw.replace else {
        return Err(cx.error("a `substitution` rule needs `replace`"));
    };
    if replace.get_ref().is_empty() {
        return Err(cx.error("`replace` is empty"));
    }
    let match_case = cx.match_case();
    let mut replacements = Vec::new();
    for (i, (from, to)) in replace.get_ref().iter().enumerate() {
        cx.phrases.add(cx.owner, i as u32, from, match_case);
        replacements.push((from.clone(), to.clone()));
    }
    let fix = cx.raw.fix.as_ref().is_none_or(|f| *f.get_ref());
    Ok(Box::new(Substitution { replacements, fix }))
}

/// `to`, with its first letter upper-cased when the text matched a
/// lower-case `from` only because it starts a sentence ("E-mail" for
/// "e-mail"). A replacement written with capitals is kept as written.
pub fn match_capital(matched: &str, from: &str, to: &str) -> String {
    let from_lower = from.chars().next().is_some_and(char::is_lowercase);
    let starts_upper = from_lower && matched.chars().next().is_some_and(char::is_uppercase);
    let mut chars = to.chars();
    match chars.next() {
        Some(first) if starts_upper && first.is_lowercase() => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => to.to_owned(),
    }
}

impl Check for Substitution {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let hits: Vec<_> = leftmost_longest(cx.hits).cloned().collect();
        for hit in hits {
            let Some((from, to)) = self.replacements.get(hit.tag as usize) else {
                continue;
            };
            let to = match_capital(cx.doc.slice(hit.range.clone()), from, to);
            let mut finding = cx.finding(hit.range, &[("replacement", &to)]);
            if self.fix {
                finding = finding.with_fix(to);
            }
            cx.emit(finding);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::match_capital;

    #[test]
    fn replacement_follows_the_initial_capital() {
        assert_eq!(match_capital("Utilize", "utilize", "use"), "Use");
        assert_eq!(match_capital("utilize", "utilize", "use"), "use");
        assert_eq!(match_capital("Web site", "Web site", "website"), "website");
        assert_eq!(
            match_capital("Russian Federation", "Russian Federation", "Russia"),
            "Russia"
        );
    }
}
