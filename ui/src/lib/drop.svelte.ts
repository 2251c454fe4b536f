// What the interface does once the shell has taken files dropped on the window
// (`Dropped` in the bindings): a dossier it opened is shown, a supplier list is
// previewed on the suppliers' tab of step 2, questionnaires in the questionnaires'
// screen; what it refused is said in words.
import type { Dropped } from "./ipc";
import { getDossierInfo } from "./ipc";
import { attempt, openPlace, session, showDossier } from "./state/session.svelte";

export async function afterDrop(
  d: Dropped,
  info: () => Promise<typeof session.dossier> = getDossierInfo,
) {
  if (d.dossier) {
    const opened = await attempt(info);
    if (opened) showDossier(opened);
  }
  if (d.supplier_list) {
    session.droppedList = true;
    openPlace({ screen: "step2", tab: "suppliers", record: null });
  } else if (d.questionnaires > 0) {
    session.droppedSurveys = true;
    openPlace({ screen: "surveys", tab: null, record: null });
  }
  // After the moves above, which clear the last error.
  if (d.error) session.error = d.error;
}
