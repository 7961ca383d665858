import { Link } from 'react-router';

export function NotFound({ home }: { home: string }) {
  return (
    <section className="shell-message">
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link className="shell-button" to={home}>
        Browse restaurants
      </Link>
    </section>
  );
}
