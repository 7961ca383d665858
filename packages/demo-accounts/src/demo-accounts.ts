import { guestCustomer, type Identity } from '@tiffin/contracts';

/**
 * The people a fresh installation can sign in as (the identity service seeds them, with this
 * password). Ids are fixed so the services that own customers, restaurants and couriers agree: the
 * consumer service seeds the customers, the catalog's seed has these restaurants, and couriers are
 * known to the delivery service by these ids. Shown on the sign-in page: this is a demo.
 */
export const demoPassword = 'tiffin-demo';

type DemoAccount = Identity;

export const demoAccounts = {
  guest: { role: 'customer', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a60', displayName: 'Guest', email: 'guest@tiffin.example', consumerId: guestCustomer.consumerId },
  asha: { role: 'customer', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a61', displayName: 'Asha Verma', email: 'asha@tiffin.example', consumerId: '9a4c2e7b-1d3f-4a6b-8c9d-0e1f2a3b4c5d' },
  leo: { role: 'customer', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a62', displayName: 'Leo Martins', email: 'leo@tiffin.example', consumerId: '9a4c2e7b-1d3f-4a6b-8c9d-0e1f2a3b4c5e' },
  bombayStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a70', displayName: 'Priya at Bombay Tiffin House', email: 'bombay@tiffin.example', restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d' },
  sakuraStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a71', displayName: 'Kenji at Sakura Noodle Bar', email: 'sakura@tiffin.example', restaurantId: 'e77fa448-aa39-4f54-a1c1-f028f7c0ecf1' },
  trattoriaStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a72', displayName: 'Lucia at Trattoria Nonna Lucia', email: 'trattoria@tiffin.example', restaurantId: '27b33474-5be5-47f7-86c4-2f521f1343b1' },
  taqueriaStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a73', displayName: 'Diego at El Camino Taqueria', email: 'taqueria@tiffin.example', restaurantId: 'f0b1f56c-6eba-4597-a42a-ad7f4234b939' },
  lotusStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a74', displayName: 'Mei at Golden Lotus Dim Sum', email: 'lotus@tiffin.example', restaurantId: '5e3f7f84-38cf-4087-b1ff-cdeea6cc1d62' },
  mezzeStaff: { role: 'staff', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a75', displayName: 'Yusuf at Olive & Thyme Mezze', email: 'mezze@tiffin.example', restaurantId: '74248dc7-829a-4d04-acb0-cf34dbebf8e4' },
  rosa: { role: 'courier', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a80', displayName: 'Rosa Diaz', email: 'rosa@tiffin.example', courierId: '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e90' },
  kofi: { role: 'courier', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a81', displayName: 'Kofi Mensah', email: 'kofi@tiffin.example', courierId: '6c7d8e9f-0a1b-4c2d-8e3f-4a5b6c7d8e91' },
  noor: { role: 'operator', accountId: '8f1d2c3b-4a5e-4f60-9b7a-1c2d3e4f5a90', displayName: 'Noor Haddad, operations', email: 'ops@tiffin.example' },
} as const satisfies Record<string, DemoAccount>;

export type DemoAccountName = keyof typeof demoAccounts;
