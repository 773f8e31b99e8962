/**
 * `npm start` on a fresh clone, to /health answering on demo data: the README's first command,
 * after `npm install`. Each run clones this repository's HEAD into a temporary directory (so
 * nothing built or seeded here helps), links node_modules and ../shared as a fresh machine has
 * them, runs what `npm install` would run after installing (a `prepare`/`postinstall` script, not
 * timed: it belongs to install), then times `npm start` until GET /health answers 200.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface StartResult {
  runs: number[];
  medianSeconds: number;
  /** What the clone ran after install, before the timed start (empty when nothing). */
  afterInstall: string[];
}

const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare'] as const;

async function healthy(port: number, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode} before /health answered`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  // npm → tsx → node: the whole group goes.
  process.kill(-child.pid, 'SIGTERM');
  return exited;
}

async function oneRun(repo: string, port: number): Promise<{ seconds: number; afterInstall: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'takedown-start-'));
  const clone = join(dir, 'repo');
  try {
    execFileSync('git', ['clone', '--quiet', '--no-hardlinks', repo, clone]);
    symlinkSync(resolve(repo, 'node_modules'), join(clone, 'node_modules'));
    const shared = resolve(repo, '..', 'shared');
    if (existsSync(shared)) symlinkSync(shared, join(dir, 'shared'));
    const scripts = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).scripts ?? {};
    const afterInstall = INSTALL_HOOKS.filter((hook) => scripts[hook]);
    for (const hook of afterInstall) execFileSync('npm', ['run', '--silent', hook], { cwd: clone, stdio: 'ignore' });

    // The clone's own default database (data/ under the clone), as on a fresh machine.
    const { DATABASE_URL: _, ...inherited } = process.env;
    const env = { ...inherited, PORT: String(port) };
    const started = performance.now();
    const child = spawn('npm', ['start'], { cwd: clone, env, detached: true, stdio: 'ignore' });
    try {
      await healthy(port, child);
      return { seconds: (performance.now() - started) / 1000, afterInstall: [...afterInstall] };
    } finally {
      await stop(child);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startTime(port: number, runs = 3): Promise<StartResult> {
  const repo = resolve('.');
  const times: number[] = [];
  let afterInstall: string[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(repo, port);
    times.push(Number(run.seconds.toFixed(1)));
    afterInstall = run.afterInstall;
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { runs: times, medianSeconds: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN, afterInstall };
}
