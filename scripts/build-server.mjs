/**
 * Bundles the server (entry scripts/start.ts) into dist/server/start.js when it is missing or older
 * than its sources; `npm start` runs this, then the bundle with plain Node. Plain JavaScript on
 * purpose: running the server through tsx costs ≈ 55 MB of resident memory and ≈ 0.3 s at start
 * (measured: an idle server 176 MB under tsx, 122 MB bundled). Packages stay external (node_modules)
 * but for the few pure-JavaScript ones in BUNDLED_PACKAGES.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { newest } from './newest.mjs';

const SERVER_BUNDLE = 'dist/server/start.js';
const SOURCES = ['server', 'shared', 'scripts', 'package.json'];

/** True when `bundle` is missing or older than a file (or directory listing) it is built from. */
export function serverBundleIsStale(bundle = SERVER_BUNDLE) {
  return !existsSync(bundle) || Math.max(...SOURCES.map(newest)) > statSync(bundle).mtimeMs;
}

/**
 * The Node flags package.json's start script gives the bundle (`node <flags> dist/server/start.js`),
 * so the bench's servers and the tests that run the bundle run it as `npm start` does.
 */
export function startFlags(packageJson = 'package.json') {
  const start = JSON.parse(readFileSync(packageJson, 'utf8')).scripts?.start ?? '';
  const flags = /\bnode ((?:--\S+ )*)dist\/server\/start\.js/.exec(start)?.[1];
  if (flags === undefined) throw new Error(`package.json's start script does not run ${SERVER_BUNDLE}: ${start}`);
  return flags.split(' ').filter(Boolean);
}

/**
 * Pure-JavaScript packages bundled in rather than imported from node_modules: spread over hundreds
 * of small modules each, Node took ≈ 0.8 s to resolve and load them at every start (kysely 341 ms,
 * date-fns 286, zod 141), and npm start's first run starts two processes.
 */
const BUNDLED_PACKAGES = ['kysely', 'zod', 'date-fns', '@date-fns/utc'];

/** Bundles scripts/start.ts into `outDir`/start.js (SSR build: Node target, packages but BUNDLED_PACKAGES from node_modules). */
export async function buildServer(outDir = 'dist/server') {
  const { build } = await import('vite');
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { ssr: 'scripts/start.ts', outDir, emptyOutDir: true, target: 'node20', sourcemap: true },
    ssr: { noExternal: BUNDLED_PACKAGES },
  });
}

async function buildServerIfStale() {
  if (!serverBundleIsStale()) return false;
  await buildServer();
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    if (await buildServerIfStale()) console.log(`Built the server into ${SERVER_BUNDLE}.`);
  } catch (error) {
    console.error(`Could not build the server: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
