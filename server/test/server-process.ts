/**
 * The real server as its own process (`node --import tsx server/main.ts`) on a test database, for
 * tests of what several processes do to one database: concurrent writers, kill -9 mid-ingest.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** What the server wrote to stdout so far. */
  output: () => string;
  /** POST a tRPC mutation with a bearer token; the HTTP status and parsed body. */
  post: (procedure: string, token: string, input: unknown) => Promise<{ status: number; body: unknown }>;
  stop: () => Promise<void>;
}

/**
 * `bundle`: a server bundle (scripts/build-server.mjs) run with `nodeFlags` (those `npm start` gives
 * it: startFlags there), without demo data unless `env` says otherwise; by default server/main.ts
 * through tsx.
 */
export async function startServerProcess(
  databaseUrl: string,
  bundle?: string,
  nodeFlags: string[] = [],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  // node itself, not an npx wrapper, so that signals reach the server.
  const args = bundle ? [...nodeFlags, bundle] : ['--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      DEMO_DATA: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${out}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    output: () => out,
    post: async (procedure, token, input) => {
      const response = await fetch(`${url}/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(input),
      });
      return { status: response.status, body: await response.json() };
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
