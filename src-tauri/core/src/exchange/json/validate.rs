//! Checks a document before anything is written: every rule of the format, and every
//! position that one record uses to point at another.

use super::*;
use crate::model::date::check_timestamp;

impl DossierJson {
    /// Checks and cleans the document the way the app checks a form.
    pub fn validated(&self) -> Result<DossierJson> {
        self.checked(false)
    }

    /// `frozen`: the content of a closed year, whose evidence files keep their names and
    /// dates but not their bytes (those stay in the dossier).
    pub(super) fn checked(&self, frozen: bool) -> Result<DossierJson> {
        let company = self.company.validated()?;
        let mut years = self.years.clone();
        years.sort_by_key(|y| y.year);
        for pair in years.windows(2) {
            if pair[0].year == pair[1].year {
                return Err(Error::YearExists { year: pair[0].year });
            }
        }
        for y in &years {
            check_year(y.year)?;
        }
        if let Some(a) = self.active_year {
            if !years.iter().any(|y| y.year == a) {
                return Err(Error::YearNotFound { year: a });
            }
        }
        let known = |year: i32| {
            if years.iter().any(|y| y.year == year) {
                Ok(())
            } else {
                Err(Error::YearNotFound { year })
            }
        };
        let mut year_reviews = Vec::new();
        for r in &self.year_reviews {
            known(r.year)?;
            let r = r.validated()?;
            if !r.is_empty() {
                year_reviews.push(r);
            }
        }
        year_reviews.sort_by_key(|r| r.year);
        year_reviews.dedup_by_key(|r| r.year);
        let mut closed_years = Vec::new();
        for c in &self.closed_years {
            known(c.year)?;
            if !years
                .iter()
                .any(|y| y.year == c.year && y.status == crate::model::YearStatus::Closed)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("year {} has frozen content but is not closed", c.year),
                });
            }
            if check_timestamp(&c.closed_at).is_none() {
                return Err(Error::Invalid {
                    field: "closed_years.closed_at".into(),
                    value: c.closed_at.clone(),
                });
            }
            // The frozen content must itself be a valid document.
            let inner = parse_frozen(&c.content)?;
            if !inner.closed_years.is_empty() {
                return Err(Error::JsonInvalid {
                    detail: "frozen content may not hold closed years itself".into(),
                });
            }
            closed_years.push(c.clone());
        }
        closed_years.sort_by_key(|c| c.year);
        let risks = self
            .risks
            .iter()
            .map(|r| {
                let mut risk = r.risk.validated()?;
                risk.id = 0;
                Ok(RiskJson {
                    risk,
                    priority: None,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let suppliers = self
            .suppliers
            .iter()
            .map(|s| {
                let mut s = s.validated()?;
                s.id = 0;
                Ok(s)
            })
            .collect::<Result<Vec<_>>>()?;
        let positions = |what: &str, pos: i64, len: usize| -> Result<()> {
            if pos < 1 || pos as usize > len {
                return Err(Error::JsonInvalid {
                    detail: format!("{what} {pos} does not exist (there are {len})"),
                });
            }
            Ok(())
        };
        let (n_sup, n_item, n_sold, n_risk) = (
            suppliers.len(),
            self.purchased_items.len(),
            self.sold_items.len(),
            risks.len(),
        );
        let purchased_items = self
            .purchased_items
            .iter()
            .map(|i| {
                let mut i = i.validated()?;
                i.id = 0;
                for l in &i.suppliers {
                    positions("supplier", l.supplier_id, n_sup)?;
                    if let Some(v) = l.via_id {
                        positions("supplier", v, n_sup)?;
                    }
                }
                Ok(i)
            })
            .collect::<Result<Vec<_>>>()?;
        let sold_items = self
            .sold_items
            .iter()
            .map(|i| {
                let mut i = i.validated()?;
                i.id = 0;
                Ok(i)
            })
            .collect::<Result<Vec<_>>>()?;
        for r in &risks {
            if let Some(p) = r.risk.item_id {
                positions("purchased item", p, n_item)?;
            }
            if let Some(p) = r.risk.supplier_id {
                positions("supplier", p, n_sup)?;
            }
            if let Some(p) = r.risk.sold_item_id {
                positions("sold item", p, n_sold)?;
            }
        }
        let certifications = self
            .certifications
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                positions("supplier", c.supplier_id, n_sup)?;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let audits = self
            .audits
            .iter()
            .map(|a| {
                let mut a = a.validated()?;
                a.id = 0;
                positions("supplier", a.supplier_id, n_sup)?;
                Ok(a)
            })
            .collect::<Result<Vec<_>>>()?;
        let mut suggestion_decisions = Vec::new();
        for d in &self.suggestion_decisions {
            if let Some(p) = d.risk_id {
                positions("risk", p, n_risk)?;
            }
            let reason = crate::model::text::required(
                "suggestion.reason",
                &d.reason,
                crate::views::risk_suggestions::REASON_MAX,
            )?;
            let decided_on = check_date("suggestion.decided_on", &d.decided_on)?;
            if suggestion_decisions
                .iter()
                .any(|x: &SuggestionDecision| x.key == d.key)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("suggestion {:?} is answered twice", d.key),
                });
            }
            suggestion_decisions.push(SuggestionDecision {
                reason,
                decided_on,
                ..d.clone()
            });
        }
        let mut departments: Vec<Department> = Vec::new();
        for d in &self.departments {
            if departments.iter().any(|x| x.code == d.code) {
                return Err(Error::JsonInvalid {
                    detail: format!("department {:?} appears twice", d.code.as_str()),
                });
            }
            let d = d.validated()?;
            if !d.is_empty() {
                departments.push(d);
            }
        }
        departments.sort_by_key(|d| d.code);
        let policy_versions = self
            .policy_versions
            .iter()
            .map(|p| {
                let mut p = p.validated()?;
                p.id = 0;
                Ok(p)
            })
            .collect::<Result<Vec<_>>>()?;
        let policy_communications = self
            .policy_communications
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let preconditions = self
            .preconditions
            .as_ref()
            .map(|p| p.validated())
            .transpose()?;
        let kpis = self
            .kpis
            .iter()
            .map(|k| {
                let mut k = k.validated()?;
                k.id = 0;
                if let Some(p) = k.risk_id {
                    positions("risk", p, n_risk)?;
                }
                Ok(k)
            })
            .collect::<Result<Vec<_>>>()?;
        let kpi_measurements = self
            .kpi_measurements
            .iter()
            .map(|m| {
                let mut m = m.validated()?;
                m.id = 0;
                positions("kpi", m.kpi_id, kpis.len())?;
                Ok(m)
            })
            .collect::<Result<Vec<_>>>()?;
        let n_audits = audits.len();
        let actions = self
            .actions
            .iter()
            .map(|a| {
                let mut a = a.validated()?;
                a.id = 0;
                positions("risk", a.risk_id, n_risk)?;
                if let Some(k) = a.kpi_id {
                    positions("kpi", k, kpis.len())?;
                }
                if let Some(p) = a.supplier_id {
                    positions("supplier", p, n_sup)?;
                }
                Ok(a)
            })
            .collect::<Result<Vec<_>>>()?;
        let action_updates = self
            .action_updates
            .iter()
            .map(|u| {
                let mut u = u.validated()?;
                u.id = 0;
                positions("action", u.action_id, actions.len())?;
                Ok(u)
            })
            .collect::<Result<Vec<_>>>()?;
        let stakeholders = self
            .stakeholders
            .iter()
            .map(|x| {
                let mut x = x.validated()?;
                x.id = 0;
                Ok(x)
            })
            .collect::<Result<Vec<_>>>()?;
        let engagements = self
            .engagements
            .iter()
            .map(|e| {
                let mut e = e.validated()?;
                e.id = 0;
                positions("stakeholder", e.stakeholder_id, stakeholders.len())?;
                if let Some(r) = e.risk_id {
                    positions("risk", r, risks.len())?;
                }
                if let Some(a) = e.action_id {
                    positions("action", a, actions.len())?;
                }
                Ok(e)
            })
            .collect::<Result<Vec<_>>>()?;
        let communication_log = self
            .communication_log
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let grievance_mechanism = match &self.grievance_mechanism {
            None => None,
            Some(m) => Some(m.validated()?),
        };
        let grievances = self
            .grievances
            .iter()
            .map(|g| {
                let mut g = g.validated()?;
                g.id = 0;
                if let Some(s) = g.supplier_id {
                    positions("supplier", s, n_sup)?;
                }
                if let Some(r) = g.risk_id {
                    positions("risk", r, risks.len())?;
                }
                Ok(g)
            })
            .collect::<Result<Vec<_>>>()?;
        let remedies = self
            .remedies
            .iter()
            .map(|r| {
                positions("risk", r.risk_id, risks.len())?;
                let risk = &risks[(r.risk_id - 1) as usize].risk;
                if !risk.actual {
                    return Err(Error::JsonInvalid {
                        detail: format!(
                            "remedy for risk {} which is not an actual impact",
                            r.risk_id
                        ),
                    });
                }
                let mut r = r.validated(risk.involvement.map(crate::remediation::expected_role))?;
                r.id = 0;
                if let Some(g) = r.grievance_id {
                    positions("grievance", g, grievances.len())?;
                }
                Ok(r)
            })
            .collect::<Result<Vec<_>>>()?;
        let evidence = self
            .evidence
            .iter()
            .map(|e| {
                positions("action", e.action_id, actions.len())?;
                let bytes = decode(&e.content_base64)?;
                let size = if frozen && bytes.is_empty() {
                    1
                } else {
                    bytes.len()
                };
                let file_name = crate::model::action::check_evidence(&e.file_name, size)?;
                Ok(EvidenceJson {
                    action_id: e.action_id,
                    file_name,
                    added_on: check_date("evidence.added_on", &e.added_on)?,
                    content_base64: e.content_base64.trim().to_string(),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        let mut purchasing_practices: Vec<PracticeCheck> = Vec::new();
        for p in &self.purchasing_practices {
            positions("supplier", p.supplier_id, n_sup)?;
            if purchasing_practices
                .iter()
                .any(|x| x.supplier_id == p.supplier_id && x.practice == p.practice)
            {
                return Err(Error::JsonInvalid {
                    detail: format!("practice {:?} appears twice", p.practice.as_str()),
                });
            }
            purchasing_practices.push(p.validated()?);
        }
        purchasing_practices.sort_by_key(|p| (p.supplier_id, p.practice));
        let cap_items = self
            .cap_items
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                positions("audit", c.audit_id, n_audits)?;
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        let context_log = self
            .context_log
            .iter()
            .map(|c| {
                let mut c = c.validated()?;
                c.id = 0;
                if let Some(i) = c.item_id {
                    positions("purchased item", i, n_item)?;
                }
                Ok(c)
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(DossierJson {
            format: FORMAT.into(),
            format_version: FORMAT_VERSION,
            company,
            years,
            active_year: self.active_year,
            suppliers,
            risks,
            purchased_items,
            sold_items,
            certifications,
            audits,
            suggestion_decisions,
            departments,
            policy_versions,
            policy_communications,
            preconditions,
            kpis,
            kpi_measurements,
            actions,
            action_updates,
            evidence,
            purchasing_practices,
            cap_items,
            context_log,
            year_reviews,
            closed_years,
            stakeholders,
            engagements,
            communication_log,
            grievance_mechanism,
            grievances,
            remedies,
        })
    }
}

pub(super) fn decode(text: &str) -> Result<Vec<u8>> {
    base64::engine::general_purpose::STANDARD
        .decode(text.trim())
        .map_err(|e| Error::JsonInvalid {
            detail: format!("evidence content is not base64: {e}"),
        })
}
