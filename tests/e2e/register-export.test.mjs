// Registers exported from the real app (R5): the supplier register as XLSX and CSV next
// to the dossier, read back (the XLSX through the importer); the risk register in
// priority order, the actions and the KPI measurements; and the grievance register
// without its confidential parts.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cli, makeHome, withApp } from "./harness.mjs";

const rowsOf = (text) => text.trim().split(/\r?\n/);

/** Records in a CSV text: line breaks inside quoted cells do not end a record. */
function recordCount(text) {
  let records = 0;
  let quoted = false;
  for (const line of text.trim().split(/\r?\n/)) {
    for (const ch of line) if (ch === '"') quoted = !quoted;
    if (!quoted) records += 1;
  }
  return records;
}

const savedPath = (d, register) =>
  d.execute(
    `return document.querySelector('[data-testid="export-${register}-saved"]').dataset.path;`,
  );

async function exportCsv(d, register) {
  await d.selectOption(`[data-testid="export-${register}-format"]`, "CSV");
  await d.clickCss(`[data-testid="export-${register}-save"]`);
  await d.waitFor(`[data-testid="export-${register}-saved"]`, (t) =>
    t.includes(".csv"),
  );
  return readFileSync(await savedPath(d, register), "utf8");
}

test("the registers export to XLSX and CSV next to the dossier", async () => {
  const home = makeHome();
  const dossier = join(home, "voorbeeld.kkdossier");
  cli("sample", dossier);
  const counts = Object.fromEntries(
    JSON.parse(cli("info", dossier, "--json")).registers.map((r) => [
      r.register,
      r.rows,
    ]),
  );
  await withApp({ home, args: [dossier] }, async (d) => {
    await d.clickCss('[data-testid="nav-step2"]');
    await d.clickCss('[data-testid="step2-tab-suppliers"]');
    await d.waitFor('[data-testid="supplier-shown"]', (t) =>
      t.startsWith("14 van 14"),
    );

    // XLSX (the default): a workbook that the supplier import reads as 14 new rows.
    await d.clickCss('[data-testid="export-suppliers-save"]');
    await d.waitFor('[data-testid="export-suppliers-saved"]');
    const xlsx = await savedPath(d, "suppliers");
    assert.equal(dirname(xlsx), home, "saved next to the dossier");
    assert.match(basename(xlsx), /^Leveranciers - .+\.xlsx$/);
    assert.equal(readFileSync(xlsx).subarray(0, 2).toString(), "PK");
    const fresh = join(home, "leeg.kkdossier");
    cli("new", fresh, "--company", "Leeg B.V.", "--year", "2026");
    const dry = cli("import", "suppliers", fresh, xlsx, "--dry-run");
    assert.match(dry, /\b14 new\b/, dry);

    // CSV: a header and one line per supplier, never replacing the first file.
    await d.selectOption('[data-testid="export-suppliers-format"]', "CSV");
    await d.clickCss('[data-testid="export-suppliers-save"]');
    await d.waitFor('[data-testid="export-suppliers-saved"]', (t) =>
      t.includes(".csv"),
    );
    const csv = readFileSync(await savedPath(d, "suppliers"), "utf8");
    const lines = csv.trim().split(/\r?\n/);
    assert.equal(lines.length, 15, "header and 14 suppliers");
    assert.ok(csv.includes("Chittagong Workwear Ltd."));

    // The risk register in priority order, with the override the user set.
    await d.clickCss('[data-testid="step2-tab-risks"]');
    const risks = rowsOf(await exportCsv(d, "risks"));
    assert.equal(risks.length, 1 + counts.risks);
    assert.ok(risks[0].startsWith("rank,id,title,theme,"), risks[0]);
    assert.match(
      risks[1],
      /^1,\d+,Uitstoot van broeikasgassen in de keten,climate,/,
    );
    assert.match(risks[2], /^2,\d+,Belemmering van vakbondsvrijheid,/);

    // The actions of the plans, each with the risk it answers.
    await d.clickCss('[data-testid="nav-step3"]');
    const actions = rowsOf(await exportCsv(d, "actions"));
    assert.equal(actions.length, 1 + counts.actions);
    assert.ok(actions[0].startsWith("id,risk_id,risk,title,measure,status,"));

    // KPI measurements: one row each, and one for a KPI not yet measured.
    await d.clickCss('[data-testid="nav-step4"]');
    await d.clickCss('[data-testid="step4-tab-kpis"]');
    const kpis = rowsOf(await exportCsv(d, "kpis"));
    assert.ok(kpis[0].startsWith("kpi_id,kpi,unit,baseline,target,"));
    assert.ok(
      kpis.length - 1 > counts.kpi_measurements &&
        kpis.length - 1 <= counts.kpi_measurements + counts.kpis,
      `${kpis.length - 1} rows`,
    );

    // The other registers: a header and one record per row of each.
    const others = [
      [
        "nav-step2",
        "step2-tab-chain",
        "chain",
        "purchased_items",
        "id,item,kind,",
      ],
      [
        "nav-step4",
        "step4-tab-audits",
        "audits",
        "audits",
        "id,supplier,kind,held_on,",
      ],
      [null, null, "cap_items", "cap_items", "id,audit_id,supplier,"],
      [null, null, "certifications", "certifications", "id,supplier,scheme,"],
      [
        "nav-step4",
        "step4-tab-context",
        "context",
        "context_entries",
        "id,noted_on,",
      ],
      [
        "nav-step5",
        "step5-tab-communication",
        "communications",
        "communication_log",
        "id,held_on,audience,",
      ],
      [
        "nav-step5",
        "step5-tab-stakeholders",
        "stakeholders",
        "stakeholders",
        "id,name,kind,",
      ],
      [
        "nav-step5",
        "step5-tab-engagements",
        "engagements",
        "engagements",
        "id,stakeholder,held_on,",
      ],
    ];
    others.push(
      [
        "nav-step1",
        "step1-tab-departments",
        "departments",
        null,
        "department,current_practice,",
      ],
      [
        "nav-step1",
        "step1-tab-communications",
        "policy_communications",
        "policy_communications",
        "id,held_on,kind,audience,",
      ],
      [
        "nav-step4",
        "step4-tab-progress",
        "updates",
        "action_updates",
        "id,action_id,action,written_on,",
      ],
      [
        "nav-step6",
        "step6-tab-remedies",
        "remedies",
        "remedies",
        "id,risk_id,risk,grievance,",
      ],
      [
        "nav-step2",
        "step2-tab-chain",
        "sold_items",
        "sold_items",
        "id,item,customers,",
      ],
      [
        "nav-step3",
        "step3-tab-practices",
        "practices",
        null,
        "supplier,practice,applied,",
      ],
      [
        "nav-step1",
        "step1-tab-policy",
        "policy_versions",
        "policy_versions",
        "id,label,",
      ],
      [
        "nav-step2",
        "step2-tab-suggestions",
        "suggestion_answers",
        "suggestion_answers",
        "suggestion,theme,",
      ],
    );
    for (const [nav, tab, register, count, header] of others) {
      if (nav) await d.clickCss(`[data-testid="${nav}"]`);
      if (tab) await d.clickCss(`[data-testid="${tab}"]`);
      const text = await exportCsv(d, register);
      assert.ok(text.startsWith(header), `${register}: ${text.slice(0, 60)}`);
      if (count) assert.equal(recordCount(text), 1 + counts[count], register);
      // Every department is listed, also those not yet looked at.
      else if (register === "departments")
        assert.ok(recordCount(text) > 1 + counts.departments, register);
      else assert.ok(recordCount(text) > 1, register);
    }

    // Grievances: the register without what is confidential.
    await d.clickCss('[data-testid="nav-step6"]');
    await d.clickCss('[data-testid="step6-tab-grievances"]');
    await d.waitFor('[data-testid="grievance-table"]');
    const grievances = await exportCsv(d, "grievances");
    assert.match(
      basename(await savedPath(d, "grievances")),
      /^Klachtenregister - .+\.csv$/,
    );
    assert.equal(rowsOf(grievances).length, 1 + counts.grievances);
    assert.ok(grievances.startsWith("number,received_on"), grievances);
    for (const secret of [
      "Via de vakbond",
      "Loonstroken van september",
      "bekend bij de vertrouwenspersoon",
    ]) {
      assert.ok(!grievances.includes(secret), `no confidential "${secret}"`);
    }
  });
});
