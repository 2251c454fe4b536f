//! The registers of the JSON document, one [`Part`] each: how the register leaves a
//! dossier, how it is checked and how it is written back. A new register is one more
//! part in [`PARTS`] (and its field in [`DossierJson`]).
//!
//! Records point at each other by id in a dossier and by position (1 = first) in a
//! document; [`Ref`] names the lists that others point into, and the three contexts
//! carry the positions, counts and new ids between parts. [`PARTS`] is in an order in
//! which every list comes before the lists that point into it.

/// A register whose records point at no other record: exported in recording order with
/// their ids cleared, each checked the way the app checks its form, written in order.
/// `$list` is the list others point into, if any.
macro_rules! plain_part {
    ($name:ident, $field:ident, $list:expr, |$x:ident| $load:expr, $write:path) => {
        pub(super) struct $name;

        impl Part for $name {
            fn export(&self, x: &mut Export<'_>) -> Result<()> {
                let records = {
                    let $x: &Export<'_> = x;
                    $load
                }?;
                if let Some(list) = $list {
                    x.record(list, records.iter().map(|r| r.id));
                }
                x.doc.$field = records
                    .into_iter()
                    .map(|mut r| {
                        r.id = 0;
                        r
                    })
                    .collect();
                Ok(())
            }

            fn check(&self, x: &mut Check<'_>) -> Result<()> {
                x.out.$field = each(&x.input.$field, |r| {
                    let mut r = r.validated()?;
                    r.id = 0;
                    Ok(r)
                })?;
                if let Some(list) = $list {
                    x.record(list, x.out.$field.len());
                }
                Ok(())
            }

            fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
                let ids = x
                    .doc
                    .$field
                    .iter()
                    .map(|r| $write(x.tx, r))
                    .collect::<Result<Vec<i64>>>()?;
                if let Some(list) = $list {
                    x.record(list, ids);
                }
                Ok(())
            }
        }
    };
}

mod actions;
mod chain;
mod grievances;
mod kpis;
mod laws;
mod maturity;
mod policy;
mod risks;
mod stakeholders;
mod survey;
mod years;

use std::collections::HashMap;

use rusqlite::{Connection, Transaction};

use super::DossierJson;
use crate::error::{Error, Result};
use crate::Dossier;

pub(super) use risks::export_risks;

/// A list that other records point into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Ref {
    Supplier,
    PurchasedItem,
    SoldItem,
    Risk,
    Audit,
    Kpi,
    Action,
    Stakeholder,
    Grievance,
}

impl Ref {
    /// As named in the message about a position that does not exist.
    fn what(self) -> &'static str {
        match self {
            Ref::Supplier => "supplier",
            Ref::PurchasedItem => "purchased item",
            Ref::SoldItem => "sold item",
            Ref::Risk => "risk",
            Ref::Audit => "audit",
            Ref::Kpi => "kpi",
            Ref::Action => "action",
            Ref::Stakeholder => "stakeholder",
            Ref::Grievance => "grievance",
        }
    }
}

/// One register of the document.
pub(super) trait Part: Sync {
    /// Fills the part's field of `x.doc` from the dossier, ids turned into positions.
    fn export(&self, x: &mut Export<'_>) -> Result<()>;
    /// Checks `x.input`'s field and puts the cleaned records in `x.out`.
    fn check(&self, x: &mut Check<'_>) -> Result<()>;
    /// Writes the field of `x.doc`, positions turned into the new ids.
    fn write(&self, x: &mut Write<'_, '_>) -> Result<()>;
}

pub(super) const PARTS: &[&dyn Part] = &[
    &chain::Suppliers,
    &chain::PurchasedItems,
    &chain::SoldItems,
    &risks::Risks,
    &risks::SuggestionDecisions,
    &chain::Certifications,
    &chain::Audits,
    &chain::CapItems,
    &chain::Practices,
    &chain::AgreementChecks,
    &chain::ContextLog,
    &policy::Departments,
    &policy::PolicyVersions,
    &policy::PolicyCommunications,
    &policy::Preconditions,
    &kpis::Kpis,
    &kpis::Measurements,
    &actions::Actions,
    &actions::Updates,
    &actions::Evidence,
    &stakeholders::Stakeholders,
    &stakeholders::Engagements,
    &grievances::CommunicationLog,
    &grievances::Mechanism,
    &grievances::Grievances,
    &grievances::Remedies,
    &years::YearReviews,
    &years::ClosedYears,
    &laws::LawAnswers,
    &laws::LawCheck,
    &maturity::Maturity,
    &maturity::MaturityCheck,
    &survey::Rounds,
    &survey::Requests,
    &survey::Answers,
];

/// Export: the dossier, the document being filled and the positions of what is in it.
pub(super) struct Export<'a> {
    pub d: &'a Dossier,
    pub doc: DossierJson,
    positions: HashMap<Ref, HashMap<i64, i64>>,
}

impl<'a> Export<'a> {
    pub fn new(d: &'a Dossier, doc: DossierJson) -> Self {
        Export {
            d,
            doc,
            positions: HashMap::new(),
        }
    }

    pub fn conn(&self) -> &'a Connection {
        self.d.conn()
    }

    /// Records the ids of a list in document order.
    pub fn record(&mut self, list: Ref, ids: impl Iterator<Item = i64>) {
        let map = ids.enumerate().map(|(i, id)| (id, i as i64 + 1)).collect();
        self.positions.insert(list, map);
    }

    /// The position of a record; 0 for one that is not in the list (the check refuses it).
    pub fn pos(&self, list: Ref, id: i64) -> i64 {
        self.opt(list, Some(id)).unwrap_or(0)
    }

    pub fn opt(&self, list: Ref, id: Option<i64>) -> Option<i64> {
        let map = self.positions.get(&list)?;
        id.and_then(|id| map.get(&id).copied())
    }
}

/// Check: the document as given, the cleaned document so far, and whether it is the
/// frozen content of a closed year.
pub(super) struct Check<'a> {
    pub input: &'a DossierJson,
    pub out: DossierJson,
    pub frozen: bool,
    counts: HashMap<Ref, usize>,
}

impl<'a> Check<'a> {
    pub fn new(input: &'a DossierJson, out: DossierJson, frozen: bool) -> Self {
        Check {
            input,
            out,
            frozen,
            counts: HashMap::new(),
        }
    }

    /// Records how long a list is, for the parts that point into it.
    pub fn record(&mut self, list: Ref, len: usize) {
        self.counts.insert(list, len);
    }

    /// Fails unless `pos` is a place in the list.
    pub fn at(&self, list: Ref, pos: i64) -> Result<()> {
        let len = self.counts.get(&list).copied().unwrap_or(0);
        if pos < 1 || pos as usize > len {
            return Err(Error::JsonInvalid {
                detail: format!("{} {pos} does not exist (there are {len})", list.what()),
            });
        }
        Ok(())
    }

    pub fn opt_at(&self, list: Ref, pos: Option<i64>) -> Result<()> {
        pos.map_or(Ok(()), |p| self.at(list, p))
    }
}

/// Write: the transaction, the checked document and the new ids of what was written.
pub(super) struct Write<'a, 'c> {
    pub tx: &'a Transaction<'c>,
    pub doc: &'a DossierJson,
    ids: HashMap<Ref, Vec<i64>>,
}

impl<'a, 'c> Write<'a, 'c> {
    pub fn new(tx: &'a Transaction<'c>, doc: &'a DossierJson) -> Self {
        Write {
            tx,
            doc,
            ids: HashMap::new(),
        }
    }

    /// Records the new ids of a list, in document order.
    pub fn record(&mut self, list: Ref, ids: Vec<i64>) {
        self.ids.insert(list, ids);
    }

    /// The new id of the record at a position (checked before writing).
    pub fn id(&self, list: Ref, pos: i64) -> i64 {
        self.ids[&list][(pos - 1) as usize]
    }

    pub fn opt(&self, list: Ref, pos: Option<i64>) -> Option<i64> {
        pos.map(|p| self.id(list, p))
    }
}

/// Validates every record of a list, with its id cleared.
fn each<T>(items: &[T], mut check: impl FnMut(&T) -> Result<T>) -> Result<Vec<T>> {
    items.iter().map(&mut check).collect()
}
