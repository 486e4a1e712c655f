//! Tries the date grammar: reads lines on standard input and prints, for each line, one JSON
//! array of the mentions found in it.
//!
//! ```text
//! echo "Rapat digelar Selasa (9/5) pukul 14.00 WIB." | cargo run --example dates -- --reference 2023-05-10
//! [{"text":"Selasa (9/5) pukul 14.00 WIB","start":14,"end":42,"value":"2023-05-09T14:00+07:00"}]
//! ```
//!
//! `--reference YYYY-MM-DD` is the date that weekdays and relative mentions resolve against;
//! without it they are not reported. Offsets count bytes from the start of the line.
//!
//! Exit status: 0 on success, 1 when standard input cannot be read, 2 when the arguments are wrong.

use serde::Serialize;
use std::io::{self, BufRead, Write};
use std::process::ExitCode;
use warta::Date;
use warta::dates::DateFinder;

const USAGE: &str = "usage: dates [--reference YYYY-MM-DD] < lines";

#[derive(Serialize)]
struct Row<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    value: &'a str,
}

fn main() -> ExitCode {
    let mut reference: Option<Date> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--reference" => match args.next().map(|v| v.parse::<Date>()) {
                Some(Ok(d)) => reference = Some(d),
                Some(Err(e)) => {
                    eprintln!("dates: --reference: {e}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("dates: --reference needs a date YYYY-MM-DD");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => {
                eprintln!("dates: unexpected argument {other:?}; {USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let finder = DateFinder::new();
    let stdin = io::stdin();
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in stdin.lock().lines() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("dates: cannot read standard input: {e}");
                return ExitCode::from(1);
            }
        };
        let found = finder.find(&line, &[warta::Span::new(0, line.len())], reference);
        let rows: Vec<Row> = found
            .iter()
            .map(|m| Row {
                text: &m.text,
                start: m.start,
                end: m.end,
                value: &m.value,
            })
            .collect();
        let json = serde_json::to_string(&rows).unwrap_or_else(|_| "[]".to_string());
        if writeln!(out, "{json}").is_err() {
            return ExitCode::SUCCESS;
        }
    }
    ExitCode::SUCCESS
}
