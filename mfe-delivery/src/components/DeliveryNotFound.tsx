import { NotFound } from '@tiffin/slice-kit';

export function DeliveryNotFound() {
  return <NotFound homeLinkText="See your deliveries" />;
}
