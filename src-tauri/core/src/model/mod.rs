//! Plain domain data and its invariants; one file per aggregate.

pub mod company;
pub mod text;
pub mod year;

pub use company::{CompanyProfile, SizeClass};
pub use year::{ReportingYear, YearStatus};
