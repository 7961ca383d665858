import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from '../classNames';

interface Props {
  /** Where the title leads, relative to the current page, e.g. the order's id. */
  to: string;
  title: string;
  /** One muted line under the title. */
  detail: ReactNode;
  /** Extra class, e.g. for a row with more trailing columns. */
  className?: string;
  /** The trailing columns: an amount, a badge. */
  children: ReactNode;
}

/** One thing in a list (an order, a delivery) whose title leads to its own page. */
export function LinkedRow({ to, title, detail, className, children }: Props) {
  return (
    <article className={classNames('tk-row', className)}>
      <div>
        <h2 className="tk-row-title">
          <Link className="tk-row-link" to={to}>
            {title}
          </Link>
        </h2>
        <p className="tk-muted">{detail}</p>
      </div>
      {children}
    </article>
  );
}
