//! `kind = "first-reference"`: a person's first mention in the body should
//! give the full name; later ones the surname. Flags, once per person, a
//! bare surname used before the full name appears (with a label at the full
//! name) and a bare surname never introduced at all ("Pompeo demanded ...")
//! when the word acts as a person and nothing shows it is a place, club or
//! company. Headlines, headings and quotations are exempt.

use super::lex::used_lower_case;
use super::people::{Form, People, PeopleLexicon};
use crate::kinds::{Check, CheckCx, CompileCx, CompileResult, Lazy};
use std::sync::Arc;

#[derive(Debug)]
struct FirstReference {
    lex: Arc<Lazy<PeopleLexicon>>,
    never_introduced: bool,
}

pub(super) fn compile(cx: &mut CompileCx<'_>) -> CompileResult {
    cx.allow_options(&["never-introduced"])?;
    Ok(Box::new(FirstReference {
        lex: PeopleLexicon::shared(cx),
        never_introduced: cx.option_bool("never-introduced")?.unwrap_or(true),
    }))
}

impl Check for FirstReference {
    fn check(&self, cx: &mut CheckCx<'_>) {
        let people = People::of(cx.doc, self.lex.get());
        for person in &people.persons {
            let body = || person.mentions.iter().filter(|m| m.body);
            let first_bare = body().find(|m| m.form == Form::Bare && !m.quoted && !m.modifier);
            let Some(bare) = first_bare else {
                continue;
            };
            let first_intro = body().find(|m| m.form != Form::Bare);
            match first_intro {
                Some(intro) if intro.span.start < bare.span.start => {}
                Some(intro) if intro.form == Form::Full => {
                    let acting = body().any(|m| m.acting);
                    if !(intro.strong || acting) {
                        continue;
                    }
                    let finding = cx
                        .finding(
                            bare.surname.clone(),
                            &[("detail", "is used before the full name is given")],
                        )
                        .with_related(intro.span.clone(), "full name first given here");
                    cx.emit(finding);
                }
                Some(_) => {}
                None => {
                    if !self.never_introduced
                        || person.not_person
                        || person.given_name
                        || !body().any(|m| m.acting && !m.quoted)
                        || used_lower_case(cx.doc, &person.surname)
                    {
                        continue;
                    }
                    let finding = cx.finding(
                        bare.surname.clone(),
                        &[("detail", "is never introduced by full name or title")],
                    );
                    cx.emit(finding);
                }
            }
        }
    }
}
