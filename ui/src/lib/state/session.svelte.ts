// The state of the running app: the open dossier, the settings, the current screen and
// the last error. Components read it; the functions below change it.
import {
  IpcError,
  getDossierInfo,
  setLanguage as saveLanguage,
  type AppSettings,
  type DossierInfo,
  type ErrorPayload,
  type Language,
} from "../ipc";
import { locale } from "../i18n/index.svelte";

export type Route =
  | "dashboard"
  | "step1"
  | "step2"
  | "step3"
  | "step4"
  | "step5"
  | "step6"
  | "reports"
  | "sources"
  | "settings";

export const session = $state<{
  ready: boolean;
  dossier: DossierInfo | null;
  settings: AppSettings;
  route: Route;
  error: ErrorPayload | null;
}>({
  ready: false,
  dossier: null,
  settings: { language: "nl", recent: [] },
  route: "dashboard",
  error: null,
});

/** Runs an IPC call; an error is shown to the user instead of thrown. */
export async function attempt<T>(work: () => Promise<T>): Promise<T | undefined> {
  try {
    session.error = null;
    return await work();
  } catch (e) {
    session.error = e instanceof IpcError ? e.payload : { code: "internal.unexpected", params: {} };
    return undefined;
  }
}

export function showDossier(info: DossierInfo) {
  session.dossier = info;
  session.route = "dashboard";
  const recent = session.settings.recent.filter((p) => p !== info.path);
  session.settings.recent = [info.path, ...recent].slice(0, 8);
}

export async function refreshDossier() {
  const info = await attempt(getDossierInfo);
  if (info) session.dossier = info;
}

export async function chooseLanguage(lang: Language) {
  locale.lang = lang;
  session.settings.language = lang;
  document.documentElement.lang = lang;
  await attempt(() => saveLanguage(lang));
}
