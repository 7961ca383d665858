import type { ComposedTrace } from '@tiffin/contracts/ops-telemetry';
import { classNames } from '@tiffin/slice-kit';
import { partColours } from './partColours';
import './traces.css';

/** The bars' coordinate space: the trace's duration maps onto this width, whatever the screen's. */
const barWidth = 1000;
/** Deeper spans are indented no further, so a long chain of messages still leaves room for its names. */
const maxIndent = 16;
/** A span shorter than this (in bar units) is still drawn, so it can be seen and pointed at. */
const thinnest = 2;

const formatMs = (ms: number) => (ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`);

/**
 * A trace as a waterfall: one row per span in tree order, indented by depth, named by the process
 * that recorded it, with a bar from when it started to when it ended on the trace's own time line.
 */
export function TraceWaterfall({ trace }: { trace: ComposedTrace }) {
  const colours = partColours(trace.spans.map((span) => span.part));
  const total = Math.max(trace.durationMs, 1);
  return (
    <div className="ops-waterfall">
      <ul className="ops-trace-legend" aria-label="Processes">
        {[...colours].map(([part, colour]) => (
          <li key={part} className={classNames('ops-trace-legend-item', colour)}>
            {part}
          </li>
        ))}
      </ul>
      <table className="ops-trace-table" aria-label="Spans">
        <thead>
          <tr>
            <th scope="col">Span</th>
            <th scope="col">Process</th>
            <th scope="col" className="ops-trace-timeline-heading">
              0 – {formatMs(trace.durationMs)}
            </th>
            <th scope="col">Took</th>
          </tr>
        </thead>
        <tbody>
          {trace.spans.map((span) => {
            const x = (span.offsetMs / total) * barWidth;
            const width = Math.max((span.durationMs / total) * barWidth, thinnest);
            return (
              <tr key={span.spanId} className={classNames(span.status === 'error' && 'ops-trace-error')}>
                <th scope="row" className="ops-trace-name" data-depth={span.depth} title={span.attributes.map(({ key, value }) => `${key} = ${value}`).join('\n')}>
                  {Array.from({ length: Math.min(span.depth, maxIndent) }, (_, level) => (
                    <span key={level} className="ops-trace-indent" />
                  ))}
                  {span.name}
                  {span.status === 'error' && <span className="ops-trace-flag"> failed{span.statusMessage ? `: ${span.statusMessage}` : ''}</span>}
                </th>
                <td>{span.part}</td>
                <td className="ops-trace-timeline">
                  <svg viewBox={`0 0 ${barWidth} 10`} preserveAspectRatio="none" aria-hidden="true" className={colours.get(span.part)}>
                    <rect x={Math.min(x, barWidth - thinnest)} y="1" width={width} height="8" rx="1" />
                  </svg>
                </td>
                <td className="ops-trace-took">
                  {formatMs(span.durationMs)} <span className="tk-muted">at +{formatMs(span.offsetMs)}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
