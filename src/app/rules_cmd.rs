//! `copydesk rules` (list, `--test`, `--markdown`) and `copydesk explain`.

use super::cli::{ExplainArgs, RulesArgs};
use super::{EXIT_CLEAN, EXIT_FAILURE, EXIT_FINDINGS, load_rules};
use copydesk::ruleset::{docs, self_test};
use std::io::{self, BufWriter, Write};

pub fn run(args: RulesArgs) -> io::Result<u8> {
    let rules = match load_rules(&args.rule_args, args.test) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if args.markdown {
        out.write_all(docs::rules_markdown(&rules).as_bytes())?;
        return Ok(EXIT_CLEAN);
    }
    if args.test {
        let failures = self_test(&rules);
        for f in &failures {
            writeln!(out, "FAIL {f}")?;
        }
        let tested: Vec<_> = rules
            .rules
            .iter()
            .filter(|r| r.kind != "directive")
            .collect();
        let examples: usize = tested
            .iter()
            .map(|r| r.examples.bad.len() + r.examples.good.len())
            .sum();
        writeln!(
            out,
            "{} rules, {} examples: {} failed",
            tested.len(),
            examples,
            failures.len()
        )?;

        return Ok(if failures.is_empty() {
            EXIT_CLEAN
        } else {
            EXIT_FINDINGS
        });
    }
    let width = rules.rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
    for r in &rules.rules {
        let state = if r.enabled {
            r.severity.as_str()
        } else {
            "off"
        };
        writeln!(
            out,
            "{:<width$}  {:<11}  {:<7}  {}",
            r.id,
            r.category.as_str(),
            state,
            r.source
        )?;
    }
    Ok(EXIT_CLEAN)
}

pub fn explain(args: ExplainArgs) -> io::Result<u8> {
    let rules = match load_rules(&args.rule_args, false) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    match rules.find(&args.id) {
        Some(i) => {
            print!("{}", docs::explain(&rules.rules[i]));
            Ok(EXIT_CLEAN)
        }
        None => {
            let close: Vec<&str> = rules
                .rules
                .iter()
                .map(|r| r.id.as_str())
                .filter(|id| {
                    id.contains(args.id.as_str())
                        || args.id.contains(id.split('.').nth(1).unwrap_or("~"))
                })
                .collect();
            eprintln!("copydesk: no rule has the id `{}`", args.id);
            if !close.is_empty() {
                eprintln!("  did you mean: {}", close.join(", "));
            }
            eprintln!("  `copydesk rules` lists every rule");
            Ok(EXIT_FAILURE)
        }
    }
}

/// `copydesk config --show`: the effective configuration, with the file
/// each value came from.
pub fn config(args: super::cli::ConfigArgs) -> io::Result<u8> {
    let _ = args.show;
    let rules = match load_rules(&args.rule_args, false) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    if rules.config_files.is_empty() {
        writeln!(out, "# no copydesk.toml found: built-in defaults")?;
    } else {
        writeln!(out, "# configuration files, base first:")?;
        for f in &rules.config_files {
            writeln!(out, "#   {f}")?;
        }
    }
    writeln!(out)?;
    for o in &rules.origins {
        writeln!(out, "{} = {}    # from {}", o.key, o.value, o.source)?;
    }
    if rules.origins.is_empty() {
        writeln!(out, "# (no settings)")?;
    }
    writeln!(out, "\n# packs: rules on/total")?;
    for (pack, _) in &rules.packs {
        let in_pack: Vec<_> = rules.rules.iter().filter(|r| &r.pack == pack).collect();
        let on = in_pack.iter().filter(|r| r.enabled).count();
        writeln!(out, "#   {pack}: {on}/{}", in_pack.len())?;
    }
    if let Some(d) = &rules.data.dialect {
        writeln!(out, "# dialect in force: {d}")?;
    }
    Ok(EXIT_CLEAN)
}
