import { NotFound } from '@tiffin/slice-kit';

export function CatalogNotFound() {
  return <NotFound homeLinkText="Browse all restaurants" />;
}
