export function AgenciesPage() {
  return <p>AgenciesPage</p>;
}
