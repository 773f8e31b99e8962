/** Bulk upload (issue 11): placeholder until the page lands. */
export function UploadPage() {
  return (
    <section>
      <h1>Bulk upload</h1>
      <p className="state">This page is being built.</p>
    </section>
  );
}
