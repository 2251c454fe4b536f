// What every panel that edits one record at a time shares: the record in the form, the
// last error, and a way to run a change that closes the form and reloads the panel, or
// keeps the form open with the error.
import { errorPayload } from "./forms";
import type { ErrorPayload } from "./ipc";

export class Editor<T> {
  editing = $state<T | null>(null);
  error = $state<ErrorPayload | null>(null);
  #reload: () => Promise<unknown>;

  constructor(reload: () => Promise<unknown>) {
    this.#reload = reload;
  }

  /** Runs a save or delete; on success the form closes and the panel reloads. */
  async run(work: () => Promise<unknown>) {
    this.error = null;
    try {
      await work();
      this.editing = null;
      await this.#reload();
    } catch (e) {
      this.error = errorPayload(e);
    }
  }
}
