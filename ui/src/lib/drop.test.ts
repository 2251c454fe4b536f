import { beforeEach, describe, expect, it } from "vitest";
import { afterDrop } from "./drop.svelte";
import { session } from "./state/session.svelte";
import { Editor } from "./editor.svelte";
import type { DossierInfo, Dropped } from "./ipc";

const info = (path: string) =>
  ({ path, company_name: "A", read_only: false, in_use_by: null }) as unknown as DossierInfo;

const drop = (d: Partial<Dropped>): Dropped => ({
  dossier: false,
  supplier_list: null,
  questionnaires: 0,
  refused: [],
  errors: [],
  ...d,
});

describe("after a drop", () => {
  beforeEach(() => {
    session.dossier = info("/x/a.kkdossier");
    session.route = "dashboard";
    session.tabs = {};
    session.error = null;
    session.droppedList = false;
    session.droppedSurveys = false;
    session.warning = null;
    session.leaving = null;
  });

  it("opens the dossier the shell was handed", async () => {
    afterDrop(drop({ dossier: true }), async () => info("/x/b.kkdossier"));
    await new Promise((r) => setTimeout(r, 0));
    expect(session.dossier?.path).toBe("/x/b.kkdossier");
    expect(session.route).toBe("dashboard");
  });

  it("asks first when a form holds unsaved changes", async () => {
    const ed = new Editor<{ id: number; name: string }>(async () => {});
    ed.editing = { id: 0, name: "a" };
    ed.editing.name = "b";
    afterDrop(drop({ dossier: true }), async () => info("/x/b.kkdossier"));
    expect(session.leaving).not.toBeNull();
    expect(session.dossier?.path).toBe("/x/a.kkdossier");
    ed.editing = null;
    session.leaving = null;
  });

  it("takes a supplier list to the suppliers of step 2 for its preview", async () => {
    afterDrop(drop({ supplier_list: "lijst.csv" }));
    expect(session.route).toBe("step2");
    expect(session.tabs.step2).toBe("suppliers");
    expect(session.droppedList).toBe(true);
  });

  it("takes questionnaires to their screen for their preview", async () => {
    afterDrop(drop({ questionnaires: 3 }));
    expect(session.route).toBe("surveys");
    expect(session.droppedSurveys).toBe(true);
  });

  it("says what it refused in a warning the previews do not clear", async () => {
    const errors = [
      { code: "drop.unreadable", params: { names: "weg.csv" } },
      { code: "drop.unsupported", params: { names: "foto.jpg" } },
    ];
    afterDrop(
      drop({
        supplier_list: "lijst.csv",
        questionnaires: 2,
        refused: ["weg.csv", "foto.jpg"],
        errors,
      }),
    );
    // Both reasons are said: the file that could not be read and the one of a wrong kind.
    expect(session.warning).toContain("foto.jpg");
    expect(session.warning).toContain("weg.csv");
    expect(session.route).toBe("step2");
    expect(session.droppedList).toBe(true);
    // The questionnaires wait for their screen too.
    expect(session.droppedSurveys).toBe(true);
  });
});
