import { describe, expect, it } from "vitest";
import { discardAll, Editor, unsavedChanges } from "./editor.svelte";
import { IpcError } from "./ipc";

type Rec = { id: number; name: string };

describe("Editor", () => {
  it("closes the form and reloads after a change, and waits while it runs", async () => {
    let reloads = 0;
    const ed = new Editor<Rec>(async () => {
      reloads += 1;
    });
    ed.editing = { id: 0, name: "x" };
    let release = () => {};
    const done = ed.run(() => new Promise<void>((r) => (release = r)));
    expect(ed.busy).toBe(true);
    release();
    await done;
    expect(ed.busy).toBe(false);
    expect(ed.editing).toBeNull();
    expect(reloads).toBe(1);
  });

  it("keeps the form open with the error when the change fails", async () => {
    let reloads = 0;
    const ed = new Editor<Rec>(async () => {
      reloads += 1;
    });
    ed.editing = { id: 3, name: "x" };
    await ed.run(async () => {
      throw new IpcError({ code: "value.too_long", params: { field: "x", max: "2" } });
    });
    expect(ed.editing).toEqual({ id: 3, name: "x" });
    expect(ed.error?.code).toBe("value.too_long");
    expect(ed.busy).toBe(false);
    expect(reloads).toBe(0);
  });

  it("in a form its parent opens, hands closing to the parent", async () => {
    const closed: boolean[] = [];
    const ed = new Editor<Rec>(async () => {}, {
      initial: { id: 1, name: "a" },
      onclose: (changed) => closed.push(changed),
    });
    expect(ed.editing?.name).toBe("a");
    ed.cancel();
    await ed.run(async () => {});
    expect(closed).toEqual([false, true]);
    // The record stays in place until the parent removes the form.
    expect(ed.editing?.name).toBe("a");
  });

  it("knows when its open form holds changes, and the app can ask before leaving", async () => {
    const ed = new Editor<Rec>(async () => {});
    expect(ed.dirty).toBe(false);
    ed.editing = { id: 2, name: "a" };
    expect(ed.dirty).toBe(false);
    expect(unsavedChanges()).toBe(false);
    ed.editing.name = "b";
    expect(ed.dirty).toBe(true);
    expect(unsavedChanges()).toBe(true);
    // Changed back: nothing to lose.
    ed.editing.name = "a";
    expect(unsavedChanges()).toBe(false);
    ed.editing.name = "c";
    // Leaving anyway closes every open form without saving.
    discardAll();
    expect(ed.editing).toBeNull();
    expect(unsavedChanges()).toBe(false);
    // A saved form is closed and no longer counts.
    ed.editing = { id: 2, name: "a" };
    ed.editing.name = "d";
    await ed.run(async () => {});
    expect(unsavedChanges()).toBe(false);
  });

  it("a form its parent closed does not count as open", async () => {
    const ed = new Editor<Rec>(async () => {}, {
      initial: { id: 1, name: "a" },
      onclose: () => {},
    });
    ed.editing!.name = "b";
    expect(unsavedChanges()).toBe(true);
    await ed.run(async () => {});
    expect(unsavedChanges()).toBe(false);
  });

  it("an always-open panel keeps its form after a save and shows what was stored", async () => {
    let stored: Rec = { id: 1, name: "a" };
    const ed = Editor.panel<Rec>(async () => structuredClone(stored));
    await ed.load();
    expect(ed.editing).toEqual({ id: 1, name: "a" });
    expect(ed.status).toBeNull();
    ed.editing!.name = "b";
    expect(ed.status).toBe("unsaved");
    expect(unsavedChanges()).toBe(true);
    await ed.run(async () => {
      // The core stores the name as it keeps it.
      stored = { id: 1, name: "B" };
    });
    expect(ed.editing).toEqual({ id: 1, name: "B" });
    expect(ed.status).toBe("saved");
    expect(unsavedChanges()).toBe(false);
    // A change after the save is unsaved again; Cancel puts back what was stored.
    ed.editing!.name = "c";
    expect(ed.status).toBe("unsaved");
    ed.cancel();
    expect(ed.editing).toEqual({ id: 1, name: "B" });
    expect(ed.dirty).toBe(false);
  });

  it("an always-open panel keeps the refused change in its form", async () => {
    const ed = Editor.panel<Rec>(async () => ({ id: 1, name: "a" }));
    await ed.load();
    ed.editing!.name = "x".repeat(300);
    await ed.run(async () => {
      throw new IpcError({ code: "input.too_long", params: { field: "name", max: "200" } });
    });
    expect(ed.editing?.name).toHaveLength(300);
    expect(ed.status).toBe("unsaved");
    expect(ed.error?.code).toBe("input.too_long");
    discardAll();
    expect(ed.editing?.name).toBe("a");
    expect(unsavedChanges()).toBe(false);
  });
});
