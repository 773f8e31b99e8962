/** Minimal page until the dashboard issue lands: totals and sources, with the synthetic label. */
import { useQuery } from '@tanstack/react-query';
import { trpc } from './lib/trpc.ts';

const page = {
  fontFamily: 'system-ui, sans-serif',
  fontSize: 16,
  maxWidth: '75ch',
  margin: '3rem auto',
  padding: '0 1rem',
};

export function App() {
  const info = useQuery(trpc.meta.info.queryOptions());
  const synthetic = info.data?.sources.some((s) => s.kind === 'synthetic');
  return (
    <main style={page}>
      <h1>Takedown Monitor</h1>
      {synthetic && (
        <p role="note" style={{ background: '#fff3cd', padding: '0.5rem 0.75rem' }}>
          SYNTHETIC DEMO DATA — figures are illustrative
        </p>
      )}
      {info.isPending && <p>Loading totals…</p>}
      {info.isError && <p>Could not load totals: {info.error.message}</p>}
      {info.data && (
        <p>
          {info.data.requests.toLocaleString('en')} takedown requests naming {info.data.items.toLocaleString('en')}{' '}
          items, from {info.data.sources.length} source{info.data.sources.length === 1 ? '' : 's'}:{' '}
          {info.data.sources.map((s) => `${s.name} (${s.kind})`).join(', ') || 'none yet'}.
        </p>
      )}
      <p>The dashboard (volume, legal basis, removal rate, appeal outcomes) is being built.</p>
    </main>
  );
}
