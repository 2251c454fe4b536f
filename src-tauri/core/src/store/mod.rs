//! The SQL of each aggregate, as methods on [`crate::Dossier`]; one file per aggregate.

pub(crate) mod company;
mod year;
