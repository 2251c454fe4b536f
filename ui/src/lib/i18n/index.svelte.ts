// Dutch and English texts. Every user-visible text lives in i18n/*.json at the top of the
// repository, which the core reads too; `t()` looks a key up in the current language and
// fills in {placeholders}.
import nl from "../../../../i18n/nl.json";
import en from "../../../../i18n/en.json";
import type { Country, ErrorPayload, Language } from "../ipc/bindings";

const catalogs: Record<Language, Record<string, string>> = { nl, en };

export const locale = $state<{ lang: Language }>({ lang: "nl" });

/** Placeholders that hold a number of things; written with the language's digit grouping
 * (10.000 in Dutch, 10,000 in English). Years, ranks and other numbers stay as they are. */
const COUNTED = new Set(["count", "shown", "new", "duplicates", "invalid"]);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function format(text: string, params: Record<string, string | number | undefined> = {}) {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === "number" && COUNTED.has(name)) return v.toLocaleString(formatLocale());
    // A date given as 2026-08-31 is written as the language writes dates.
    if (typeof v === "string" && ISO_DATE.test(v)) return formatDate(v);
    return String(v);
  });
}

/** A date (YYYY-MM-DD) as the language writes it: 31 aug. 2026, 31 Aug 2026. Anything
 * else, such as an empty value, is returned as given. */
export function formatDate(iso: string | null | undefined, empty = "–"): string {
  if (!iso) return empty;
  if (!ISO_DATE.test(iso)) return iso;
  const [y, m, d] = iso.split("-").map(Number);
  // Noon UTC, shown in UTC: the day cannot shift with the machine's time zone.
  const date = Date.UTC(y, m - 1, d, 12);
  if (Number.isNaN(date)) return iso;
  // No-break spaces: a date never breaks over two lines.
  return new Intl.DateTimeFormat(formatLocale(), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  })
    .format(date)
    .replace(/ /g, "\u00a0");
}

/** A moment (YYYY-MM-DDTHH:MM:SSZ) in the machine's time zone, as the language writes
 * it: 7 dec 2026, 10:15. Anything else is returned as given. */
export function formatDateTime(ts: string): string {
  const at = Date.parse(ts);
  if (Number.isNaN(at)) return ts;
  return new Intl.DateTimeFormat(formatLocale(), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(at);
}

/** An amount in euros with the language's grouping: € 14.500.000, €14,500,000. */
export function formatAmount(eur: number | null | undefined, empty = "–"): string {
  if (eur === null || eur === undefined) return empty;
  return new Intl.NumberFormat(formatLocale(), {
    style: "currency",
    currency: "EUR",
    maximumFractionDigits: Number.isInteger(eur) ? 0 : 2,
  }).format(eur);
}

/** A number with the language's decimal sign and grouping: 4,6 and 1.200 in Dutch. */
export function formatDecimal(n: number | null | undefined, empty = "–"): string {
  if (n === null || n === undefined || Number.isNaN(n)) return empty;
  return n.toLocaleString(formatLocale(), { maximumFractionDigits: 2 });
}

export function lookup(lang: Language, key: string): string | undefined {
  return catalogs[lang][key];
}

/** The text of `key`; with `count` 1, the singular text `<key>.one` where there is one. */
export function t(key: string, params: Record<string, string | number | undefined> = {}): string {
  const singular = params.count === 1 ? lookup(locale.lang, `${key}.one`) : undefined;
  const text = singular ?? lookup(locale.lang, key) ?? lookup("nl", key) ?? key;
  return format(text, params);
}

/** A core error as a sentence in the current language; field names are translated too. */
export function errorText(e: ErrorPayload): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.params)) {
    if (v === undefined) continue;
    const fieldKey = `field.${v}`;
    params[k] = k === "field" && lookup(locale.lang, fieldKey) ? t(fieldKey) : v;
  }
  const key = `error.${e.code}`;
  return lookup(locale.lang, key) ? t(key, params) : t("error.internal.unexpected");
}

export const keysOf = (lang: Language) => Object.keys(catalogs[lang]).sort();

/** A country's name in the current language. */
/** The locale tag for number and date formatting in the chosen language. */
export const formatLocale = () => (locale.lang === "nl" ? "nl-NL" : "en-GB");

export const countryName = (c: Country) => (locale.lang === "nl" ? c.name_nl : c.name_en);
