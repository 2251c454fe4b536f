// What the interface does once the shell has taken files dropped on the window
// (`Dropped` in the bindings): a dossier it was handed is opened after the usual
// question about unsaved changes, a supplier list is previewed on the suppliers' tab of
// step 2, questionnaires in the questionnaires' screen; what it refused is said in words.
import type { DossierInfo, Dropped } from "./ipc";
import { openHanded } from "./ipc";
import { errorText } from "./i18n/index.svelte";
import { openHandedDossier, openPlace, session } from "./state/session.svelte";

export function afterDrop(d: Dropped, open: () => Promise<DossierInfo | null> = openHanded) {
  // What was not taken is said in a warning that stays (an error would be cleared by
  // the previews below); on the start screen as its error.
  if (d.errors.length > 0) {
    if (session.dossier) session.warning = d.errors.map(errorText).join(" ");
    else session.error = d.errors[0];
  }
  if (d.dossier) {
    openHandedDossier(open);
    return;
  }
  if (d.questionnaires > 0) session.droppedSurveys = true;
  if (d.supplier_list) {
    session.droppedList = true;
    openPlace({ screen: "step2", tab: "suppliers", record: null });
  } else if (d.questionnaires > 0) {
    openPlace({ screen: "surveys", tab: null, record: null });
  }
}
