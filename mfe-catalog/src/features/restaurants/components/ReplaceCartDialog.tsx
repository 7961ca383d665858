import { useEffect, useRef } from 'react';

interface Props {
  open: boolean;
  currentRestaurantName: string;
  newRestaurantName: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before an item from another restaurant throws away the cart the customer built. */
export function ReplaceCartDialog({ open, currentRestaurantName, newRestaurantName, onConfirm, onCancel }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      className="cat-dialog"
      aria-labelledby="cat-replace-heading"
      aria-describedby="cat-replace-text"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="cat-replace-heading" className="tk-subtitle">
        Start a new cart?
      </h2>
      <p id="cat-replace-text">
        Your cart has items from {currentRestaurantName}. An order comes from one restaurant, so adding this item
        empties your cart and starts a new one with {newRestaurantName}.
      </p>
      <div className="cat-dialog-actions">
        <button type="button" className="tk-button tk-button-secondary" onClick={onCancel}>
          Keep current cart
        </button>
        <button type="button" className="tk-button" onClick={onConfirm}>
          Start new cart
        </button>
      </div>
    </dialog>
  );
}
