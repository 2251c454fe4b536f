// The role a company is expected to take in remedying an actual impact, from its
// involvement (mirrors remediation::expected_role in the core, which enforces it).
import type { Involvement, RemedyRole } from "../../ipc";

export function expectedRole(involvement: Involvement | null | undefined): RemedyRole | null {
  switch (involvement) {
    case "causes":
      return "provide_full";
    case "contributes":
      return "share_of_remedy";
    case "directly_linked":
      return "use_leverage";
    default:
      return null;
  }
}
