//! # warta
//!
//! warta turns the plain text that scrapers produce from English and Indonesian news pages into
//! facts a program can use: the language, the article without site noise and the page's
//! metadata, every date mention normalized to ISO 8601, countries as ISO 3166-1 codes (with the
//! lists and counts the text states), named officials with their titles, and numbered and
//! counted lists. Every mention carries its byte span in the caller's text.
//!
//! # Example: analyse a page
//!
//! ```
//! use warta::Analyzer;
//!
//! let page = "Kemenlu Gelar Lokakarya Digital\n\
//!             Rabu, 17 November 2021 | 16:14 WIB\n\
//!             Jakarta - Kementerian Luar Negeri menggelar lokakarya di Bali pada 1-12 Agustus 2022 \
//!             yang dihadiri tiga negara, yakni Fiji, Palau dan Tonga.\n\
//!             Baca juga: Judul Berita Lain\n";
//! let analyzer = Analyzer::new();
//! let a = analyzer.analyze(page);
//! assert_eq!(a.lang, "id");
//! assert_eq!(a.title.as_deref(), Some("Kemenlu Gelar Lokakarya Digital"));
//! assert_eq!(a.published.as_deref(), Some("2021-11-17T16:14+07:00"));
//! assert!(!a.body.contains("Baca juga"));
//! for d in &a.dates {
//!     assert_eq!(&page[d.start..d.end], d.text);
//! }
//! ```
//!
//! Each capability is usable alone too: [`lang::detect`], [`boilerplate::strip`],
//! [`dates::find_dates`], [`countries::find_countries`], [`officials::find_officials`] and
//! [`enumerations::find_enumerations`].
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod lexicon;

pub mod analyzer;
pub mod boilerplate;
pub mod calendar;
pub mod countries;
pub mod dates;
pub mod enumerations;
mod error;
pub mod lang;
pub mod officials;
mod span;
pub mod text;

pub use analyzer::{Analysis, Analyzer, AnalyzerBuilder, Block};
pub use calendar::Date;
pub use error::Error;
pub use span::Span;

/// The README's library example, compiled and run as a doc test.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
