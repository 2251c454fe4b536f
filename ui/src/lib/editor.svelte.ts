// What every panel and form that edits one record at a time shares: the record in the
// form, the last error, whether a change is under way, and a way to run a change that
// closes the form and reloads the panel, or keeps the form open with the error. An
// editor knows whether its form holds changes that are not saved (`dirty`); the app
// asks before leaving a screen while any open form does (`unsavedChanges`).
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
  #reload: () => Promise<unknown>;
  #onclose: ((changed: boolean) => void) | undefined;

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

  /** The form is done with: closed here, or handed back to the parent. */
  #close(changed: boolean) {
    open.delete(this as Editor<unknown>);
    if (this.#onclose) this.#onclose(changed);
    else this.editing = null;
  }

  /** Runs a save or delete; on success the form closes and the panel reloads. */
  async run(work: () => Promise<unknown>) {
    this.error = null;
    this.busy = true;
    try {
      await work();
      this.#close(true);
      await this.#reload();
    } catch (e) {
      this.error = errorPayload(e);
    } finally {
      this.busy = false;
    }
  }

  /** Closes the form without a change. */
  cancel() {
    this.error = null;
    this.#close(false);
  }
}
