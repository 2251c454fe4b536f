// Plain words: a marked term opens its explanation in place and leads to the glossary;
// a step's introduction is open on the first visit and folded away after it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cli, makeHome, withApp } from "./harness.mjs";
import { join } from "node:path";

test("a marked term explains itself and the step introduction folds away after the first visit", async () => {
  const home = makeHome();
  const dossier = join(home, "begrippen.kkdossier");
  cli("sample", dossier);
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor('[data-testid="dashboard-profile"]');
    await d.clickCss('[data-testid="nav-step2"]');
    const intro = '[data-testid="step2-intro"]';
    await d.waitFor(intro);
    assert.equal(
      await d.execute(`return document.querySelector('${intro}').open;`),
      true,
      "open on the first visit",
    );
    // The step names its terms; one opens its explanation.
    await d.clickCss(
      '[data-testid="step2-terms"] [data-testid="term-tier"] button',
    );
    const note = await d.waitFor('[data-testid="term-tier-note"]', (t) =>
      t.includes("schakel 1 levert rechtstreeks"),
    );
    assert.ok(note);
    // The whole glossary is one click further, sorted in Dutch.
    await d.clickCss('[data-testid="term-tier-note"] button');
    await d.waitFor('[data-testid="glossary"]', (t) =>
      t.includes("Onherstelbaarheid"),
    );
    const terms = await d.execute(
      `return [...document.querySelectorAll('[data-testid="glossary"] dt')].map((x) => x.textContent.trim());`,
    );
    assert.deepEqual(
      terms,
      [...terms].sort((a, b) => a.localeCompare(b, "nl")),
    );
    // Back on step 2 the introduction is folded; it still opens on request.
    await d.clickCss('[data-testid="nav-step2"]');
    await d.waitFor(intro);
    assert.equal(
      await d.execute(`return document.querySelector('${intro}').open;`),
      false,
      "folded after the first visit",
    );
    // In the risk form, the assessment's words are marked too.
    await d.clickCss('[data-testid="step2-tab-risks"]');
    await d.clickCss('[data-testid="risk-add"]');
    await d.clickCss('[data-testid="risk-assessed"]');
    await d.clickCss('[data-testid="term-irremediability"] button');
    await d.waitFor('[data-testid="term-irremediability-note"]', (t) =>
      t.includes("niet te herstellen"),
    );
    // An empty date field is marked empty (and then shows no grey date of today);
    // once it holds a date it is not.
    const review = '[data-testid="risk-review-date"]';
    const classes = () =>
      d.execute(`return document.querySelector('${review}').className;`);
    assert.match(await classes(), /\bempty\b/);
    await d.setValue(review, "2026-12-31");
    await d.waitFor(review);
    assert.doesNotMatch(await classes(), /\bempty\b/);
  });
});
