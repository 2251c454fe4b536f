// axe-core on every screen of the real app (the start screen, the dashboard, every tab
// of the six steps with each of its forms open, the company profile, reports, sources, the
// glossary, settings, search results and an explained term), on the
// sample dossier, in Dutch and in English. No violation of serious or critical impact is allowed; the ones found are
// printed with the element they are on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cli, makeHome, withApp } from "./harness.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const AXE = readFileSync(
  join(here, "..", "..", "ui", "node_modules", "axe-core", "axe.min.js"),
  "utf8",
);
const TABS = {
  1: [
    "policy",
    "departments",
    "communications",
    "code",
    "preconditions",
    "kpis",
  ],
  2: ["chain", "suppliers", "suggestions", "risks"],
  3: ["plans", "practices"],
  4: ["reminders", "progress", "audits", "kpis", "context"],
  5: ["communication", "engagements", "stakeholders"],
  6: ["grievances", "remedies", "mechanism"],
};

async function audit(d, screen, found) {
  await new Promise((r) => setTimeout(r, 300));
  // The page's CSP forbids eval, so axe's source is sent as a script of its own once.
  if (!(await d.execute("return !!window.axe;")))
    await d.execute(`${AXE}\n;return true;`);
  const result = await d.execute(
    `return window.axe
       .run(document, { resultTypes: ["violations"] })
       .then((r) => r.violations
         .filter((v) => v.impact === "serious" || v.impact === "critical")
         .map((v) => ({ id: v.id, impact: v.impact, help: v.help,
           nodes: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) })));`,
  );
  found.audits = (found.audits ?? 0) + 1;
  for (const v of result)
    found.push(
      `${screen}: [${v.impact}] ${v.id} — ${v.help} — ${v.nodes.join(" | ")}`,
    );
}

for (const lang of ["nl", "en"]) {
  test(`no serious or critical accessibility violations on any screen (${lang})`, async () => {
    const home = makeHome();
    const found = [];
    // The start screen first, without a dossier.
    await withApp({ home }, async (d) => {
      await d.waitFor('[data-testid="start-sample"]');
      await audit(d, "start", found);
    });
    const dossier = join(home, "voorbeeld.kkdossier");
    cli("sample", dossier);
    await withApp({ home, args: [dossier] }, async (d) => {
      if (lang === "en") {
        await d.clickCss('[data-testid="nav-settings"]');
        await d.clickCss('[data-testid="language-en"]');
      }
      await d.clickCss('[data-testid="nav-dashboard"]');
      await audit(d, "dashboard", found);
      for (const [step, tabs] of Object.entries(TABS)) {
        await d.clickCss(`[data-testid="nav-step${step}"]`);
        for (const tab of tabs) {
          await d.clickCss(`[data-testid="step${step}-tab-${tab}"]`);
          await audit(d, `step ${step} ${tab}`, found);
          // Then with each of its forms open: every field must have a label.
          const adds = await d.execute(
            "return [...document.querySelectorAll('[data-testid$=\"-add\"]')].map((b) => b.dataset.testid);",
          );
          for (const add of adds) {
            const [button] = await d.findAll(`[data-testid="${add}"]`);
            if (!button) continue;
            await d.click(button);
            await audit(d, `step ${step} ${tab} ${add} form`, found);
          }
        }
      }
      for (const screen of [
        "profile",
        "reports",
        "sources",
        "glossary",
        "settings",
      ]) {
        await d.clickCss(`[data-testid="nav-${screen}"]`);
        await audit(d, screen, found);
      }
      // The results of a search, and a marked term opened.
      await d.fill('[data-testid="search-input"]', "katoen");
      await d.clickCss('[data-testid="search-go"]');
      await d.waitFor('[data-testid="search-count"]');
      await audit(d, "search", found);
      await d.clickCss('[data-testid="nav-step2"]');
      await d.clickCss(
        '[data-testid="step2-terms"] [data-testid="term-tier"] button',
      );
      await audit(d, "term explained", found);
    });
    console.log(`${lang}: ${found.audits} screens and forms checked`);
    assert.ok(
      found.audits >= 45,
      `only ${found.audits} screens and forms checked`,
    );
    assert.deepEqual([...found], [], found.join("\n"));
  });
}
