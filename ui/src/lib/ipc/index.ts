// The one place that talks to the Rust side. Every command has a typed function here;
// errors arrive as codes (ErrorPayload) and are thrown as IpcError.
import { invoke, type InvokeArgs } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  AnswerInput,
  AppSettings,
  Audit,
  Certification,
  ChainOverview,
  CodeOfConduct,
  Department,
  Kpi,
  KpiMeasurement,
  KpiWithMeasurements,
  PolicyCommunication,
  PolicyOverview,
  PolicyVersion,
  Preconditions,
  CompanyProfile,
  Country,
  Dashboard,
  DataSource,
  DossierInfo,
  ErrorPayload,
  ImportReport,
  Language,
  PurchasedItem,
  ReportingYear,
  Risk,
  RiskRegister,
  SoldItem,
  Startup,
  Suggestion,
  Supplier,
} from "./bindings";

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

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
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

export const getCompany = () => call<CompanyProfile>("get_company");
export const updateCompany = (profile: CompanyProfile) =>
  call<CompanyProfile>("update_company", { profile });
export const listCountries = () => call<Country[]>("list_countries");
export const listSources = () => call<DataSource[]>("list_sources");

export const addYear = (year: number) => call<ReportingYear>("add_year", { year });
export const setActiveYear = (year: number) => call<void>("set_active_year", { year });

export const getDashboard = () => call<Dashboard>("get_dashboard");

export const getRiskRegister = (language: Language) =>
  call<RiskRegister>("get_risk_register", { language });
export const saveRisk = (risk: Risk) => call<Risk>("save_risk", { risk });

export const listSuppliers = () => call<Supplier[]>("list_suppliers");
/** Sends the file's bytes as the raw request body; nothing is stored until commit. */
export const previewSupplierImport = (bytes: Uint8Array) =>
  call<ImportReport>("preview_supplier_import", bytes);
export const commitSupplierImport = () => call<ImportReport>("commit_supplier_import");
export const discardSupplierImport = () => call<void>("discard_supplier_import");
export const deleteRisk = (id: number) => call<void>("delete_risk", { id });
export const saveSupplier = (supplier: Supplier) => call<Supplier>("save_supplier", { supplier });
export const deleteSupplier = (id: number) => call<void>("delete_supplier", { id });
export const listCertifications = (supplierId: number) =>
  call<Certification[]>("list_certifications", { supplierId });
export const saveCertification = (certification: Certification) =>
  call<Certification>("save_certification", { certification });
export const deleteCertification = (id: number) => call<void>("delete_certification", { id });
export const listAudits = (supplierId: number) => call<Audit[]>("list_audits", { supplierId });
export const saveAudit = (audit: Audit) => call<Audit>("save_audit", { audit });
export const deleteAudit = (id: number) => call<void>("delete_audit", { id });

export const listDepartments = () => call<Department[]>("list_departments");
export const saveDepartment = (department: Department) =>
  call<Department>("save_department", { department });
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

export const getChain = () => call<ChainOverview>("get_chain");
export const savePurchasedItem = (item: PurchasedItem) =>
  call<PurchasedItem>("save_purchased_item", { item });
export const deletePurchasedItem = (id: number) => call<void>("delete_purchased_item", { id });
export const saveSoldItem = (item: SoldItem) => call<SoldItem>("save_sold_item", { item });
export const deleteSoldItem = (id: number) => call<void>("delete_sold_item", { id });
export const listReferenceGoods = () => call<string[]>("list_reference_goods");
export const getSuggestions = () => call<Suggestion[]>("get_suggestions");
/** Returns the id of the risk that covers an accepted suggestion. */
export const answerSuggestion = (input: AnswerInput, language: Language) =>
  call<number | null>("answer_suggestion", { input, language });
export const reopenSuggestion = (key: string) => call<void>("reopen_suggestion", { key });

/** Runs `handler` whenever the operating system hands the app another dossier. */
export const onDossierOpened = (handler: () => void) => listen("dossier-opened", handler);

export type { AppSettings };
