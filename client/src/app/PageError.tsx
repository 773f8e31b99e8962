/** A page that failed to draw says so in a sentence and offers a way out; the site around it stays. */
import { Link } from '@tanstack/react-router';

export function PageError({ error }: { error: unknown }) {
  const message = error instanceof Error ? error.message : String(error);
  return (
    <section className="prose" role="alert">
      <h1>This page could not be drawn</h1>
      <p>
        Something went wrong while drawing it ({message}). Try <Link to="/">the overview without filters</Link>, or
        reload the page; if it happens again, please report the address of this page.
      </p>
    </section>
  );
}
