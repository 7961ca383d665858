import type { Identity } from '@tiffin/contracts';
import type { accounts } from '../db/schema';

type AccountRow = Pick<typeof accounts.$inferSelect, 'id' | 'email' | 'displayName' | 'role' | 'consumerId' | 'restaurantId' | 'courierId'>;

/** The account as the edge will vouch for it: the id its role's owner knows it by, and no password. */
export function identityOfAccount(account: AccountRow): Identity {
  const common = { accountId: account.id, displayName: account.displayName, email: account.email };
  const missing = (column: string) => new Error(`account ${account.id} is ${account.role} but has no ${column}`);
  switch (account.role) {
    case 'customer':
      if (!account.consumerId) throw missing('consumer_id');
      return { role: 'customer', ...common, consumerId: account.consumerId };
    case 'staff':
      if (!account.restaurantId) throw missing('restaurant_id');
      return { role: 'staff', ...common, restaurantId: account.restaurantId };
    case 'courier':
      if (!account.courierId) throw missing('courier_id');
      return { role: 'courier', ...common, courierId: account.courierId };
    case 'operator':
      return { role: 'operator', ...common };
  }
}

/** The columns an identity fills: the role's own id, the others empty. */
export function accountColumnsOf(who: Identity): Pick<typeof accounts.$inferInsert, 'id' | 'email' | 'displayName' | 'role' | 'consumerId' | 'restaurantId' | 'courierId'> {
  return {
    id: who.accountId,
    email: who.email.toLowerCase(),
    displayName: who.displayName,
    role: who.role,
    consumerId: who.role === 'customer' ? who.consumerId : null,
    restaurantId: who.role === 'staff' ? who.restaurantId : null,
    courierId: who.role === 'courier' ? who.courierId : null,
  };
}
