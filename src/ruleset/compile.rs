//! Compiling validated rules: each rule's kind builds its check and
//! registers its phrases. Rules compile on two threads, since start-up is
//! what an editor waits for on every save and most of it is this work. Each
//! rule registers its phrases in a builder of its own, merged in rule order
//! afterwards, so the result is the same as compiling one rule after another.

use super::SharedData;
use super::raw::RawRule;
use crate::kinds::{CompileCache, CompileCx, CompileResult, KindDef};
use crate::phrases::PhraseSetBuilder;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// One rule that passed validation.
pub(super) struct Job<'a> {
    /// The rule's index in the rule set.
    pub owner: usize,
    pub raw: &'a RawRule,
    pub kind: &'static KindDef,
    /// From a built-in pack (see [`CompileCx::builtin`]).
    pub builtin: bool,
}

/// One rule compiled: its check (or why not) and the phrases it registered.
pub(super) struct Compiled {
    pub phrases: PhraseSetBuilder,
    pub result: CompileResult,
}

/// Below this many rules a second thread costs more than it saves.
pub(super) const PARALLEL_FROM: usize = 8;

/// Compiles every job, on two threads if `parallel`; the results are in the
/// order of `jobs`.
pub(super) fn compile_all(
    jobs: &[Job<'_>],
    data: &Arc<SharedData>,
    parallel: bool,
) -> Vec<Compiled> {
    let cache = CompileCache::default();
    let next = AtomicUsize::new(0);
    // Each thread takes the next job until none are left.
    let work = || {
        let mut done = Vec::new();
        while let Some(job) = jobs.get(next.fetch_add(1, Ordering::Relaxed)) {
            let mut phrases = PhraseSetBuilder::default();
            let mut cx = CompileCx {
                owner: job.owner,
                raw: job.raw,
                phrases: &mut phrases,
                data,
                builtin: job.builtin,
                cache: &cache,
            };
            let result = (job.kind.compile)(&mut cx);
            done.push((job.owner, Compiled { phrases, result }));
        }
        done
    };
    let mut done = if !parallel {
        work()
    } else {
        std::thread::scope(|s| {
            // If no thread can be started, this one does every job.
            let helper = std::thread::Builder::new()
                .name("copydesk-compile".into())
                .spawn_scoped(s, work);
            let mut done = work();
            if let Ok(helper) = helper {
                match helper.join() {
                    Ok(more) => done.extend(more),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            }
            done
        })
    };
    done.sort_unstable_by_key(|(owner, _)| *owner);
    done.into_iter().map(|(_, compiled)| compiled).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kinds::find_kind;
    use crate::ruleset::{BUILTIN_PACKS, merge_data};

    /// The built-in packs compiled on two threads give the same phrase set
    /// and checks as compiled on one: merging follows rule order, not the
    /// order the threads finish in.
    #[test]
    fn two_threads_compile_what_one_does() {
        let mut data = SharedData::default();
        let mut raws = Vec::new();
        for (_, _, build) in BUILTIN_PACKS {
            let pack = build.expect("the build parsed every built-in pack")();
            merge_data(&mut data, pack.lexicon, pack.entity, pack.spelling, true);
            raws.extend(pack.rule.into_iter().map(|r| r.into_inner()));
        }
        let data = Arc::new(data);
        let jobs: Vec<Job<'_>> = raws
            .iter()
            .enumerate()
            .map(|(owner, raw)| Job {
                owner,
                raw,
                kind: find_kind(raw.kind.get_ref()).expect("built-in kinds exist"),
                builtin: true,
            })
            .collect();
        assert!(jobs.len() >= PARALLEL_FROM);
        let describe = |parallel: bool| {
            let mut phrases = PhraseSetBuilder::default();
            let mut checks = Vec::new();
            for c in compile_all(&jobs, &data, parallel) {
                phrases.append(c.phrases);
                checks.push(format!("{:?}", c.result.expect("built-in rules compile")));
            }
            (format!("{:?}", phrases.build(jobs.len())), checks)
        };
        let one = describe(false);
        for _ in 0..4 {
            assert_eq!(describe(true), one);
        }
    }
}
