// The groups that the guidance asks special attention for (mirrors
// AffectedGroup::is_vulnerable in the core).
import type { AffectedGroup } from "../../ipc";

export const vulnerableGroups: ReadonlySet<AffectedGroup> = new Set<AffectedGroup>([
  "women",
  "children",
  "migrants",
  "people_with_disabilities",
  "indigenous_peoples",
]);
