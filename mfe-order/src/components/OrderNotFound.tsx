import { NotFound } from '@tiffin/slice-kit';

export function OrderNotFound() {
  return <NotFound homeLinkText="See your orders" />;
}
