import type { Restaurant } from '@tiffin/contracts';
import { ProblemMessage, classNames } from '@tiffin/slice-kit';
import { OpenBadge } from '../../restaurants/components/OpenBadge';
import { useChangeOwnRestaurant } from '../api/changeOwnRestaurant';

/** Whether customers can order now, and the one button that changes it. */
export function OpenOrClosed({ restaurant }: { restaurant: Restaurant }) {
  const change = useChangeOwnRestaurant();
  const { open } = restaurant;

  return (
    <div className="tk-card cat-open-or-closed">
      <div>
        <OpenBadge open={open} />
        <p className="cat-open-explanation">
          {open ? 'Customers can order from your menu now.' : 'Customers can see your menu but cannot order until you open.'}
        </p>
      </div>
      <button
        type="button"
        className={classNames('tk-button', open && 'tk-button-secondary', change.isPending && 'tk-button-busy')}
        disabled={change.isPending}
        onClick={() => change.mutate({ open: !open })}
      >
        {open ? 'Close the restaurant' : 'Open the restaurant'}
      </button>
      {change.isError && <ProblemMessage title="The restaurant could not be changed." error={change.error} />}
    </div>
  );
}
