// Generated from the Rust types in src-tauri/core by `make bindings`. Do not edit.

export type ErrorPayload = { code: string, params: { [key in string]?: string }, };

export type CompanyProfile = { name: string, 
/**
 * Dutch Chamber of Commerce number: eight digits.
 */
kvk_number: string | null, sectors: Array<string>, employees: number | null, 
/**
 * Annual turnover in whole euros.
 */
annual_turnover_eur: number | null, 
/**
 * Countries where the company itself operates, ISO 3166-1 alpha-2.
 */
countries: Array<string>, contact_name: string | null, contact_email: string | null, contact_phone: string | null, 
/**
 * What the company does, in a few sentences.
 */
description: string | null, 
/**
 * Sector agreements and initiatives the company takes part in (format 11).
 */
initiatives: Array<string>, };

export type SizeClass = "micro" | "small" | "medium" | "large";

export type ReportingYear = { year: number, status: YearStatus, };

export type YearStatus = "open" | "closed";

export type DossierInfo = { path: string, company_name: string, schema_version: number, years: Array<ReportingYear>, active_year: number | null, 
/**
 * Rows per register, in a fixed order.
 */
registers: Array<RegisterCount>, 
/**
 * Opened for reading only (the file, its folder or its disk is write-protected, or
 * another program writes it): every change is refused with `dossier.read_only_write`.
 */
read_only: boolean, 
/**
 * Who writes the dossier, when it was opened for reading because it is in use.
 */
in_use_by: InUseBy | null, };

export type InUseBy = { 
/**
 * "Ketenkompas (anna, LAPTOP-3)"; empty when the holder could not be read.
 */
by: string, 
/**
 * YYYY-MM-DDTHH:MM:SSZ.
 */
since: string, };

export type MenuCommand = "new" | "open" | "save_copy" | "export" | "print_report" | "close" | "find" | "lang_nl" | "lang_en" | "shortcuts" | "guide" | "sources" | "check_updates" | "about";

export type Shortcut = { command: MenuCommand, label: string, 
/**
 * "CmdOrCtrl+O": Ctrl on Windows and Linux, ⌘ on macOS.
 */
accelerator: string, };

export type HelpInfo = { 
/**
 * The app's version: "0.1.0".
 */
version: string, shortcuts: Array<Shortcut>, };

export type UpdateCheck = { "kind": "no_channel", current: string, } | { "kind": "up_to_date", current: string, checked: string, } | { "kind": "available", current: string, version: string, 
/**
 * The day it was published, `YYYY-MM-DD`, when the address says.
 */
date: string | null, notes: string | null, };

export type Dropped = { 
/**
 * A dossier was opened.
 */
dossier: boolean, 
/**
 * The name of the supplier list waiting for its preview.
 */
supplier_list: string | null, 
/**
 * Returned questionnaires waiting for their preview.
 */
questionnaires: number, 
/**
 * Files that were not taken, by name.
 */
refused: Array<string>, 
/**
 * Why files could not be taken: the files that could not be read (named in one
 * error) and the first one's reason, then the files of a kind the app does not take
 * (named in one error).
 */
errors: Array<ErrorPayload>, };

export type RegisterCount = { register: string, rows: number, };

export type BackupEntry = { 
/**
 * The file name inside the dossier's backup folder; the only handle the UI gets.
 */
name: string, 
/**
 * When it was taken, `YYYY-MM-DDTHH:MM:SSZ`.
 */
taken_at: string, bytes: number, };

export type BackupList = { 
/**
 * The folder they are in, so the user can find them outside the app.
 */
folder: string, entries: Array<BackupEntry>, last_error: ErrorPayload | null, };

export type Dashboard = { profile: ProfileStatus, active_year: number | null, steps: Array<StepStatus>, 
/**
 * The first-year route, until its stages are done or a year is closed.
 */
route: FirstYearRoute | null, 
/**
 * The one thing we suggest doing next: on the first-year route, its first stage not
 * done; after it, in the first step that is not done, what is overdue, else the
 * first thing missing.
 */
next: Finding | null, };

export type ProfileStatus = { complete: boolean, 
/**
 * Field names (`company.sectors`, …) that a complete profile would have.
 */
missing_fields: Array<string>, size_class: SizeClass | null, };

export type StepState = "not_started" | "in_progress" | "done";

export type StepStatus = { 
/**
 * 1 to 6.
 */
step: number, state: StepState, done: Array<Finding>, missing: Array<Finding>, overdue: Array<Finding>, 
/**
 * What the company can grow into in later years: shown, but not needed for the
 * step to count as done, so that a small company can finish a step (D4).
 */
later: Array<Finding>, };

export type Finding = { code: string, count: number | null, place: Place, };

export type Place = { 
/**
 * `step1` … `step6`, `profile` (the company profile), `settings` (the years),
 * `reports` or `surveys` (the questionnaire rounds).
 */
screen: string, tab: string | null, record: number | null, };

export type FirstYearRoute = { stages: Array<RouteStage>, 
/**
 * How many stages are done.
 */
done: number, };

export type RouteStage = { code: string, done: boolean, 
/**
 * Where the stage is worked on; for "assess", the first risk still to assess.
 */
place: Place, };

export type Risk = { 
/**
 * Left out of the dossier JSON, where the order of the list is the identity.
 */
id: number, title: string, theme: Theme, description: string | null, location: Location, 
/**
 * ISO 3166-1 alpha-2; `None` when unknown or not about a country.
 */
country: string | null, 
/**
 * The product, material or service concerned, in the user's words.
 */
item: string | null, 
/**
 * The purchased item the risk belongs to. Record ids in the app; in the dossier
 * JSON the position in the item list (1 = first).
 */
item_id: number | null, 
/**
 * The supplier concerned (id, or position in the dossier JSON).
 */
supplier_id: number | null, 
/**
 * The sold item whose use or end of life is concerned (id, or position in JSON).
 */
sold_item_id: number | null, 
/**
 * True when the impact is happening, false when it may happen.
 */
actual: boolean, affected_groups: Array<AffectedGroup>, sources: Array<InformationSource>, 
/**
 * The company's own part through its purchasing, design or distribution practices.
 */
own_contribution: string | null, assessment: Assessment | null, involvement: Involvement | null, 
/**
 * Who was consulted for the assessment.
 */
consulted: string | null, decision: Decision, decision_reason: string | null, 
/**
 * ISO date (YYYY-MM-DD); required when deferred.
 */
review_date: string | null, rank_override: RankOverride | null, 
/**
 * The user confirmed explicitly a decision that goes against the method's order
 * (`crate::decisions::confirmations`); the reason is `decision_reason`.
 */
decision_confirmed: boolean, 
/**
 * Never shown in a public output (S5.3).
 */
sensitive: boolean, };

export type Assessment = { scale: number, scope: number, irremediability: number, likelihood: number, };

export type RankOverride = { position: number, reason: string, };

export type Theme = "discrimination_gender" | "child_labour" | "forced_labour" | "freedom_of_association" | "living_wage" | "health_safety" | "raw_materials" | "water_chemicals_energy" | "animal_welfare" | "climate" | "environment" | "other";

export type Location = "own_operations" | "supplier" | "country" | "product" | "customer_use";

export type AffectedGroup = "workers" | "women" | "children" | "migrants" | "people_with_disabilities" | "indigenous_peoples" | "local_communities" | "consumers" | "other";

export type InformationSource = "risk_checker" | "supplier" | "audit_report" | "ngo_or_union" | "embassy" | "media" | "complaint" | "sector_association" | "site_visit";

export type Involvement = "causes" | "contributes" | "directly_linked";

export type Decision = "open" | "prioritised" | "deferred";

export type Confirmation = "defer_actual" | "defer_severe" | "skips_more_severe";

export type DecisionWarning = "deferral_unexplained" | "unconfirmed" | "review_too_late" | "review_due" | "involvement_questioned";

export type RiskRegister = { rows: Array<RiskRow>, heat_map: HeatMap, };

export type RiskRow = { risk: Risk, ranked: Ranked | null, 
/**
 * Why the risk has its place, in the language asked for.
 */
rationale: string | null, 
/**
 * What to look at again in its decision (`crate::decisions::warnings`).
 */
warnings: Array<DecisionWarning>, };

export type RiskTitle = { id: number, title: string, };

export type Ranked = { id: number, 
/**
 * Final position, 1 = first.
 */
rank: number, 
/**
 * Position by the method alone, before any override.
 */
computed_rank: number, severity: number, severity_sum: number, driver: Dimension, 
/**
 * Likelihood used in ranking (5 for an actual impact).
 */
likelihood: number, actual: boolean, 
/**
 * What put the risk below the one the method ranks just above it (`None` for the
 * first): a lower severity, a lower likelihood, or one of the tie-breaks.
 */
tie_break: TieBreak | null, overridden: boolean, };

export type Dimension = "scale" | "scope" | "irremediability";

export type TieBreak = "severity" | "likelihood" | "severity_sum" | "irremediability" | "actual" | "age";

export type HeatMap = { cells: [[number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number], [number, number, number, number, number]], };

export type Supplier = { 
/**
 * Left out of the dossier JSON, where the order of the list is the identity.
 */
id: number, name: string, address: string | null, 
/**
 * ISO 3166-1 alpha-2; `None` when unknown.
 */
country: string | null, sector: string | null, products: string | null, workers: WorkerCount | null, parent_company: string | null, facility_type: string | null, lat: number | null, lng: number | null, 
/**
 * 1 = direct supplier, 2 = its supplier, and so on.
 */
tier: number, has_contract: boolean | null, code_of_conduct: CodeOfConduct, 
/**
 * When the code of conduct was sent or signed (YYYY-MM-DD).
 */
code_of_conduct_on: string | null, notes: string | null, 
/**
 * When the relationship ended (YYYY-MM-DD); then `exit_impact` is required (S3.4).
 */
ended_on: string | null, 
/**
 * The assessment of what ending the relationship means for the workers.
 */
exit_impact: string | null, };

export type WorkerCount = { min: number, max: number | null, };

export type CodeOfConduct = "not_sent" | "sent" | "signed";

export type ImportReport = { encoding: string, delimiter: string, 
/**
 * Headers that were not recognised and therefore not read.
 */
ignored_columns: Array<string>, rows: Array<ImportRow>, new: number, duplicates: number, 
/**
 * Rows at the address of another supplier under another name: stored only when
 * the user chooses them.
 */
possible_duplicates: number, invalid: number, 
/**
 * True when the new rows were stored.
 */
committed: boolean, };

export type FileLimits = { 
/**
 * A supplier list (CSV or XLSX).
 */
import_bytes: number, 
/**
 * One evidence file.
 */
evidence_bytes: number, };

export type ImportRow = { 
/**
 * Line in the file where the row starts (1 = header).
 */
line: number, outcome: RowOutcome, };

export type RowOutcome = { "kind": "new", supplier: Supplier, } | { "kind": "duplicate", supplier: Supplier, of: string, } | { "kind": "possible_duplicate", supplier: Supplier, of: string, } | { "kind": "invalid", errors: Array<RowError>, };

export type RowError = { column: string, code: string, value: string, };

export type Certification = { id: number, supplier_id: number, scheme: string, reference: string | null, 
/**
 * Expiry date (YYYY-MM-DD); `None` when it does not expire or is not known.
 */
valid_until: string | null, };

export type CertificationRow = { certification: Certification, expired: boolean, };

export type CapItemRow = { item: CapItem, overdue: boolean, };

export type Audit = { id: number, supplier_id: number, kind: AuditKind, 
/**
 * YYYY-MM-DD.
 */
held_on: string, auditor: string | null, findings: string | null, 
/**
 * The scheme it followed; `None` for a visit or when not known.
 */
scheme: AuditScheme | null, result: AuditResult | null, 
/**
 * A self-assessment's score, 0–100.
 */
score: number | null, };

export type AuditKind = "social_audit" | "environmental_audit" | "self_assessment" | "site_visit" | "other";

export type AuditScheme = "smeta" | "amfori_bsci" | "sa8000" | "rba" | "ics" | "own" | "other";

export type AuditResult = "no_findings" | "minor_findings" | "major_findings" | "critical_findings";

export type AgreementCheck = { supplier_id: number, year: number, 
/**
 * Invoices paid within the agreed term.
 */
paid_on_time: Compliance, 
/**
 * No orders changed after the agreed moment.
 */
order_changes: Compliance, 
/**
 * The code of conduct was followed up with the supplier.
 */
code_followed_up: Compliance, note: string | null, };

export type Compliance = "kept" | "partly" | "not_kept";

export type Trend = "first" | "better" | "same" | "worse";

export type YearScore = { year: number, 
/**
 * The score of the year's last self-assessment, 0–100.
 */
score: number, previous_year: number | null, previous_score: number | null, trend: Trend, };

export type AgreementYear = { check: AgreementCheck, points: number, previous_year: number | null, previous_points: number | null, trend: Trend, };

export type SupplierFollowUp = { scores: Array<YearScore>, agreements: Array<AgreementYear>, 
/**
 * The questionnaires the supplier returned (B4), newest first.
 */
questionnaires: Array<QuestionnaireYear>, };

export type PurchasedItem = { 
/**
 * Left out of the dossier JSON, where the order of the list is the identity.
 */
id: number, name: string, kind: ItemKind, 
/**
 * Goods or commodities the item is or contains, as named in the built-in
 * reference data (in English), so that the app can suggest risks for them.
 */
reference_goods: Array<string>, volume: number | null, volume_unit: string | null, 
/**
 * Yearly spend in euro.
 */
spend_eur: number | null, has_contract: boolean | null, 
/**
 * Countries of origin, ISO 3166-1 alpha-2.
 */
origins: Array<string>, 
/**
 * True when the origin is not (fully) known: a valid answer.
 */
origin_unknown: boolean, suppliers: Array<ChainLink>, 
/**
 * When the user plans to have this chain mapped (YYYY-MM-DD).
 */
planned_completion: string | null, notes: string | null, };

export type ChainLink = { supplier_id: number, 
/**
 * The supplier it delivers to; `None` when it delivers to the company itself.
 */
via_id: number | null, };

export type ItemKind = "raw_material" | "ingredient" | "product" | "service";

export type SoldItem = { id: number, name: string, customers: string | null, 
/**
 * Destination countries, ISO 3166-1 alpha-2.
 */
countries: Array<string>, use_phase: string | null, end_of_life: string | null, notes: string | null, };

export type ChainOverview = { chains: Array<ChainSummary>, sold_items: Array<SoldItem>, 
/**
 * The general level of every supplier and origin country, for colouring the view.
 */
levels: { [key in string]?: RiskLevel }, };

export type ChainSummary = { 
/**
 * 1 = map first.
 */
position: number, item: PurchasedItem, 
/**
 * `None` when no country in the chain is known, or the origin is partly unknown
 * and no known country is high.
 */
level: RiskLevel | null, countries: Array<CountryRisk>, completeness: Completeness, 
/**
 * True when the planned completion date has passed and the map is not complete.
 */
overdue: boolean, };

export type CountryRisk = { country: string, level: RiskLevel, facts: Array<Fact>, };

export type RiskLevel = "low" | "elevated" | "high";

export type Completeness = { checks: Array<Check>, 
/**
 * Share of the checks passed, 0–100, rounded down.
 */
percent: number, };

export type Check = { 
/**
 * Translated in the UI as `chain.check.<code>`.
 */
code: string, passed: boolean, };

export type Suggestion = { key: string, kind: SuggestionKind, theme: Theme, location: Location, 
/**
 * ISO alpha-2 for suggestions about a country.
 */
country: string | null, 
/**
 * The good, commodity or sector name as the source writes it.
 */
subject: string | null, 
/**
 * Its Dutch name (ours for goods, the source's for commodities and sectors).
 */
subject_nl: string | null, level: RiskLevel, 
/**
 * The purchased items the suggestion concerns.
 */
item_ids: Array<number>, 
/**
 * The supplier the suggestion concerns (a questionnaire's red flag).
 */
supplier_id: number | null, facts: Array<Fact>, decision: SuggestionDecision | null, };

export type ReferenceGood = { name: string, name_nl: string, 
/**
 * The data set it comes from (`ilab_goods` or `eu_commodities`): the Dutch name of
 * an ILAB good is our translation, that of an EU commodity the regulation's own.
 */
source: string, };

export type SearchHit = { 
/**
 * `risk`, `supplier`, `item`, `sold_item`, `action`, `progress`, `kpi`, `policy`,
 * `policy_communication`, `stakeholder`, `engagement`, `communication`,
 * `grievance`, `remedy`, `context`, `cap_item` (the UI names it as
 * `search.kind.<kind>`).
 */
kind: string, 
/**
 * The id of the record found (for progress: of the note).
 */
id: number, 
/**
 * The record's title or name, or the start of its text where it has none; a
 * grievance only by its number ("#4"), as everywhere outside its own details.
 */
title: string, 
/**
 * The words around the first place the text matched, when that is not the title;
 * never for a grievance.
 */
snippet: string | null, place: Place, };

export type SearchResult = { hits: Array<SearchHit>, 
/**
 * The kinds that had more than [`PER_KIND`] records found.
 */
more: Array<string>, };

export type SuggestionKind = "good_child_labour" | "good_forced_labour" | "commodity" | "country" | "sector" | "questionnaire";

export type SuggestionDecision = { key: string, answer: SuggestionAnswer, reason: string, 
/**
 * YYYY-MM-DD.
 */
decided_on: string, 
/**
 * The risk created on accepting, while it exists.
 */
risk_id: number | null, };

export type SuggestionAnswer = "accepted" | "dismissed";

export type AnswerInput = { key: string, answer: SuggestionAnswer, reason: string, 
/**
 * On accepting: a risk already in the register that covers the suggestion.
 */
existing_risk: number | null, };

export type Fact = { code: string, source: string, year: number, params: { [key in string]?: string }, };

export type Department = { code: DepartmentCode, 
/**
 * What it already does that counts towards due diligence.
 */
current_practice: string | null, 
/**
 * Its part in due diligence from now on.
 */
role: string | null, 
/**
 * Who is responsible.
 */
responsible: string | null, 
/**
 * The company has no such department, or it has no part in due diligence: the
 * department counts as looked at (S1.1). Older exports lack the field.
 */
not_applicable: boolean, };

export type DepartmentCode = "management" | "purchasing" | "sales" | "legal" | "finance" | "hr" | "marketing_communication" | "it" | "quality" | "research_development" | "logistics" | "sustainability";

export type PolicyVersion = { id: number, 
/**
 * "2026", "versie 2", …
 */
label: string, 
/**
 * The text of the policy.
 */
body: string | null, 
/**
 * Or a reference to the published document (a file name or web address).
 */
document_ref: string | null, 
/**
 * The checklist, one entry per element (missing elements count as not covered).
 */
elements: Array<PolicyElement>, 
/**
 * The themes the policy covers.
 */
themes: Array<Theme>, approved_by: string | null, approved_on: string | null, published_where: string | null, published_on: string | null, next_review: string | null, };

export type PolicyElement = { element: PolicyElementCode, covered: boolean, 
/**
 * Where in the policy (a section or page).
 */
location: string | null, };

export type PolicyElementCode = "frameworks" | "commitment" | "whole_chain" | "expectations" | "responsibilities" | "certifications_agreements" | "stakeholders" | "priorities_goals" | "remediation" | "purchasing_practices";

export type PolicyCommunication = { id: number, held_on: string, kind: CommunicationKind, audience: Audience, description: string, 
/**
 * How many people were reached, when known.
 */
reached: number | null, };

export type CommunicationKind = "communication" | "training";

export type Audience = "internal" | "external";

export type Preconditions = { commitment: string | null, budget_eur: number | null, hours_per_year: number | null, skills: string | null, };

export type PolicyOverview = { 
/**
 * All versions, newest first; the first is the current one.
 */
versions: Array<PolicyVersion>, 
/**
 * Prioritised risks whose theme the current version does not cover.
 */
uncovered_risks: Array<UncoveredRisk>, 
/**
 * The current version's review date has come.
 */
review_due: boolean, };

export type UncoveredRisk = { id: number, title: string, theme: Theme, };

export type Kpi = { id: number, name: string, unit: string, baseline: number | null, target: number, 
/**
 * YYYY-MM-DD.
 */
deadline: string | null, owner: string | null, risk_id: number | null, };

export type KpiMeasurement = { id: number, kpi_id: number, measured_on: string, value: number, note: string | null, };

export type KpiWithMeasurements = { kpi: Kpi, measurements: Array<KpiMeasurement>, 
/**
 * SMART parts still missing: `baseline`, `deadline`, `owner`.
 */
missing: Array<string>, };

export type Action = { id: number, risk_id: number, title: string, measure: MeasureType, owner: string | null, 
/**
 * Who else is needed.
 */
people: string | null, budget_eur: number | null, start_on: string | null, deadline: string | null, status: ActionStatus, 
/**
 * The goal in words; `kpi_id` links the KPI that measures it.
 */
goal: string | null, kpi_id: number | null, 
/**
 * Stakeholders involved (workers, unions, NGOs, …).
 */
stakeholders: string | null, supplier_id: number | null, 
/**
 * Never shown in a public output (S5.3).
 */
sensitive: boolean, 
/**
 * For a responsible disengagement only: why now, and the questions of a responsible
 * exit (format 11).
 */
exit: ExitPlan | null, };

export type ExitPlan = { 
/**
 * Why leaving now, while no leverage measure has run and been judged not (enough)
 * effective.
 */
reason: string | null, 
/**
 * How severe the impact is, and whether leaving could make it worse.
 */
severity: string | null, 
/**
 * How crucial the supplier is: to the company, and whether others can do the work.
 */
crucial: string | null, 
/**
 * The notice period, and how orders are phased out.
 */
notice: string | null, 
/**
 * What leaving means for the supplier's workers.
 */
workers: string | null, 
/**
 * How the workers and their unions are told, and when.
 */
informed: string | null, 
/**
 * The day the relationship ends (YYYY-MM-DD).
 */
ends_on: string | null, };

export type MeasureType = "stop_activity" | "stop_contribution" | "change_own_practice" | "use_leverage" | "increase_leverage" | "corrective_action_plan" | "supplier_training" | "chain_project" | "sector_initiative" | "certification" | "alternative_sourcing" | "suspend_with_conditions" | "responsible_disengagement";

export type ActionStatus = "planned" | "in_progress" | "done" | "stopped";

export type ActionUpdate = { id: number, action_id: number, written_on: string, progress: string, effectiveness: Effectiveness, };

export type Effectiveness = "not_judged" | "not_effective" | "partly_effective" | "effective";

export type EvidenceFile = { id: number, action_id: number, file_name: string, size: number, added_on: string, };

export type Practice = "pay_on_time" | "keep_agreements" | "announce_changes_early" | "realistic_lead_times" | "prices_cover_wages" | "multi_year_agreements" | "involve_in_specifications";

export type PracticeCheck = { supplier_id: number, practice: Practice, applied: boolean, note: string | null, };

export type CapItem = { id: number, 
/**
 * In the dossier JSON the position in `audits`.
 */
audit_id: number, description: string, deadline: string | null, done_on: string | null, };

export type ContextEntry = { id: number, noted_on: string, country: string | null, 
/**
 * In the dossier JSON the position in `purchased_items`.
 */
item_id: number | null, description: string, };

export type RiskPlan = { risk: Risk, ranked: Ranked | null, actions: Array<ActionWithProgress>, advice: Array<Advice>, fitting: Array<MeasureType>, 
/**
 * A measure does not work and no step up is under way (`guidance::escalation`).
 */
escalation: Escalation | null, };

export type ActionWithProgress = { action: Action, updates: Array<ActionUpdate>, evidence: Array<EvidenceFile>, overdue: boolean, 
/**
 * The judgements of the two latest judged notes, newest first.
 */
recent: [Effectiveness, Effectiveness], 
/**
 * A responsible disengagement with a written reason ([`Action::exit_explained`]).
 */
explained: boolean, };

export type Advice = "involvement_unknown" | "causes_needs_stop" | "contributes_needs_own_change" | "contributes_needs_leverage" | "linked_needs_leverage" | "linked_stop_activity_misfit" | "disengagement_too_early" | "switching_not_best";

export type PlannedMeasure = { measure: MeasureType, status: ActionStatus, recent: [Effectiveness, Effectiveness], 
/**
 * A responsible disengagement with a written reason for leaving before leverage
 * was judged not to work.
 */
explained: boolean, };

export type Escalation = { failed: MeasureType, next: Array<EscalationStep>, };

export type EscalationStep = "increase_leverage" | "collaborate" | "suspend_with_conditions" | "responsibly_disengage";

export type Reminder = { kind: ReminderKind, 
/**
 * The step whose page deals with it.
 */
step: number, 
/**
 * What it is about: an action title, a CAP item, "scheme — supplier", a version.
 */
subject: string, 
/**
 * The deadline, expiry or review date.
 */
date: string, 
/**
 * Where it is dealt with: the step's tab, and the record where its tab opens one.
 */
place: Place, 
/**
 * Past its date (a deadline missed, an expiry passed), as against coming up (a
 * certificate that will expire) or waiting for an answer (an engagement).
 */
overdue: boolean, };

export type ReminderCount = { step: number, count: number, };

export type ReminderKind = "risk_review_due" | "action_overdue" | "cap_overdue" | "certificate_expired" | "certificate_expiring" | "policy_review_due" | "engagement_follow_up" | "grievance_acknowledge" | "grievance_decide" | "survey_overdue";

export type Country = { alpha2: string, alpha3: string, name_nl: string, name_en: string, };

export type DataSource = { id: string, publisher: string, 
/**
 * Publication year of the edition shipped; `None` for a continuously kept list.
 */
year: number | null, 
/**
 * A code, translated in the UI as `licence.<code>`.
 */
licence: string, };

export type GoesAlong = { 
/**
 * The register's name as the dossier counts it (message `register.<name>`).
 */
register: string, count: number, };

export type SupportOffice = { id: string, run_by: string, 
/**
 * The address to type into a browser.
 */
address: string, 
/**
 * The page the facts above were read from.
 */
source: string, 
/**
 * YYYY-MM-DD.
 */
checked_on: string, };

export type AppSettings = { language: Language, 
/**
 * Paths of recently opened dossiers, most recent first.
 */
recent: Array<string>, 
/**
 * Registers with at most this many rows go into the yearly report as annexes unless
 * the user chooses otherwise when printing.
 */
annex_limit: number, 
/**
 * Look for a new version once a week at start-up (off until the user turns it on).
 */
update_weekly: boolean, 
/**
 * When a check for a new version last succeeded (`YYYY-MM-DDTHH:MM:SSZ`).
 */
update_checked: string | null, };

export type Language = "nl" | "en";

export type Startup = { settings: AppSettings, dossier: DossierInfo | null, open_error: ErrorPayload | null, };

export type YearReview = { year: number, 
/**
 * Dilemmas met and how they were weighed.
 */
dilemmas: string | null, 
/**
 * What did not work, or not as hoped.
 */
not_worked: string | null, 
/**
 * Plans for the next year.
 */
next_year: string | null, };

export type Stakeholder = { id: number, name: string, kind: StakeholderKind, 
/**
 * What they care about, in the user's words.
 */
interest: string | null, influence: Influence | null, contact: string | null, 
/**
 * Speaks for people in a vulnerable position.
 */
vulnerable: boolean, 
/**
 * Never named in a public output (S5.3).
 */
sensitive: boolean, };

export type StakeholderKind = "supplier" | "customer" | "investor" | "employee" | "works_council" | "union" | "ngo" | "community" | "expert" | "government" | "other";

export type Influence = "low" | "medium" | "high";

export type Engagement = { id: number, stakeholder_id: number, 
/**
 * YYYY-MM-DD.
 */
held_on: string, 
/**
 * The step of the cycle it belongs to, 1–6.
 */
step: number, 
/**
 * About what (a risk, an action, the policy…), in words.
 */
about: string, risk_id: number | null, action_id: number | null, 
/**
 * What they said.
 */
said: string | null, 
/**
 * What the company did with it.
 */
follow_up: string | null, followed_up_on: string | null, };

export type CommunicationEntry = { id: number, 
/**
 * YYYY-MM-DD.
 */
held_on: string, audience: Audience, 
/**
 * Who exactly: "customers", "the works council", "all staff".
 */
recipients: string, channel: Channel, 
/**
 * What was said or shared.
 */
content: string, report_kind: SharedReport | null, 
/**
 * The year of that report.
 */
report_year: number | null, 
/**
 * Never shown in a public output (S5.3).
 */
sensitive: boolean, };

export type Channel = "website" | "report" | "meeting" | "email" | "newsletter" | "social_media" | "intranet" | "other";

export type SharedReport = "yearly" | "action_plan" | "communication";

export type Grievance = { id: number, received_on: string, channel: GrievanceChannel, reporter: Reporter, 
/**
 * How to reach a confidential reporter. Confidential.
 */
reporter_contact: string | null, theme: Theme | null, supplier_id: number | null, risk_id: number | null, 
/**
 * ISO 3166-1 alpha-2.
 */
country: string | null, 
/**
 * What the grievance is about. Confidential.
 */
description: string, 
/**
 * Who assessed it independently. Confidential.
 */
assessed_by: string | null, 
/**
 * What the assessment found. Confidential.
 */
assessment: string | null, acknowledged_on: string | null, assessment_started_on: string | null, decided_on: string | null, decision: GrievanceDecision | null, closed_on: string | null, 
/**
 * Whether the matter was resolved for the people who raised it, whatever the
 * decision: asked when the grievance is closed (format 11; `None` for one closed
 * before it was asked, or not closed).
 */
resolved: boolean | null, 
/**
 * Confidential, like the two below.
 */
outcome: string | null, remedy: string | null, lessons: string | null, };

export type GrievanceSummary = { id: number, received_on: string, channel: GrievanceChannel, reporter: Reporter, theme: Theme | null, supplier_id: number | null, risk_id: number | null, country: string | null, status: GrievanceStatus, 
/**
 * The date of the current status.
 */
status_on: string, acknowledge_by: string, decide_by: string, 
/**
 * Deadlines passed without the step being taken.
 */
overdue: Array<GrievanceDeadline>, 
/**
 * Steps that were taken, but after their deadline.
 */
late: Array<GrievanceDeadline>, 
/**
 * The statuses it may move to next.
 */
next: Array<GrievanceStatus>, };

export type GrievanceChannel = "hotline" | "email" | "letter" | "in_person" | "supplier" | "ngo_union" | "industry_mechanism" | "other";

export type Reporter = "anonymous" | "confidential";

export type GrievanceStatus = "received" | "acknowledged" | "under_assessment" | "upheld" | "partly_upheld" | "not_upheld" | "closed";

export type GrievanceDecision = "upheld" | "partly_upheld" | "not_upheld";

export type GrievanceDeadline = "acknowledge" | "decide";

export type GrievanceMechanism = { 
/**
 * How people reach it, who handles it, how it protects them.
 */
description: string | null, acknowledge_days: number, decide_days: number, 
/**
 * One entry per criterion that was judged.
 */
criteria: Array<CriterionCheck>, };

export type CriterionCheck = { criterion: Criterion, assessment: CriterionAssessment, explanation: string | null, };

export type Criterion = "known" | "accessible" | "confidential" | "trusted" | "protects_reporters" | "records_all" | "transparent_procedure" | "international_law" | "equitable" | "engagement_dialogue";

export type CriterionAssessment = "met" | "partly" | "not_met";

export type Ungp31 = "legitimate" | "accessible" | "predictable" | "equitable" | "transparent" | "rights_compatible" | "continuous_learning" | "engagement_dialogue";

export type Ungp31Coverage = { principle: Ungp31, 
/**
 * Its letter in principle 31, (a) to (h).
 */
letter: string, 
/**
 * The company's criteria that give body to it.
 */
criteria: Array<Criterion>, 
/**
 * The weakest judgement among those criteria that were judged; `None` when none
 * of them was.
 */
weakest: CriterionAssessment | null, 
/**
 * Some of those criteria were not judged yet.
 */
incomplete: boolean, };

export type Remedy = { id: number, risk_id: number, grievance_id: number | null, form: RemedyForm, description: string, 
/**
 * The role the company takes.
 */
role: RemedyRole, 
/**
 * Why, when it takes on less than the role its involvement calls for.
 */
role_reason: string | null, 
/**
 * Who of the affected people or their representatives was consulted.
 */
consulted: string | null, status: RemedyStatus, started_on: string | null, completed_on: string | null, };

export type RemedyForm = "apology" | "restitution" | "rehabilitation" | "compensation" | "non_repetition" | "other";

export type RemedyStatus = "planned" | "in_progress" | "provided" | "not_possible";

export type RemedyRole = "provide_full" | "share_of_remedy" | "use_leverage";

export type ImpactForRemedy = { risk_id: number, title: string, 
/**
 * The harm has happened; only these take a new remedy.
 */
actual: boolean, 
/**
 * `None` while the involvement is not determined.
 */
expected_role: RemedyRole | null, 
/**
 * The roles that take on less than expected: choosing one asks for a reason.
 */
roles_needing_reason: Array<RemedyRole>, };

export type Law = { id: string, 
/**
 * The official reference, e.g. "Regulation (EU) 2023/1115 (EUDR)".
 */
reference: string, amended_by: Array<string>, 
/**
 * The version of the text the facts were read from.
 */
version: string, 
/**
 * Where the facts were read (an address to show, never opened by the app).
 */
source: string, 
/**
 * YYYY-MM-DD.
 */
checked_on: string, 
/**
 * Every threshold and date below was read in an official text or on an official
 * page; `false` means some were found only in summaries and must be checked again.
 */
confirmed: boolean, 
/**
 * The law is adopted and its dates are set; `false` for a bill, or a date that is
 * not fixed yet.
 */
final: boolean, 
/**
 * More employees than this (in scope above).
 */
employees_over: number | null, 
/**
 * At most this many employees (a protection that holds up to it).
 */
employees_at_most: number | null, 
/**
 * At least this many employees (worldwide, with subsidiaries).
 */
employees_from: number | null, 
/**
 * At least this many employees in the law's own country.
 */
employees_in_country_from: number | null, 
/**
 * More net turnover than this, in euros.
 */
turnover_over_eur: bigint | null, 
/**
 * At least this net turnover, in euros.
 */
turnover_from_eur: bigint | null, 
/**
 * At least this total turnover, in pounds sterling (never converted).
 */
turnover_from_gbp: bigint | null, 
/**
 * From when the duties apply (YYYY-MM-DD); `None` when not set.
 */
from: string | null, 
/**
 * For micro and small undertakings, when later.
 */
from_micro_small: string | null, };

export type Verdict = "applies" | "may_apply" | "does_not_apply";

export type Question = "established_in_eu" | "part_of_group" | "places_on_eu_market" | "imports_3tg" | "places_batteries" | "sells_in_uk" | "uk_turnover" | "employees_in_germany" | "employees_in_france";

export type LawAnswer = { question: Question, answer: boolean, };

export type LawVerdict = { law: Law, verdict: Verdict, 
/**
 * `law.reason.<code>`, with `params`.
 */
reason: string, params: { [key in string]?: string }, 
/**
 * From when it applies or would apply (YYYY-MM-DD).
 */
from: string | null, 
/**
 * The questions whose answers would settle it.
 */
questions: Array<Question>, 
/**
 * What customers in scope may ask of the company although the law itself does not
 * apply: `law.indirect.<code>`.
 */
indirect: string | null, };

export type LawLine = { verdict: LawVerdict, params: { [key in string]?: string }, };

export type LawCheck = { lines: Array<LawLine>, 
/**
 * The answers kept in the dossier.
 */
answers: Array<LawAnswer>, 
/**
 * The questions to show: the open ones a verdict waits for, and every one answered
 * (so that an answer can be changed), in the order of [`Question::ALL`].
 */
questions: Array<Question>, };

export type ReportKind = "yearly" | "action_plan" | "communication";

export type ReportFormat = "pdf" | "html";

export type Annex = "suppliers" | "risks" | "actions" | "kpis";

export type ReportOptions = { annexes: Array<Annex>, };

export type AnnexSize = { annex: Annex, rows: number, 
/**
 * The main body already shows every row.
 */
in_body: boolean, 
/**
 * Included unless the user chooses otherwise (see [`ReportOptions::up_to`]).
 */
included: boolean, };

export type AnnexOffer = { annexes: Array<AnnexSize>, 
/**
 * Registers up to this many rows are included unless the user set another limit.
 */
default_limit: number, };

export type Comparison = { from: number, to: number, 
/**
 * Whether each year was taken from its frozen content (closed) or from the
 * registers as they are now (open).
 */
from_closed: boolean, to_closed: boolean, 
/**
 * The counts of both years, in the order the screen and the report show them.
 */
figures: Array<FigurePair>, changes: Changes, };

export type FigurePair = { 
/**
 * `compare.figure.<code>` in the message files.
 */
code: string, from: number, to: number, };

export type Changes = { 
/**
 * Risks recorded in the later year that the earlier one did not have.
 */
new_risks: Array<RiskChange>, 
/**
 * Risks of the earlier year that are no longer in the register.
 */
gone_risks: Array<RiskChange>, 
/**
 * Risks assessed in both years whose severity or likelihood changed, and risks
 * assessed for the first time.
 */
reassessed: Array<RiskChange>, 
/**
 * Risks whose decision (open, prioritised, deferred) changed.
 */
decisions: Array<RiskChange>, 
/**
 * Measures done in the later year that were not done in the earlier one, with
 * whether they work as last judged.
 */
finished: Array<MeasureChange>, 
/**
 * The finished measures per judgement.
 */
effectiveness: Array<[Effectiveness, number]>, kpis: Array<KpiChange>, 
/**
 * The level in force per step in both years (B3).
 */
maturity: Array<MaturityPair>, };

export type Score = { severity: number, likelihood: number, };

export type Direction = "assessed" | "up" | "down" | "same";

export type RiskChange = { title: string, theme: Theme, before: Score | null, after: Score | null, direction: Direction, decision_before: Decision | null, decision_after: Decision | null, };

export type MeasureChange = { title: string, risk: string, effectiveness: Effectiveness | null, };

export type KpiChange = { name: string, unit: string, target: number, 
/**
 * The latest measurement up to the end of each year.
 */
before: number | null, after: number | null, reached_before: boolean, reached_after: boolean, };

export type MaturityPair = { step: number, from: number, to: number, from_confirmed: boolean, to_confirmed: boolean, };

export type MaturityCheck = { code: string, 
/**
 * The level it belongs to (2 to 5: level 1 asks nothing).
 */
level: number, holds: boolean, };

export type MaturitySuggestion = { step: number, level: number, checks: Array<MaturityCheck>, };

export type MaturityAssessment = { year: number, step: number, level: number, 
/**
 * The level Ketenkompas suggested when the user decided.
 */
suggested: number, reason: string | null, 
/**
 * YYYY-MM-DD.
 */
assessed_on: string, };

export type MaturityLine = { suggestion: MaturitySuggestion, assessment: MaturityAssessment | null, };

export type YearLevels = { year: number, levels: Array<number | null>, confirmed: Array<boolean>, };

export type MaturityView = { year: number, closed: boolean, lines: Array<MaturityLine>, 
/**
 * Oldest first.
 */
history: Array<YearLevels>, };

export type AnswerKind = "yes_no" | "number" | "percent" | "date" | "choice" | "text";

export type SurveySection = "company" | "themes" | "grievances" | "own_suppliers";

export type QuestionInfo = { id: string, section: SurveySection, theme: Theme | null, kind: AnswerKind, choices: Array<string>, };

export type Yn = "yes" | "no" | "partly" | "unknown";

export type Value = { "kind": "yes_no", "value": Yn } | { "kind": "number", "value": number } | { "kind": "date", "value": string } | { "kind": "choice", "value": string } | { "kind": "text", "value": string };

export type RequestStatus = "sent" | "reminded" | "returned" | "overdue";

export type SurveyRound = { year: number, 
/**
 * 32 hex digits, written hidden in every workbook of the round.
 */
token: string, 
/**
 * YYYY-MM-DD.
 */
started_on: string, 
/**
 * The date the answers are asked for.
 */
due_on: string, };

export type ThemeScore = { 
/**
 * A theme code, or `grievances` / `own_suppliers`.
 */
area: string, 
/**
 * 0 to 100; none when no scored question of the area was answered.
 */
score: number | null, 
/**
 * Scored questions answered with more than "unknown".
 */
answered: number, 
/**
 * Scored questions of the area that were asked.
 */
asked: number, 
/**
 * The questions whose answers lowered the score.
 */
drivers: Array<string>, };

export type RedFlag = { 
/**
 * Stable: `survey.flag.<code>` names it.
 */
code: string, theme: Theme, 
/**
 * The questions whose answers raised it.
 */
questions: Array<string>, };

export type RequestView = { supplier_id: number, supplier: string, country: string | null, 
/**
 * The code of the questionnaire language.
 */
lang: string, 
/**
 * That language's name in itself ("Français"); the code for a language this
 * version has no file for.
 */
lang_name: string, sent_on: string, reminded_on: string | null, returned_on: string | null, status: RequestStatus, 
/**
 * Questions answered with a value that was read.
 */
answered: number, 
/**
 * Answers that could not be read, kept as typed.
 */
unreadable: number, scores: Array<ThemeScore>, 
/**
 * The scores of the supplier's questionnaire of the year before, if returned.
 */
previous: Array<ThemeScore> | null, flags: Array<RedFlag>, };

export type QuestionnaireYear = { year: number, returned_on: string, scores: Array<ThemeScore>, flags: Array<RedFlag>, };

export type SurveyView = { year: number, round: SurveyRound | null, requests: Array<RequestView>, asked: number, returned: number, overdue: number, 
/**
 * Returned questionnaires with at least one red flag.
 */
flagged: number, 
/**
 * How often each red flag was raised, by code.
 */
flag_counts: { [key in string]?: number }, };

export type ReadAnswer = { question: string, 
/**
 * What was understood; none when the cell could not be read.
 */
value: Value | null, 
/**
 * The cell as typed.
 */
raw: string, explanation: string | null, };

export type FileOutcome = { "kind": "read", year: number, supplier_id: number, supplier: string, answers: Array<ReadAnswer>, 
/**
 * Answers that could not be read, quoted in the preview.
 */
unreadable: number, 
/**
 * Questions left empty.
 */
empty: number, 
/**
 * The supplier had returned answers before; these replace them.
 */
replaces: boolean, } | { "kind": "refused", error: ErrorPayload, };

export type FileRead = { file: string, outcome: FileOutcome, };

export type SurveyImport = { files: Array<FileRead>, read: number, refused: number, stored: boolean, };

export type SurveyLanguageInfo = { code: string, 
/**
 * In the language itself: "Français".
 */
name: string, 
/**
 * False while no second speaker has read the translation; the screen says so.
 */
reviewed: boolean, };

export type SurveyCandidate = { supplier_id: number, name: string, country: string | null, tier: number, 
/**
 * The code of the language its questionnaire gets unless another is chosen.
 */
lang: string, 
/**
 * Risks recorded at this supplier.
 */
risks: number, 
/**
 * The highest severity (1–5) among its assessed risks; none when none is assessed.
 */
severity: number | null, 
/**
 * Asked before in this year's round.
 */
asked: boolean, 
/**
 * The selections by risk that take it ([`SurveyCandidate::matches`]).
 */
risk_filters: Array<RiskFilter>, };

export type RiskFilter = "serious" | "any" | "none";

export type Register = "suppliers" | "risks" | "actions" | "kpis" | "chain" | "audits" | "cap_items" | "certifications" | "context" | "communications" | "stakeholders" | "engagements" | "remedies" | "departments" | "policy_communications" | "updates" | "sold_items" | "practices" | "policy_versions" | "suggestion_answers" | "grievances";

export type TableFormat = "csv" | "xlsx";

export type Laid = { pages: Array<Page>, headings: Array<Placed>, };

export type Outline = { 
/**
 * Which preview this is; the app asks for pages of this one only.
 */
id: number, pages: number, headings: Array<Placed>, };

export type Page = { items: Array<PageItem>, };

export type PageItem = { "kind": "text", x: number, y: number, size: number, bold: boolean, grey: boolean, text: string, } | { "kind": "line", x1: number, y1: number, x2: number, y2: number, width: number, } | { "kind": "shade", x: number, y: number, w: number, h: number, } | { "kind": "fill", x: number, y: number, w: number, h: number, rgb: [number, number, number], } | { "kind": "color_text", x: number, y: number, size: number, bold: boolean, rgb: [number, number, number], text: string, } | { "kind": "path", points: Array<[number, number]>, width: number, rgb: [number, number, number], dashed: boolean, };

export type Placed = { level: number, text: string, page: number, };

export type Claim = { place: ClaimPlace, reason: ClaimReason, 
/**
 * The sentence or title concerned.
 */
text: string, 
/**
 * The claim word found, for positive wording.
 */
word: string | null, };

export type ClaimPlace = "action" | "review" | "title";

export type ClaimReason = "result_without_backing" | "positive_wording";
