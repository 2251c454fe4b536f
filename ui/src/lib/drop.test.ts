import { beforeEach, describe, expect, it } from "vitest";
import { afterDrop } from "./drop.svelte";
import { session } from "./state/session.svelte";
import type { DossierInfo, Dropped } from "./ipc";

const info = (path: string) =>
  ({ path, company_name: "A", read_only: false, in_use_by: null }) as unknown as DossierInfo;

const drop = (d: Partial<Dropped>): Dropped => ({
  dossier: false,
  supplier_list: null,
  questionnaires: 0,
  refused: [],
  error: null,
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
  });

  it("shows the dossier the shell opened", async () => {
    await afterDrop(drop({ dossier: true }), async () => info("/x/b.kkdossier"));
    expect(session.dossier?.path).toBe("/x/b.kkdossier");
    expect(session.route).toBe("dashboard");
  });

  it("takes a supplier list to the suppliers of step 2 for its preview", async () => {
    await afterDrop(drop({ supplier_list: "lijst.csv" }));
    expect(session.route).toBe("step2");
    expect(session.tabs.step2).toBe("suppliers");
    expect(session.droppedList).toBe(true);
  });

  it("takes questionnaires to their screen for their preview", async () => {
    await afterDrop(drop({ questionnaires: 3 }));
    expect(session.route).toBe("surveys");
    expect(session.droppedSurveys).toBe(true);
  });

  it("says what it refused", async () => {
    const error = { code: "drop.unsupported", params: { names: "foto.jpg" } };
    await afterDrop(drop({ refused: ["foto.jpg"], error }));
    expect(session.error).toEqual(error);
    expect(session.route).toBe("dashboard");
  });
});
