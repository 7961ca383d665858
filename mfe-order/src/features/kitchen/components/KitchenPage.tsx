import { ProblemMessage } from '@tiffin/slice-kit';
import { useKitchenTickets } from '../api/getKitchenTickets';
import { stageOrder, ticketStages } from '../ticketStages';
import { TicketCard } from './TicketCard';

/** Restaurant staff's kitchen: every order from new to ready, one column per stage, oldest first. */
export function KitchenPage() {
  const tickets = useKitchenTickets();

  return (
    <section className="tk-page" aria-labelledby="ord-kitchen-heading">
      <h1 id="ord-kitchen-heading" className="tk-title">
        Kitchen
      </h1>
      {tickets.isPending && (
        <p className="tk-muted" role="status">
          Loading your orders…
        </p>
      )}
      {tickets.isError && (
        <ProblemMessage title="The kitchen’s orders could not be loaded." error={tickets.error} onRetry={() => void tickets.refetch()} />
      )}
      {tickets.data?.length === 0 && <p className="tk-empty">No orders right now. New ones appear here by themselves.</p>}
      {tickets.data && tickets.data.length > 0 && (
        <div className="ord-kitchen-board">
          {stageOrder.map((status) => {
            const here = tickets.data.filter((ticket) => ticket.status === status);
            const headingId = `ord-stage-${status}`;
            return (
              <section key={status} className="ord-kitchen-stage" aria-labelledby={headingId}>
                <h2 id={headingId} className="tk-subtitle">
                  {ticketStages[status].heading} <span className="tk-muted">({here.length})</span>
                </h2>
                {here.map((ticket) => (
                  <TicketCard key={ticket.id} ticket={ticket} />
                ))}
              </section>
            );
          })}
        </div>
      )}
    </section>
  );
}
