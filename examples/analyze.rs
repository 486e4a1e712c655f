//! Prints warta's analysis of each file as one JSON object per line (the output contract).
//!
//! ```text
//! cargo run --release --example analyze -- [--pretty] [--lossy] [--reference YYYY-MM-DD] FILE...
//! ```
//!
//! `-` reads standard input. Files are read and analysed one at a time. A file that cannot be
//! read, or whose bytes are not UTF-8, gets a one-line error on standard error naming it; the
//! other files are still analysed. `--lossy` reads invalid UTF-8 anyway, each bad byte sequence
//! replaced by U+FFFD (offsets then index the repaired text).
//!
//! Exit status: 0 when every file was analysed, 1 when at least one could not be read, 2 when
//! the arguments are wrong.

use std::io::{self, Read, Write};
use std::process::ExitCode;
use warta::{Analyzer, Date};

const USAGE: &str =
    "usage: analyze [--pretty] [--lossy] [--reference YYYY-MM-DD] FILE... ('-' reads standard input)";

fn main() -> ExitCode {
    let mut pretty = false;
    let mut lossy = false;
    let mut reference: Option<Date> = None;
    let mut files: Vec<String> = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pretty" => pretty = true,
            "--lossy" => lossy = true,
            "--reference" => match args.next().map(|v| v.parse::<Date>()) {
                Some(Ok(d)) => reference = Some(d),
                Some(Err(e)) => {
                    eprintln!("analyze: --reference: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("analyze: --reference needs a date YYYY-MM-DD\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "-" => files.push(arg),
            s if s.starts_with("--") => {
                eprintln!("analyze: unknown option {s}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut builder = Analyzer::builder();
    if let Some(d) = reference {
        builder = builder.reference(d);
    }
    let analyzer = builder.build();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for name in &files {
        let text = match read(name, lossy) {
            Ok(t) => t,
            Err(msg) => {
                eprintln!("analyze: {name}: {msg}");
                failed = true;
                continue;
            }
        };
        let analysis = analyzer.analyze(&text);
        let json = if pretty {
            serde_json::to_string_pretty(&analysis)
        } else {
            serde_json::to_string(&analysis)
        };
        let written = match json {
            Ok(j) => writeln!(out, "{j}"),
            Err(e) => {
                eprintln!("analyze: {name}: cannot write JSON: {e}");
                failed = true;
                continue;
            }
        };
        if let Err(e) = written {
            if e.kind() == io::ErrorKind::BrokenPipe {
                return ExitCode::SUCCESS;
            }
            eprintln!("analyze: cannot write output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a file (or standard input for `-`) as UTF-8, with a message a person can act on.
fn read(name: &str, lossy: bool) -> Result<String, String> {
    let mut bytes = Vec::new();
    if name == "-" {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
    } else {
        let meta = std::fs::metadata(name).map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => "no such file".to_string(),
            io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => format!("cannot read: {e}"),
        })?;
        if meta.is_dir() {
            return Err("is a directory, not a file".to_string());
        }
        bytes = std::fs::read(name).map_err(|e| format!("cannot read: {e}"))?;
    }
    match String::from_utf8(bytes) {
        Ok(t) => Ok(t),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "not UTF-8 text (invalid byte at offset {}); convert it to UTF-8, or pass --lossy",
            e.utf8_error().valid_up_to()
        )),
    }
}
