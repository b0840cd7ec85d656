//! Regular expressions compiled when first needed, not while rules load.
//!
//! Compiling a regex with large Unicode classes (`\p{L}`, `\d`) costs
//! milliseconds, and start-up is what an editor integration waits for. A
//! kind whose pattern is fixed by the kind itself (so it cannot fail to
//! compile) wraps it in a [`LazyRegex`]: compiled by the first check that
//! needs it, or, after [`LazyRegex::warm`], on a background thread while the
//! rest of the rule set loads. Patterns from rule files are compiled eagerly,
//! so their errors are reported at load time.

use regex::Regex;
use std::sync::{Arc, OnceLock};

struct Inner<T> {
    build: Box<dyn Fn() -> T + Send + Sync>,
    cell: OnceLock<T>,
}

/// A value (a regex, or several) built once, on first use.
pub struct Lazy<T>(Arc<Inner<T>>);

pub type LazyRegex = Lazy<Regex>;

impl<T: Send + Sync + 'static> Lazy<T> {
    /// `build` must not fail: the pattern is fixed by the kind.
    pub fn new(build: impl Fn() -> T + Send + Sync + 'static) -> Self {
        Lazy(Arc::new(Inner {
            build: Box::new(build),
            cell: OnceLock::new(),
        }))
    }

    /// A value built already (from a rule file, where errors must show at
    /// load time).
    pub fn ready(value: T) -> Self {
        let cell = OnceLock::new();
        let _ = cell.set(value);
        Lazy(Arc::new(Inner {
            build: Box::new(|| unreachable!("a ready value is never built")),
            cell,
        }))
    }

    /// The value, built now if no one has yet (a thread already building it
    /// is waited for, not duplicated).
    pub fn get(&self) -> &T {
        self.0.cell.get_or_init(|| (self.0.build)())
    }

    /// Starts building on a background thread: for values every run needs.
    /// If no thread can be started, the first `get` builds it instead.
    pub fn warm(&self) {
        let inner = Arc::clone(&self.0);
        let _ = std::thread::Builder::new()
            .name("copydesk-warm".into())
            .spawn(move || {
                inner.cell.get_or_init(|| (inner.build)());
            });
    }
}

/// The same whether or not the value is built yet, so a rule set's debug
/// output does not depend on how far background threads have come.
impl<T> std::fmt::Debug for Lazy<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Lazy(..)")
    }
}
