import { describe, expect, it } from "vitest";
import type { Kpi, KpiMeasurement } from "../../ipc";
import { kpiChart } from "./chart";

const kpi: Kpi = {
  id: 1,
  name: "Getekende gedragscode",
  unit: "%",
  baseline: 20,
  target: 90,
  deadline: "2027-12-31",
  owner: null,
  risk_id: null,
};
const m = (measured_on: string, value: number): KpiMeasurement => ({
  id: 0,
  kpi_id: 1,
  measured_on,
  value,
  note: null,
});

describe("kpiChart", () => {
  it("plots measurements in date order between the baseline and the target", () => {
    const c = kpiChart(kpi, [m("2026-06-30", 56), m("2025-06-30", 22), m("2025-12-31", 40)]);
    expect(c.points.map((p) => p.date)).toEqual(["2025-06-30", "2025-12-31", "2026-06-30"]);
    expect(c.points[0].x).toBe(c.left);
    expect(c.deadlineX).toBe(c.right);
    // Higher values are higher up (smaller y); the target is above every measurement.
    expect(c.points[2].y).toBeLessThan(c.points[0].y);
    expect(c.targetY).toBeLessThan(Math.min(...c.points.map((p) => p.y)));
    expect(c.baselineY!).toBeGreaterThan(c.points[0].y);
    expect(c.path.startsWith(`M${c.points[0].x},${c.points[0].y} L`)).toBe(true);
    for (const p of c.points) {
      expect(p.y).toBeGreaterThanOrEqual(c.top);
      expect(p.y).toBeLessThanOrEqual(c.bottom);
    }
    expect(c.yTicks[0].value).toBeLessThanOrEqual(20);
    expect(c.yTicks[c.yTicks.length - 1].value).toBeGreaterThanOrEqual(90);
  });

  it("handles a falling target and no measurements", () => {
    const falling = { ...kpi, baseline: 31, target: 10, deadline: null };
    const c = kpiChart(falling, [m("2026-06-30", 27), m("2025-12-31", 31)]);
    expect(c.targetY).toBeGreaterThan(Math.max(...c.points.map((p) => p.y)));
    expect(c.deadlineX).toBeNull();
    const empty = kpiChart(kpi, []);
    expect(empty.points).toEqual([]);
    expect(empty.path).toBe("");
  });
});
