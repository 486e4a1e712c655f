//! A small proleptic Gregorian calendar date, used as the reference for relative mentions.

use crate::Error;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A calendar date (proleptic Gregorian), written `YYYY-MM-DD`.
///
/// It is the reference that weekdays ("Selasa", "on Tuesday") and relative mentions
/// ("kemarin", "last week") resolve against.
///
/// # Example
///
/// ```
/// use warta::Date;
///
/// let d: Date = "2022-08-05".parse()?;
/// assert_eq!(d.weekday(), 4); // Friday, counting Monday as 0
/// assert_eq!(d.add_days(-1).to_string(), "2022-08-04");
/// # Ok::<(), warta::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Makes a date, or `None` when the day does not exist (31 February, month 13).
    ///
    /// ```
    /// assert!(warta::Date::new(2024, 2, 29).is_some());
    /// assert!(warta::Date::new(2023, 2, 29).is_none());
    /// ```
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || !(-9999..=9999).contains(&year) {
            return None;
        }
        if day > days_in_month(year, month) {
            return None;
        }
        Some(Date {
            year,
            month: month as u8,
            day: day as u8,
        })
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!(warta::Date::new(2019, 9, 10).unwrap().year(), 2019);
    /// ```
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    ///
    /// ```
    /// assert_eq!(warta::Date::new(2019, 9, 10).unwrap().month(), 9);
    /// ```
    pub fn month(&self) -> u32 {
        self.month as u32
    }

    /// The day of the month, 1 to 31.
    ///
    /// ```
    /// assert_eq!(warta::Date::new(2019, 9, 10).unwrap().day(), 10);
    /// ```
    pub fn day(&self) -> u32 {
        self.day as u32
    }

    /// Days since 1970-01-01 (negative before).
    ///
    /// ```
    /// assert_eq!(warta::Date::new(1970, 1, 2).unwrap().to_days(), 1);
    /// ```
    pub fn to_days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` days after 1970-01-01, saturating at years ±9999.
    ///
    /// ```
    /// assert_eq!(warta::Date::from_days(0).to_string(), "1970-01-01");
    /// ```
    pub fn from_days(days: i64) -> Date {
        let days = days.clamp(-4371587, 2932896);
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
        Date {
            year: y as i32,
            month: m as u8,
            day: d as u8,
        }
    }

    /// The date `n` days later (earlier when negative).
    ///
    /// ```
    /// let d = warta::Date::new(2021, 12, 31).unwrap();
    /// assert_eq!(d.add_days(1).to_string(), "2022-01-01");
    /// ```
    pub fn add_days(&self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n))
    }

    /// Day of the week, Monday = 0 to Sunday = 6.
    ///
    /// ```
    /// // 16 November 2021 was a Tuesday.
    /// assert_eq!(warta::Date::new(2021, 11, 16).unwrap().weekday(), 1);
    /// ```
    pub fn weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u32
    }

    /// ISO 8601 week: (ISO year, week number).
    ///
    /// ```
    /// assert_eq!(warta::Date::new(2023, 5, 9).unwrap().iso_week(), (2023, 19));
    /// ```
    pub fn iso_week(&self) -> (i32, u32) {
        let thursday = self.add_days(3 - self.weekday() as i64);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u32)
    }
}

/// Number of days in `month` of `year` (0 for a month outside 1 to 12).
///
/// ```
/// assert_eq!(warta::calendar::days_in_month(2024, 2), 29);
/// ```
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Whether `year` is a leap year.
///
/// ```
/// assert!(warta::calendar::is_leap(2000));
/// assert!(!warta::calendar::is_leap(1900));
/// ```
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = Error;

    fn from_str(s: &str) -> Result<Date, Error> {
        let bad = || Error::new(format!("{s:?} is not a date of the form YYYY-MM-DD"));
        let t = s.trim();
        let mut parts = t.splitn(3, '-');
        let (y, m, d) = match (parts.next(), parts.next(), parts.next()) {
            (Some(y), Some(m), Some(d)) if y.len() == 4 && m.len() == 2 && d.len() == 2 => (y, m, d),
            _ => return Err(bad()),
        };
        let num = |p: &str| -> Result<u32, Error> {
            if p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (y, m, d) = (num(y)?, num(m)?, num(d)?);
        Date::new(y as i32, m, d).ok_or_else(|| Error::new(format!("{s:?} names a day that does not exist")))
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.to_string()
    }
}

impl TryFrom<String> for Date {
    type Error = Error;

    fn try_from(s: String) -> Result<Date, Error> {
        s.parse()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_days() {
        for n in [-800_000i64, -1, 0, 1, 59, 365, 10_957, 19_000, 2_000_000] {
            assert_eq!(Date::from_days(n).to_days(), n, "day {n}");
        }
    }

    #[test]
    fn parses_and_rejects() {
        assert_eq!("2023-05-09".parse::<Date>().unwrap().to_string(), "2023-05-09");
        assert!("2023-02-30".parse::<Date>().is_err());
        assert!("2023-5-9".parse::<Date>().is_err());
        assert!("yesterday".parse::<Date>().is_err());
    }

    #[test]
    fn weekdays() {
        // 2019-09-10 Tuesday, 2022-08-05 Friday, 2000-01-01 Saturday.
        assert_eq!(Date::new(2019, 9, 10).unwrap().weekday(), 1);
        assert_eq!(Date::new(2022, 8, 5).unwrap().weekday(), 4);
        assert_eq!(Date::new(2000, 1, 1).unwrap().weekday(), 5);
    }
}
