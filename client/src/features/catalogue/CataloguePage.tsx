/** Catalogue review (issue 11): placeholder until the page lands. */
export function CataloguePage() {
  return (
    <section>
      <h1>Catalogue review</h1>
      <p className="state">This page is being built.</p>
    </section>
  );
}
