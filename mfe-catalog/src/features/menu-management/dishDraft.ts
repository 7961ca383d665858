import type { MenuItem, MenuItemChange } from '@tiffin/contracts';
import { centsAsDollars, dollarsAsCents } from './dollars';

/** A dish as the staff are editing it: the price as they type it, in dollars. */
export interface Draft {
  name: string;
  description: string;
  price: string;
  available: boolean;
}

export type DraftProblems = Partial<Record<'name' | 'price', string>>;

export const draftOf = (item: MenuItem): Draft => ({
  name: item.name,
  description: item.description,
  price: centsAsDollars(item.priceCents),
  available: item.available,
});

/** What the staff changed, and only that; or what stops it being saved, by field. */
export function checkDraft(item: MenuItem, draft: Draft): { change: MenuItemChange } | { problems: DraftProblems } {
  const price = dollarsAsCents(draft.price);
  const name = draft.name.trim();
  const problems: DraftProblems = {
    ...(name === '' ? { name: 'Enter the dish’s name' } : {}),
    ...('problem' in price ? { price: price.problem } : {}),
  };
  if ('problem' in price || name === '') return { problems };
  return {
    change: {
      ...(name !== item.name ? { name } : {}),
      ...(draft.description !== item.description ? { description: draft.description } : {}),
      ...(price.cents !== item.priceCents ? { priceCents: price.cents } : {}),
      ...(draft.available !== item.available ? { available: draft.available } : {}),
    },
  };
}
