//! What a benchmark ran on and what it cost: the machine, the commit, the
//! date, and the process's peak memory.
//!
//! Peak memory is Linux's `VmHWM` (the high-water mark of resident memory)
//! from `/proc/self/status`. It is a figure for the whole process, so a task
//! calls [`reset_peak_memory`] before the part it measures; where that is not
//! allowed, the peak includes everything the process did before.

use std::path::Path;
use std::process::Command;

/// Where and when a benchmark ran.
#[derive(Debug, Clone)]
pub struct Machine {
    /// CPU model name, from `/proc/cpuinfo`.
    pub cpu: String,
    /// Logical CPUs this process may use (what `nproc` prints).
    pub cpus: usize,
    /// When the benchmark ran, in UTC.
    pub date: String,
    /// Short hash of the checked-out commit, with `+changes` when the work
    /// tree differs from it, if git is available.
    pub commit: Option<String>,
}

impl Machine {
    /// Describe this machine and the repository at `workspace`.
    pub fn describe(workspace: &Path) -> Machine {
        Machine {
            cpu: cpu_model().unwrap_or_else(|| "unknown CPU".to_string()),
            cpus: std::thread::available_parallelism().map(usize::from).unwrap_or(1),
            date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
            commit: commit(workspace),
        }
    }

    /// One line for a results list: `CPU (N CPUs); date: …; commit: …`.
    pub fn line(&self) -> String {
        format!(
            "{} ({} CPUs); date: {}; commit: {}",
            self.cpu,
            self.cpus,
            self.date,
            self.commit.as_deref().unwrap_or("unknown")
        )
    }

    /// The Markdown lines that open a results file: data, machine, date, commit.
    pub fn header(&self, data: &Path) -> String {
        format!(
            "- data: `{}`\n- machine: {} ({} CPUs available)\n- date: {}\n- commit: {}\n",
            data.display(),
            self.cpu,
            self.cpus,
            self.date,
            self.commit.as_deref().unwrap_or("unknown (git not available)")
        )
    }
}

fn cpu_model() -> Option<String> {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name").then(|| value.trim().to_string())
    })
}

fn commit(workspace: &Path) -> Option<String> {
    let git = |args: &[&str]| {
        let output = Command::new("git").arg("-C").arg(workspace).args(args).output().ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).trim().to_string())
    };
    let hash = git(&["rev-parse", "--short", "HEAD"])?;
    let changed = git(&["status", "--porcelain", "--untracked-files=no"]).is_some_and(|status| !status.is_empty());
    Some(if changed { format!("{hash}+changes") } else { hash })
}

/// The process's peak resident memory so far, in MiB, if the system says.
pub fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|line| line.strip_prefix("VmHWM:"))?;
    let kib: f64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib / 1024.0)
}

/// Start a new peak-memory measurement at the current resident size.
/// Returns whether the system allowed it (Linux 4.0 and later do).
pub fn reset_peak_memory() -> bool {
    // Writing 5 to clear_refs resets VmHWM (see proc(5)).
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// CPU time (user and system) this process has used so far, in seconds,
/// if the system says. Compared with wall-clock time it shows how many
/// cores a run kept busy.
pub fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name, in parentheses, may hold spaces: count fields after it.
    let (_, fields) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = fields.split_whitespace().collect();
    // Fields 14 and 15 of proc(5) (utime, stime); field 3 is the first here.
    let user: u64 = fields.get(14 - 3)?.parse().ok()?;
    let system: u64 = fields.get(15 - 3)?.parse().ok()?;
    // Clock ticks; USER_HZ is 100 on every Linux platform Rust supports.
    Some((user + system) as f64 / 100.0)
}
