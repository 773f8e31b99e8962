import { Link } from '@tanstack/react-router';

export function NotFound() {
  return (
    <section className="page prose">
      <h1>Page not found</h1>
      <p>
        There is no page at this address. The <Link to="/">overview</Link> lists every figure; the{' '}
        <Link to="/methodology">methodology</Link> explains them.
      </p>
    </section>
  );
}
