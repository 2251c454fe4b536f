//! The sample dossier: a fictional Dutch workwear company, used as the demo and as the
//! richest test fixture. Every feature adds its part here, so that the sample always
//! shows all of the product. All names and numbers are invented.
//!
//! `chain.rs` holds the suppliers, the chains and what the company sells, with their
//! certificates and audits; `risks.rs` the risk register and its links to the chain;
//! `steps.rs` what the company did in steps 1, 3 and 4; `stakeholders.rs` and
//! `grievances.rs` steps 5 and 6.

mod chain;
mod checks;
mod grievances;
mod review;
mod risks;
mod stakeholders;
mod step1;
mod steps34;
mod surveys;

use chain::{purchased_items, sold_items, suppliers, SUGGESTION_ANSWERS, SUPPLIER_SHORT};
use checks::{audits, certifications};
use risks::{risks, RISK_LINKS};
use step1::step1;
use steps34::steps3_4;

pub use review::CLOSED_2025;

use std::path::Path;

use std::collections::HashMap;

use crate::error::Result;
use crate::laws::Question;
use crate::messages::Lang;
use crate::model::chain::{ChainLink, ItemKind};
use crate::model::follow_up::Compliance;
use crate::model::risk::{
    AffectedGroup as G, Assessment, Decision, InformationSource as S, Involvement, Location,
    RankOverride, Theme,
};
use crate::model::supplier::{AuditKind, AuditResult, AuditScheme};
use crate::model::supplier::{CodeOfConduct, WorkerCount};
use crate::model::{
    Action, ActionUpdate, AgreementCheck, Audit, CapItem, Certification, ContextEntry, Department,
    Kpi, KpiMeasurement, PolicyCommunication, PolicyVersion, PracticeCheck, Preconditions,
    PurchasedItem, SoldItem,
};
use crate::model::{CompanyProfile, Risk, Supplier};
use crate::suggestions::SuggestionAnswer;
use crate::views::risk_suggestions::AnswerInput;
use crate::Dossier;

pub const SAMPLE_COMPANY: &str = "Zeeland Werkkleding B.V.";

/// Writes the sample dossier to `path` (which must not exist yet).
pub fn create(path: &Path) -> Result<Dossier> {
    let mut d = Dossier::create(path, SAMPLE_COMPANY, 2025)?;
    d.update_company(&profile())?;
    d.add_year(2026)?;
    d.set_active_year(2026)?;
    let mut supplier_ids: HashMap<&'static str, i64> = HashMap::new();
    for s in suppliers() {
        let saved = d.save_supplier(&s)?;
        let short = SUPPLIER_SHORT
            .iter()
            .find(|(_, full)| *full == s.name)
            .map(|(short, _)| *short)
            .unwrap_or("");
        supplier_ids.insert(short, saved.id);
    }
    let sid = |short: &str| supplier_ids.get(short).copied().unwrap_or(0);
    let mut item_ids: HashMap<String, i64> = HashMap::new();
    for item in purchased_items(&sid) {
        let saved = d.save_purchased_item(&item)?;
        item_ids.insert(saved.name.clone(), saved.id);
    }
    let mut sold_ids: HashMap<String, i64> = HashMap::new();
    for item in sold_items() {
        let saved = d.save_sold_item(&item)?;
        sold_ids.insert(saved.name.clone(), saved.id);
    }
    let mut risk_ids: HashMap<String, i64> = HashMap::new();
    for mut r in risks() {
        if let Some((_, item, supplier, sold)) = RISK_LINKS.iter().find(|l| l.0 == r.title) {
            r.item_id = item_ids.get(*item).copied();
            r.supplier_id = (!supplier.is_empty()).then(|| sid(supplier));
            r.sold_item_id = sold_ids.get(*sold).copied();
        }
        let saved = d.save_risk(&r)?;
        risk_ids.insert(saved.title.clone(), saved.id);
    }
    for mut c in certifications() {
        c.supplier_id = supplier_ids[SUPPLIER_SHORT[c.supplier_id as usize].0];
        d.save_certification(&c)?;
    }
    let mut audit_ids = Vec::new();
    for mut a in audits() {
        a.supplier_id = supplier_ids[SUPPLIER_SHORT[a.supplier_id as usize].0];
        audit_ids.push(d.save_audit(&a)?.id);
    }
    for (key, answer, reason, risk, on) in SUGGESTION_ANSWERS {
        d.answer_suggestion(
            &AnswerInput {
                key: key.into(),
                answer,
                reason: reason.into(),
                existing_risk: risk_ids.get(risk).copied(),
            },
            on,
            Lang::Nl,
        )?;
    }
    let kpi_ids = step1(&mut d, &supplier_ids, &risk_ids)?;
    steps3_4(
        &mut d,
        &supplier_ids,
        &risk_ids,
        &kpi_ids,
        &audit_ids,
        &item_ids,
    )?;
    stakeholders::stakeholders(&mut d, &risk_ids)?;
    grievances::communication(&mut d)?;
    grievances::grievances(&mut d, &risk_ids, &supplier_ids)?;
    // The legislation check: what the company knows of itself that its dossier cannot;
    // whether it places batteries on the market stays open to show an open question.
    d.set_law_answers(&[
        (Question::PlacesOnEuMarket, Some(true)),
        (Question::PartOfGroup, Some(false)),
        (Question::SellsInUk, Some(false)),
    ])?;
    surveys::round_2025(&mut d, &supplier_ids)?;
    review::reviews_and_closing(&mut d, &risk_ids)?;
    surveys::round_2026(&mut d, &supplier_ids)?;
    Ok(d)
}

fn profile() -> CompanyProfile {
    CompanyProfile {
        name: SAMPLE_COMPANY.into(),
        kvk_number: Some("12345678".into()),
        sectors: vec![
            "Textiel en kleding".into(),
            "Groothandel in bedrijfskleding".into(),
        ],
        employees: Some(85),
        annual_turnover_eur: Some(14_500_000),
        countries: vec!["NL".into(), "BE".into()],
        contact_name: Some("Sanne de Wit".into()),
        contact_email: Some("mvo@zeeland-werkkleding.example".into()),
        contact_phone: Some("+31 113 000 000".into()),
        description: Some(
            "Ontwerpt en verkoopt werkkleding en persoonlijke beschermingsmiddelen \
             voor bouw, zorg en industrie. Laat confectioneren in Turkije, Bangladesh \
             en Portugal; katoen komt onder meer uit India."
                .into(),
        ),
        initiatives: vec!["amfori BSCI".into()],
    }
}
