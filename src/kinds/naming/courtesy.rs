//! `kind = "courtesy-title"`: courtesy titles (Mr, Mrs, Ms, Dr) used for a
//! person in some later mentions and not others ("Mr Guaido" where the rest
//! of the article says "Guaido"), and a mix of "Mr" and "Mr." in one
//! article. A title with the full name on first reference followed by the
//! bare surname is AP style and is not flagged ("Dr. Amina Bello ... Bello
//! said"). The minority form is flagged (the titled one on a tie), with a
//! fix to the majority form.

use super::people::{Form, People, PeopleLexicon};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, Lazy};
use std::sync::Arc;

#[derive(Debug)]
struct CourtesyTitle {
    lex: Arc<Lazy<PeopleLexicon>>,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&[])?;
    Ok(Box::new(CourtesyTitle {
        lex: PeopleLexicon::shared(cx),
    }))
}

impl Check for CourtesyTitle {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let people = People::of(cx.doc, self.lex.get());
        let mut flagged = Vec::new();
        for person in &people.persons {
            let later = || {
                person
                    .mentions
                    .iter()
                    .filter(|m| m.body && !m.quoted && !m.modifier && m.form != Form::Full)
            };
            // "Mr. Clinton" and "Mrs. Clinton": two people, one surname.
            let mut titles = person.mentions.iter().filter_map(|m| m.courtesy.as_ref());
            if let Some(t) = titles.next()
                && titles.any(|o| o.title != t.title)
            {
                continue;
            }
            let titled: Vec<_> = later().filter(|m| m.courtesy.is_some()).collect();
            let bare: Vec<_> = later().filter(|m| m.form == Form::Bare).collect();
            let (Some(t), Some(b)) = (titled.first(), bare.first()) else {
                continue;
            };
            let surname = cx.doc.slice(t.surname.clone());
            let Some(c) = &t.courtesy else { continue };
            let finding = if titled.len() <= bare.len() {
                let span = c.span.start..t.surname.end;
                let detail = format!("other mentions say `{surname}`");
                cx.finding(span.clone(), &[("detail", &detail)])
                    .with_related(b.surname.clone(), "bare surname here")
                    .with_fix(surname.to_owned())
            } else {
                let with = cx.doc.slice(c.span.start..t.surname.end).to_owned();
                let detail = format!("other mentions say `{with}`");
                cx.finding(b.surname.clone(), &[("detail", &detail)])
                    .with_related(t.span.clone(), "courtesy title here")
                    .with_fix(with)
            };
            flagged.push(finding.span.clone());
            cx.emit(finding);
        }
        // "Mr" and "Mr." in one article.
        let all: Vec<_> = people
            .persons
            .iter()
            .flat_map(|p| &p.mentions)
            .filter(|m| m.body && !m.quoted)
            .filter_map(|m| m.courtesy.as_ref())
            .filter(|c| self.lex.get().takes_period(&c.title))
            .collect();
        let dots = all.iter().filter(|c| c.dot).count();
        let plain = all.len() - dots;
        if dots == 0 || plain == 0 {
            return;
        }
        let minority_dot = dots < plain
            || dots == plain
                && !all
                    .iter()
                    .min_by_key(|c| c.span.start)
                    .is_some_and(|c| c.dot);
        let majority = all
            .iter()
            .filter(|c| c.dot != minority_dot)
            .min_by_key(|c| c.span.start);
        let mut minority: Vec<_> = all.iter().filter(|c| c.dot == minority_dot).collect();
        minority.sort_by_key(|c| c.span.start);
        for c in minority {
            if flagged
                .iter()
                .any(|f| f.start <= c.span.start && c.span.start < f.end)
            {
                continue;
            }
            let fixed = if c.dot {
                c.title.clone()
            } else {
                format!("{}.", c.title)
            };
            let detail = format!("the article elsewhere writes `{fixed}`");
            let mut finding = cx
                .finding(c.span.clone(), &[("detail", &detail)])
                .with_fix(fixed);
            if let Some(m) = majority {
                finding = finding.with_related(m.span.clone(), "other style here");
            }
            cx.emit(finding);
        }
    }
}
