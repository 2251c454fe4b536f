// The closed lists of steps 3 and 4, in the order the forms show them.
import type { ActionStatus, Effectiveness, MeasureType, Practice } from "../../ipc";

export const measures: MeasureType[] = [
  "stop_activity",
  "stop_contribution",
  "use_leverage",
  "increase_leverage",
  "corrective_action_plan",
  "supplier_training",
  "chain_project",
  "sector_initiative",
  "certification",
  "alternative_sourcing",
  "responsible_disengagement",
];

export const statuses: ActionStatus[] = ["planned", "in_progress", "done", "stopped"];

export const effectiveness: Effectiveness[] = [
  "not_judged",
  "not_effective",
  "partly_effective",
  "effective",
];

export const practices: Practice[] = [
  "pay_on_time",
  "keep_agreements",
  "announce_changes_early",
  "realistic_lead_times",
  "prices_cover_wages",
  "multi_year_agreements",
  "involve_in_specifications",
];
