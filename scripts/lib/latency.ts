/** Latency figures of the benches: percentiles of samples in milliseconds. */

export type Spread = { count: number; p50: number; p95: number; p99: number; max: number }

/** The p-th percentile of values sorted ascending (nearest rank); NaN for none. */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN

export const spreadOf = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b)
  return { count: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99), max: sorted.at(-1) ?? NaN }
}

/** A duration for a table: "0.8 ms", "42 ms", "1.23 s"; empty for none. */
export const ms = (value: number | undefined): string => {
  if (value === undefined || Number.isNaN(value)) return ''
  if (value >= 1000) return `${(value / 1000).toFixed(2)} s`
  return `${value.toFixed(value < 10 ? 1 : 0)} ms`
}
