import { describe, expect, it } from "vitest";
import type { ChainSummary, PurchasedItem, Supplier } from "../../ipc";
import { LABEL_CHARS, MAX_ROWS, NODE_H, NODE_W, layoutChain, type LayoutText } from "./layout";

const text: LayoutText = {
  company: "Ons bedrijf",
  unknownOrigin: "Herkomst onbekend",
  unknownCountry: "Land onbekend",
  otherCountries: "overige landen",
  countryName: (c) => c,
};

function supplier(id: number, country: string | null, tier = 1): Supplier {
  return {
    id,
    name: `Leverancier nummer ${id} met een lange naam`,
    address: null,
    country,
    sector: null,
    products: null,
    workers: null,
    parent_company: null,
    facility_type: null,
    lat: null,
    lng: null,
    tier,
    has_contract: null,
    code_of_conduct: "not_sent",
    code_of_conduct_on: null,
    ended_on: null,
    exit_impact: null,
    notes: null,
  };
}

function chain(id: number, links: [number, number | null][], origins: string[] = []): ChainSummary {
  const item: PurchasedItem = {
    id,
    name: `Item ${id}`,
    kind: "product",
    reference_goods: [],
    volume: null,
    volume_unit: null,
    spend_eur: null,
    has_contract: null,
    origins,
    origin_unknown: false,
    suppliers: links.map(([supplier_id, via_id]) => ({ supplier_id, via_id })),
    planned_completion: null,
    notes: null,
  };
  return {
    position: id,
    item,
    level: null,
    countries: [],
    completeness: { checks: [], percent: 0 },
    overdue: false,
  };
}

function overlaps(a: { x: number; y: number }, b: { x: number; y: number }) {
  return Math.abs(a.x - b.x) < NODE_W && Math.abs(a.y - b.y) < NODE_H;
}

describe("layoutChain", () => {
  it("places suppliers upstream of the items by their depth in the chain", () => {
    const suppliers = [supplier(1, "BD"), supplier(2, "BD"), supplier(3, "IN")];
    const l = layoutChain({
      chains: [
        chain(
          10,
          [
            [1, null],
            [2, 1],
            [3, 2],
          ],
          ["IN"],
        ),
      ],
      suppliers,
      sold: [],
      levels: {},
      only: 10,
      text,
    });
    const col = (id: string) => l.nodes.find((n) => n.id === id)!.column;
    expect(col("o:IN")).toBeLessThan(col("s:3"));
    expect(col("s:3")).toBeLessThan(col("s:2"));
    expect(col("s:2")).toBeLessThan(col("s:1"));
    expect(col("s:1")).toBeLessThan(col("i:10"));
    expect(col("i:10")).toBeLessThan(col("company"));
    expect(l.edges).toContainEqual({ from: "s:3", to: "s:2", dashed: false });
    expect(l.edges).toContainEqual({ from: "o:IN", to: "i:10", dashed: true });
  });

  it("stays readable with 200 suppliers: folded per country, no overlaps, all counted", () => {
    const countries = [
      "BD",
      "CN",
      "IN",
      "TR",
      "VN",
      "PK",
      "PT",
      "DE",
      "BE",
      "NL",
      "IT",
      "ES",
      "PL",
      "RO",
      "MA",
      "TN",
      "EG",
    ];
    const suppliers = Array.from({ length: 200 }, (_, i) =>
      supplier(i + 1, i % 23 === 0 ? null : countries[i % countries.length], 1 + (i % 3)),
    );
    const links: [number, number | null][] = suppliers.slice(0, 60).map((s) => [s.id, null]);
    const l = layoutChain({
      chains: [chain(1, links, ["BD"])],
      suppliers,
      sold: [],
      levels: { BD: "high", DE: "low" },
      only: null,
      text,
    });
    // Folded nodes carry their country's level from the reference data.
    const folded = l.nodes.filter((n) => n.kind === "group" && ["BD", "DE"].includes(n.title));
    expect(folded.length).toBeGreaterThan(0);
    for (const n of folded) expect(n.level).toBe(n.title === "BD" ? "high" : "low");
    const perColumn = new Map<number, number>();
    for (const n of l.nodes) perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
    expect(Math.max(...perColumn.values())).toBeLessThanOrEqual(MAX_ROWS);
    const counted = l.nodes
      .filter((n) => n.kind === "supplier" || n.kind === "group")
      .reduce((sum, n) => sum + n.count, 0);
    expect(counted).toBe(200);
    expect(l.supplierCount).toBe(200);
    for (let i = 0; i < l.nodes.length; i++)
      for (let j = i + 1; j < l.nodes.length; j++)
        expect(overlaps(l.nodes[i], l.nodes[j]), `${l.nodes[i].id} / ${l.nodes[j].id}`).toBe(false);
    expect(l.nodes.every((n) => [...n.label].length <= LABEL_CHARS)).toBe(true);
    expect(l.height).toBeLessThan(700);
    const ids = new Set(l.nodes.map((n) => n.id));
    expect(l.edges.every((e) => ids.has(e.from) && ids.has(e.to))).toBe(true);
  });

  it("shows sold items and their markets only in the overview", () => {
    const sold = [
      {
        id: 5,
        name: "Werkjas",
        customers: null,
        countries: ["NL", "BE"],
        use_phase: null,
        end_of_life: null,
        notes: null,
      },
    ];
    const all = layoutChain({
      chains: [chain(1, [])],
      suppliers: [],
      sold,
      levels: {},
      only: null,
      text,
    });
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(["p:5", "m:NL", "m:BE"]));
    const one = layoutChain({
      chains: [chain(1, [])],
      suppliers: [],
      sold,
      levels: {},
      only: 1,
      text,
    });
    expect(one.nodes.some((n) => n.kind === "sold")).toBe(false);
  });
});
