import type { Role } from '@tiffin/contracts';
import type { SliceName } from '@tiffin/slice-contract';

/** One entry of the main navigation: a slice, and where in it this role starts. */
export interface RoleNavEntry {
  slice: SliceName;
  /** Path inside the slice's route, '' for the slice's own start page. */
  path: string;
  label: string;
}

/**
 * What each role works with. Customers browse, order and follow deliveries; restaurant staff manage
 * their kitchen's tickets (order slice) and their menu (catalog slice); couriers take deliveries
 * (delivery slice); operators watch and repair the installation (ops slice). The BFFs decide what each role may do; this only decides what is offered.
 */
export const roleNavigation: Record<Role, readonly RoleNavEntry[]> = {
  customer: [
    { slice: 'catalog', path: '', label: 'Restaurants' },
    { slice: 'order', path: '', label: 'Orders' },
    { slice: 'delivery', path: '', label: 'Delivery' },
  ],
  staff: [
    { slice: 'order', path: '/kitchen', label: 'Kitchen' },
    { slice: 'catalog', path: '/manage', label: 'Menu' },
  ],
  courier: [{ slice: 'delivery', path: '', label: 'Deliveries' }],
  operator: [{ slice: 'ops', path: '', label: 'Operations' }],
};

/** Only customers have a cart. */
export const hasCart = (role: Role) => role === 'customer';
