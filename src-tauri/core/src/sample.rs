//! The sample dossier: a fictional Dutch workwear company, used as the demo and as the
//! richest test fixture. Every feature adds its part here, so that the sample always
//! shows all of the product. All names and numbers are invented.

use std::path::Path;

use crate::error::Result;
use crate::model::CompanyProfile;
use crate::Dossier;

pub const SAMPLE_COMPANY: &str = "Zeeland Werkkleding B.V.";

/// Writes the sample dossier to `path` (which must not exist yet).
pub fn create(path: &Path) -> Result<Dossier> {
    let mut d = Dossier::create(path, SAMPLE_COMPANY, 2025)?;
    d.update_company(&profile())?;
    d.add_year(2026)?;
    d.set_active_year(2026)?;
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
    }
}
