import { demoAccounts } from '@tiffin/demo-accounts';
import { guestCustomer } from '@tiffin/contracts';

export interface DemoCard {
  id: string;
  brand: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
  label: string;
  paymentToken: string;
}

export interface DemoCustomer {
  id: string;
  name: string;
  email: string;
  cards: DemoCard[];
}

/**
 * The customers a fresh installation has, with fixed ids so tests and the shell's interim guest
 * agree on them. The tokens are the card network sandbox's test tokens (see accounting's
 * sandbox-card-network.ts): `tok_chargeDeclined` is a card its bank declines every time, so a
 * customer can reach the declined-card path from the UI.
 */
export const demoCustomers: DemoCustomer[] = [
  {
    id: guestCustomer.consumerId,
    name: 'Guest',
    email: 'guest@tiffin.example',
    cards: [
      { id: guestCustomer.cards.everyday, brand: 'Visa', last4: '4242', expiryMonth: 12, expiryYear: 2030, label: 'Everyday Visa', paymentToken: 'tok_visa' },
      { id: guestCustomer.cards.alwaysDeclined, brand: 'Visa', last4: '0002', expiryMonth: 12, expiryYear: 2030, label: 'Demo card that is always declined', paymentToken: 'tok_chargeDeclined' },
    ],
  },
  {
    id: '9a4c2e7b-1d3f-4a6b-8c9d-0e1f2a3b4c5d',
    name: 'Asha Verma',
    email: 'asha@tiffin.example',
    cards: [
      { id: '3e5f7a9b-2c4d-4e6f-8a1b-3c5d7e9f1a2b', brand: 'Mastercard', last4: '4444', expiryMonth: 6, expiryYear: 2029, label: 'Work Mastercard', paymentToken: 'tok_mastercard' },
      { id: 'b1c3d5e7-f9a2-4b4c-9d6e-8f0a1b2c3d4e', brand: 'Visa', last4: '1881', expiryMonth: 1, expiryYear: 2024, label: 'Old Visa', paymentToken: 'tok_visa_expired' },
    ],
  },
  {
    id: demoAccounts.leo.consumerId,
    name: demoAccounts.leo.displayName,
    email: demoAccounts.leo.email,
    cards: [
      { id: '4c6e8a0b-3d5f-4a7c-9e2b-4d6f8a0c2e4f', brand: 'Visa', last4: '4242', expiryMonth: 9, expiryYear: 2031, label: 'Personal Visa', paymentToken: 'tok_visa' },
    ],
  },
];
