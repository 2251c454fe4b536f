// Takes screenshots of the real app under the current X display, in Dutch and English:
// start screen, dashboard, profile, the pages of steps 1 to 6, questionnaires, reports, settings, sources, the
// glossary and a search, at 1200 x 800 and (KK_SHOT_SIZE) 1920 x 1080. Run with `make screenshots`;
// the PNGs land in tests/e2e/artifacts/.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, cli, makeHome, withApp } from "./harness.mjs";

const titles = {
  nl: {
    sample: "Voorbeelddossier openen",
    company: "Zeeland Werkkleding B.V.",
  },
  en: {
    sample: "Open the sample dossier",
    company: "Zeeland Werkkleding B.V.",
  },
};

// KK_SHOT_SIZE=1920x1080 takes them at that window size (the X screen must be as
// large); the size is part of each file's name.
const SIZE = process.env.KK_SHOT_SIZE ?? "1200x800";
const [WIDTH, HEIGHT] = SIZE.split("x").map(Number);

function shoot(name) {
  const file = join(ARTIFACTS, `${name}-${SIZE}.png`);
  execFileSync("import", ["-window", "root", file]);
  console.log(file);
}

const settle = () => new Promise((r) => setTimeout(r, 400));

mkdirSync(ARTIFACTS, { recursive: true });
for (const lang of ["nl", "en"]) {
  const home = makeHome();
  const dir = join(home, "config", "nl.ketenkompas.desktop");
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, "settings.json"),
    JSON.stringify({ language: lang, recent: [] }),
  );
  await withApp({ home }, async (d) => {
    await d.setWindowRect(WIDTH, HEIGHT);
    await d.waitFor(
      '[data-testid="start-sample"]',
      (t) => t === titles[lang].sample,
    );
    await settle();
    shoot(`start-${lang}`);
    await d.clickCss('[data-testid="start-sample"]');
    await d.waitFor('[data-testid="dashboard-profile"]');
    await settle();
    shoot(`dashboard-${lang}`);
    await d.clickCss('[data-testid="nav-profile"]');
    await d.waitFor('[data-testid="company-form"]');
    await settle();
    shoot(`profile-${lang}`);
    await d.clickCss('[data-testid="nav-step2"]');
    await d.waitFor('[data-testid="step-page-2"]');
    await settle();
    shoot(`step2-${lang}`);
    await d.waitFor('[data-testid="chain-table"]');
    await d.scrollTo('[data-testid="chain-panel"]');
    await settle();
    shoot(`step2-chain-${lang}`);
    await d.scrollTo('[data-testid="chain-view"]');
    await settle();
    shoot(`step2-chain-view-${lang}`);
    await d.clickCss('[data-testid="chain-complete"]');
    await d.waitFor('[data-testid="chain-details"]');
    await d.scrollTo('[data-testid="chain-details"]');
    await settle();
    shoot(`step2-chain-details-${lang}`);
    await d.clickCss('[data-testid="step2-tab-suggestions"]');
    await d.waitFor('[data-testid="suggestion"]');
    await d.scrollTo('[data-testid="suggestions"]');
    await settle();
    shoot(`step2-suggestions-${lang}`);
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.waitFor('[data-testid="supplier-open"]');
    await d.clickCss('[data-testid="supplier-open"]');
    await d.waitFor('[data-testid="audit-list"]');
    await d.scrollTo('[data-testid="supplier-form"]');
    await settle();
    shoot(`step2-supplier-${lang}`);
    await d.clickCss('[data-testid="nav-step1"]');
    await d.waitFor('[data-testid="policy-form"]');
    await d.scrollTo('[data-testid="policy"]');
    await settle();
    shoot(`step1-policy-${lang}`);
    await d.clickCss('[data-testid="step1-tab-kpis"]');
    await d.waitFor('[data-testid="kpi-chart"]');
    await d.scrollTo('[data-testid="kpis"]');
    await settle();
    shoot(`step1-kpis-${lang}`);
    await d.clickCss('[data-testid="nav-step3"]');
    await d.waitFor('[data-testid="plan"]');
    await d.scrollTo('[data-testid="plans"]');
    await settle();
    shoot(`step3-plans-${lang}`);
    await d.clickCss('[data-testid="nav-step4"]');
    await d.waitFor('[data-testid="reminders"]');
    await d.clickCss('[data-testid="step4-tab-progress"]');
    await d.waitFor('[data-testid="progress-action"]');
    await d.scrollTo('[data-testid="progress"]');
    await settle();
    shoot(`step4-progress-${lang}`);
    await d.clickCss('[data-testid="nav-step5"]');
    await d.waitFor('[data-testid="commlog-table"]');
    await d.scrollTo('[data-testid="communication-log"]');
    await settle();
    shoot(`step5-communication-${lang}`);
    await d.clickCss('[data-testid="step5-tab-engagements"]');
    await d.waitFor('[data-testid="engagement-table"]');
    await d.scrollTo('[data-testid="engagements"]');
    await settle();
    shoot(`step5-engagements-${lang}`);
    await d.clickCss('[data-testid="nav-step6"]');
    await d.waitFor('[data-testid="grievance-table"]');
    await d.scrollTo('[data-testid="grievances"]');
    await settle();
    shoot(`step6-grievances-${lang}`);
    await d.clickCss('[data-testid="step6-tab-remedies"]');
    await d.waitFor('[data-testid="remedy-table"]');
    await d.scrollTo('[data-testid="remedies"]');
    await settle();
    shoot(`step6-remedies-${lang}`);
    await d.clickCss('[data-testid="step6-tab-mechanism"]');
    await d.waitFor('[data-testid="mechanism-criteria"]');
    await d.scrollTo('[data-testid="mechanism"]');
    await settle();
    shoot(`step6-mechanism-${lang}`);
    await d.clickCss('[data-testid="nav-surveys"]');
    await d.waitFor('[data-testid="survey-requests"]');
    // Chittagong's questionnaire: this year against last year.
    await d.execute(
      `[...document.querySelectorAll('[data-testid="survey-request"]')]
         .find((r) => r.textContent.includes("Chittagong"))
         .querySelector('[data-testid="survey-details"]').click();`,
    );
    await d.waitFor('[data-testid="survey-result"]');
    await d.scrollTo('[data-testid="survey-result"]');
    await settle();
    shoot(`surveys-${lang}`);
    await d.clickCss('[data-testid="nav-reports"]');
    await d.waitFor('[data-testid="report-preview"]', (t) =>
      t.includes(titles[lang].company),
    );
    await settle();
    shoot(`reports-${lang}`);
    await d.clickCss('[data-testid="kind-communication"]');
    await d.waitFor('[data-testid="claims"]');
    await settle();
    shoot(`reports-claims-${lang}`);
    await d.scrollTo('[data-testid="report-preview"]');
    await settle();
    shoot(`reports-preview-${lang}`);
    await d.clickCss('[data-testid="nav-settings"]');
    await d.waitFor('[data-testid="close-dossier"]');
    await settle();
    shoot(`settings-${lang}`);
    await d.clickCss('[data-testid="nav-sources"]');
    await d.waitFor('[data-testid="source-ilab_goods"]');
    await settle();
    shoot(`sources-${lang}`);
    await d.clickCss('[data-testid="nav-glossary"]');
    await d.waitFor('[data-testid="glossary"]');
    await settle();
    shoot(`glossary-${lang}`);
    await d.fill(
      '[data-testid="search-input"]',
      lang === "nl" ? "katoen" : "cotton",
    );
    await d.clickCss('[data-testid="search-go"]');
    await d.waitFor(
      '[data-testid="search-count"], [data-testid="search-none"]',
    );
    await settle();
    shoot(`search-${lang}`);
  });
}

// The chain overview of a dossier with 200 suppliers in 17 countries and three tiers.
{
  const home = makeHome();
  const names = [
    "India",
    "Bangladesh",
    "Turkije",
    "Vietnam",
    "China",
    "Pakistan",
    "Portugal",
    "Marokko",
    "Tunesië",
    "Egypte",
    "Italië",
    "Spanje",
    "Polen",
    "Roemenië",
    "Duitsland",
    "België",
    "Cambodja",
  ];
  const rows = ["Naam;Land;Schakel"];
  for (let i = 1; i <= 200; i++)
    rows.push(`Atelier ${i};${names[i % names.length]};${1 + (i % 3)}`);
  const table = join(home, "200.csv");
  writeFileSync(table, rows.join("\n") + "\n");
  const dossier = join(home, "200.kkdossier");
  cli("new", dossier, "--company", "Tweehonderd B.V.", "--year", "2026");
  cli("import", "suppliers", dossier, table);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.setWindowRect(WIDTH, HEIGHT);
    await d.clickCss('[data-testid="nav-step2"]');
    await d.waitFor('[data-testid="chain-view"]');
    await d.scrollTo('[data-testid="chain-view"]');
    await settle();
    shoot("step2-chain-200-nl");
  });
}
