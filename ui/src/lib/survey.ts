// Names for what the core's questionnaire scores are about: a core theme, or the
// supplier's own grievance mechanism or own suppliers.
import { t } from "./i18n/index.svelte";

export function areaName(area: string): string {
  return area === "grievances" || area === "own_suppliers"
    ? t(`survey.area.${area}`)
    : t(`theme.${area}`);
}
