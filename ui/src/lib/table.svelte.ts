// Sorting and filtering of a register table on screen: which column sorts, which way,
// and the words a row must hold. The order of the core (rank, date) stays the default.
import { locale } from "./i18n/index.svelte";

export type SortValue = string | number | boolean | null | undefined;

/** Rows in the order of `value`, empty values last either way; equal values keep their
 * order. Texts compare as the language sorts, with numbers inside them as numbers. */
export function sortRows<T>(
  rows: readonly T[],
  value: ((row: T) => SortValue) | null,
  descending: boolean,
  lang: string,
): T[] {
  if (!value) return [...rows];
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: "base" });
  const keyed = rows.map((row, i) => ({ row, i, v: value(row) }));
  const empty = (v: SortValue) => v === null || v === undefined || v === "";
  keyed.sort((a, b) => {
    if (empty(a.v) || empty(b.v)) {
      if (empty(a.v) && empty(b.v)) return a.i - b.i;
      return empty(a.v) ? 1 : -1;
    }
    let c: number;
    if (typeof a.v === "number" && typeof b.v === "number") c = a.v - b.v;
    else if (typeof a.v === "boolean" && typeof b.v === "boolean") c = Number(a.v) - Number(b.v);
    else c = collator.compare(String(a.v), String(b.v));
    if (descending) c = -c;
    return c !== 0 ? c : a.i - b.i;
  });
  return keyed.map((k) => k.row);
}

/** The rows whose text holds every word of `query`, letter case and accents aside. */
export function filterRows<T>(rows: readonly T[], query: string, text: (row: T) => string): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const hay = fold(text(row));
    return words.every((w) => hay.includes(w));
  });
}

/** Lower case without accents: "São" and "sao" meet. */
export function fold(s: string): string {
  return s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** What a header and a filter field need of a table's view, whatever its rows. */
export interface SortFilter {
  query: string;
  sortBy(key: string): void;
  ariaSort(key: string): "ascending" | "descending" | "none";
}

/** The sort and filter of one table. `columns` gives each sortable column's value;
 * `text` the words a row can be found by. */
export class TableView<T> implements SortFilter {
  key = $state<string | null>(null);
  descending = $state(false);
  query = $state("");

  constructor(
    private readonly columns: Record<string, (row: T) => SortValue>,
    private readonly text: (row: T) => string,
  ) {}

  /** The rows as the table shows them. */
  apply(rows: readonly T[]): T[] {
    const found = filterRows(rows, this.query, this.text);
    return sortRows(
      found,
      this.key ? (this.columns[this.key] ?? null) : null,
      this.descending,
      locale.lang,
    );
  }

  /** A click on a column's header: sort by it, or turn the order round. */
  sortBy(key: string) {
    if (this.key === key) this.descending = !this.descending;
    else {
      this.key = key;
      this.descending = false;
    }
  }

  ariaSort(key: string): "ascending" | "descending" | "none" {
    if (this.key !== key) return "none";
    return this.descending ? "descending" : "ascending";
  }
}
