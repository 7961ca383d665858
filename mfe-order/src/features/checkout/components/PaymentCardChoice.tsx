import type { PaymentCard } from '@tiffin/contracts';

interface Props {
  cards: PaymentCard[];
  chosen: string | undefined;
  onChoose: (cardId: string) => void;
}

const expiry = (card: PaymentCard) => `${String(card.expiryMonth).padStart(2, '0')}/${card.expiryYear % 100}`;

/** The customer's cards as radio buttons: each named as they know it, by label, brand and last digits. */
export function PaymentCardChoice({ cards, chosen, onChoose }: Props) {
  return (
    <fieldset className="ord-cards">
      <legend className="ord-field-label">Pay with</legend>
      {cards.map((card) => (
        <label key={card.id} className="ord-card-option">
          <input type="radio" name="ord-card" value={card.id} checked={chosen === card.id} onChange={() => onChoose(card.id)} />
          <span>
            {card.label} <span className="tk-muted">
              · {card.brand} ending {card.last4}, expires {expiry(card)}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
