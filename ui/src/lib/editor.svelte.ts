// What every panel and form that edits one record at a time shares: the record in the
// form, the last error, whether a change is under way, and a way to run a change that
// closes the form and reloads the panel, or keeps the form open with the error.
import { errorPayload } from "./forms";
import type { ErrorPayload } from "./ipc";

export class Editor<T> {
  editing = $state<T | null>(null);
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

  /** Runs a save or delete; on success the form closes and the panel reloads. */
  async run(work: () => Promise<unknown>) {
    this.error = null;
    this.busy = true;
    try {
      await work();
      if (this.#onclose) this.#onclose(true);
      else this.editing = null;
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
    if (this.#onclose) this.#onclose(false);
    else this.editing = null;
  }
}
