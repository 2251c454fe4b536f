import { beforeEach, describe, expect, it } from "vitest";
import { keysOf, runMenu, type MenuIo } from "./menu.svelte";
import { session } from "./state/session.svelte";
import { Editor } from "./editor.svelte";
import type { DossierInfo } from "./ipc";

const info = (path: string) =>
  ({ path, company_name: "A", read_only: false, in_use_by: null }) as unknown as DossierInfo;

/** A fake of the calls that leave the interface, recording what was asked. */
function fake() {
  const calls: string[] = [];
  const io: MenuIo = {
    openDossier: async () => {
      calls.push("openDossier");
      return info("/x/open.kkdossier");
    },
    openRecent: async (path) => {
      calls.push(`openRecent ${path}`);
      return info(path);
    },
    saveCopy: async () => {
      calls.push("saveCopy");
      return "/x/kopie.kkdossier";
    },
    closeDossier: async () => {
      calls.push("closeDossier");
    },
    chooseLanguage: async (lang) => {
      calls.push(`language ${lang}`);
    },
    focusFind: () => calls.push("focusFind"),
    checkUpdates: async () => {
      calls.push("checkUpdates");
    },
  };
  return { io, calls };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the menu's commands", () => {
  beforeEach(() => {
    session.dossier = info("/x/a.kkdossier");
    session.settings = {
      language: "nl",
      recent: ["/x/a.kkdossier", "/x/b.kkdossier"],
      annex_limit: 200,
      update_weekly: false,
      update_checked: null,
    };
    session.route = "dashboard";
    session.leaving = null;
    session.notice = null;
    session.startNew = false;
  });

  it("opens a dossier chosen in the dialog or from the recent list", async () => {
    const { io, calls } = fake();
    await runMenu("open", io);
    await settle();
    expect(calls).toEqual(["openDossier"]);
    expect(session.dossier?.path).toBe("/x/open.kkdossier");
    // The list as the menu shows it now: the dossier just opened first.
    expect(session.settings.recent.slice(0, 2)).toEqual(["/x/open.kkdossier", "/x/a.kkdossier"]);
    await runMenu("recent:1", io);
    await settle();
    expect(calls.at(-1)).toBe("openRecent /x/a.kkdossier");
    expect(session.dossier?.path).toBe("/x/a.kkdossier");
    // A number past the list does nothing.
    await runMenu("recent:7", io);
    expect(calls).toHaveLength(2);
  });

  it("asks first when a form holds unsaved changes", async () => {
    const { io, calls } = fake();
    const ed = new Editor<{ id: number; name: string }>(async () => {});
    ed.editing = { id: 0, name: "a" };
    ed.editing.name = "b";
    await runMenu("close", io);
    expect(calls).toEqual([]);
    expect(session.leaving).not.toBeNull();
    expect(session.dossier).not.toBeNull();
    ed.editing = null;
  });

  it("closes, or closes and starts a new dossier", async () => {
    const { io, calls } = fake();
    await runMenu("new", io);
    await settle();
    expect(calls).toEqual(["closeDossier"]);
    expect(session.dossier).toBeNull();
    expect(session.startNew).toBe(true);
  });

  it("saves a copy and says where; goes to the reports to print or export", async () => {
    const { io, calls } = fake();
    await runMenu("save_copy", io);
    expect(calls).toEqual(["saveCopy"]);
    expect(session.notice).toContain("/x/kopie.kkdossier");
    await runMenu("print_report", io);
    expect(session.route).toBe("reports");
    await runMenu("shortcuts", io);
    expect(session.route).toBe("help");
    await runMenu("sources", io);
    expect(session.route).toBe("sources");
  });

  it("finds and switches the language", async () => {
    const { io, calls } = fake();
    await runMenu("find", io);
    await runMenu("lang_en", io);
    expect(calls).toEqual(["focusFind", "language en"]);
  });

  it("checks for a new version in Settings, or on the start screen", async () => {
    const { io, calls } = fake();
    await runMenu("check_updates", io);
    expect(calls).toEqual(["checkUpdates"]);
    expect(session.route).toBe("settings");
    session.dossier = null;
    session.route = "dashboard";
    await runMenu("check_updates", io);
    expect(calls).toEqual(["checkUpdates", "checkUpdates"]);
    expect(session.route).toBe("dashboard");
  });

  it("shows Help and the data sources on the start screen too", async () => {
    const { io } = fake();
    session.dossier = null;
    session.startPage = null;
    await runMenu("about", io);
    expect(session.startPage).toBe("help");
    await runMenu("sources", io);
    expect(session.startPage).toBe("sources");
    expect(session.route).toBe("dashboard");
  });

  it("writes shortcuts as the platform does", () => {
    expect(keysOf("CmdOrCtrl+O", false)).toBe("Ctrl+O");
    expect(keysOf("CmdOrCtrl+O", true)).toBe("⌘O");
    expect(keysOf("CmdOrCtrl+Shift+S", false)).toBe("Ctrl+Shift+S");
    expect(keysOf("F1", true)).toBe("F1");
  });
});
