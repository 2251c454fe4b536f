// Takes screenshots of the real app under the current X display, in Dutch and English:
// start screen, dashboard, a step page and settings. Run with `make screenshots`;
// the PNGs land in tests/e2e/artifacts/.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, makeHome, withApp } from "./harness.mjs";

const titles = {
  nl: { sample: "Voorbeelddossier openen", company: "Zeeland Werkkleding B.V." },
  en: { sample: "Open the sample dossier", company: "Zeeland Werkkleding B.V." },
};

function shoot(name) {
  const file = join(ARTIFACTS, `${name}.png`);
  execFileSync("import", ["-window", "root", file]);
  console.log(file);
}

const settle = () => new Promise((r) => setTimeout(r, 400));

mkdirSync(ARTIFACTS, { recursive: true });
for (const lang of ["nl", "en"]) {
  const home = makeHome();
  const dir = join(home, "config", "nl.ketenkompas.app");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "settings.json"), JSON.stringify({ language: lang, recent: [] }));
  await withApp({ home }, async (d) => {
    await d.waitFor('[data-testid="start-sample"]', (t) => t === titles[lang].sample);
    await settle();
    shoot(`start-${lang}`);
    await d.clickCss('[data-testid="start-sample"]');
    await d.waitFor('[data-testid="dashboard-profile"]');
    await settle();
    shoot(`dashboard-${lang}`);
    await d.clickCss('[data-testid="nav-step2"]');
    await d.waitFor('[data-testid="step-page-2"]');
    await settle();
    shoot(`step2-${lang}`);
    await d.clickCss('[data-testid="nav-settings"]');
    await d.waitFor('[data-testid="company-form"]');
    await settle();
    shoot(`settings-${lang}`);
  });
}
