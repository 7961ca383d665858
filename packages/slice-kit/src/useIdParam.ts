import { useParams } from 'react-router';
import { id } from '@tiffin/contracts';

/** The route parameter `name` when it is a well-formed id, else null: a page the slice cannot have. */
export function useIdParam(name: string): string | null {
  const value = useParams()[name] ?? '';
  return id.safeParse(value).success ? value : null;
}
