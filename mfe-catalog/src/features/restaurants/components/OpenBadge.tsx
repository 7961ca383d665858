import { Badge } from '@tiffin/slice-kit';

export function OpenBadge({ open }: { open: boolean }) {
  return (
    <Badge tone={open ? 'success' : 'danger'} className="cat-open-badge">
      {open ? 'Open now' : 'Closed'}
    </Badge>
  );
}
