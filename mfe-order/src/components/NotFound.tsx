import { Link } from 'react-router';
import { useSlice } from '../app/sliceContext';

export function NotFound() {
  const { basename } = useSlice();
  return (
    <section className="ord-page">
      <h1 className="ord-title">Page not found</h1>
      <p>
        <Link to={basename}>See your orders</Link>
      </p>
    </section>
  );
}
