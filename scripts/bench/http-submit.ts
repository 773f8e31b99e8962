/** requests.submit over HTTP on loopback: 1,000-item batches, load from autocannon, items/s. */
import { execFileSync, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { generateRequests } from '../../server/services/seed/generate.ts';
import { createToken } from '../../server/services/tokens.ts';
import { startFlags } from '../build-server.mjs';
import { type BenchTarget, freshDatabase } from './target.ts';

/** Request bodies of `size` items each (whole requests; the last may be smaller). */
function batches(items: number, size: number, seed: number): string[] {
  const bodies: string[] = [];
  let current: unknown[] = [];
  let count = 0;
  for (const request of generateRequests({ items, seed })) {
    current.push(request);
    count += request.items.length;
    if (count >= size || current.length === 1000) {
      bodies.push(JSON.stringify({ requests: current }));
      current = [];
      count = 0;
    }
  }
  if (current.length) bodies.push(JSON.stringify({ requests: current }));
  return bodies;
}

/**
 * A server process on the database `url` (its DATABASE_URL); with `memoryCube`, returned once it
 * has its stats cube in memory too (as a server that has been up a while), not just listening.
 * The server runs as `npm start` runs it: the bundle of this checkout (rebuilt when stale), no demo data.
 */
export async function startServer(url: string, port: number, { memoryCube = false } = {}) {
  execFileSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
  // node itself (not an npx wrapper), so that SIGTERM reaches the server.
  const child = spawn(process.execPath, [...startFlags(), 'dist/server/start.js'], {
    // Write limits off: the benchmark measures ingest, not the abuse limits.
    env: {
      ...process.env,
      DEMO_DATA: '0',
      DATABASE_URL: url,
      PORT: String(port),
      NODE_ENV: 'production',
      RATE_LIMIT_WRITES_PER_TOKEN: '0',
      RATE_LIMIT_WRITES_PER_IP: '0',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (memoryCube ? text.includes('stats cube') : text.includes('listening')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return child;
}

export async function httpSubmitRate(target: BenchTarget, items: number, port: number) {
  const { db, url, close } = await freshDatabase(target, 'http');
  const { token } = await createToken(db, { sourceName: 'bench', kind: 'synthetic' });
  await close();
  const bodies = batches(items, 1000, 23);
  const server = await startServer(url, port);
  let next = 0;
  let lastResponse = 0;
  try {
    const started = performance.now();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections: 2,
      amount: bodies.length,
      timeout: 120,
      requests: [
        {
          method: 'POST',
          path: '/trpc/requests.submit',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }),
          onResponse: () => {
            lastResponse = performance.now();
          },
        },
      ],
    });
    // Until the last answer: autocannon itself resolves only at its next once-a-second sample, which
    // made the rate move in steps (100,000 items in 9.04 or 10.04 s, never between).
    const seconds = (lastResponse - started) / 1000;
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${result.non2xx} non-2xx responses, ${result.errors} errors`);
    return {
      batches: bodies.length,
      items,
      seconds,
      itemsPerSecond: items / seconds,
      p97_5Ms: result.latency.p97_5,
      p50Ms: result.latency.p50,
    };
  } finally {
    server.kill('SIGTERM');
  }
}
