//! The one error type of the crate.

use std::fmt;

/// What can go wrong outside analysis itself: parsing a reference date, building with bad
/// custom data. Analysis never fails.
///
/// # Example
///
/// ```
/// let err = "5 May".parse::<warta::Date>().unwrap_err();
/// assert!(err.to_string().contains("5 May"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
