// The one place that talks to the Rust side. Every command has a typed function here;
// errors arrive as codes (ErrorPayload) and are thrown as IpcError.
import { invoke, type InvokeArgs, type InvokeOptions } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  Action,
  AnnexOffer,
  Comparison,
  MaturityAssessment,
  MaturityView,
  Law,
  LawAnswer,
  LawCheck,
  ReportOptions,
  ActionUpdate,
  Advice,
  PlannedMeasure,
  AnswerInput,
  AppSettings,
  AgreementCheck,
  Audit,
  BackupEntry,
  BackupList,
  CapItem,
  CapItemRow,
  Certification,
  CertificationRow,
  ChainOverview,
  Claim,
  CodeOfConduct,
  CommunicationEntry,
  CompanyProfile,
  ContextEntry,
  Country,
  Dashboard,
  DataSource,
  FileLimits,
  Department,
  DossierInfo,
  Engagement,
  ErrorPayload,
  GoesAlong,
  EvidenceFile,
  Grievance,
  GrievanceMechanism,
  GrievanceStatus,
  GrievanceSummary,
  ImpactForRemedy,
  ImportReport,
  Involvement,
  Kpi,
  KpiMeasurement,
  KpiWithMeasurements,
  Outline,
  Page,
  Language,
  PolicyCommunication,
  PolicyOverview,
  PolicyVersion,
  PracticeCheck,
  Preconditions,
  PurchasedItem,
  Register,
  Remedy,
  Reminder,
  ReminderCount,
  ReportFormat,
  ReportingYear,
  ReportKind,
  Risk,
  RiskPlan,
  RiskRegister,
  RiskTitle,
  SoldItem,
  Stakeholder,
  Startup,
  Suggestion,
  Supplier,
  UpdateCheck,
  SupplierFollowUp,
  SupportOffice,
  Ungp31Coverage,
  TableFormat,
  YearReview,
  ReferenceGood,
  SearchResult,
  SurveyView,
  SurveyImport,
  SurveyLanguageInfo,
  SurveyCandidate,
  QuestionInfo,
  HelpInfo,
  Dropped,
} from "./bindings";
export { maxLength, policyThemes, stepTabs, vocab, vulnerableGroups } from "./vocab";

export type * from "./bindings";

export class IpcError extends Error {
  readonly payload: ErrorPayload;
  constructor(payload: ErrorPayload) {
    super(payload.code);
    this.payload = payload;
  }
}

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === "object" && e !== null && "code" in e && "params" in e;
}

async function call<T>(command: string, args?: InvokeArgs, options?: InvokeOptions): Promise<T> {
  try {
    return await invoke<T>(command, args, options);
  } catch (e) {
    if (isPayload(e)) throw new IpcError(e);
    throw new IpcError({ code: "internal.unexpected", params: { detail: String(e) } });
  }
}

export const getStartup = () => call<Startup>("get_startup");
export const setLanguage = (language: Language) => call<void>("set_language", { language });

export const newDossier = (companyName: string, firstYear: number) =>
  call<DossierInfo | null>("new_dossier", { companyName, firstYear });
export const openDossier = () => call<DossierInfo | null>("open_dossier");
export const openRecent = (path: string) => call<DossierInfo>("open_recent", { path });
export const openSample = () => call<DossierInfo>("open_sample");
export const saveCopy = () => call<string | null>("save_copy");
export const closeDossier = () => call<void>("close_dossier");
export const getDossierInfo = () => call<DossierInfo>("get_dossier_info");
export const exportDossierJson = () => call<string | null>("export_dossier_json");
export const listBackups = () => call<BackupList>("list_backups");
export const takeBackup = () => call<BackupEntry>("take_backup");
export const restoreBackup = (name: string) => call<DossierInfo>("restore_backup", { name });

export const getCompany = () => call<CompanyProfile>("get_company");
export const updateCompany = (profile: CompanyProfile) =>
  call<CompanyProfile>("update_company", { profile });
export const listCountries = () => call<Country[]>("list_countries");
export const listSources = () => call<DataSource[]>("list_sources");
export const listSupport = () => call<SupportOffice[]>("list_support");
/** The laws of the legislation check, with their references and where they were checked. */
export const listLaws = () => call<Law[]>("list_laws");
/** The legislation check of the open dossier, its reasons worded for `lang`. */
export const getLawCheck = (lang: Language) => call<LawCheck>("get_law_check", { lang });
/** Keeps exactly `answers` (a question left out is open again); the check as it now stands. */
export const saveLawAnswers = (answers: LawAnswer[], lang: Language) =>
  call<LawCheck>("save_law_answers", { answers, lang });
/** What deleting row `id` of `table` would take along; nothing is deleted. */
export const deletePreview = (table: string, id: number) =>
  call<GoesAlong[]>("delete_preview", { table, id });
export const getFileLimits = () => call<FileLimits>("get_file_limits");

export const addYear = (year: number) => call<ReportingYear>("add_year", { year });
export const setActiveYear = (year: number) => call<void>("set_active_year", { year });

/** Two reporting years side by side (B2); `from` before `to`. */
export const compareYears = (from: number, to: number) =>
  call<Comparison>("compare_years", { from, to });

/** The maturity of `year` per step (B3), with every year's levels. */
export const getMaturity = (year: number) => call<MaturityView>("get_maturity", { year });
/** Keeps the company's maturity judgements of an open year. */
export const saveMaturity = (list: MaturityAssessment[]) =>
  call<MaturityAssessment[]>("save_maturity", { list });

/** The questionnaire round of `year` (B4): each supplier asked, with scores and red flags. */
export const getSurveyView = (year: number) => call<SurveyView>("survey_view", { year });
export const listSurveyQuestions = () => call<QuestionInfo[]>("survey_questions");
/** The suppliers the round of `year` can ask: default language, risks, asked before. */
export const listSurveyCandidates = (year: number) =>
  call<SurveyCandidate[]>("survey_candidates", { year });
/** The languages a questionnaire can be sent in (the core finds them when it is built). */
export const listSurveyLanguages = () => call<SurveyLanguageInfo[]>("survey_languages");
/** Writes a workbook per supplier asked, each in its language, into a new folder beside
 * the dossier (or one the user picks when `choose`); the folder, or null if cancelled. */
export const createSurvey = (
  year: number,
  dueOn: string,
  asked: [number, string][],
  lang: Language,
  choose: boolean,
) => call<string | null>("create_survey", { year, dueOn, asked, lang, choose });
/** Adds one returned workbook to those waiting for the preview; how many wait. */
export const addSurveyFile = (fileName: string, bytes: Uint8Array) =>
  call<number>("add_survey_file", bytes, {
    headers: { "x-file-name": encodeURIComponent(fileName) },
  });
export const previewSurveyImport = () => call<SurveyImport>("preview_survey_import");
export const commitSurveyImport = () => call<SurveyImport>("commit_survey_import");
export const discardSurveyImport = () => call<void>("discard_survey_import");
export const remindSurvey = (year: number, suppliers: number[]) =>
  call<number>("remind_survey", { year, suppliers });

export const getDashboard = () => call<Dashboard>("get_dashboard");

export const listStakeholders = () => call<Stakeholder[]>("list_stakeholders");
export const saveStakeholder = (stakeholder: Stakeholder) =>
  call<Stakeholder>("save_stakeholder", { stakeholder });
export const deleteStakeholder = (id: number) => call<void>("delete_stakeholder", { id });
export const listEngagements = () => call<Engagement[]>("list_engagements");
export const saveEngagement = (engagement: Engagement) =>
  call<Engagement>("save_engagement", { engagement });
export const deleteEngagement = (id: number) => call<void>("delete_engagement", { id });
export const listCommunicationLog = () => call<CommunicationEntry[]>("list_communication_log");
export const saveCommunicationEntry = (entry: CommunicationEntry) =>
  call<CommunicationEntry>("save_communication_entry", { entry });
export const deleteCommunicationEntry = (id: number) =>
  call<void>("delete_communication_entry", { id });
export const getGrievanceMechanism = () => call<GrievanceMechanism>("get_grievance_mechanism");
export const saveGrievanceMechanism = (mechanism: GrievanceMechanism) =>
  call<GrievanceMechanism>("save_grievance_mechanism", { mechanism });
export const checkMechanism = (mechanism: GrievanceMechanism) =>
  call<Ungp31Coverage[]>("check_mechanism", { mechanism });
/** The list carries no confidential part; see getGrievance. */
export const listGrievances = () => call<GrievanceSummary[]>("list_grievances");
/** One grievance with its confidential parts: only when the user asks to see it. */
export const getGrievance = (id: number) => call<Grievance>("get_grievance", { id });
export const saveGrievance = (grievance: Grievance) =>
  call<Grievance>("save_grievance", { grievance });
export const advanceGrievance = (
  id: number,
  to: GrievanceStatus,
  on: string,
  outcome: string | null,
  resolved: boolean | null,
) => call<Grievance>("advance_grievance", { id, to, on, outcome, resolved });
export const deleteGrievance = (id: number) => call<void>("delete_grievance", { id });
export const listRemedies = () => call<Remedy[]>("list_remedies");
/** Actual impacts (and risks with a remedy) with the role their involvement calls for. */
export const listImpactsForRemedy = () => call<ImpactForRemedy[]>("list_impacts_for_remedy");
export const saveRemedy = (remedy: Remedy) => call<Remedy>("save_remedy", { remedy });
export const deleteRemedy = (id: number) => call<void>("delete_remedy", { id });

/** Lays the report out in the core and returns its outline; see `previewPages`. */
export const previewReport = (
  kind: ReportKind,
  year: number,
  lang: Language,
  options: ReportOptions,
) => call<Outline>("preview_report", { kind, year, lang, options });
/** The registers the yearly report of `year` can carry as annexes, with their sizes. */
export const reportAnnexes = (year: number) => call<AnnexOffer>("report_annexes", { year });
/** Registers up to `limit` rows go into the yearly report as annexes by default. */
export const setAnnexLimit = (limit: number) => call<void>("set_annex_limit", { limit });
/** A few pages of preview `id` (none when a newer preview replaced it). */
export const previewPages = (id: number, from: number, count: number) =>
  call<Page[]>("preview_pages", { id, from, count });
export const reportClaims = (year: number) => call<Claim[]>("report_claims", { year });
export const saveReport = (
  kind: ReportKind,
  year: number,
  lang: Language,
  format: ReportFormat,
  options: ReportOptions,
  choose: boolean,
) => call<string | null>("save_report", { kind, year, lang, format, options, choose });
export const openSavedReport = (path: string) => call<void>("open_saved_report", { path });
/** A register as CSV or XLSX, saved next to the dossier (or where chosen); its path. */
export const exportRegister = (
  register: Register,
  format: TableFormat,
  lang: Language,
  choose: boolean,
) => call<string | null>("export_register", { register, format, lang, choose });
export const getYearReview = (year: number) => call<YearReview>("get_year_review", { year });
export const saveYearReview = (review: YearReview) =>
  call<YearReview>("save_year_review", { review });
export const closeYear = (year: number) => call<void>("close_year", { year });

export const getRiskRegister = (language: Language) =>
  call<RiskRegister>("get_risk_register", { language });
/** Every risk's id and title in the register's order, without the rest of each risk. */
export const listRiskTitles = () => call<RiskTitle[]>("list_risk_titles");
export const saveRisk = (risk: Risk) => call<Risk>("save_risk", { risk });

export const listSuppliers = () => call<Supplier[]>("list_suppliers");
/** Sends the file's bytes as the raw request body; nothing is stored until commit. */
export const previewSupplierImport = (bytes: Uint8Array) =>
  call<ImportReport>("preview_supplier_import", bytes);
export const commitSupplierImport = (keep: number[]) =>
  call<ImportReport>("commit_supplier_import", { keep });
export const discardSupplierImport = () => call<void>("discard_supplier_import");
export const deleteRisk = (id: number) => call<void>("delete_risk", { id });
export const saveSupplier = (supplier: Supplier) => call<Supplier>("save_supplier", { supplier });
export const deleteSupplier = (id: number) => call<void>("delete_supplier", { id });
export const listCertifications = (supplierId: number) =>
  call<CertificationRow[]>("list_certifications", { supplierId });
export const saveCertification = (certification: Certification) =>
  call<Certification>("save_certification", { certification });
export const deleteCertification = (id: number) => call<void>("delete_certification", { id });
export const listAudits = (supplierId: number) => call<Audit[]>("list_audits", { supplierId });
export const listAllAudits = () => call<Audit[]>("list_all_audits");
export const saveAudit = (audit: Audit) => call<Audit>("save_audit", { audit });
export const deleteAudit = (id: number) => call<void>("delete_audit", { id });
export const supplierFollowUp = (supplierId: number) =>
  call<SupplierFollowUp>("supplier_follow_up", { supplierId });
/** Saves a yearly check; `storedYear` is the year it was stored under, when it moves. */
export const saveAgreementCheck = (check: AgreementCheck, storedYear: number | null) =>
  call<AgreementCheck>("save_agreement_check", { check, storedYear });
export const deleteAgreementCheck = (supplierId: number, year: number) =>
  call<void>("delete_agreement_check", { supplierId, year });

export const listDepartments = () => call<Department[]>("list_departments");
/** Saves the departments of one form together, or none of them. */
export const saveDepartments = (departments: Department[]) =>
  call<Department[]>("save_departments", { departments });
export const getPolicy = () => call<PolicyOverview>("get_policy");
export const savePolicyVersion = (policy: PolicyVersion) =>
  call<PolicyVersion>("save_policy_version", { policy });
export const newPolicyVersion = (label: string) =>
  call<PolicyVersion>("new_policy_version", { label });
export const deletePolicyVersion = (id: number) => call<void>("delete_policy_version", { id });
export const listPolicyCommunications = () =>
  call<PolicyCommunication[]>("list_policy_communications");
export const savePolicyCommunication = (communication: PolicyCommunication) =>
  call<PolicyCommunication>("save_policy_communication", { communication });
export const deletePolicyCommunication = (id: number) =>
  call<void>("delete_policy_communication", { id });
export const getPreconditions = () => call<Preconditions>("get_preconditions");
export const savePreconditions = (preconditions: Preconditions) =>
  call<Preconditions>("save_preconditions", { preconditions });
export const setCodeOfConduct = (suppliers: number[], status: CodeOfConduct, on: string | null) =>
  call<number>("set_code_of_conduct", { suppliers, status, on });
export const listKpis = () => call<KpiWithMeasurements[]>("list_kpis");
export const saveKpi = (kpi: Kpi) => call<Kpi>("save_kpi", { kpi });
export const deleteKpi = (id: number) => call<void>("delete_kpi", { id });
export const saveMeasurement = (measurement: KpiMeasurement) =>
  call<KpiMeasurement>("save_measurement", { measurement });
export const deleteMeasurement = (id: number) => call<void>("delete_measurement", { id });

export const getActionPlans = (language: Language) =>
  call<RiskPlan[]>("get_action_plans", { language });
export const checkPlan = (
  involvement: Involvement | null,
  actual: boolean,
  plan: PlannedMeasure[],
) => call<Advice[]>("check_plan", { involvement, actual, plan });
export const saveAction = (action: Action) => call<Action>("save_action", { action });
export const deleteAction = (id: number) => call<void>("delete_action", { id });
export const saveActionUpdate = (update: ActionUpdate) =>
  call<ActionUpdate>("save_action_update", { update });
export const deleteActionUpdate = (id: number) => call<void>("delete_action_update", { id });
/** Sends the file's bytes as the raw body; the action and file name travel as headers. */
export const addEvidence = (actionId: number, fileName: string, bytes: Uint8Array) =>
  call<EvidenceFile>("add_evidence", bytes, {
    headers: { "x-action-id": String(actionId), "x-file-name": encodeURIComponent(fileName) },
  });
export const saveEvidenceAs = (id: number) => call<string | null>("save_evidence_as", { id });
export const deleteEvidence = (id: number) => call<void>("delete_evidence", { id });
export const listPractices = () => call<PracticeCheck[]>("list_practices");
/** Saves the practices of one form together, or none of them. */
export const savePractices = (practices: PracticeCheck[]) =>
  call<PracticeCheck[]>("save_practices", { practices });
export const listCapItems = () => call<CapItemRow[]>("list_cap_items");
export const saveCapItem = (item: CapItem) => call<CapItem>("save_cap_item", { item });
export const deleteCapItem = (id: number) => call<void>("delete_cap_item", { id });
export const listContext = () => call<ContextEntry[]>("list_context");
export const saveContextEntry = (entry: ContextEntry) =>
  call<ContextEntry>("save_context_entry", { entry });
export const deleteContextEntry = (id: number) => call<void>("delete_context_entry", { id });
export const getReminders = () => call<Reminder[]>("get_reminders");
/** The number of reminders per step (steps without any left out). */
export const getReminderCounts = () => call<ReminderCount[]>("get_reminder_counts");

export const getChain = () => call<ChainOverview>("get_chain");
export const savePurchasedItem = (item: PurchasedItem) =>
  call<PurchasedItem>("save_purchased_item", { item });
export const deletePurchasedItem = (id: number) => call<void>("delete_purchased_item", { id });
export const saveSoldItem = (item: SoldItem) => call<SoldItem>("save_sold_item", { item });
export const deleteSoldItem = (id: number) => call<void>("delete_sold_item", { id });
export const listReferenceGoods = () => call<ReferenceGood[]>("list_reference_goods");
export const getSuggestions = () => call<Suggestion[]>("get_suggestions");
/** Returns the id of the risk that covers an accepted suggestion. */
export const answerSuggestion = (input: AnswerInput, language: Language) =>
  call<number | null>("answer_suggestion", { input, language });
/** Answers several suggestions at once (all or none); returns each accepted one's risk. */
export const answerSuggestions = (inputs: AnswerInput[], language: Language) =>
  call<(number | null)[]>("answer_suggestions", { inputs, language });
export const reopenSuggestion = (key: string) => call<void>("reopen_suggestion", { key });

/** Runs `handler` with the command of each item chosen in the menu bar ("open",
 * "recent:2", …; `MenuCommand` in the core). */
export const onMenu = (handler: (command: string) => void) =>
  listen<string>("menu", (e) => handler(e.payload));
/** Builds the menu bar again, for the language, the open dossier and the recent list. */
export const refreshMenu = () => call<void>("refresh_menu");
/** The app's version and its keyboard shortcuts, as the menu bar has them. */
export const getHelp = () => call<HelpInfo>("get_help");
/** Asks the update address for a newer version (only when the user does). */
export const checkForUpdate = () => call<UpdateCheck>("check_for_update");
/** The weekly check at start-up; null when it is off or not due. */
export const checkForUpdateIfDue = () => call<UpdateCheck | null>("check_for_update_if_due");
/** Downloads, checks and installs the newer version, then starts the app again. */
export const installUpdate = () => call<void>("install_update");
export const setWeeklyUpdateCheck = (on: boolean) => call<void>("set_weekly_update_check", { on });

/** Runs `handler` with what the shell did with files dropped on the window. */
export const onDropped = (handler: (d: Dropped) => void) =>
  listen<Dropped>("dropped", (e) => handler(e.payload));
/** The preview of the supplier list dropped on the window. */
export const previewDroppedList = () => call<ImportReport>("preview_dropped_list");

/** Runs `handler` whenever the operating system hands the app another dossier. */
export const onOpenRequest = (handler: () => void) => listen("open-request", handler);
/** Opens the dossier handed to the app; null when none waits. */
export const openHanded = () => call<DossierInfo | null>("open_handed");

/** The records of the whole dossier that hold `query`. */
export const searchDossier = (query: string) => call<SearchResult>("search_dossier", { query });

export type { AppSettings };
