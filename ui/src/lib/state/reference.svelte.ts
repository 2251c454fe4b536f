// Reference lists that never change while the app runs, loaded once and shared.
import {
  getFileLimits,
  listCountries,
  listReferenceGoods,
  listSources,
  type Country,
  type DataSource,
  type FileLimits,
  type ReferenceGood,
} from "../ipc";
import { countryName, locale, t } from "../i18n/index.svelte";

export const reference = $state<{
  countries: Country[];
  sources: DataSource[];
  goods: ReferenceGood[];
  limits: FileLimits | null;
}>({
  countries: [],
  sources: [],
  goods: [],
  limits: null,
});

let loading: Promise<void> | null = null;

/** Loads the lists on first use; later calls return at once. */
export function loadReference(): Promise<void> {
  loading ??= Promise.all([
    listCountries(),
    listSources(),
    listReferenceGoods(),
    getFileLimits(),
  ]).then(([countries, sources, goods, limits]) => {
    reference.countries = countries;
    reference.sources = sources;
    reference.goods = goods;
    reference.limits = limits;
  });
  return loading;
}

/** The name of a country code in the current language, or the code itself. */
export function countryLabel(code: string): string {
  const c = reference.countries.find((x) => x.alpha2 === code);
  return c ? countryName(c) : code;
}

/** The name of a reference good in the current language: ours in Dutch, the source's
 * in English; a name the reference data does not know stays as typed. */
export function goodLabel(name: string): string {
  const lower = name.toLowerCase();
  const g = reference.goods.find((x) => x.name.toLowerCase() === lower);
  if (!g) return name;
  return locale.lang === "nl" ? g.name_nl : g.name;
}

/** Countries sorted by their name in the current language. */
export function sortedCountries(): Country[] {
  return [...reference.countries].sort((a, b) =>
    countryName(a).localeCompare(countryName(b), locale.lang),
  );
}

/** Who published a data set, for "(publisher, year)" after a figure. */
export function publisher(sourceId: string): string {
  const found = reference.sources.find((s) => s.id === sourceId)?.publisher;
  // A fact from the dossier itself, such as a supplier's questionnaire.
  return found ?? (sourceId === "survey" ? t("fact.source.survey") : sourceId);
}
