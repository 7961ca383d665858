import { Link } from 'react-router';
import { useSlice } from '../app/sliceContext';

export function NotFound() {
  const { basename } = useSlice();
  return (
    <section className="dlv-page">
      <h1 className="dlv-title">Page not found</h1>
      <p>
        <Link to={basename}>See your deliveries</Link>
      </p>
    </section>
  );
}
