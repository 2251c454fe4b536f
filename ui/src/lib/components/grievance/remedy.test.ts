import { describe, expect, it } from "vitest";
import { expectedRole } from "./remedy";

describe("expectedRole", () => {
  it("follows the involvement, as the core does", () => {
    expect(expectedRole("causes")).toBe("provide_full");
    expect(expectedRole("contributes")).toBe("share_of_remedy");
    expect(expectedRole("directly_linked")).toBe("use_leverage");
    expect(expectedRole(null)).toBeNull();
  });
});
