// The trend chart of one KPI: measured values over time against the target (and the
// baseline), as plain coordinates for an SVG. Pure; tested in chart.test.ts.
import type { Kpi, KpiMeasurement } from "../../ipc";

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
  date: string;
}

export interface KpiChart {
  width: number;
  height: number;
  /** Plot area. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  points: ChartPoint[];
  /** "M x,y L x,y …" through the points; empty without points. */
  path: string;
  targetY: number;
  baselineY: number | null;
  /** Value labels on the y axis. */
  yTicks: { y: number; value: number }[];
  /** First and last date shown on the x axis. */
  xFrom: string | null;
  xTo: string | null;
  /** x of the deadline, when it lies in the shown range. */
  deadlineX: number | null;
}

const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10));

/** Rounds a step up to 1, 2 or 5 times a power of ten. */
function niceStep(range: number): number {
  const raw = range / 4;
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
}

export function kpiChart(
  kpi: Kpi,
  measurements: KpiMeasurement[],
  width = 520,
  height = 220,
): KpiChart {
  const left = 48;
  const right = width - 16;
  const top = 12;
  const bottom = height - 28;
  const sorted = [...measurements].sort((a, b) => a.measured_on.localeCompare(b.measured_on));
  const values = [kpi.target, ...sorted.map((m) => m.value)];
  if (kpi.baseline !== null) values.push(kpi.baseline);
  const step = niceStep(Math.max(...values) - Math.min(...values) || Math.abs(kpi.target) || 1);
  const lo = Math.floor(Math.min(...values) / step) * step;
  const hi = Math.max(lo + step, Math.ceil(Math.max(...values) / step) * step);
  const yOf = (v: number) => bottom - ((v - lo) / (hi - lo)) * (bottom - top);

  const dates = sorted.map((m) => m.measured_on);
  if (kpi.deadline) dates.push(kpi.deadline);
  dates.sort();
  const xFrom = dates[0] ?? null;
  const xTo = dates[dates.length - 1] ?? null;
  const span = xFrom && xTo ? day(xTo) - day(xFrom) : 0;
  const xOf = (iso: string) =>
    span === 0 ? (left + right) / 2 : left + ((day(iso) - day(xFrom!)) / span) * (right - left);

  const points = sorted.map((m) => ({
    x: xOf(m.measured_on),
    y: yOf(m.value),
    value: m.value,
    date: m.measured_on,
  }));
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  const yTicks = [];
  for (let v = lo; v <= hi + step / 2; v += step) yTicks.push({ y: yOf(v), value: +v.toFixed(6) });
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    points,
    path,
    targetY: yOf(kpi.target),
    baselineY: kpi.baseline === null ? null : yOf(kpi.baseline),
    yTicks,
    xFrom,
    xTo,
    deadlineX: kpi.deadline && xFrom ? xOf(kpi.deadline) : null,
  };
}
