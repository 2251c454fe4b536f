import { describe, expect, it } from "vitest";
import { filterRows, fold, sortRows } from "./table.svelte";

type Row = { name: string; n: number | null; on: string | null };
const rows: Row[] = [
  { name: "Ege Tekstil", n: 3, on: "2026-05-01" },
  { name: "ateliér 10", n: null, on: "2025-01-31" },
  { name: "Atelier 9", n: 12, on: null },
  { name: "Žilina Fabrik", n: 3, on: "2026-01-02" },
];

describe("sorting a register table", () => {
  it("sorts texts as the language does, numbers inside them as numbers", () => {
    const names = sortRows(rows, (r) => r.name, false, "nl").map((r) => r.name);
    expect(names).toEqual(["Atelier 9", "ateliér 10", "Ege Tekstil", "Žilina Fabrik"]);
    expect(sortRows(rows, (r) => r.name, true, "nl").map((r) => r.name)).toEqual([
      "Žilina Fabrik",
      "Ege Tekstil",
      "ateliér 10",
      "Atelier 9",
    ]);
  });

  it("puts empty values last either way and keeps the order of equal ones", () => {
    const up = sortRows(rows, (r) => r.n, false, "nl").map((r) => r.name);
    expect(up).toEqual(["Ege Tekstil", "Žilina Fabrik", "Atelier 9", "ateliér 10"]);
    const down = sortRows(rows, (r) => r.n, true, "nl").map((r) => r.name);
    expect(down).toEqual(["Atelier 9", "Ege Tekstil", "Žilina Fabrik", "ateliér 10"]);
    const dates = sortRows(rows, (r) => r.on, false, "nl").map((r) => r.on);
    expect(dates).toEqual(["2025-01-31", "2026-01-02", "2026-05-01", null]);
  });

  it("leaves the order alone without a column", () => {
    expect(sortRows(rows, null, false, "nl")).toEqual(rows);
  });
});

describe("filtering a register table", () => {
  it("keeps rows holding every word, letter case and accents aside", () => {
    const names = (q: string) => filterRows(rows, q, (r) => r.name).map((r) => r.name);
    expect(names("atelier")).toEqual(["ateliér 10", "Atelier 9"]);
    expect(names("ZILINA")).toEqual(["Žilina Fabrik"]);
    expect(names("atelier 9")).toEqual(["Atelier 9"]);
    expect(names("   ")).toHaveLength(4);
    expect(names("nergens")).toEqual([]);
    expect(fold("São João")).toBe("sao joao");
  });
});
