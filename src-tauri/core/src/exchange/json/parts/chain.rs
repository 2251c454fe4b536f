//! Suppliers and the value chain: purchased and sold items, certificates, audits with
//! their corrective action plans, purchasing practices, the yearly agreement checks and
//! the context log.

use super::{each, Check, Export, Part, Ref, Write};
use crate::error::{Error, Result};
use crate::model::{AgreementCheck, Audit, CapItem, Certification, ContextEntry, PracticeCheck};
use crate::store::chain::{load_items, load_sold, write_item, write_sold};
use crate::store::monitoring::{
    load_agreement_checks, load_cap_items, load_context, load_practices, write_agreement_check,
    write_cap_item, write_context, write_practice,
};
use crate::store::supplier::{
    load_audits, load_certifications, write_audit, write_certification, write_supplier,
};

plain_part!(
    Suppliers,
    suppliers,
    Some(Ref::Supplier),
    |x| x.d.suppliers(),
    write_supplier
);
plain_part!(
    SoldItems,
    sold_items,
    Some(Ref::SoldItem),
    |x| load_sold(x.conn(), None),
    write_sold
);

pub(super) struct PurchasedItems;

impl Part for PurchasedItems {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let items = load_items(x.conn(), None)?;
        x.record(Ref::PurchasedItem, items.iter().map(|i| i.id));
        x.doc.purchased_items = items
            .into_iter()
            .map(|mut i| {
                i.id = 0;
                for l in &mut i.suppliers {
                    l.supplier_id = x.pos(Ref::Supplier, l.supplier_id);
                    l.via_id = x.opt(Ref::Supplier, l.via_id);
                }
                i
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.purchased_items = each(&x.input.purchased_items, |i| {
            let mut i = i.validated()?;
            i.id = 0;
            for l in &i.suppliers {
                x.at(Ref::Supplier, l.supplier_id)?;
                x.opt_at(Ref::Supplier, l.via_id)?;
            }
            Ok(i)
        })?;
        x.record(Ref::PurchasedItem, x.out.purchased_items.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for i in &x.doc.purchased_items {
            let mut i = i.clone();
            for l in &mut i.suppliers {
                l.supplier_id = x.id(Ref::Supplier, l.supplier_id);
                l.via_id = x.opt(Ref::Supplier, l.via_id);
            }
            ids.push(write_item(x.tx, &i)?);
        }
        x.record(Ref::PurchasedItem, ids);
        Ok(())
    }
}

pub(super) struct Certifications;

impl Part for Certifications {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.certifications = load_certifications(x.conn(), None)?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.supplier_id = x.pos(Ref::Supplier, c.supplier_id);
                c
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.certifications = each(&x.input.certifications, |c| {
            let mut c = c.validated()?;
            c.id = 0;
            x.at(Ref::Supplier, c.supplier_id)?;
            Ok(c)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.certifications {
            let supplier_id = x.id(Ref::Supplier, c.supplier_id);
            write_certification(
                x.tx,
                &Certification {
                    supplier_id,
                    ..c.clone()
                },
            )?;
        }
        Ok(())
    }
}

pub(super) struct Audits;

impl Part for Audits {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        let audits = load_audits(x.conn(), None)?;
        x.record(Ref::Audit, audits.iter().map(|a| a.id));
        x.doc.audits = audits
            .into_iter()
            .map(|mut a| {
                a.id = 0;
                a.supplier_id = x.pos(Ref::Supplier, a.supplier_id);
                a
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.audits = each(&x.input.audits, |a| {
            let mut a = a.validated()?;
            a.id = 0;
            x.at(Ref::Supplier, a.supplier_id)?;
            Ok(a)
        })?;
        x.record(Ref::Audit, x.out.audits.len());
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        let mut ids = Vec::new();
        for a in &x.doc.audits {
            let supplier_id = x.id(Ref::Supplier, a.supplier_id);
            ids.push(write_audit(
                x.tx,
                &Audit {
                    supplier_id,
                    ..a.clone()
                },
            )?);
        }
        x.record(Ref::Audit, ids);
        Ok(())
    }
}

pub(super) struct CapItems;

impl Part for CapItems {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.cap_items = load_cap_items(x.conn())?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.audit_id = x.pos(Ref::Audit, c.audit_id);
                c
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.cap_items = each(&x.input.cap_items, |c| {
            let mut c = c.validated()?;
            c.id = 0;
            x.at(Ref::Audit, c.audit_id)?;
            Ok(c)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.cap_items {
            let audit_id = x.id(Ref::Audit, c.audit_id);
            write_cap_item(
                x.tx,
                &CapItem {
                    audit_id,
                    ..c.clone()
                },
            )?;
        }
        Ok(())
    }
}

pub(super) struct Practices;

impl Part for Practices {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.purchasing_practices = load_practices(x.conn())?
            .into_iter()
            .map(|mut p| {
                p.supplier_id = x.pos(Ref::Supplier, p.supplier_id);
                p
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<PracticeCheck> = Vec::new();
        for p in &x.input.purchasing_practices {
            x.at(Ref::Supplier, p.supplier_id)?;
            if out
                .iter()
                .any(|o| o.supplier_id == p.supplier_id && o.practice == p.practice)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("practice {:?} appears twice", p.practice.as_str()),
                });
            }
            out.push(p.validated()?);
        }
        out.sort_by_key(|p| (p.supplier_id, p.practice));
        x.out.purchasing_practices = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for p in &x.doc.purchasing_practices {
            let supplier_id = x.id(Ref::Supplier, p.supplier_id);
            write_practice(
                x.tx,
                &PracticeCheck {
                    supplier_id,
                    ..p.clone()
                },
            )?;
        }
        Ok(())
    }
}

/// Format 11: the yearly agreement checks, one per supplier and year.
pub(super) struct AgreementChecks;

impl Part for AgreementChecks {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.agreement_checks = load_agreement_checks(x.conn(), None)?
            .into_iter()
            .map(|mut c| {
                c.supplier_id = x.pos(Ref::Supplier, c.supplier_id);
                c
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        let mut out: Vec<AgreementCheck> = Vec::new();
        for c in &x.input.agreement_checks {
            x.at(Ref::Supplier, c.supplier_id)?;
            if out
                .iter()
                .any(|o| o.supplier_id == c.supplier_id && o.year == c.year)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("agreement check of {} appears twice", c.year),
                });
            }
            out.push(c.validated()?);
        }
        out.sort_by_key(|c| (c.supplier_id, c.year));
        x.out.agreement_checks = out;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.agreement_checks {
            let supplier_id = x.id(Ref::Supplier, c.supplier_id);
            write_agreement_check(
                x.tx,
                &AgreementCheck {
                    supplier_id,
                    ..c.clone()
                },
            )?;
        }
        Ok(())
    }
}

pub(super) struct ContextLog;

impl Part for ContextLog {
    fn export(&self, x: &mut Export<'_>) -> Result<()> {
        x.doc.context_log = load_context(x.conn())?
            .into_iter()
            .map(|mut c| {
                c.id = 0;
                c.item_id = x.opt(Ref::PurchasedItem, c.item_id);
                c
            })
            .collect();
        Ok(())
    }

    fn check(&self, x: &mut Check<'_>) -> Result<()> {
        x.out.context_log = each(&x.input.context_log, |c| {
            let mut c = c.validated()?;
            c.id = 0;
            x.opt_at(Ref::PurchasedItem, c.item_id)?;
            Ok(c)
        })?;
        Ok(())
    }

    fn write(&self, x: &mut Write<'_, '_>) -> Result<()> {
        for c in &x.doc.context_log {
            let item_id = x.opt(Ref::PurchasedItem, c.item_id);
            write_context(
                x.tx,
                &ContextEntry {
                    item_id,
                    ..c.clone()
                },
            )?;
        }
        Ok(())
    }
}
