import type { PaymentCard } from '@tiffin/contracts';

interface Props {
  cards: PaymentCard[];
  chosen: string | undefined;
  onChoose: (cardId: string) => void;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');
const expiry = (card: PaymentCard) => `${twoDigits(card.expiryMonth)}/${twoDigits(card.expiryYear % 100)}`;

/** The card a customer may pay with now, the first one that has not expired. */
export function firstUsableCard(cards: readonly PaymentCard[]): PaymentCard | undefined {
  return cards.find((card) => !card.expired);
}

/**
 * The customer's cards as radio buttons, each named as they know it, by label, brand and last digits.
 * An expired card is shown, so they see why it is not offered, but cannot be chosen: the order would
 * be rejected.
 */
export function PaymentCardChoice({ cards, chosen, onChoose }: Props) {
  return (
    <fieldset className="ord-cards">
      <legend className="ord-field-label">Pay with</legend>
      {cards.map((card) => {
        const reasonId = `ord-card-expired-${card.id}`;
        return (
          <label key={card.id} className={card.expired ? 'ord-card-option ord-card-expired' : 'ord-card-option'}>
            <input
              type="radio"
              name="ord-card"
              value={card.id}
              checked={chosen === card.id}
              disabled={card.expired}
              aria-describedby={card.expired ? reasonId : undefined}
              onChange={() => onChoose(card.id)}
            />
            <span>
              {card.label} <span className="tk-muted">· {card.brand} ending {card.last4}</span>
              {card.expired ? (
                <>
                  <span className="tk-muted"> · </span>
                  <span id={reasonId} className="ord-card-reason">
                    Expired {expiry(card)}
                  </span>
                </>
              ) : (
                <span className="tk-muted">, expires {expiry(card)}</span>
              )}
            </span>
          </label>
        );
      })}
      {cards.length > 0 && !firstUsableCard(cards) && (
        <p className="ord-field-error">Every card on your account has expired, so this order cannot be paid for.</p>
      )}
    </fieldset>
  );
}
