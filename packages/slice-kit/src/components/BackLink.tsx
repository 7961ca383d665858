import { Link } from 'react-router';
import { useSlice } from '../sliceContext';

/** "← All orders": back to the slice's start page. */
export function BackLink({ label }: { label: string }) {
  const { basename } = useSlice();
  return (
    <Link className="tk-back" to={basename}>
      {`← ${label}`}
    </Link>
  );
}
