// Small helpers shared by the forms: empty text is "no value", and an error from the
// core becomes something errorText() can write out.
import { IpcError, type ErrorPayload } from "./ipc";

/** Today (YYYY-MM-DD) as the core counts it (`model::date::today`), as a new record's
 * default date. */
export const today = (): string => new Date().toISOString().slice(0, 10);

/** The text, or null when it is empty or only spaces. */
export const orNull = (v: string): string | null => (v.trim() === "" ? null : v);

/** The number in a field, or null when the field is empty. */
export const numberOrNull = (v: string): number | null => (v.trim() === "" ? null : Number(v));

/** The error code and parameters of a failed call. */
export function errorPayload(e: unknown): ErrorPayload {
  return e instanceof IpcError ? e.payload : { code: "internal.unexpected", params: {} };
}

/** A form that opens scrolls into view and puts the cursor in its first field. */
export function arrive(node: HTMLElement) {
  node.scrollIntoView({ block: "start" });
  node
    .querySelector<HTMLElement>("input:not([type=hidden]), textarea, select")
    ?.focus({ preventScroll: true });
}
