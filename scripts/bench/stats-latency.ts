/**
 * Latency of every read procedure over HTTP against a server on the benchmark database (p50/p95
 * over the random calls), and the server's peak RSS (VmHWM) at the end of the query phase.
 */
import { readFileSync } from 'node:fs';
import { startServer } from './http-submit.ts';
import type { Call } from './stats-inputs.ts';

export interface Latency {
  calls: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export interface LatencyResult {
  byProcedure: Record<
    string,
    { all: Latency; requestLevel: Latency; itemLevel: Latency; slowest: { ms: number; input: unknown }[] }
  >;
  /** Milliseconds of each call, in order, for the naive comparison. */
  samples: { call: Call; ms: number }[];
  serverPeakRssMb: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

function summarise(values: number[]): Latency {
  const sorted = [...values].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    calls: sorted.length,
    p50Ms: round(percentile(sorted, 50)),
    p95Ms: round(percentile(sorted, 95)),
    maxMs: round(sorted.at(-1) ?? Number.NaN),
  };
}

async function timeCall(port: number, call: Call): Promise<number> {
  const url = `http://127.0.0.1:${port}/trpc/${call.procedure}?input=${encodeURIComponent(JSON.stringify(call.input))}`;
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  const ms = performance.now() - started;
  if (!response.ok)
    throw new Error(`${call.procedure} ${JSON.stringify(call.input)} → ${response.status}: ${body.slice(0, 300)}`);
  return ms;
}

export async function statsLatency(
  url: string,
  port: number,
  warmUp: Call[][],
  calls: Call[][],
): Promise<LatencyResult> {
  const server = await startServer(url, port, { memoryCube: true });
  try {
    for (const set of warmUp) for (const call of set) await timeCall(port, call);
    const samples: { call: Call; ms: number }[] = [];
    for (const set of calls) for (const call of set) samples.push({ call, ms: await timeCall(port, call) });
    const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
    const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? Number.NaN);
    const byProcedure: LatencyResult['byProcedure'] = {};
    for (const procedure of new Set(samples.map((s) => s.call.procedure))) {
      const mine = samples.filter((s) => s.call.procedure === procedure);
      byProcedure[procedure] = {
        all: summarise(mine.map((s) => s.ms)),
        requestLevel: summarise(mine.filter((s) => !s.call.itemLevel).map((s) => s.ms)),
        itemLevel: summarise(mine.filter((s) => s.call.itemLevel).map((s) => s.ms)),
        slowest: [...mine]
          .sort((a, b) => b.ms - a.ms)
          .slice(0, 5)
          .map((s) => ({ ms: Math.round(s.ms), input: s.call.input })),
      };
    }
    return { byProcedure, samples, serverPeakRssMb: Math.round(peakKb / 1024) };
  } finally {
    server.kill('SIGTERM');
  }
}
