import { beforeEach, describe, expect, it } from "vitest";
import {
  checkAtStart,
  checkNow,
  install,
  setWeekly,
  updates,
  type UpdateIo,
} from "./updates.svelte";
import { session } from "./state/session.svelte";
import { Editor } from "./editor.svelte";
import { IpcError, type UpdateCheck } from "./ipc";

const available: UpdateCheck = {
  kind: "available",
  current: "0.1.0",
  version: "0.2.0",
  date: "2026-12-01",
  notes: null,
};

/** A fake of the calls that leave the interface. */
function fake(found: UpdateCheck | null, fail: string | null = null) {
  const calls: string[] = [];
  const refuse = () => {
    throw new IpcError({ code: fail ?? "", params: {} });
  };
  const io: UpdateIo = {
    check: async () => {
      calls.push("check");
      if (fail) refuse();
      return found as UpdateCheck;
    },
    checkIfDue: async () => {
      calls.push("checkIfDue");
      if (fail) refuse();
      return found;
    },
    install: async () => {
      calls.push("install");
      if (fail) refuse();
    },
    setWeekly: async (on) => {
      calls.push(`weekly ${on}`);
      if (fail) refuse();
    },
  };
  return { io, calls };
}

describe("looking for a new version", () => {
  beforeEach(() => {
    Object.assign(updates, {
      busy: null,
      found: null,
      error: null,
      dismissed: false,
      fromPanel: false,
    });
    session.settings = {
      language: "nl",
      recent: [],
      annex_limit: 200,
      update_weekly: false,
      update_checked: null,
    };
    session.leaving = null;
  });

  it("keeps what a check found and when, and where it was asked", async () => {
    const { io } = fake({ kind: "up_to_date", current: "0.1.0", checked: "2026-12-07T10:00:00Z" });
    await checkNow(io, true);
    expect(updates.found?.kind).toBe("up_to_date");
    expect(updates.fromPanel).toBe(true);
    expect(updates.busy).toBeNull();
    expect(session.settings.update_checked).toBe("2026-12-07T10:00:00Z");
  });

  it("says why a check failed and is ready for the next", async () => {
    const { io } = fake(null, "update.unreachable");
    await checkNow(io);
    expect(updates.error?.code).toBe("update.unreachable");
    expect(updates.busy).toBeNull();
  });

  it("at start-up speaks only of a newer version, and never of a failure", async () => {
    await checkAtStart(fake({ kind: "up_to_date", current: "0.1.0", checked: "x" }).io);
    expect(updates.found).toBeNull();
    await checkAtStart(fake(null, "update.unreachable").io);
    expect(updates.error).toBeNull();
    await checkAtStart(fake(available).io);
    expect(updates.found).toEqual(available);
  });

  it("asks about unsaved changes before installing, and says why an install was refused", async () => {
    const { io, calls } = fake(available, "update.unsigned");
    const ed = new Editor<{ id: number; name: string }>(async () => {});
    ed.editing = { id: 0, name: "a" };
    ed.editing.name = "b";
    install(io);
    expect(calls).toEqual([]);
    expect(session.leaving).not.toBeNull();
    ed.editing = null;
    session.leaving = null;
    install(io);
    await new Promise((r) => setTimeout(r, 0));
    expect(calls).toEqual(["install"]);
    expect(updates.error?.code).toBe("update.unsigned");
    expect(updates.busy).toBeNull();
  });

  it("keeps the weekly setting as saved", async () => {
    await setWeekly(true, fake(null).io);
    expect(session.settings.update_weekly).toBe(true);
    await setWeekly(false, fake(null, "io.failed").io);
    expect(session.settings.update_weekly).toBe(true);
    expect(updates.error?.code).toBe("io.failed");
  });
});
