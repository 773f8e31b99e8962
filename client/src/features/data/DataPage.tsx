export function DataPage() {
  return <p>DataPage</p>;
}
