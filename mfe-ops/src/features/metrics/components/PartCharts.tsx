import type { MetricsHistory, MetricsSample, PartMetricsHistory } from '@tiffin/contracts/ops-telemetry';
import { Badge, formatTime } from '@tiffin/slice-kit';
import { Sparkline } from './Sparkline';
import './metrics.css';

const count = (value: number) => String(Math.round(value));
const perSecond = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)}/s`;
const seconds = (value: number) => (value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(1)} s`);

const series = (part: PartMetricsHistory, figure: keyof Omit<MetricsSample, 'at' | 'up' | 'brokerConnected'>) => part.samples.map((sample) => sample[figure]);

/**
 * One part's last minutes: up or down, its broker connection, and what it moved, queued and held back.
 * Up or down is the health check's (asked every 2 s) where it asks this part, since a reading can be
 * one interval older and must not contradict it; otherwise the last reading's, naming its time.
 */
function PartChart({ part, upNow }: { part: PartMetricsHistory; upNow: boolean | undefined }) {
  const last = part.samples.at(-1);
  const up = upNow ?? last?.up;
  const state = up ? 'Up' : 'Down';
  return (
    <li className="tk-card ops-part-chart" aria-label={part.name}>
      <div className="ops-part-chart-head">
        <span className="ops-part-name">{part.name}</span>
        {last && <Badge tone={up ? 'success' : 'danger'}>{upNow === undefined ? `${state} at ${formatTime(last.at)}` : state}</Badge>}
        {last?.brokerConnected === false && <Badge tone="danger">Broker disconnected</Badge>}
        {last?.brokerConnected === true && <Badge tone="info">Broker connected</Badge>}
      </div>
      <div className="ops-part-chart-lines">
        {part.kind === 'service' ? (
          <>
            <Sparkline label="Waiting" values={series(part, 'waitingMessages')} format={count} />
            <Sparkline label="Outbox lag" values={series(part, 'outboxLagSeconds')} format={seconds} />
            <Sparkline label="Handled" values={series(part, 'messagesPerSecond')} format={perSecond} />
          </>
        ) : null}
        <Sparkline label="Requests" values={series(part, 'requestsPerSecond')} format={perSecond} />
      </div>
    </li>
  );
}

/** Every part's last minutes, as the ops BFF sampled its /metrics; `upNow`, what the health check says of the parts it asks. */
export function PartCharts({ history, upNow }: { history: MetricsHistory; upNow: ReadonlyMap<string, boolean> }) {
  return (
    <section aria-labelledby="ops-charts-heading" className="ops-charts">
      <h2 id="ops-charts-heading" className="tk-subtitle">
        The last {history.windowMinutes} minutes
      </h2>
      <p className="tk-muted">Each part’s /metrics, read every {history.intervalSeconds} s: messages waiting in its queues, the age of its oldest unpublished outbox row, what it handled and served.</p>
      <ul className="ops-part-charts" aria-label="Parts over time">
        {history.parts.map((part) => (
          <PartChart key={part.name} part={part} upNow={upNow.get(part.name)} />
        ))}
      </ul>
    </section>
  );
}
