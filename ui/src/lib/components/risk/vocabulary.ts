// The groups that the guidance asks special attention for (mirrors
// AffectedGroup::is_vulnerable in the core).
import type { AffectedGroup, Theme } from "../../ipc";

export const vulnerableGroups: ReadonlySet<AffectedGroup> = new Set<AffectedGroup>([
  "women",
  "children",
  "migrants",
  "people_with_disabilities",
  "indigenous_peoples",
]);

/** The themes, in the order the forms offer them. */
export const themes: readonly Theme[] = [
  "discrimination_gender",
  "child_labour",
  "forced_labour",
  "freedom_of_association",
  "living_wage",
  "health_safety",
  "raw_materials",
  "water_chemicals_energy",
  "animal_welfare",
  "climate",
  "environment",
  "other",
];
