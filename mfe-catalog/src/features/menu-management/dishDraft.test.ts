import { describe, expect, it } from 'vitest';
import type { MenuItem } from '@tiffin/contracts';
import { checkDraft, draftOf } from './dishDraft';

const naan: MenuItem = {
  id: '36d37be4-94a1-4c27-acc1-855db8672291',
  restaurantId: 'b686c77f-79ac-460e-94fb-2bb19b8ed16d',
  name: 'Garlic Naan',
  description: 'Leavened flatbread from the tandoor.',
  priceCents: 395,
  available: true,
};

describe('a dish as staff edit it', () => {
  it('sends only what changed, the price in cents', () => {
    expect(checkDraft(naan, { ...draftOf(naan), price: '4.25' })).toEqual({ change: { priceCents: 425 } });
    expect(checkDraft(naan, { ...draftOf(naan), name: ' Butter Naan ', available: false })).toEqual({
      change: { name: 'Butter Naan', available: false },
    });
    expect(checkDraft(naan, draftOf(naan))).toEqual({ change: {} });
  });

  it('names each field that cannot be saved, in plain words', () => {
    expect(checkDraft(naan, { ...draftOf(naan), name: '  ', price: 'four' })).toEqual({
      problems: { name: 'Enter the dish’s name', price: 'Enter a price in dollars, like 12.50' },
    });
  });
});
