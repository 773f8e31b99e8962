export function MethodologyPage() {
  return <p>MethodologyPage</p>;
}
