//! The SQL of each aggregate, as methods on [`crate::Dossier`]; one file per aggregate.

pub(crate) mod company;
pub mod risk;
pub mod supplier;
mod year;
