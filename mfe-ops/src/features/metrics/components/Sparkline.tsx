/** The chart's own coordinates; CSS sizes it. */
const width = 120;
const height = 28;

/** A tenth of a unit is finer than any screen shows this chart; it keeps the markup short. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/** Runs of consecutive known values, so a part that did not answer leaves a gap rather than a line to zero. */
function runsOf(values: readonly (number | null)[]): { index: number; value: number }[][] {
  const runs: { index: number; value: number }[][] = [];
  let run: { index: number; value: number }[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
    } else {
      run.push({ index, value });
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * A small line chart of one figure over the window (an SVG sparkline), labelled with the figure now
 * and at most, for a screen reader as much as for the eye.
 */
export function Sparkline({ label, values, format }: { label: string; values: readonly (number | null)[]; format: (value: number) => string }) {
  const known = values.filter((value): value is number => value !== null);
  const now = values.at(-1);
  const most = known.length > 0 ? Math.max(...known) : 0;
  const top = most > 0 ? most : 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  const x = (index: number) => tenth(index * step);
  const y = (value: number) => tenth(height - (value / top) * (height - 2) - 1);
  const said = known.length === 0 ? `${label}: not reported` : `${label}: ${now === null || now === undefined ? 'not reported now' : `${format(now)} now`}, at most ${format(most)}`;
  return (
    <figure className="ops-spark">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={said}>
        {runsOf(values).map((run) =>
          run.length === 1 ? (
            <circle key={run[0]!.index} cx={x(run[0]!.index)} cy={y(run[0]!.value)} r="1.5" />
          ) : (
            <polyline key={run[0]!.index} points={run.map(({ index, value }) => `${x(index)},${y(value)}`).join(' ')} />
          ),
        )}
      </svg>
      <figcaption>
        {label} <strong>{now === null || now === undefined ? '–' : format(now)}</strong>
      </figcaption>
    </figure>
  );
}
