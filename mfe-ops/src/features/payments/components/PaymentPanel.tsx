import { useId, useState, type FormEvent } from 'react';
import { Badge, ProblemMessage, formatDateTime, formatMoney } from '@tiffin/slice-kit';
import { usePayment, useRefund } from '../api/payment';

const statusWords = {
  AUTHORIZED: 'Held on the card',
  CAPTURED: 'Charged',
  REFUNDED: 'Refunded',
  REVERSED: 'Released',
  DECLINED: 'Declined',
} as const;

/** What the customer's card was asked for this order, and, once it was charged, the refund. */
export function PaymentPanel({ orderId }: { orderId: string }) {
  const id = useId();
  const payment = usePayment(orderId);
  const refund = useRefund(orderId);
  const [reason, setReason] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    if (reason.trim()) refund.mutate(reason.trim());
  }

  return (
    <section className="tk-card ops-payment" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="ops-step-name">
        Payment
      </h2>
      {payment.isError && <ProblemMessage title="The payment could not be read." error={payment.error} />}
      {payment.data === null && <p className="tk-muted">Accounting holds nothing for this order yet.</p>}
      {payment.data && (
        <p>
          <Badge tone={payment.data.status === 'CAPTURED' ? 'success' : payment.data.status === 'DECLINED' ? 'danger' : 'info'}>{statusWords[payment.data.status]}</Badge>{' '}
          {formatMoney(payment.data.capturedCents ?? payment.data.amountCents)}
          {payment.data.capturedAt && <> on {formatDateTime(payment.data.capturedAt)}</>}
          {payment.data.refundedAt && (
            <>
              ; {formatMoney(payment.data.refundedCents ?? 0)} given back on {formatDateTime(payment.data.refundedAt)}: “{payment.data.refundReason}”
            </>
          )}
        </p>
      )}
      {payment.data?.status === 'CAPTURED' && (
        <form className="ops-abandon" onSubmit={submit}>
          <label htmlFor={`${id}-reason`}>Why refund? The customer reads this.</label>
          <input id={`${id}-reason`} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} />
          <button type="submit" className="tk-button tk-button-secondary" disabled={refund.isPending || !reason.trim()}>
            Refund the charge
          </button>
        </form>
      )}
      {refund.data && (
        <p className="ops-outcome" role="status">
          Done: {refund.data.outcomeDetail}
        </p>
      )}
      {refund.isError && <ProblemMessage title="Nothing was refunded." error={refund.error} />}
    </section>
  );
}
