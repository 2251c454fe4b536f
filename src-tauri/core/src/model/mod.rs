//! Plain domain data and its invariants; one file per aggregate.

pub mod action;
pub mod chain;
pub mod communication;
pub mod company;
pub mod country;
pub mod date;
pub mod follow_up;
pub mod grievance;
pub mod kpi;
pub mod limits;
pub mod policy;
pub mod risk;
pub mod stakeholder;
pub mod supplier;
pub mod text;
pub(crate) mod vocab;
pub mod year;

pub use action::{Action, ActionUpdate, CapItem, ContextEntry, EvidenceFile, PracticeCheck};
pub use chain::{ChainLink, ItemKind, PurchasedItem, SoldItem};
pub use communication::CommunicationEntry;
pub use company::{CompanyProfile, SizeClass};
pub use follow_up::AgreementCheck;
pub use grievance::{Grievance, GrievanceMechanism, Remedy};
pub use kpi::{Kpi, KpiMeasurement};
pub use policy::{Department, PolicyCommunication, PolicyVersion, Preconditions};
pub use risk::Risk;
pub use stakeholder::{Engagement, Stakeholder};
pub use supplier::{Audit, Certification, Supplier};
pub use year::{ReportingYear, YearStatus};
