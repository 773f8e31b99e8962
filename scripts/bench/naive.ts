/**
 * Speed-up over the naive scan: a few of the benchmark's calls per procedure, answered by the
 * aggregates (all of them in one child process, which loads the stats cube once) and by the
 * naive scan (one child process per call, stopped `limitMs` after its scan started: the naive
 * time is then how long it had run, a lower bound). The naive clock starts at the child's first
 * line, not at its spawn: starting tsx and opening the database are not part of the scan. Also
 * checks that both answers are identical (their JSON's digests).
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

type Line = Record<string, number | string>;

interface Child {
  lines: AsyncIterable<Line>;
  exited: Promise<NodeJS.Signals | null>;
  stderr: () => string;
  kill: () => void;
}

function tsxChild(url: string, args: string[], stdin = ''): Child {
  // The URL by environment: a password in it would show in the process list as an argument.
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    stdio: 'pipe',
    env: { ...process.env, DATABASE_URL: url },
  });
  child.stdin.end(stdin);
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_, signal) => resolve(signal)));
  async function* lines(): AsyncIterable<Line> {
    for await (const line of createInterface({ input: child.stdout })) if (line.trim()) yield JSON.parse(line) as Line;
  }
  return { lines: lines(), exited, stderr: () => stderr, kill: () => child.kill('SIGKILL') };
}

/** Our answers' times and digests, in the calls' order. */
async function ourAnswers(url: string, calls: Call[]): Promise<Line[]> {
  const child = tsxChild(url, ['scripts/bench/ours-calls.ts'], JSON.stringify(calls));
  const lines: Line[] = [];
  for await (const line of child.lines) lines.push(line);
  await child.exited;
  if (lines.length !== calls.length) throw new Error(`our answers stopped at call ${lines.length}: ${child.stderr()}`);
  return lines;
}

async function naiveAnswer(url: string, call: Call, limitMs: number): Promise<{ naiveMs: number; digest?: string }> {
  const args = ['scripts/bench/naive-call.ts', call.procedure, JSON.stringify(call.input), String(limitMs)];
  const child = tsxChild(url, args);
  const lines: Line[] = [];
  let timer: NodeJS.Timeout | undefined;
  for await (const line of child.lines) {
    lines.push(line);
    if (lines.length === 1) timer = setTimeout(child.kill, limitMs);
  }
  clearTimeout(timer);
  const signal = await child.exited;
  const stoppedAt = Date.now();
  const [first, second] = lines;
  if (!first) throw new Error(`naive call ${call.procedure} failed before answering: ${child.stderr()}`);
  if (second) return { naiveMs: second.naiveMs as number, digest: second.digest as string };
  if (!signal) throw new Error(`naive call ${call.procedure} failed: ${child.stderr()}`);
  return { naiveMs: stoppedAt - (first.naiveStartedAt as number) };
}

/** Naive scans one after another: concurrent scans would slow each other down. */
export async function naiveSamples(url: string, calls: Call[], limitMs: number): Promise<NaiveSample[]> {
  if (calls.length === 0) return [];
  const ours = await ourAnswers(url, calls);
  const samples: NaiveSample[] = [];
  for (const [i, call] of calls.entries()) {
    const { oursMs, digest } = ours[i] as Line;
    const naive = await naiveAnswer(url, call, limitMs);
    samples.push({
      procedure: call.procedure,
      input: call.input,
      oursMs: oursMs as number,
      naiveMs: naive.naiveMs,
      timedOut: naive.digest === undefined,
      equal: naive.digest === undefined ? null : naive.digest === digest,
    });
  }
  return samples;
}
