// The legislation check (B1) on the real app: the verdicts follow the company's size as
// saved in the profile, an answer to an open question is saved with Save and changes
// its law's verdict, it is still there after a restart, and the dashboard counts it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { cli, makeHome, saveShot, withApp } from "./harness.mjs";

/** The verdict the laws screen shows for a law, once it shows `want`. */
async function verdictIs(d, law, want) {
  const css = `[data-testid="law-verdict-${law}"]`;
  const until = Date.now() + 15000;
  let got = null;
  while (Date.now() < until) {
    try {
      got = await d.attribute(await d.find(css), "data-verdict");
      if (got === want) return;
    } catch {
      // not there yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  assert.equal(got, want, `${law}`);
}

async function saveProfile(d, employees, turnover) {
  await d.clickCss('[data-testid="nav-profile"]');
  await d.fill('[data-testid="company-employees"]', employees);
  await d.fill('[data-testid="company-turnover"]', turnover);
  await d.clickCss('[data-testid="company-save"]');
  await d.waitFor('[data-testid="company-status"]', (t) => t === "Opgeslagen");
}

test("the verdicts follow the company's size and the answers, and the answers are kept", async () => {
  const home = makeHome();
  const dossier = join(home, "groei.kkdossier");
  cli("new", dossier, "--company", "Groei B.V.", "--year", "2026");

  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor(
      '[data-testid="header-company"]',
      (t) => t === "Groei B.V.",
    );
    await saveProfile(d, "85", "14500000");
    await d.clickCss('[data-testid="nav-laws"]');
    await d.waitFor('[data-testid="laws-notice"]', (t) =>
      t.includes("geen juridisch advies"),
    );
    // Without an establishment on record the app cannot know the company is in the EU:
    // the directives may apply until that question is answered.
    await verdictIs(d, "csrd", "may_apply");
    await d.clickCss('[data-testid="law-answer-established_in_eu-yes"]');
    await d.clickCss('[data-testid="laws-save"]');
    await d.waitFor('[data-testid="laws-status"]', (t) => t === "Opgeslagen");
    // A medium-sized company: outside the CSRD and CSDDD, protected by the cap.
    await verdictIs(d, "csrd", "does_not_apply");
    await verdictIs(d, "csddd", "does_not_apply");
    await verdictIs(d, "value_chain_cap", "applies");
    await d.waitFor(
      '[data-testid="law-verdict-value_chain_cap"] [data-testid="law-reason"]',
      (t) => t.includes("Niet meer dan 1.000 medewerkers"),
    );
    // Whether it does business in the UK is a question; answered yes and saved, the UK
    // act may apply and asks about the turnover next.
    await verdictIs(d, "uk_msa", "may_apply");
    await d.clickCss('[data-testid="law-answer-sells_in_uk-yes"]');
    await d.waitFor(
      '[data-testid="laws-status"]',
      (t) => t === "Wijzigingen nog niet opgeslagen",
    );
    await d.clickCss('[data-testid="laws-save"]');
    await d.waitFor('[data-testid="laws-status"]', (t) => t === "Opgeslagen");
    await d.waitFor('[data-testid="law-question-uk_turnover"]');
    await d.waitFor(
      '[data-testid="law-verdict-uk_msa"] [data-testid="law-reason"]',
      (t) => t.includes("£ 36.000.000"),
    );
    await d.clickCss('[data-testid="law-answer-uk_turnover-no"]');
    await d.clickCss('[data-testid="laws-save"]');
    await verdictIs(d, "uk_msa", "does_not_apply");
    await saveShot(d, "laws-medium-nl");

    // The company grows: more than 5,000 people and € 2 billion. The directives apply.
    await saveProfile(d, "6000", "2000000000");
    await d.clickCss('[data-testid="nav-laws"]');
    await verdictIs(d, "csrd", "applies");
    await verdictIs(d, "csddd", "applies");
    await verdictIs(d, "value_chain_cap", "does_not_apply");
    await d.waitFor('[data-testid="laws-summary"]', (t) =>
      t.includes("gelden"),
    );
    await saveShot(d, "laws-large-nl");
    await d.scrollTo('[data-testid="laws-group-applies"]');
    await saveShot(d, "laws-large-verdicts-nl");

    // The dashboard's profile card counts the verdicts and opens the screen.
    await d.clickCss('[data-testid="nav-dashboard"]');
    await d.waitFor('[data-testid="dashboard-laws"]', (t) =>
      /gelden mogelijk/.test(t),
    );
    await d.waitFor('[data-testid="dashboard-laws-list"]', (t) =>
      t.includes("CSRD"),
    );
    await d.waitFor('[data-testid="dashboard-laws-note"]', (t) =>
      t.includes("geen juridisch advies"),
    );
    await d.scrollTo('[data-testid="dashboard-laws"]');
    await new Promise((r) => setTimeout(r, 300));
    await saveShot(d, "laws-dashboard-nl");
    await d.clickCss('[data-testid="dashboard-laws-open"]');
    await d.waitFor('[data-testid="laws-summary"]');
  });

  // The answers are in the dossier: a new session shows them and the CLI reads them.
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.waitFor(
      '[data-testid="header-company"]',
      (t) => t === "Groei B.V.",
    );
    await d.clickCss('[data-testid="nav-laws"]');
    await verdictIs(d, "uk_msa", "does_not_apply");
    const yes = await d.find('[data-testid="law-answer-sells_in_uk-yes"]');
    assert.equal(await d.request("GET", d.s(`/element/${yes}/selected`)), true);
  });
  const json = JSON.parse(cli("laws", dossier, "--json"));
  const uk = json.find((l) => l.id === "uk_msa");
  assert.equal(uk.verdict, "does_not_apply");
  assert.equal(json.find((l) => l.id === "csrd").verdict, "applies");
});
