/**
 * Speed-up over the naive scan: a few of the benchmark's calls per procedure, each answered by
 * the aggregates and by the naive scan in a child process, which is stopped after a time limit
 * (the naive time is then how long it had run: a lower bound). Also checks that both answers are identical.
 */
import { spawnSync } from 'node:child_process';
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

export function naiveSamples(url: string, calls: Call[], limitMs: number): NaiveSample[] {
  return calls.map((call) => {
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/bench/naive-call.ts', url, call.procedure, JSON.stringify(call.input)],
      { encoding: 'utf8', timeout: limitMs, killSignal: 'SIGKILL', maxBuffer: 1 << 20 },
    );
    const stoppedAt = Date.now();
    const [first, second] = (child.stdout ?? '')
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, number | boolean>);
    if (!first) throw new Error(`naive call ${call.procedure} failed before answering: ${child.stderr}`);
    const base = { procedure: call.procedure, input: call.input, oursMs: first.oursMs as number };
    if (second) return { ...base, naiveMs: second.naiveMs as number, timedOut: false, equal: second.equal as boolean };
    if (!child.signal) throw new Error(`naive call ${call.procedure} failed: ${child.stderr}`);
    return { ...base, naiveMs: stoppedAt - (first.naiveStartedAt as number), timedOut: true, equal: null };
  });
}
