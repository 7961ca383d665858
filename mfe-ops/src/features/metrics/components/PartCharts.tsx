import type { MetricsHistory, MetricsSample, PartMetricsHistory } from '@tiffin/contracts/ops-telemetry';
import { Badge } from '@tiffin/slice-kit';
import { Sparkline } from './Sparkline';
import './metrics.css';

const count = (value: number) => String(Math.round(value));
const perSecond = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)}/s`;
const seconds = (value: number) => (value < 1 ? `${Math.round(value * 1000)} ms` : `${value.toFixed(1)} s`);

const series = (part: PartMetricsHistory, figure: keyof Omit<MetricsSample, 'at' | 'up' | 'brokerConnected'>) => part.samples.map((sample) => sample[figure]);

/** One part's last minutes: up or down now, its broker connection, and what it moved, queued and held back. */
function PartChart({ part }: { part: PartMetricsHistory }) {
  const last = part.samples.at(-1);
  return (
    <li className="tk-card ops-part-chart" aria-label={part.name}>
      <div className="ops-part-chart-head">
        <span className="ops-part-name">{part.name}</span>
        {last && <Badge tone={last.up ? 'success' : 'danger'}>{last.up ? 'Up' : 'Down'}</Badge>}
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

/** Every part's last minutes, as the ops BFF sampled its /metrics. */
export function PartCharts({ history }: { history: MetricsHistory }) {
  return (
    <section aria-labelledby="ops-charts-heading" className="ops-charts">
      <h2 id="ops-charts-heading" className="tk-subtitle">
        The last {history.windowMinutes} minutes
      </h2>
      <p className="tk-muted">Each part’s /metrics, read every {history.intervalSeconds} s: messages waiting in its queues, the age of its oldest unpublished outbox row, what it handled and served.</p>
      <ul className="ops-part-charts" aria-label="Parts over time">
        {history.parts.map((part) => (
          <PartChart key={part.name} part={part} />
        ))}
      </ul>
    </section>
  );
}
