import type { OrderDetailsNotice } from '@tiffin/contracts';

/** What the page could not show this time, said plainly; the rest of the order is shown as usual. */
export function OrderNotices({ notices }: { notices: OrderDetailsNotice[] }) {
  if (notices.length === 0) return null;
  return (
    <div className="tk-notice tk-tone-warning ord-notices" role="status">
      {notices.map((notice) => (
        <p key={notice.part}>{notice.message}</p>
      ))}
    </div>
  );
}
