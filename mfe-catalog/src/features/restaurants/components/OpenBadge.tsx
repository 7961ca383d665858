export function OpenBadge({ open }: { open: boolean }) {
  return <span className={open ? 'cat-badge cat-badge-open' : 'cat-badge cat-badge-closed'}>{open ? 'Open now' : 'Closed'}</span>;
}
