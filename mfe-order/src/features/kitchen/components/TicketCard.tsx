import { useState } from 'react';
import type { KitchenTicket } from '@tiffin/contracts';
import { ProblemMessage, classNames, formatMoney } from '@tiffin/slice-kit';
import { useMoveTicket } from '../api/moveTicket';
import { ticketStages } from '../ticketStages';
import { RejectForm } from './RejectForm';

const timeOfDay = new Intl.DateTimeFormat('en-US', { timeStyle: 'short' });

/** What the kitchen calls an order out loud: the start of its id, e.g. "#3F2A1B9C". */
export function orderNumber(orderId: string): string {
  return `#${orderId.slice(0, 8).toUpperCase()}`;
}

/** One order as the kitchen sees it: when, what and how many, the total, and the next step. */
export function TicketCard({ ticket }: { ticket: KitchenTicket }) {
  const { move, reject } = useMoveTicket(ticket.id);
  const [rejecting, setRejecting] = useState(false);
  const { next } = ticketStages[ticket.status];
  const busy = move.isPending || reject.isPending;
  const failed = move.error ?? reject.error;

  return (
    <article className="tk-card ord-ticket" aria-label={`Order ${orderNumber(ticket.orderId)}`}>
      <header className="ord-ticket-header">
        <h3 className="tk-row-title">Order {orderNumber(ticket.orderId)}</h3>
        <time className="tk-muted" dateTime={ticket.placedAt}>
          Placed {timeOfDay.format(new Date(ticket.placedAt))}
        </time>
      </header>
      <ul className="ord-ticket-lines" aria-label="Dishes">
        {ticket.lines.map((line) => (
          <li key={line.menuItemId}>
            <span className="ord-ticket-quantity">{line.quantity} ×</span> {line.name}
          </li>
        ))}
      </ul>
      <p className="ord-ticket-total">
        Total <span className="tk-amount">{formatMoney(ticket.totalCents)}</span>
      </p>
      {failed && <ProblemMessage title="That did not go through." error={failed} />}
      {rejecting ? (
        <RejectForm busy={reject.isPending} onKeep={() => setRejecting(false)} onReject={(reason) => reject.mutate({ reason })} />
      ) : (
        <div className="ord-ticket-actions">
          {ticket.status === 'AWAITING_ACCEPTANCE' && (
            <button type="button" className="tk-button tk-button-secondary" disabled={busy} onClick={() => setRejecting(true)}>
              Reject
            </button>
          )}
          {next && (
            <button
              type="button"
              className={classNames('tk-button', move.isPending && 'tk-button-busy')}
              disabled={busy}
              onClick={() => move.mutate(next.step)}
            >
              {next.label}
            </button>
          )}
          {!next && <p className="tk-muted ord-ticket-waiting">Waiting for the courier</p>}
        </div>
      )}
    </article>
  );
}
