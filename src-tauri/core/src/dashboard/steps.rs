//! The status of each of the six steps. Each function looks at the registers of its
//! step; a step whose registers do not exist yet reports nothing done and nothing
//! missing, which the dashboard shows as "not started".

use super::{Finding, StepStatus};
use crate::decisions::{self, DecisionWarning};
use crate::error::Result;
use crate::guidance::{self, PlannedMeasure};
use crate::model::policy::{DepartmentCode, PolicyElementCode, PolicyVersion};
use crate::model::supplier::CodeOfConduct;
use crate::model::{Kpi, Preconditions};
use crate::store::risk::RiskCounts;
use crate::Dossier;

/// What more than one step looks at, read once for the whole dashboard.
pub struct Basis {
    /// Policy versions, the current one first, and whether its review is due.
    policy: (Vec<PolicyVersion>, bool),
    risks: RiskCounts,
    kpis: Vec<Kpi>,
    /// KPIs with at least one measurement.
    kpis_measured: i64,
    plans: PlanCounts,
}

/// What steps 3 and 4 count of the actions and of the plans they make up.
#[derive(Default)]
struct PlanCounts {
    actions: usize,
    overdue: usize,
    /// In progress without any update.
    without_update: usize,
    /// Prioritised risks without any action.
    risks_without_plan: usize,
    /// Prioritised risks whose plan does not fit their involvement (S3).
    not_fitting: usize,
    /// Prioritised risks whose plan has a measure that does not work and no step up.
    needs_escalation: usize,
}

impl Basis {
    pub fn read(d: &Dossier, today: &str) -> Result<Basis> {
        let policy = d.policy_versions_on(today)?;
        let themes = policy.0.first().map(|p| p.themes.as_slice()).unwrap_or(&[]);
        let mut actions = crate::store::action::load_plan_rows(d.conn(), today)?;
        let mut plans = PlanCounts {
            actions: actions.len(),
            overdue: actions.iter().filter(|a| a.overdue).count(),
            without_update: actions.iter().filter(|a| a.without_update).count(),
            ..PlanCounts::default()
        };
        // Sorted by risk (stable: each plan keeps the order its actions were recorded
        // in), so that each prioritised risk finds its plan without a map of them all.
        actions.sort_by_key(|a| a.risk_id);
        let mut plan: Vec<PlannedMeasure> = Vec::new();
        let risks =
            crate::store::risk::counts(d.conn(), today, themes, |id, involvement, actual| {
                let from = actions.partition_point(|a| a.risk_id < id);
                let rest = actions.get(from..).unwrap_or_default();
                plan.clear();
                plan.extend(
                    rest.iter()
                        .take_while(|a| a.risk_id == id)
                        .map(|a| PlannedMeasure {
                            measure: a.measure,
                            status: a.status,
                            recent: a.recent,
                            explained: a.explained,
                        }),
                );
                // What the action plans (S3) would show for this risk.
                if plan.is_empty() {
                    plans.risks_without_plan += 1;
                } else if !guidance::advise(involvement, actual, &plan).is_empty() {
                    plans.not_fitting += 1;
                }
                if guidance::escalation(&plan).is_some() {
                    plans.needs_escalation += 1;
                }
            })?;
        Ok(Basis {
            policy,
            risks,
            kpis: crate::store::kpi::load_kpis(d.conn())?,
            kpis_measured: d.conn().query_row(
                "SELECT count(DISTINCT kpi_id) FROM kpi_measurement",
                [],
                |r| r.get(0),
            )?,
            plans,
        })
    }
}

impl Basis {
    /// What the first-year route needs of what is counted here.
    pub fn counted(&self) -> super::route::Counted {
        super::route::Counted {
            risks: self.risks.total,
            prioritised: self.risks.prioritised,
            policies: self.policy.0.len() as i64,
            actions: self.plans.actions as i64,
        }
    }
}

type StepFn = fn(&Dossier, &Basis, &str) -> Result<StepStatus>;

pub const ALL: [StepFn; 6] = [step1, step2, step3, step4, step5, step6];

/// Departments checked, the current policy version with its checklist, approval,
/// publication and review date, communication, preconditions, code of conduct and KPIs.
fn step1(d: &Dossier, b: &Basis, _today: &str) -> Result<StepStatus> {
    let (mut done, mut missing, mut overdue, mut later) = (vec![], vec![], vec![], vec![]);
    // A department marked "not applicable" has been looked at as much as a filled one.
    let departments = d.departments()?.iter().filter(|x| !x.is_empty()).count();
    if departments > 0 {
        done.push(counted("step1.departments_checked", departments));
    }
    if departments < DepartmentCode::ALL.len() {
        missing.push(counted(
            "step1.departments_open",
            DepartmentCode::ALL.len() - departments,
        ));
    }
    let (versions, review_due) = (&b.policy.0, b.policy.1);
    match versions.first() {
        None => missing.push(Finding::new("step1.no_policy")),
        Some(p) => {
            done.push(Finding::new("step1.policy_recorded"));
            let open = PolicyElementCode::ALL
                .iter()
                .filter(|e| !p.covers(**e))
                .count();
            if open > 0 {
                missing.push(counted("step1.elements_open", open));
            }
            if p.is_approved() {
                done.push(Finding::new("step1.policy_approved"));
            } else {
                missing.push(Finding::new("step1.policy_not_approved"));
            }
            if p.is_published() {
                done.push(Finding::new("step1.policy_published"));
            } else {
                missing.push(Finding::new("step1.policy_not_published"));
            }
            if p.next_review.is_none() {
                missing.push(Finding::new("step1.no_review_date"));
            }
            if review_due {
                overdue.push(Finding::new("step1.review_due"));
            }
            if b.risks.outside_themes > 0 {
                missing.push(counted(
                    "step1.risks_outside_policy",
                    b.risks.outside_themes,
                ));
            }
        }
    }
    let comms = d.policy_communications()?.len();
    if comms > 0 {
        done.push(counted("step1.communications", comms));
    } else {
        missing.push(Finding::new("step1.no_communication"));
    }
    if d.preconditions()? == Preconditions::default() {
        missing.push(Finding::new("step1.no_preconditions"));
    } else {
        done.push(Finding::new("step1.preconditions"));
    }
    // Sending the code to every direct supplier is the company's part; a signature is
    // the supplier's, and one still awaited does not keep the step open.
    let (signed, not_sent, awaited): (i64, i64, i64) = d.conn().query_row(
        "SELECT coalesce(sum(code_of_conduct = ?1), 0), coalesce(sum(code_of_conduct = ?2), 0),
                coalesce(sum(code_of_conduct = ?3), 0)
         FROM supplier WHERE tier = 1",
        [
            CodeOfConduct::Signed.as_str(),
            CodeOfConduct::NotSent.as_str(),
            CodeOfConduct::Sent.as_str(),
        ],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if signed > 0 {
        done.push(counted("step1.code_signed", signed));
    }
    if not_sent > 0 {
        missing.push(counted("step1.code_not_sent", not_sent));
    }
    if awaited > 0 {
        later.push(counted("step1.code_awaited", awaited));
    }
    let kpis = &b.kpis;
    if kpis.is_empty() {
        missing.push(Finding::new("step1.no_kpis"));
    } else {
        done.push(counted("step1.kpis", kpis.len()));
        let not_smart = kpis
            .iter()
            .filter(|k| !k.missing_parts().is_empty())
            .count();
        if not_smart > 0 {
            missing.push(counted("step1.kpis_not_smart", not_smart));
        }
    }
    Ok(status_with_later(1, (done, missing, overdue), later))
}

/// Chains mapped and overdue, suppliers, suggestions not yet answered, risks recorded,
/// assessed and decided; deferred risks whose review date has passed.
fn step2(d: &Dossier, b: &Basis, today: &str) -> Result<StepStatus> {
    // Counted in the database: a dashboard of a large dossier must not load every risk.
    let RiskCounts {
        total: risks,
        unassessed,
        undecided,
        review_due: due,
        ..
    } = b.risks;
    let (mut done, mut missing, mut overdue, mut later) = (vec![], vec![], vec![], vec![]);
    // Loaded once for the chains and the suggestions.
    let suppliers = d.suppliers()?;
    let items = d.purchased_items()?;
    let chains = crate::mapping::mapping_order(&items, &suppliers, today);
    if chains.is_empty() {
        missing.push(Finding::new("step2.no_chains"));
    } else {
        let complete = chains
            .iter()
            .filter(|c| c.completeness.percent == 100)
            .count();
        if complete > 0 {
            done.push(counted("step2.chains_mapped", complete));
        }
        // A chain is mapped further year by year: one not yet complete needs a date by
        // which it will be (then the rest can wait), not to be complete this year.
        let unplanned = chains
            .iter()
            .filter(|c| c.completeness.percent < 100 && c.item.planned_completion.is_none())
            .count();
        if unplanned > 0 {
            missing.push(counted("step2.chains_without_plan", unplanned));
        }
        let planned = chains.len() - complete - unplanned;
        if planned > 0 {
            later.push(counted("step2.chains_incomplete", planned));
        }
        let late = chains.iter().filter(|c| c.overdue).count();
        if late > 0 {
            overdue.push(counted("step2.mapping_overdue", late));
        }
    }
    let open = d
        .suggestions_for(&items, &suppliers)?
        .iter()
        .filter(|s| s.decision.is_none())
        .count();
    if open > 0 {
        missing.push(counted("step2.suggestions_open", open));
    }
    let suppliers = suppliers.len();
    if suppliers == 0 {
        missing.push(Finding::new("step2.no_suppliers"));
    } else {
        done.push(counted("step2.suppliers_recorded", suppliers));
    }
    if risks == 0 {
        missing.push(Finding::new("step2.no_risks"));
        return Ok(status_with_later(2, (done, missing, overdue), later));
    }
    done.push(counted("step2.risks_recorded", risks));
    let assessed = risks - unassessed;
    if assessed > 0 {
        done.push(counted("step2.risks_assessed", assessed));
    }
    if unassessed > 0 {
        missing.push(counted("step2.risks_unassessed", unassessed));
    }
    if undecided > 0 {
        missing.push(counted("step2.risks_undecided", undecided));
    }
    if due > 0 {
        overdue.push(counted("step2.review_due", due));
    }
    // Decisions to look at again: a deferral without a reason or with a review too far
    // away, a decision against the method's order that was not confirmed.
    let cx = d.decision_rules(b.risks.decisions.most_severe_undecided)?;
    let to_explain = b
        .risks
        .decisions
        .decided
        .iter()
        .filter(|r| {
            decisions::warnings(r, &cx, today)
                .iter()
                .any(|w| *w != DecisionWarning::ReviewDue)
        })
        .count();
    if to_explain > 0 {
        missing.push(counted("step2.decisions_to_explain", to_explain));
    }
    Ok(status_with_later(2, (done, missing, overdue), later))
}

fn counted(code: &str, n: impl TryInto<i64>) -> Finding {
    Finding::counted(code, n)
}

/// Prioritised risks with a plan that fits their involvement; overdue actions.
fn step3(d: &Dossier, b: &Basis, _today: &str) -> Result<StepStatus> {
    let (mut done, mut missing, mut overdue) = (vec![], vec![], vec![]);
    let p = &b.plans;
    if p.actions > 0 {
        done.push(counted("step3.actions", p.actions));
    }
    if p.risks_without_plan > 0 {
        missing.push(counted("step3.risks_without_plan", p.risks_without_plan));
    }
    if p.not_fitting > 0 {
        missing.push(counted("step3.plans_not_fitting", p.not_fitting));
    }
    if p.needs_escalation > 0 {
        overdue.push(counted("step3.plans_need_escalation", p.needs_escalation));
    }
    if p.overdue > 0 {
        overdue.push(counted("step3.actions_overdue", p.overdue));
    }
    let practices = d.purchasing_practices()?;
    if practices.iter().any(|p| p.applied) {
        done.push(Finding::new("step3.practices_recorded"));
    } else {
        missing.push(Finding::new("step3.no_practices"));
    }
    Ok(status(3, done, missing, overdue))
}

/// Progress recorded, KPIs measured, audits followed up, and the reminders of S4.6.
fn step4(d: &Dossier, b: &Basis, today: &str) -> Result<StepStatus> {
    use crate::reminders::ReminderKind;
    let (mut done, mut missing, mut overdue) = (vec![], vec![], vec![]);
    let updates: i64 = d
        .conn()
        .query_row("SELECT count(*) FROM action_update", [], |r| r.get(0))?;
    let running_without = b.plans.without_update;
    if updates > 0 {
        done.push(counted("step4.updates", updates));
    }
    if running_without > 0 {
        missing.push(counted("step4.actions_without_update", running_without));
    }
    let measured = b.kpis_measured;
    if measured > 0 {
        done.push(counted("step4.kpis_measured", measured));
    }
    let audits: i64 = d
        .conn()
        .query_row("SELECT count(*) FROM supplier_audit", [], |r| r.get(0))?;
    if audits > 0 {
        done.push(counted("step4.audits", audits));
    }
    let reminders = d.monitoring_reminders(today)?;
    let count = |kind: ReminderKind| reminders.iter().filter(|r| r.kind == kind).count();
    for (kind, code) in [
        (ReminderKind::CapOverdue, "step4.cap_overdue"),
        (
            ReminderKind::CertificateExpired,
            "step4.certificates_expired",
        ),
        (
            ReminderKind::CertificateExpiring,
            "step4.certificates_expiring",
        ),
    ] {
        let n = count(kind);
        if n > 0 {
            overdue.push(counted(code, n));
        }
    }
    Ok(status(4, done, missing, overdue))
}

/// Communication logged (outside the company too), stakeholders known, engagements
/// followed up, and the year's own account of dilemmas and what did not work.
fn step5(d: &Dossier, _: &Basis, today: &str) -> Result<StepStatus> {
    use crate::model::policy::Audience;
    let (mut done, mut missing) = (vec![], vec![]);
    let log = d.communication_log()?;
    if !log.is_empty() {
        done.push(counted("step5.communications", log.len()));
    }
    let year = today.get(..4).unwrap_or_default();
    if !log
        .iter()
        .any(|c| c.audience == Audience::External && c.held_on.starts_with(year))
    {
        missing.push(Finding::new("step5.no_external_this_year"));
    }
    let stakeholders = d.stakeholders()?.len();
    if stakeholders > 0 {
        done.push(counted("step5.stakeholders", stakeholders));
    } else {
        missing.push(Finding::new("step5.no_stakeholders"));
    }
    let engagements = d.engagements()?;
    if !engagements.is_empty() {
        done.push(counted("step5.engagements", engagements.len()));
    }
    let waiting = engagements.iter().filter(|e| e.waits_on(today)).count();
    if waiting > 0 {
        missing.push(counted("step5.engagements_waiting", waiting));
    }
    if let Some(y) = d.active_year()? {
        let review = d.year_review(y)?;
        if review.dilemmas.is_none() && review.not_worked.is_none() {
            missing.push(Finding::new("step5.no_year_review"));
        }
    }
    Ok(status(5, done, missing, vec![]))
}

/// The mechanism described and judged, grievances handled on time, and remedy for
/// every actual impact.
fn step6(d: &Dossier, b: &Basis, today: &str) -> Result<StepStatus> {
    use crate::model::grievance::{Criterion, CriterionAssessment, GrievanceDeadline};
    let (mut done, mut missing, mut overdue) = (vec![], vec![], vec![]);
    let m = d.grievance_mechanism()?;
    if m.description.is_some() {
        done.push(Finding::new("step6.mechanism_described"));
    } else {
        missing.push(Finding::new("step6.no_mechanism"));
    }
    let met = m
        .criteria
        .iter()
        .filter(|c| c.assessment == CriterionAssessment::Met)
        .count();
    if met > 0 {
        done.push(counted("step6.criteria_met", met));
    }
    // Judging every criterion is needed; meeting them all is what the mechanism grows
    // into (a small company often starts with a shared or simple channel).
    let judged = m.criteria.len();
    if judged < Criterion::ALL.len() {
        missing.push(counted(
            "step6.criteria_unjudged",
            Criterion::ALL.len() - judged,
        ));
    }
    let mut later = vec![];
    if met < judged {
        later.push(counted("step6.criteria_open", judged - met));
    }
    let grievances = d.grievance_summaries(today)?;
    let decided = grievances
        .iter()
        .filter(|g| g.status >= crate::model::grievance::GrievanceStatus::Upheld)
        .count();
    if decided > 0 {
        done.push(counted("step6.grievances_decided", decided));
    }
    for (deadline, code) in [
        (GrievanceDeadline::Acknowledge, "step6.acknowledge_overdue"),
        (GrievanceDeadline::Decide, "step6.decision_overdue"),
    ] {
        let n = grievances
            .iter()
            .filter(|g| g.overdue.contains(&deadline))
            .count();
        if n > 0 {
            overdue.push(counted(code, n));
        }
    }
    let remedies = d.remedies()?;
    let provided = remedies
        .iter()
        .filter(|r| r.status == crate::model::grievance::RemedyStatus::Provided)
        .count();
    if provided > 0 {
        done.push(counted("step6.remedies_provided", provided));
    }
    if b.risks.without_remedy > 0 {
        missing.push(counted(
            "step6.impacts_without_remedy",
            b.risks.without_remedy,
        ));
    }
    Ok(status_with_later(6, (done, missing, overdue), later))
}

fn status(
    step: u8,
    done: Vec<Finding>,
    missing: Vec<Finding>,
    overdue: Vec<Finding>,
) -> StepStatus {
    StepStatus::from_findings(step, done, missing, overdue, vec![])
}

/// A step that also names what can wait for a later year.
fn status_with_later(
    step: u8,
    (done, missing, overdue): (Vec<Finding>, Vec<Finding>, Vec<Finding>),
    later: Vec<Finding>,
) -> StepStatus {
    StepStatus::from_findings(step, done, missing, overdue, later)
}
