// Summaries of repeated measurements: the median, and the spread as min–max and the quartiles.

function quantile(sorted, q) {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** { n, median, min, max, p25, p75 } of a list of numbers. */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75)
  };
}

/** A number with about three significant figures, for a table. */
export function sig(value) {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value.toPrecision(3);
}

/** "median [min–max]" in the given unit. */
export function spread(summary, unit = '', scale = 1) {
  const f = v => sig(v * scale);
  return `${f(summary.median)}${unit} [${f(summary.min)}–${f(summary.max)}]`;
}
