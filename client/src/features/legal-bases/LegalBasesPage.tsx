export function LegalBasesPage() {
  return <p>LegalBasesPage</p>;
}
