// Looking for a newer version, as the interface shows it: the Settings panel, the notice
// above every screen and the menu's "Check for updates" share this state. The core
// decides when the weekly check is due and what a check found (`UpdateCheck`); the calls
// that leave the interface come in `io`, so that the choices can be tested without the
// app.
import {
  IpcError,
  checkForUpdate,
  checkForUpdateIfDue,
  installUpdate,
  setWeeklyUpdateCheck,
  type ErrorPayload,
  type UpdateCheck,
} from "./ipc";
import { guard, session } from "./state/session.svelte";

export type UpdateIo = {
  check: () => Promise<UpdateCheck>;
  checkIfDue: () => Promise<UpdateCheck | null>;
  install: () => Promise<void>;
  setWeekly: (on: boolean) => Promise<void>;
};

const app: UpdateIo = {
  check: checkForUpdate,
  checkIfDue: checkForUpdateIfDue,
  install: installUpdate,
  setWeekly: setWeeklyUpdateCheck,
};

export const updates = $state<{
  busy: "checking" | "installing" | null;
  /** What the last check found. */
  found: UpdateCheck | null;
  error: ErrorPayload | null;
  /** The user closed the notice about it. */
  dismissed: boolean;
  /** The check was asked for in Settings, whose panel shows its answer. */
  fromPanel: boolean;
}>({ busy: null, found: null, error: null, dismissed: false, fromPanel: false });

/** The moment of a successful check, as the core saved it, for the Settings panel. */
function remember(found: UpdateCheck) {
  if (found.kind === "up_to_date") session.settings.update_checked = found.checked;
  else if (found.kind === "available")
    session.settings.update_checked = new Date().toISOString().slice(0, 19) + "Z";
}

const payload = (e: unknown): ErrorPayload =>
  e instanceof IpcError ? e.payload : { code: "internal.unexpected", params: {} };

/** Asks the update address now (the user clicked in Settings, or chose it in the menu). */
export async function checkNow(io: UpdateIo = app, fromPanel = false): Promise<void> {
  if (updates.busy) return;
  updates.busy = "checking";
  updates.error = null;
  updates.dismissed = false;
  updates.fromPanel = fromPanel;
  try {
    updates.found = await io.check();
    remember(updates.found);
  } catch (e) {
    updates.error = payload(e);
  } finally {
    updates.busy = null;
  }
}

/** The weekly check at start-up, when the user turned it on and it is due. It speaks only
 * when it found a newer version: a failed check says nothing, and the next start tries
 * again. */
export async function checkAtStart(io: UpdateIo = app): Promise<void> {
  try {
    const found = await io.checkIfDue();
    if (found) remember(found);
    if (found?.kind === "available") {
      updates.found = found;
      updates.fromPanel = false;
    }
  } catch {
    // Offline, or the address did not answer: not worth interrupting the user for.
  }
}

/** Installs the newer version and starts the app again, after the question about unsaved
 * changes; a refused or failed installation leaves everything as it was and says why. */
export function install(io: UpdateIo = app): void {
  guard(() => {
    void (async () => {
      updates.busy = "installing";
      updates.error = null;
      try {
        await io.install();
      } catch (e) {
        updates.error = payload(e);
      } finally {
        updates.busy = null;
      }
    })();
  });
}

/** Turns the weekly check on or off; the setting as kept afterwards is what counts. */
export async function setWeekly(on: boolean, io: UpdateIo = app): Promise<void> {
  try {
    await io.setWeekly(on);
    session.settings.update_weekly = on;
  } catch (e) {
    updates.error = payload(e);
  }
}
