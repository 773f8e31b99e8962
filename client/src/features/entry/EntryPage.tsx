/** Enter a request (issue 11): placeholder until the page lands. */
export function EntryPage() {
  return (
    <section>
      <h1>Enter a request</h1>
      <p className="state">This page is being built.</p>
    </section>
  );
}
