//! The value chain (S2.1): what the company buys, from whom and from where, and what it
//! sells, to whom, where, and how it is used and ends its life.

use crate::model::limits;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::country::country_list;
use super::date::check_date;
use super::vocab::vocabulary;
use crate::error::{Error, Result};

pub const NAME_MAX: usize = 200;

vocabulary! {
    /// What kind of thing is bought.
    ItemKind {
        RawMaterial = "raw_material",
        Ingredient = "ingredient",
        Product = "product",
        Service = "service",
    }
}

/// A supplier in the chain of a purchased item. In the dossier JSON both numbers are
/// positions (1 = first) in the supplier list instead of record ids.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ChainLink {
    #[ts(type = "number")]
    pub supplier_id: i64,
    /// The supplier it delivers to; `None` when it delivers to the company itself.
    #[ts(type = "number | null")]
    pub via_id: Option<i64>,
}

/// Something the company buys: one chain to map.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PurchasedItem {
    /// Left out of the dossier JSON, where the order of the list is the identity.
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub name: String,
    pub kind: ItemKind,
    /// Goods or commodities the item is or contains, as named in the built-in
    /// reference data (in English), so that the app can suggest risks for them.
    pub reference_goods: Vec<String>,
    pub volume: Option<f64>,
    pub volume_unit: Option<String>,
    /// Yearly spend in euro.
    pub spend_eur: Option<f64>,
    pub has_contract: Option<bool>,
    /// Countries of origin, ISO 3166-1 alpha-2.
    pub origins: Vec<String>,
    /// True when the origin is not (fully) known: a valid answer.
    pub origin_unknown: bool,
    pub suppliers: Vec<ChainLink>,
    /// When the user plans to have this chain mapped (YYYY-MM-DD).
    pub planned_completion: Option<String>,
    pub notes: Option<String>,
}

/// Something the company sells: to which customers and countries, how it is used and
/// what happens to it after use.
#[derive(Debug, Clone, Serialize, Deserialize, TS, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SoldItem {
    #[ts(type = "number")]
    #[serde(default, skip_serializing_if = "is_unsaved")]
    pub id: i64,
    pub name: String,
    pub customers: Option<String>,
    /// Destination countries, ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
    pub use_phase: Option<String>,
    pub end_of_life: Option<String>,
    pub notes: Option<String>,
}

fn is_unsaved(id: &i64) -> bool {
    *id == 0
}

fn amount(field: &str, v: Option<f64>) -> Result<Option<f64>> {
    match v {
        Some(x) if !x.is_finite() || x < 0.0 => Err(Error::Invalid {
            field: field.into(),
            value: x.to_string(),
        }),
        _ => Ok(v),
    }
}

impl PurchasedItem {
    pub fn named(name: &str, kind: ItemKind) -> PurchasedItem {
        PurchasedItem {
            id: 0,
            name: name.into(),
            kind,
            reference_goods: Vec::new(),
            volume: None,
            volume_unit: None,
            spend_eur: None,
            has_contract: None,
            origins: Vec::new(),
            origin_unknown: false,
            suppliers: Vec::new(),
            planned_completion: None,
            notes: None,
        }
    }

    /// Returns the item cleaned up, or the first problem. Whether the linked suppliers
    /// exist is checked by the store.
    pub fn validated(&self) -> Result<PurchasedItem> {
        let mut suppliers: Vec<ChainLink> = Vec::new();
        for l in &self.suppliers {
            if l.via_id == Some(l.supplier_id) {
                return Err(Error::Invalid {
                    field: "item.via".into(),
                    value: l.supplier_id.to_string(),
                });
            }
            if suppliers.iter().any(|s| s.supplier_id == l.supplier_id) {
                continue;
            }
            suppliers.push(*l);
        }
        let planned_completion =
            match limits::ITEM_PLANNED_COMPLETION.optional(&self.planned_completion)? {
                None => None,
                Some(d) => Some(check_date("item.planned_completion", &d)?),
            };
        let mut goods = Vec::new();
        for g in &self.reference_goods {
            let g = limits::ITEM_REFERENCE_GOODS.bounded(g)?;
            if !g.is_empty() && !goods.iter().any(|x: &String| x.eq_ignore_ascii_case(&g)) {
                goods.push(g);
            }
        }
        Ok(PurchasedItem {
            id: self.id,
            name: limits::ITEM_NAME.required(&self.name)?,
            kind: self.kind,
            reference_goods: goods,
            volume: amount("item.volume", self.volume)?,
            volume_unit: limits::ITEM_VOLUME_UNIT.optional(&self.volume_unit)?,
            spend_eur: amount("item.spend_eur", self.spend_eur)?,
            has_contract: self.has_contract,
            origins: country_list("item.origins", &self.origins)?,
            origin_unknown: self.origin_unknown,
            suppliers,
            planned_completion,
            notes: limits::ITEM_NOTES.optional(&self.notes)?,
        })
    }
}

impl SoldItem {
    pub fn named(name: &str) -> SoldItem {
        SoldItem {
            id: 0,
            name: name.into(),
            customers: None,
            countries: Vec::new(),
            use_phase: None,
            end_of_life: None,
            notes: None,
        }
    }

    pub fn validated(&self) -> Result<SoldItem> {
        Ok(SoldItem {
            id: self.id,
            name: limits::SOLD_NAME.required(&self.name)?,
            customers: limits::SOLD_CUSTOMERS.optional(&self.customers)?,
            countries: country_list("sold.countries", &self.countries)?,
            use_phase: limits::SOLD_USE_PHASE.optional(&self.use_phase)?,
            end_of_life: limits::SOLD_END_OF_LIFE.optional(&self.end_of_life)?,
            notes: limits::SOLD_NOTES.optional(&self.notes)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised_and_bad_values_refused() {
        let mut i = PurchasedItem::named("Katoen", ItemKind::RawMaterial);
        i.origins = vec!["in".into(), " TR ".into(), "IN".into()];
        assert_eq!(i.validated().expect("valid").origins, vec!["IN", "TR"]);
        i.origins = vec!["Atlantis".into()];
        assert_eq!(i.validated().expect_err("country").code(), "input.invalid");
        let mut i = PurchasedItem::named("Katoen", ItemKind::RawMaterial);
        i.spend_eur = Some(-1.0);
        assert_eq!(i.validated().expect_err("spend").code(), "input.invalid");
        i.spend_eur = Some(f64::NAN);
        assert_eq!(i.validated().expect_err("nan").code(), "input.invalid");
    }

    #[test]
    fn a_supplier_cannot_deliver_to_itself_and_repeats_are_dropped() {
        let mut i = PurchasedItem::named("Garen", ItemKind::Product);
        i.suppliers = vec![ChainLink {
            supplier_id: 3,
            via_id: Some(3),
        }];
        assert_eq!(i.validated().expect_err("self").code(), "input.invalid");
        let link = ChainLink {
            supplier_id: 3,
            via_id: None,
        };
        i.suppliers = vec![link, link];
        assert_eq!(i.validated().expect("valid").suppliers.len(), 1);
    }

    #[test]
    fn an_empty_name_or_impossible_date_is_refused() {
        let i = PurchasedItem::named("  ", ItemKind::Service);
        assert_eq!(i.validated().expect_err("name").code(), "input.required");
        let mut i = PurchasedItem::named("Transport", ItemKind::Service);
        i.planned_completion = Some("2027-13-01".into());
        assert_eq!(i.validated().expect_err("date").code(), "input.invalid");
        let mut s = SoldItem::named("Werkjas");
        s.countries = vec!["be".into(), "nl".into()];
        assert_eq!(s.validated().expect("valid").countries, vec!["BE", "NL"]);
    }
}
