//! The public version of a report model (S5.3): what may appear in a report for
//! everyone.

use super::{ActionLine, EngagementLine, KpiLine, ReportModel, RiskLine};
use crate::model::policy::Audience;
use crate::model::{Audit, CompanyProfile, PolicyCommunication};

impl ReportModel {
    /// The version fit for the public (S5.3): no risk or action marked sensitive (nor
    /// the actions and KPIs of a sensitive risk), no names of people (owners,
    /// approvers, those consulted, department contacts), no context log, no audits by
    /// name, no free-text reasons that may describe people.
    pub fn public(&self) -> ReportModel {
        let hidden: std::collections::HashSet<usize> = self
            .risks
            .iter()
            .filter(|r| r.sensitive)
            .map(|r| r.position)
            .collect();
        let risks: Vec<RiskLine> = self
            .risks
            .iter()
            .filter(|r| !r.sensitive)
            .map(|r| RiskLine {
                consulted: None,
                decision_reason: None,
                ..r.clone()
            })
            .collect();
        let actions: Vec<ActionLine> = self
            .actions
            .iter()
            .filter(|a| !a.sensitive && !hidden.contains(&a.risk_position))
            .map(|a| ActionLine {
                owner: None,
                goal: None,
                // What leaving means for named workers and unions stays inside.
                exit: None,
                ..a.clone()
            })
            .collect();
        let withheld = (self.risks.len() - risks.len() + self.actions.len() - actions.len()) as u32;
        let heat = super::heat_of(&risks);
        let policy = self.policy.clone().map(|mut p| {
            p.version.approved_by = None;
            p.version.body = None;
            p.version.document_ref = None;
            p
        });
        let company = CompanyProfile {
            contact_name: None,
            contact_email: None,
            contact_phone: None,
            ..self.company.clone()
        };
        ReportModel {
            company,
            policy,
            departments: Vec::new(),
            communications: self
                .communications
                .iter()
                .map(|c| PolicyCommunication {
                    description: String::new(),
                    ..c.clone()
                })
                .collect(),
            supplier_lines: Vec::new(),
            risk_at: super::risk_index(&risks),
            risks,
            heat,
            actions,
            kpis: self
                .kpis
                .iter()
                .filter(|k| k.risk_position.is_none_or(|r| !hidden.contains(&r)))
                .map(|k| KpiLine {
                    owner: None,
                    ..k.clone()
                })
                .collect(),
            audits: self
                .audits
                .iter()
                .map(|a| Audit {
                    auditor: None,
                    findings: None,
                    ..a.clone()
                })
                .collect(),
            context: Vec::new(),
            // Counted, never named or quoted: what people said may identify them.
            engagements: self
                .engagements
                .iter()
                .filter(|e| !e.sensitive)
                .map(|e| EngagementLine {
                    stakeholder: String::new(),
                    about: String::new(),
                    said: None,
                    follow_up: e.follow_up.as_ref().map(|_| String::new()),
                    ..e.clone()
                })
                .collect(),
            // Only what was said outside the company, and nothing marked sensitive.
            communication_log: self
                .communication_log
                .iter()
                .filter(|c| !c.sensitive && c.audience == Audience::External)
                .cloned()
                .collect(),
            remedies: self.public_remedies(),
            public: true,
            withheld,
            // The year before counted sensitive risks too; the public report has no use for it.
            previous: None,
            ..self.clone()
        }
    }
}
