// The state of the running app: the open dossier, the settings, the current screen and
// the last error. Components read it; the functions below change it.
import {
  IpcError,
  getDossierInfo,
  openHanded,
  setLanguage as saveLanguage,
  type AppSettings,
  type DossierInfo,
  type ErrorPayload,
  type Language,
  type Place,
} from "../ipc";
import { locale } from "../i18n/index.svelte";
import { discardAll, unsavedChanges } from "../editor.svelte";

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
  | "laws"
  | "compare"
  | "maturity"
  | "surveys"
  | "glossary"
  | "search"
  | "profile"
  | "settings"
  | "help";

export const session = $state<{
  ready: boolean;
  dossier: DossierInfo | null;
  settings: AppSettings;
  route: Route;
  error: ErrorPayload | null;
  /** A move away from a form with unsaved changes, waiting for the user's answer. */
  leaving: (() => void) | null;
  /** The tab each step showed last, so that coming back lands there. */
  tabs: Record<string, string>;
  /** A record to open once its tab shows (a link that lands on one record). */
  focus: Place | null;
  /** What the search over the whole dossier was last asked. */
  query: string;
  /** A short message that something was done (a copy saved), until the next one. */
  notice: string | null;
  /** A warning that stays until it is closed (files a drop did not take). */
  warning: string | null;
  /** The start screen opens with the form for a new dossier. */
  startNew: boolean;
  /** The start screen shows Help or the data sources (chosen in the menu). */
  startPage: "help" | "sources" | "updates" | null;
  /** A supplier list dropped on the window waits for its preview. */
  droppedList: boolean;
  /** Questionnaires dropped on the window wait for their preview. */
  droppedSurveys: boolean;
}>({
  ready: false,
  dossier: null,
  // Until the core's settings arrive at start-up.
  settings: {
    language: "nl",
    recent: [],
    annex_limit: 200,
    update_weekly: false,
    update_checked: null,
  },
  route: "dashboard",
  error: null,
  leaving: null,
  tabs: {},
  focus: null,
  query: "",
  notice: null,
  warning: null,
  startNew: false,
  startPage: null,
  droppedList: false,
  droppedSurveys: false,
});

/**
 * Runs `move` (to another screen or tab) at once, or, while an open form holds unsaved
 * changes, asks first: the user stays, or leaves and the changes are dropped.
 */
export function guard(move: () => void) {
  if (unsavedChanges()) session.leaving = move;
  else move();
}

/** Goes to another screen, asking first when a form holds unsaved changes. */
export function navigate(route: Route) {
  guard(() => (session.route = route));
}

/** Opens a place the core named: its screen, its tab, and its record when it has one. */
export function openPlace(place: Place) {
  guard(() => {
    if (place.tab) session.tabs[place.screen] = place.tab;
    session.focus = place.record !== null ? place : null;
    session.route = place.screen as Route;
  });
}

/**
 * Opens the record a link asks for on this screen and tab, as soon as `open` finds it
 * (the list may still be loading): call once while a panel is made. `open` returns
 * whether it found the record; a link to one that is not there is let go.
 */
export function onFocus(screen: string, tab: string, open: (id: number) => boolean | null) {
  let wanted = $state<number | null>(null);
  $effect(() => {
    const id = takeFocus(screen, tab);
    if (id !== null) wanted = id;
  });
  $effect(() => {
    if (wanted === null) return;
    // null: the list is not there yet; try again when it is.
    const found = open(wanted);
    if (found !== null) wanted = null;
  });
}

/** The record a link asked to open on this screen and tab, once; null when none. */
export function takeFocus(screen: string, tab: string): number | null {
  const f = session.focus;
  if (!f || f.screen !== screen || f.tab !== tab || f.record === null) return null;
  session.focus = null;
  return f.record;
}

/** The answer to the question of `guard`: leave (dropping the changes) or stay. */
export function answerLeaving(leave: boolean) {
  const move = session.leaving;
  session.leaving = null;
  if (leave && move) {
    discardAll();
    move();
  }
}

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

/** Opens the dossier handed to the app (a second launch, a drop), after asking about
 * unsaved changes like any other move. */
export function openHandedDossier(open: () => Promise<DossierInfo | null> = openHanded) {
  guard(() => {
    void (async () => {
      const info = await attempt(open);
      if (info) showDossier(info);
    })();
  });
}

export function showDossier(info: DossierInfo) {
  session.dossier = info;
  session.route = "dashboard";
  session.startPage = null;
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
