//! Built-in reference data, embedded at compile time, each data set with its source.

pub mod countries;
