import type { OrderPlacement, PlacementStep } from '@tiffin/contracts';
import { classNames } from '@tiffin/slice-kit';

const marks: Record<PlacementStep['state'], string> = { waiting: '○', 'under way': '…', done: '✓', failed: '✕', undone: '↺' };
const time = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', second: '2-digit' });

/**
 * How the order is being placed, each step as it happens (the create-order saga, in the customer's
 * words): checked, confirmed, with the kitchen, held on the card, confirmed; or which step failed,
 * why, and what was given back after it.
 */
export function OrderPlacementSteps({ placement }: { placement: OrderPlacement }) {
  return (
    <ol className="ord-placement" aria-label="Placing your order">
      {placement.steps.map((step) => (
        <li key={step.key} className={classNames('ord-placement-step', `ord-placement-${step.state.replace(' ', '-')}`)}>
          <span className="ord-placement-mark" aria-hidden="true">
            {marks[step.state]}
          </span>
          <span className="ord-placement-label">{step.label}</span>
          {step.at && step.state !== 'waiting' && <time dateTime={step.at}>{time.format(new Date(step.at))}</time>}
          {step.detail && <span className="ord-placement-detail">{step.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
