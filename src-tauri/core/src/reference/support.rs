//! Where a Dutch company finds help with due diligence, as the guidance points to it:
//! each with its address (shown as text, never opened by the app), who runs it, the page
//! that says so and the day that page was read. What each one is for is written in the
//! message files under `support.<id>.name` and `support.<id>.what`.

use serde::Serialize;
use ts_rs::TS;

/// One place to turn to.
#[derive(Debug, Clone, Serialize, TS, PartialEq, Eq)]
pub struct SupportOffice {
    pub id: &'static str,
    pub run_by: &'static str,
    /// The address to type into a browser.
    pub address: &'static str,
    /// The page the facts above were read from.
    pub source: &'static str,
    /// YYYY-MM-DD.
    pub checked_on: &'static str,
}

/// The day the list below was checked against its sources.
pub const CHECKED_ON: &str = "2026-12-06";

/// The offices, in the order a company meets them: the help desk, the risk tool, the
/// sector agreements, and the National Contact Point as the route outside the company.
pub const OFFICES: &[SupportOffice] = &[
    SupportOffice {
        id: "rbc_help_desk",
        run_by: "Rijksdienst voor Ondernemend Nederland (RVO)",
        address: "www.rvo.nl/onderwerpen/mvo-steunpunt",
        source: "www.rvo.nl/blogs/3-vragen-aan-eva-smulders-imvo-steunpunt",
        checked_on: CHECKED_ON,
    },
    SupportOffice {
        id: "risk_checker",
        run_by: "MVO Nederland",
        address: "www.mvorisicochecker.nl",
        source: "www.mvorisicochecker.nl/nl/disclaimer",
        checked_on: CHECKED_ON,
    },
    SupportOffice {
        id: "sector_agreements",
        run_by: "Sociaal-Economische Raad (SER)",
        address: "www.imvoconvenanten.nl",
        source: "www.ser.nl/nl/thema/imvo/wat-is-imvo/convenanten",
        checked_on: CHECKED_ON,
    },
    NCP,
];

/// The National Contact Point: the route a complaint can take outside the company.
pub const NCP: SupportOffice = SupportOffice {
    id: "ncp",
    run_by: "Nationaal Contactpunt OESO-richtlijnen (NCP)",
    address: "www.oesorichtlijnen.nl",
    source: "www.oesorichtlijnen.nl/meldingen/melding-doen",
    checked_on: CHECKED_ON,
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_office_has_an_address_a_source_and_a_date() {
        let mut ids: Vec<&str> = OFFICES.iter().map(|o| o.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), OFFICES.len());
        for o in OFFICES {
            assert!(o.address.starts_with("www."), "{}", o.id);
            assert!(o.source.starts_with("www."), "{}", o.id);
            let digits: Vec<&str> = o.checked_on.split('-').collect();
            assert_eq!(
                digits.iter().map(|d| d.len()).collect::<Vec<_>>(),
                [4, 2, 2]
            );
        }
        assert!(OFFICES.contains(&NCP));
    }
}
