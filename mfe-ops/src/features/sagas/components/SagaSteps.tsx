import { Badge, formatDateTime } from '@tiffin/slice-kit';
import type { SagaDetail } from '../api/getSaga';
import { stateTone } from './stateTone';

const ms = (value: number | null) => (value === null ? '' : value < 1000 ? `${value} ms` : `${(value / 1000).toFixed(1)} s`);

/** The saga's steps in order: each participant asked, what it answered and how long it took, with the messages' ids. */
export function SagaSteps({ saga }: { saga: SagaDetail }) {
  return (
    <ol className="ops-steps" aria-label="Steps">
      {saga.steps.map((step) => (
        <li key={step.index} className="tk-card ops-step">
          <div className="ops-step-head">
            <span className="ops-step-name">{step.name}</span>
            <Badge tone={stateTone(step.state)}>{step.state}</Badge>
            <span className="tk-muted">{ms(step.durationMs)}</span>
          </div>
          {step.participants.length > 0 && (
            <ul className="ops-participants">
              {step.participants.map((participant, index) => (
                <li key={`${participant.name}-${index}`}>
                  <strong>{participant.name}</strong>: {participant.command}
                  {participant.commandMessageId && <span className="ops-id"> ({participant.commandMessageId})</span>}
                  {participant.resentAt && <span className="tk-muted"> sent again {formatDateTime(participant.resentAt)}</span>} →{' '}
                  {participant.reply ? (
                    <>
                      {participant.reply}
                      {participant.replyMessageId && <span className="ops-id"> ({participant.replyMessageId})</span>} after {ms(participant.waitedMs)}
                    </>
                  ) : (
                    <em>no answer yet</em>
                  )}
                </li>
              ))}
            </ul>
          )}
          {step.error && <p className="ops-failure">Failed: {step.error}</p>}
          {step.compensatedAt && <p className="tk-muted">Undone {formatDateTime(step.compensatedAt)}</p>}
          {step.ignoredReplies.map((ignored) => (
            <p key={ignored.at} className="tk-muted">
              Ignored {ignored.detail} at {formatDateTime(ignored.at)}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}
