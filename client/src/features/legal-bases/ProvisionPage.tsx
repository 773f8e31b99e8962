export function ProvisionPage() {
  return <p>ProvisionPage</p>;
}
