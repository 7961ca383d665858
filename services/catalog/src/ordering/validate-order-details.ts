import type { Message } from '@tiffin/messages';
import { withFailure, withSuccess, type CommandReply } from '@tiffin/saga-kit';
import type { CatalogDb } from '../context';
import { findRestaurant } from '../menu/restaurant-reads';
import { checkOrderDetails } from './check-order-details';

/** Answers ValidateOrderDetails from the menu as it is now. */
export async function validateOrderDetails(db: CatalogDb, command: Message<'ValidateOrderDetails'>): Promise<CommandReply> {
  const { orderId, restaurantId, lines } = command.payload;
  const verdict = checkOrderDetails(await findRestaurant(db, restaurantId), lines);
  return verdict.ok ? withSuccess('OrderDetailsValidated', { orderId }) : withFailure('OrderDetailsRejected', { orderId, reason: verdict.reason });
}
