// What every panel and form that edits one record at a time shares: the record in the
// form, the last error, whether a change is under way, and a way to run a change that
// closes the form and reloads the panel, or keeps the form open with the error. A
// panel that is always open (the company profile, the policy) uses `Editor.panel`: a
// save keeps its form open and Cancel puts back what was stored. Nothing saves by
// itself: every form saves with its Save button (ADR 0014). An editor knows whether its
// form holds changes that are not saved (`dirty`); the app asks before leaving a screen
// while any open form does (`unsavedChanges`).
import { onDestroy } from "svelte";
import { SvelteSet } from "svelte/reactivity";
import { errorPayload } from "./forms";
import type { ErrorPayload } from "./ipc";

/** The editors whose form is open. */
const open = new SvelteSet<Editor<unknown>>();

/** Some open form holds changes that are not saved. */
export function unsavedChanges(): boolean {
  for (const e of open) if (e.dirty) return true;
  return false;
}

/** Closes every open form without saving (the user chose to leave its changes). */
export function discardAll() {
  for (const e of [...open]) e.cancel();
}

export class Editor<T> {
  #editing = $state<T | null>(null);
  /** The record as the form was opened with it, to tell changes from it. */
  #initial = "";
  error = $state<ErrorPayload | null>(null);
  busy = $state(false);
  /** The last save went through and nothing changed since. */
  saved = $state(false);
  #reload: () => Promise<unknown>;
  #onclose: ((changed: boolean) => void) | undefined;
  /** An always-open panel: a save does not close its form. */
  #stays = false;

  /**
   * `reload` refreshes the panel after a change. A form that its parent opens and
   * closes passes the record it starts from and `onclose`, which is called instead of
   * emptying `editing`: with `true` after a change, with `false` on Cancel.
   */
  constructor(
    reload: () => Promise<unknown>,
    form?: { initial: T; onclose: (changed: boolean) => void },
  ) {
    this.#reload = reload;
    if (form) {
      this.editing = form.initial;
      this.#onclose = form.onclose;
    }
    // Made while a component is set up (as every form does), the editor goes with that
    // component: a form on a screen that was left no longer counts as open. One made
    // elsewhere, as in a unit test, belongs to no component.
    try {
      onDestroy(() => open.delete(this as Editor<unknown>));
    } catch {
      // not made during a component's set-up
    }
  }

  /**
   * The editor of a panel that is always open. `load` reads the record (or `null` when
   * there is none); the form stays open after a save with what was stored, and Cancel
   * puts back what was stored.
   */
  static panel<T>(load: () => Promise<T | null | undefined>): Editor<T> {
    const ed: Editor<T> = new Editor<T>(async () => {
      // `undefined`: the read failed (the session shows why) and the form stays as it
      // is; `null`: there is no record (any more).
      const record = await load();
      if (record !== undefined) ed.editing = record;
    });
    ed.#stays = true;
    return ed;
  }

  /** Reads the panel's record again, as after a save. */
  load(): Promise<unknown> {
    return this.#reload();
  }

  /** The record in the form, or `null` when no form is open. */
  get editing(): T | null {
    return this.#editing;
  }

  set editing(value: T | null) {
    this.#editing = value;
    this.#initial = value === null ? "" : JSON.stringify(value);
    if (value === null) open.delete(this as Editor<unknown>);
    else open.add(this as Editor<unknown>);
  }

  /** The form is open and differs from what it was opened with. */
  get dirty(): boolean {
    return (
      this.#editing !== null && JSON.stringify($state.snapshot(this.#editing)) !== this.#initial
    );
  }

  /** What the status line of an always-open form says: changes not yet saved, or saved. */
  get status(): "unsaved" | "saved" | null {
    if (this.dirty) return "unsaved";
    return this.saved ? "saved" : null;
  }

  /** The form is done with: closed here, or handed back to the parent. */
  #close(changed: boolean) {
    open.delete(this as Editor<unknown>);
    if (this.#onclose) this.#onclose(changed);
    else this.editing = null;
  }

  /**
   * Runs a save or delete; on success the form closes and the panel reloads (a panel's
   * form stays open with what was stored).
   */
  async run(work: () => Promise<unknown>) {
    this.error = null;
    this.saved = false;
    this.busy = true;
    try {
      await work();
      if (this.#stays) {
        // Saved: what is in the form is what is stored, even before it is read again.
        this.#initial = JSON.stringify($state.snapshot(this.#editing));
        this.saved = true;
      } else this.#close(true);
      await this.#reload();
    } catch (e) {
      this.error = errorPayload(e);
    } finally {
      this.busy = false;
    }
  }

  /** Closes the form without a change; a panel's form gets back what was stored. */
  cancel() {
    this.error = null;
    if (this.#stays) {
      if (this.#initial !== "") this.editing = JSON.parse(this.#initial) as T;
    } else this.#close(false);
  }
}
