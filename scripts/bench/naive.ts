/**
 * Speed-up over the naive scan: a few of the benchmark's calls per procedure, each answered by
 * the aggregates and by the naive scan in a child process, which is stopped `limitMs` after the
 * naive scan started (the naive time is then how long it had run: a lower bound). The clock starts
 * at the child's first line, not at its spawn: starting tsx, opening the database and the warm call
 * are not part of the scan. Also checks that both answers are identical.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Call } from './stats-inputs.ts';

export interface NaiveSample {
  procedure: string;
  input: unknown;
  oursMs: number;
  /** Naive time, or the limit when it was stopped (then `timedOut`). */
  naiveMs: number;
  timedOut: boolean;
  equal: boolean | null;
}

type Line = Record<string, number | boolean>;

async function naiveSample(url: string, call: Call, limitMs: number): Promise<NaiveSample> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/naive-call.ts', call.procedure, JSON.stringify(call.input), String(limitMs)],
    // The URL by environment: a password in it would show in the process list as an argument.
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DATABASE_URL: url } },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_, signal) => resolve(signal)));
  const lines: Line[] = [];
  let timer: NodeJS.Timeout | undefined;
  for await (const line of createInterface({ input: child.stdout })) {
    if (!line.trim()) continue;
    lines.push(JSON.parse(line) as Line);
    if (lines.length === 1) timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
  }
  clearTimeout(timer);
  const signal = await exited;
  const stoppedAt = Date.now();
  const [first, second] = lines;
  if (!first) throw new Error(`naive call ${call.procedure} failed before answering: ${stderr}`);
  const base = { procedure: call.procedure, input: call.input, oursMs: first.oursMs as number };
  if (second) return { ...base, naiveMs: second.naiveMs as number, timedOut: false, equal: second.equal as boolean };
  if (!signal) throw new Error(`naive call ${call.procedure} failed: ${stderr}`);
  return { ...base, naiveMs: stoppedAt - (first.naiveStartedAt as number), timedOut: true, equal: null };
}

/** One call after another: concurrent scans would slow each other down. */
export async function naiveSamples(url: string, calls: Call[], limitMs: number): Promise<NaiveSample[]> {
  const samples: NaiveSample[] = [];
  for (const call of calls) samples.push(await naiveSample(url, call, limitMs));
  return samples;
}
