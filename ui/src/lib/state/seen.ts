// What this user has seen before on this machine (introductions shown once), kept in
// the web view's own storage: a preference of the screen, not part of any dossier.
const PREFIX = "ketenkompas.seen.";

/** True the first time it is asked for `what` on this machine; false after that. */
export function firstVisitOf(what: string): boolean {
  try {
    const key = PREFIX + what;
    if (localStorage.getItem(key)) return false;
    localStorage.setItem(key, "1");
    return true;
  } catch {
    // Without storage every visit is a first one: the introduction stays open.
    return true;
  }
}
