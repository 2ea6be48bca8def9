/** Percentile of already-measured values (nearest rank). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summary(values: readonly number[]): string {
  const f = (n: number) => n.toFixed(1);
  return `n=${values.length} p50=${f(percentile(values, 50))}ms p90=${f(percentile(values, 90))}ms p99=${f(percentile(values, 99))}ms max=${f(Math.max(...values))}ms`;
}
