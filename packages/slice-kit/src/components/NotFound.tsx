import { Link } from 'react-router';
import { useSlice } from '../sliceContext';

interface Props {
  /** Words of the link back to the slice's start page, e.g. "See your orders". */
  homeLinkText: string;
  title?: string;
}

/** A path the slice does not know, with the way back to its start page. */
export function NotFound({ homeLinkText, title = 'Page not found' }: Props) {
  const { basename } = useSlice();
  return (
    <section className="tk-page">
      <h1 className="tk-title">{title}</h1>
      <p>
        <Link to={basename}>{homeLinkText}</Link>
      </p>
    </section>
  );
}
