// What a command of the menu bar does (the core lays out the menu and its shortcuts;
// `MenuCommand` in the bindings). The same functions as the screens' buttons, behind the
// same guard for unsaved changes; the calls that leave the interface come in `io`, so
// that the choices can be tested without the app.
import {
  closeDossier,
  openDossier,
  openRecent,
  saveCopy,
  type DossierInfo,
  type Language,
  type MenuCommand,
} from "./ipc";
import { t } from "./i18n/index.svelte";
import { checkNow } from "./updates.svelte";
import {
  attempt,
  chooseLanguage,
  guard,
  navigate,
  session,
  showDossier,
} from "./state/session.svelte";

export type MenuIo = {
  openDossier: () => Promise<DossierInfo | null>;
  openRecent: (path: string) => Promise<DossierInfo>;
  saveCopy: () => Promise<string | null>;
  closeDossier: () => Promise<void>;
  chooseLanguage: (lang: Language) => Promise<void>;
  /** Puts the keyboard in the search field of the screen, or of the whole dossier. */
  focusFind: () => void;
  /** Asks the update address for a newer version; the answer shows above the screen. */
  checkUpdates: () => Promise<void>;
};

/** The search field of the list on screen (marked `data-find`), else the dossier's. */
export function focusFind(doc: Document = document) {
  const field =
    doc.querySelector<HTMLInputElement>("main [data-find]") ??
    doc.querySelector<HTMLInputElement>('[data-testid="search-input"]');
  field?.focus();
  field?.select();
}

const app: MenuIo = {
  openDossier,
  openRecent,
  saveCopy,
  closeDossier,
  chooseLanguage,
  focusFind,
  checkUpdates: () => checkNow(),
};

async function open(work: () => Promise<DossierInfo | null>) {
  const info = await attempt(work);
  if (info) showDossier(info);
}

/** Carries out `command` ("open", "recent:2", …). */
export async function runMenu(command: string, io: MenuIo = app): Promise<void> {
  const recent = /^recent:(\d+)$/.exec(command);
  if (recent) {
    const path = session.settings.recent[Number(recent[1])];
    if (path) guard(() => void open(() => io.openRecent(path)));
    return;
  }
  switch (command as MenuCommand) {
    case "new":
      guard(() => {
        void (async () => {
          if (session.dossier) await attempt(io.closeDossier);
          session.dossier = null;
          session.startNew = true;
        })();
      });
      return;
    case "open":
      guard(() => void open(io.openDossier));
      return;
    case "save_copy": {
      if (!session.dossier) return;
      const path = await attempt(io.saveCopy);
      if (path) session.notice = t("settings.dossier.copy_saved", { path });
      return;
    }
    case "export":
    case "print_report":
      if (session.dossier) navigate("reports");
      return;
    case "close":
      guard(() => {
        void (async () => {
          await attempt(io.closeDossier);
          session.dossier = null;
        })();
      });
      return;
    case "find":
      io.focusFind();
      return;
    case "lang_nl":
    case "lang_en":
      await io.chooseLanguage(command === "lang_nl" ? "nl" : "en");
      return;
    case "shortcuts":
    case "guide":
    case "about":
      if (session.dossier) navigate("help");
      else session.startPage = "help";
      return;
    case "sources":
      if (session.dossier) navigate("sources");
      else session.startPage = "sources";
      return;
    case "check_updates":
      // With a dossier open the answer shows in Settings, next to the weekly check.
      if (session.dossier) navigate("settings");
      await io.checkUpdates();
      return;
  }
}

/** A shortcut as this platform writes it: "Ctrl+O", or "⌘O" on a Mac. */
export function keysOf(accelerator: string, mac: boolean): string {
  const parts = accelerator.split("+").map((p) => {
    if (p === "CmdOrCtrl") return mac ? "⌘" : "Ctrl";
    if (p === "Shift") return mac ? "⇧" : "Shift";
    return p;
  });
  return mac ? parts.join("") : parts.join("+");
}
