/** Configuration from the environment, parsed once at start; a wrong value stops the process with a clear message. */
import { z } from 'zod';
import { DEFAULT_DATABASE_URL } from './db/database.ts';
import { databaseUrlProblem } from './db/dialect/index.ts';
import { AuthEnv } from './services/auth/config.ts';

/** Requests per window for one client; 0 turns the limit off (benchmarks on loopback). */
const perWindow = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a whole number of requests, 0 for no limit' })
    .int('must be a whole number of requests, 0 for no limit')
    .min(0, 'must be a whole number of requests, 0 for no limit')
    .default(fallback);

const Env = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number, 0–65535' })
    .int('must be a port number, 0–65535')
    .min(0, 'must be a port number, 0–65535')
    .max(65535, 'must be a port number, 0–65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .min(1)
    .default(DEFAULT_DATABASE_URL)
    .superRefine((url, ctx) => {
      const problem = databaseUrlProblem(url);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  DEMO_DATA: z.enum(['0', '1'], { error: 'must be 0 (no demo data) or 1' }).default('1'),
  // Abuse limits (server/http/rate-limits.ts): writes per token and per IP, reads per IP, per window.
  RATE_LIMIT_WINDOW_SECONDS: z.coerce
    .number({ error: 'must be a number of seconds, at least 1' })
    .int('must be a number of seconds, at least 1')
    .min(1, 'must be a number of seconds, at least 1')
    .default(60),
  RATE_LIMIT_WRITES_PER_TOKEN: perWindow(600),
  RATE_LIMIT_WRITES_PER_IP: perWindow(1200),
  RATE_LIMIT_READS_PER_IP: perWindow(6000),
  ...AuthEnv.shape,
});

export type Env = z.infer<typeof Env>;

/** The rate limits of buildApp from the environment. */
export function rateLimitsOf(env: Env) {
  return {
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    writesPerToken: env.RATE_LIMIT_WRITES_PER_TOKEN,
    writesPerIp: env.RATE_LIMIT_WRITES_PER_IP,
    readsPerIp: env.RATE_LIMIT_READS_PER_IP,
  };
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // `PORT=` (empty) means unset, not port 0 (which would pick a random port).
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(set);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    console.error(`Invalid configuration:\n${lines.join('\n')}`);
    process.exit(2);
  }
  return parsed.data;
}
