//! Flag parsing shared by the benchmark tasks: `--name value` pairs only.

use std::collections::HashMap;

use anyhow::Result;

use crate::UsageError;

/// Parse `--flag value` pairs, accepting only the flags in `known`;
/// `--help` answers with the task's `usage`.
pub fn parse(task: &str, args: &[String], known: &[&str], usage: &str) -> Result<HashMap<String, String>> {
    let mut values = HashMap::new();
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if flag == "-h" || flag == "--help" {
            return Err(UsageError(usage.to_string()).into());
        }
        let Some(name) = flag.strip_prefix("--").filter(|name| known.contains(name)) else {
            return Err(UsageError(format!("{task}: unknown option {flag}")).into());
        };
        let Some(value) = args.next() else {
            return Err(UsageError(format!("{task}: {flag} needs a value")).into());
        };
        values.insert(name.to_string(), value.clone());
    }
    Ok(values)
}

/// The number given for flag `name` among parsed `flags`, or `default`.
pub fn number<T: std::str::FromStr>(task: &str, flags: &HashMap<String, String>, name: &str, default: T) -> Result<T> {
    match flags.get(name) {
        Some(value) => value
            .parse()
            .map_err(|_| UsageError(format!("{task}: --{name} needs a whole number, not {value:?}")).into()),
        None => Ok(default),
    }
}
