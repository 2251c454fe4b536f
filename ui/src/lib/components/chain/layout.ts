// Lays out the value chain as columns, upstream on the left: origin countries, the
// deepest tier of suppliers … tier 1, the purchased items, the company, what it sells and
// where it goes. A column with more than MAX_ROWS nodes is folded into one node per
// country (and one "other countries" node), so that the picture stays readable with
// hundreds of suppliers. Pure: no DOM, tested in layout.test.ts.
import type { ChainSummary, RiskLevel, SoldItem, Supplier } from "../../ipc";

export const MAX_ROWS = 14;
export const NODE_W = 172;
export const NODE_H = 30;
export const ROW_GAP = 10;
export const COL_GAP = 40;
export const LABEL_CHARS = 21;

export type NodeKind = "origin" | "supplier" | "group" | "item" | "company" | "sold" | "market";

export interface ChainNode {
  id: string;
  kind: NodeKind;
  column: number;
  label: string;
  /** The full text, shown as a tooltip. */
  title: string;
  /** How many suppliers a folded node stands for (1 otherwise). */
  count: number;
  /** Risk level of the country behind the node; null when unknown or not applicable. */
  level: RiskLevel | null;
  /** For suppliers and folded nodes: 1 = delivers to the company, 2 = to a tier 1, … */
  tier: number | null;
  x: number;
  y: number;
}

export interface ChainEdge {
  from: string;
  to: string;
  /** Dashed: an origin, not a delivery. */
  dashed: boolean;
}

export interface ChainLayout {
  nodes: ChainNode[];
  edges: ChainEdge[];
  width: number;
  height: number;
  /** Number of suppliers shown, folded or not. */
  supplierCount: number;
}

export interface LayoutText {
  company: string;
  unknownOrigin: string;
  unknownCountry: string;
  otherCountries: string;
  countryName: (code: string) => string;
}

export interface LayoutInput {
  chains: ChainSummary[];
  suppliers: Supplier[];
  sold: SoldItem[];
  /** Level per country (ISO alpha-2) from the reference data. */
  levels: Partial<Record<string, RiskLevel>>;
  /** Show only this purchased item's chain; all chains when null. */
  only: number | null;
  text: LayoutText;
}

/** Cuts a label to LABEL_CHARS characters, marking the cut. */
export function shorten(s: string, max = LABEL_CHARS): string {
  const chars = [...s];
  return chars.length <= max ? s : chars.slice(0, max - 1).join("") + "…";
}

/** Depth of each supplier in one chain: 1 delivers to the company, 2 to a tier-1, … */
function depths(chain: ChainSummary): Map<number, number> {
  const via = new Map(chain.item.suppliers.map((l) => [l.supplier_id, l.via_id]));
  const out = new Map<number, number>();
  for (const id of via.keys()) {
    let d = 1;
    let cur = via.get(id) ?? null;
    const seen = new Set([id]);
    while (cur !== null && via.has(cur) && !seen.has(cur) && d < 10) {
      seen.add(cur);
      d += 1;
      cur = via.get(cur) ?? null;
    }
    // A supplier that delivers to one outside this chain still sits one tier further up.
    if (cur !== null && !via.has(cur)) d += 1;
    out.set(id, d);
  }
  return out;
}

export function layoutChain(input: LayoutInput): ChainLayout {
  const { text } = input;
  const chains =
    input.only === null ? input.chains : input.chains.filter((c) => c.item.id === input.only);
  const byId = new Map(input.suppliers.map((s) => [s.id, s]));
  // A country's level in the chains shown (which counts the goods), else its general one.
  const levels = new Map<string, RiskLevel>();
  for (const [c, l] of Object.entries(input.levels)) if (l) levels.set(c, l);
  for (const c of chains)
    for (const r of c.countries) {
      const prev = levels.get(r.country);
      if (!prev || rank(r.level) > rank(prev)) levels.set(r.country, r.level);
    }

  // Supplier depth: the deepest place it has in any chain shown.
  const depth = new Map<number, number>();
  for (const c of chains) {
    for (const [id, d] of depths(c)) depth.set(id, Math.max(depth.get(id) ?? 0, d));
  }
  // In the overview, suppliers not yet placed in a chain stand at their recorded tier.
  const linked = new Set(depth.keys());
  if (input.only === null) {
    for (const s of input.suppliers) if (!linked.has(s.id)) depth.set(s.id, s.tier);
  }
  const maxDepth = Math.max(0, ...depth.values());
  const hasOrigins = chains.some((c) => c.item.origins.length > 0 || c.item.origin_unknown);
  const first = hasOrigins ? 1 : 0;
  const col = {
    origin: 0,
    supplier: (d: number) => first + (maxDepth - d),
    item: first + maxDepth,
    company: first + maxDepth + 1,
    sold: first + maxDepth + 2,
    market: first + maxDepth + 3,
  };

  const nodes: ChainNode[] = [];
  const edges: ChainEdge[] = [];
  const node = (n: Omit<ChainNode, "x" | "y" | "tier">, tier: number | null = null) =>
    nodes.push({ ...n, tier, x: 0, y: 0 });
  const tierOf = new Map<number, number>();
  for (const d of depth.values()) tierOf.set(col.supplier(d), d);

  // Origins.
  const origins = new Set<string>();
  let unknownOrigin = false;
  for (const c of chains) {
    c.item.origins.forEach((o) => origins.add(o));
    if (c.item.origin_unknown) unknownOrigin = true;
  }
  for (const o of [...origins].sort()) {
    const name = text.countryName(o);
    node({
      id: `o:${o}`,
      kind: "origin",
      column: col.origin,
      label: shorten(name),
      title: name,
      count: 1,
      level: levels.get(o) ?? null,
    });
  }
  if (unknownOrigin) {
    node({
      id: "o:?",
      kind: "origin",
      column: col.origin,
      label: shorten(text.unknownOrigin),
      title: text.unknownOrigin,
      count: 1,
      level: null,
    });
  }

  // Suppliers per column, folded by country when a column is too long.
  const alias = new Map<string, string>();
  const perColumn = new Map<number, Supplier[]>();
  for (const [id, d] of depth) {
    const s = byId.get(id);
    if (!s) continue;
    const c = col.supplier(d);
    perColumn.set(c, [...(perColumn.get(c) ?? []), s]);
  }
  let supplierCount = 0;
  for (const [c, list] of perColumn) {
    supplierCount += list.length;
    list.sort(
      (a, b) => (a.country ?? "~").localeCompare(b.country ?? "~") || a.name.localeCompare(b.name),
    );
    if (list.length <= MAX_ROWS) {
      for (const s of list) {
        const id = `s:${s.id}`;
        alias.set(id, id);
        const where = s.country ? text.countryName(s.country) : text.unknownCountry;
        node(
          {
            id,
            kind: "supplier",
            column: c,
            label: shorten(s.name),
            title: `${s.name} — ${where}`,
            count: 1,
            level: s.country ? (levels.get(s.country) ?? null) : null,
          },
          tierOf.get(c) ?? null,
        );
      }
      continue;
    }
    const groups = new Map<string, Supplier[]>();
    for (const s of list) groups.set(s.country ?? "", [...(groups.get(s.country ?? "") ?? []), s]);
    const ordered = [...groups.entries()].sort(
      (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
    );
    const kept = ordered.length > MAX_ROWS ? ordered.slice(0, MAX_ROWS - 1) : ordered;
    const rest = ordered.slice(kept.length);
    for (const [country, members] of kept) {
      const id = `g:${c}:${country}`;
      const where = country ? text.countryName(country) : text.unknownCountry;
      node(
        {
          id,
          kind: "group",
          column: c,
          label: shorten(where, LABEL_CHARS - 5),
          title: where,
          count: members.length,
          level: country ? (levels.get(country) ?? null) : null,
        },
        tierOf.get(c) ?? null,
      );
      for (const s of members) alias.set(`s:${s.id}`, id);
    }
    if (rest.length > 0) {
      const id = `g:${c}:*`;
      const members = rest.flatMap(([, m]) => m);
      node(
        {
          id,
          kind: "group",
          column: c,
          label: shorten(text.otherCountries),
          title: text.otherCountries,
          count: members.length,
          level: null,
        },
        tierOf.get(c) ?? null,
      );
      for (const s of members) alias.set(`s:${s.id}`, id);
    }
  }

  // Items, company, sold items and markets.
  for (const c of chains) {
    node({
      id: `i:${c.item.id}`,
      kind: "item",
      column: col.item,
      label: shorten(c.item.name),
      title: c.item.name,
      count: 1,
      level: c.level,
    });
  }
  node({
    id: "company",
    kind: "company",
    column: col.company,
    label: shorten(text.company),
    title: text.company,
    count: 1,
    level: null,
  });
  const markets = new Set<string>();
  if (input.only === null) {
    for (const s of input.sold) {
      node({
        id: `p:${s.id}`,
        kind: "sold",
        column: col.sold,
        label: shorten(s.name),
        title: s.name,
        count: 1,
        level: null,
      });
      edges.push({ from: "company", to: `p:${s.id}`, dashed: false });
      for (const m of s.countries) {
        markets.add(m);
        edges.push({ from: `p:${s.id}`, to: `m:${m}`, dashed: false });
      }
    }
    for (const m of [...markets].sort()) {
      const name = text.countryName(m);
      node({
        id: `m:${m}`,
        kind: "market",
        column: col.market,
        label: shorten(name),
        title: name,
        count: 1,
        level: null,
      });
    }
  }

  // Edges of the chains; folded nodes share one edge.
  for (const c of chains) {
    const item = `i:${c.item.id}`;
    edges.push({ from: item, to: "company", dashed: false });
    for (const o of c.item.origins) edges.push({ from: `o:${o}`, to: item, dashed: true });
    if (c.item.origin_unknown) edges.push({ from: "o:?", to: item, dashed: true });
    for (const l of c.item.suppliers) {
      const from = alias.get(`s:${l.supplier_id}`);
      const to = l.via_id === null ? item : alias.get(`s:${l.via_id}`);
      if (from && to && from !== to) edges.push({ from, to, dashed: false });
    }
  }
  if (input.only === null) {
    for (const s of input.suppliers) {
      if (!linked.has(s.id) && s.tier === 1) {
        const from = alias.get(`s:${s.id}`);
        if (from) edges.push({ from, to: "company", dashed: false });
      }
    }
  }
  const unique = new Map(edges.map((e) => [`${e.from}>${e.to}`, e]));
  const present = new Set(nodes.map((n) => n.id));
  const keptEdges = [...unique.values()].filter((e) => present.has(e.from) && present.has(e.to));

  // Coordinates: columns side by side, each centred on the tallest.
  const columns = new Map<number, ChainNode[]>();
  for (const n of nodes) columns.set(n.column, [...(columns.get(n.column) ?? []), n]);
  const tallest = Math.max(1, ...[...columns.values()].map((l) => l.length));
  const height = tallest * (NODE_H + ROW_GAP) + ROW_GAP;
  const used = [...columns.keys()].sort((a, b) => a - b);
  used.forEach((c, i) => {
    const list = columns.get(c)!;
    const top = (height - list.length * (NODE_H + ROW_GAP) + ROW_GAP) / 2;
    list.forEach((n, row) => {
      n.x = ROW_GAP + i * (NODE_W + COL_GAP);
      n.y = top + row * (NODE_H + ROW_GAP);
    });
  });
  const width = ROW_GAP * 2 + used.length * NODE_W + Math.max(0, used.length - 1) * COL_GAP;
  return { nodes, edges: keptEdges, width, height, supplierCount };
}

function rank(level: RiskLevel): number {
  return level === "high" ? 3 : level === "elevated" ? 2 : 1;
}
