import { Link } from 'react-router';
import { useSlice } from '../app/sliceContext';

export function NotFound() {
  const { basename } = useSlice();
  return (
    <section className="cat-page">
      <h1 className="cat-title">Page not found</h1>
      <p>
        <Link to={basename}>Browse all restaurants</Link>
      </p>
    </section>
  );
}
