//! The legislation check (B1) over a dossier: the company profile, the goods of its
//! chains and what it sells become the input of `crate::laws::check`, with the answers
//! the user gave to what the dossier cannot know.

use std::collections::BTreeMap;

use crate::error::Result;
use crate::laws::{self, LawInput, LawVerdict, Question};
use crate::reference::sectors;
use crate::Dossier;

impl Dossier {
    /// What the legislation check knows of this company, with `answers`.
    pub fn law_input(&self, answers: &BTreeMap<Question, bool>) -> Result<LawInput> {
        let company = self.company()?;
        let mut eudr_goods = Vec::new();
        let mut minerals = Vec::new();
        for item in self.purchased_items()? {
            for good in &item.reference_goods {
                if let Some(c) = sectors::commodity(good) {
                    let list = if c.regulation == "EUDR" {
                        &mut eudr_goods
                    } else {
                        &mut minerals
                    };
                    if !list.contains(&c.name_en) {
                        list.push(c.name_en.clone());
                    }
                }
            }
        }
        eudr_goods.sort();
        minerals.sort();
        Ok(LawInput {
            employees: company.employees,
            turnover_eur: company.annual_turnover_eur,
            size: company.size_class(),
            countries: company.countries.clone(),
            eudr_goods,
            minerals,
            sells_products: !self.sold_items()?.is_empty(),
            answers: answers.clone(),
        })
    }

    /// Every law the check knows, with its verdict for this company.
    pub fn laws(&self, answers: &BTreeMap<Question, bool>) -> Result<Vec<LawVerdict>> {
        Ok(laws::check(&self.law_input(answers)?))
    }
}
