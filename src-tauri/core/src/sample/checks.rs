//! The certificates and audits of the sample suppliers.

use super::*;

/// Certificates of the sample; `supplier_id` is an index into [`SUPPLIER_SHORT`].
pub(super) fn certifications() -> Vec<Certification> {
    let cert = |supplier: usize, scheme: &str, reference: &str, until: &str| Certification {
        id: 0,
        supplier_id: supplier as i64,
        scheme: scheme.into(),
        reference: (!reference.is_empty()).then(|| reference.to_string()),
        valid_until: (!until.is_empty()).then(|| until.to_string()),
    };
    vec![
        cert(1, "SA8000", "SA-BD-20418", "2027-05-31"),
        cert(4, "OEKO-TEX STANDARD 100", "21.TR.77310", "2026-12-15"),
        cert(6, "GOTS", "CU-IN-88120", "2026-08-31"),
        cert(11, "ISO 45001", "", "2028-02-29"),
    ]
}

/// Audits and visits of the sample; `supplier_id` is an index into [`SUPPLIER_SHORT`].
pub(super) fn audits() -> Vec<Audit> {
    let audit = |supplier: usize, kind, on: &str, auditor: &str, findings: &str| Audit {
        id: 0,
        supplier_id: supplier as i64,
        kind,
        held_on: on.into(),
        auditor: Some(auditor.into()),
        findings: Some(findings.into()),
        scheme: None,
        result: None,
        score: None,
    };
    vec![
        Audit {
            scheme: Some(AuditScheme::AmforiBsci),
            result: Some(AuditResult::MajorFindings),
            ..audit(
                0,
                AuditKind::SocialAudit,
                "2026-02-12",
                "Extern auditbureau (sociale audit)",
                "Nooduitgang op de tweede verdieping geblokkeerd door rollen stof; in \
                 piekweken tot 68 uur werk per week; loonstroken compleet.",
            )
        },
        Audit {
            scheme: Some(AuditScheme::Own),
            result: Some(AuditResult::MinorFindings),
            ..audit(
                3,
                AuditKind::SiteVisit,
                "2025-10-08",
                "Eigen inkoper",
                "Werkplaats op orde; een deel van het naaiwerk gaat naar twee kleinere ateliers \
             die we niet bezochten.",
            )
        },
        Audit {
            score: Some(58),
            ..audit(
                8,
                AuditKind::SelfAssessment,
                "2026-04-01",
                "Leverancier zelf",
                "Vragenlijst volledig ingevuld; leerlooierij als toeleverancier niet genoemd.",
            )
        },
        // Last in the list: the positions above are those of the corrective action plans.
        Audit {
            score: Some(46),
            ..audit(
                8,
                AuditKind::SelfAssessment,
                "2025-03-20",
                "Leverancier zelf",
                "Vragen over werktijden en onderaanneming open gelaten.",
            )
        },
    ]
}
