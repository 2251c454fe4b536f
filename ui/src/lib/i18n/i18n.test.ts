import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "svelte/compiler";
import {
  errorText,
  format,
  formatAmount,
  formatDate,
  formatDecimal,
  keysOf,
  locale,
  lookup,
  t,
} from "./index.svelte";
import { vocab } from "../ipc/vocab";

describe("message files", () => {
  it("have exactly the same keys in Dutch and English", () => {
    const nl = keysOf("nl");
    const en = keysOf("en");
    expect(nl.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !nl.includes(k))).toEqual([]);
  });

  it("have no empty texts", () => {
    for (const lang of ["nl", "en"] as const) {
      locale.lang = lang;
      for (const k of keysOf(lang)) expect(t(k).trim(), `${lang} ${k}`).not.toBe("");
    }
  });
});

describe("the closed lists from the core", () => {
  // Where the forms find the name of each value; a value the core adds without a name
  // in both languages fails here rather than showing a bare code.
  const prefixes: Record<keyof typeof vocab, string> = {
    MeasureType: "measure",
    ActionStatus: "action_status",
    Effectiveness: "effectiveness",
    Practice: "practice",
    ItemKind: "item_kind",
    Channel: "comm_channel",
    SharedReport: "reports.kind",
    GrievanceChannel: "grievance_channel",
    Reporter: "reporter",
    GrievanceStatus: "grievance_status",
    GrievanceDecision: "grievance_status",
    GrievanceDeadline: "grievances.overdue",
    Criterion: "criterion",
    CriterionAssessment: "criterion_assessment",
    Ungp31: "ungp31",
    RemedyRole: "remedy_role",
    RemedyForm: "remedy_form",
    RemedyStatus: "remedy_status",
    DepartmentCode: "department",
    PolicyElementCode: "policy_element",
    CommunicationKind: "communication_kind",
    Audience: "audience",
    Theme: "theme",
    Location: "location",
    AffectedGroup: "group",
    InformationSource: "source",
    Involvement: "involvement",
    Decision: "decision",
    EscalationStep: "escalation",
    Confirmation: "decision.confirm",
    DecisionWarning: "decision.warning",
    StakeholderKind: "stakeholder_kind",
    Influence: "influence",
    CodeOfConduct: "code_of_conduct",
    AuditKind: "audit_kind",
    AuditScheme: "audit_scheme",
    AuditResult: "audit_result",
    Compliance: "compliance",
    SuggestionAnswer: "suggestions.answer",
    RequestStatus: "survey.status",
    RiskFilter: "surveys.risk",
    MenuCommand: "menu.command",
    ReportKind: "reports.kind",
    Annex: "reports.annex",
    Language: "language",
    Register: "export.what",
  };

  it("name every value in Dutch and English", () => {
    for (const lang of ["nl", "en"] as const) {
      const keys = new Set(keysOf(lang));
      for (const [list, values] of Object.entries(vocab)) {
        const prefix = prefixes[list as keyof typeof vocab];
        for (const v of values)
          expect(keys.has(`${prefix}.${v}`), `${lang} ${list} ${v}`).toBe(true);
      }
    }
  });
});

describe("t and errorText", () => {
  it("fill placeholders and follow the language", () => {
    locale.lang = "nl";
    expect(t("error.year.exists", { year: 2026 })).toBe("Verslagjaar 2026 bestaat al.");
    locale.lang = "en";
    expect(t("error.year.exists", { year: 2026 })).toBe("Reporting year 2026 already exists.");
    expect(format("{a} {b}", { a: "x" })).toBe("x {b}");
  });

  it("group the digits of counts in the language's way, and of nothing else", () => {
    locale.lang = "nl";
    expect(t("suppliers.shown", { shown: 2000, count: 10000 })).toBe("2.000 van 10.000 getoond");
    expect(t("error.year.exists", { year: 2026 })).toBe("Verslagjaar 2026 bestaat al.");
    locale.lang = "en";
    expect(t("suppliers.shown", { shown: 2000, count: 10000 })).toBe("2,000 of 10,000 shown");
    expect(t("suppliers.shown", { shown: 286, count: 999 })).toBe("286 of 999 shown");
  });

  it("write dates, amounts and decimals as the language does, in texts too", () => {
    // Spaces in the formatted amount may be no-break spaces.
    const plain = (x: string) => x.replace(/\s/g, " ");
    locale.lang = "nl";
    expect(formatDate("2026-08-31")).toMatch(/^31\u00a0aug\.?\u00a02026$/);
    expect(formatDate("2026-01-01")).toMatch(/^1\u00a0jan\.?\u00a02026$/);
    expect(formatDate(null)).toBe("–");
    expect(formatDate("later")).toBe("later");
    expect(plain(formatAmount(14500000))).toBe("€ 14.500.000");
    expect(formatDecimal(4.6)).toBe("4,6");
    expect(plain(format("tot {date}", { date: "2026-04-14" }))).toMatch(/^tot 14 apr\.? 2026$/);
    // A year or a count is not a date.
    expect(format("{year}", { year: "2026" })).toBe("2026");
    locale.lang = "en";
    expect(plain(formatDate("2026-08-31"))).toBe("31 Aug 2026");
    expect(plain(formatAmount(14500000))).toBe("€14,500,000");
    expect(formatDecimal(4.6)).toBe("4.6");
  });

  it("name in an empty list's text only buttons that exist", () => {
    // "Start with ‘Add a risk’": the quoted words must be a button's text, in each language.
    let named = 0;
    for (const lang of ["nl", "en"] as const) {
      const texts = new Set(keysOf(lang).map((k) => lookup(lang, k)));
      for (const key of keysOf(lang).filter((k) => /\.(empty|none_open)$/.test(k))) {
        for (const m of (lookup(lang, key) ?? "").matchAll(/‘([^’]+)’/g)) {
          expect(texts.has(m[1]), `${lang} ${key}: ‘${m[1]}’`).toBe(true);
          named++;
        }
      }
    }
    expect(named).toBeGreaterThan(20);
  });

  it("use the singular text for a count of one", () => {
    locale.lang = "nl";
    expect(t("dashboard.finding.step2.risks_unassessed", { count: 1 })).toBe(
      "1 risico nog niet beoordeeld",
    );
    expect(t("dashboard.finding.step2.risks_unassessed", { count: 3 })).toBe(
      "3 risico's nog niet beoordeeld",
    );
    locale.lang = "en";
    expect(t("dashboard.finding.step2.risks_recorded", { count: 1 })).toBe("1 risk recorded");
  });

  it("translate the field named in an error", () => {
    locale.lang = "nl";
    const text = errorText({
      code: "input.too_long",
      params: { field: "company.name", max: "200" },
    });
    expect(text).toContain("Bedrijfsnaam");
    expect(text).toContain("200");
  });

  it("fall back to a general sentence for an unknown code", () => {
    locale.lang = "en";
    expect(errorText({ code: "no.such.code", params: {} })).toBe(t("error.internal.unexpected"));
  });
});

// Every text a user can see must come from the message files: templates may contain
// punctuation and symbols, never words.
function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return svelteFiles(p);
    return p.endsWith(".svelte") ? [p] : [];
  });
}

const VISIBLE_ATTRIBUTES = new Set(["title", "placeholder", "aria-label", "alt", "label"]);

function hardCodedTexts(source: string): string[] {
  const found: string[] = [];
  const ast = parse(source, { modern: true });
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const n = node as Record<string, unknown>;
    if (n.type === "Text" && typeof n.data === "string" && /\p{L}{2,}/u.test(n.data)) {
      found.push(n.data.trim());
    }
    if (n.type === "Attribute" && VISIBLE_ATTRIBUTES.has(String(n.name))) {
      const value = n.value;
      if (Array.isArray(value)) {
        for (const part of value) {
          const p = part as Record<string, unknown>;
          if (p.type === "Text" && /\p{L}{2,}/u.test(String(p.data))) found.push(String(p.data));
        }
      }
      return;
    }
    if (n.type === "Attribute") return;
    for (const [key, value] of Object.entries(n)) {
      if (key === "parent" || key === "instance" || key === "module" || key === "css") continue;
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === "object") walk(value);
    }
  };
  walk(ast.fragment);
  return found;
}

describe("templates", () => {
  it("contain no user-visible words outside the message files", () => {
    const root = fileURLToPath(new URL("../..", import.meta.url));
    const offenders: string[] = [];
    for (const file of svelteFiles(root)) {
      for (const text of hardCodedTexts(readFileSync(file, "utf8"))) {
        offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("would catch a hard-coded word", () => {
    expect(hardCodedTexts("<p>Opslaan</p>")).toEqual(["Opslaan"]);
    expect(hardCodedTexts('<input placeholder="Naam" />')).toEqual(["Naam"]);
    expect(hardCodedTexts("<p>{t('x')} · 2026</p>")).toEqual([]);
  });
});
