/**
 * Vitest global setup of the `*-pg` projects: the PostgreSQL cluster their test databases live in.
 * TEST_POSTGRES_URL (an admin URL) when set; otherwise a throwaway cluster from
 * scripts/pg-cluster.sh, one for the whole run however many pg projects use it. Without PostgreSQL
 * the pg projects fail (loudly, with the reason first): a skipped engine would look like a passed one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

interface Shared {
  url: string;
  dir: string | null;
  users: number;
}

// Every project's setup runs in the one main process: the cluster is kept on globalThis to share it.
const store = globalThis as { takedownPgCluster?: Shared };

function startCluster(): Shared {
  try {
    const dir = mkdtempSync('/tmp/takedown-pg-');
    const out = execFileSync('scripts/pg-cluster.sh', ['start', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { url: out.trim().split('\n').at(-1) ?? '', dir, users: 0 };
  } catch (error) {
    const detail = (error as { stderr?: string }).stderr?.trim() || String(error);
    const message =
      `PostgreSQL tests: no TEST_POSTGRES_URL and no local cluster could be started (${detail}). ` +
      'Install PostgreSQL (apt-get install postgresql) or set TEST_POSTGRES_URL to an admin URL.';
    console.error(`\n${message}\n`);
    throw new Error(message);
  }
}

export default function setup(project: TestProject): () => void {
  if (!store.takedownPgCluster) {
    const given = process.env.TEST_POSTGRES_URL;
    store.takedownPgCluster = given ? { url: given, dir: null, users: 0 } : startCluster();
  }
  const shared = store.takedownPgCluster;
  shared.users++;
  // Test workers are forked after global setup and inherit this environment.
  process.env.TEST_POSTGRES_URL = shared.url;
  project.provide('TEST_POSTGRES_URL', shared.url);
  return () => {
    if (--shared.users > 0) return;
    if (shared.dir) execFileSync('scripts/pg-cluster.sh', ['stop', shared.dir], { stdio: 'inherit' });
    store.takedownPgCluster = undefined;
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    TEST_POSTGRES_URL: string;
  }
}
