/** Session lifetimes and brute-force limits, from the environment (README "Accounts and tokens"). */
import { z } from 'zod';

export interface AuthConfig {
  /** The clock every expiry and limit reads; tests pass their own. */
  now: () => Date;
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after login, however busy. */
  absoluteMs: number;
  /** Failures older than this are not counted. */
  windowMs: number;
  /** Failures for one account (in the window) after which failing addresses must wait. */
  accountMaxFailures: number;
  /** The first wait once an account is over its limit; it doubles with each further failure. */
  accountDelayMs: number;
  /** Failures from one address (in the window, any accounts) after which it may not try at all. */
  ipMaxFailures: number;
}

const MINUTE = 60_000;

export const DEFAULT_AUTH: AuthConfig = {
  now: () => new Date(),
  idleMs: 30 * MINUTE,
  absoluteMs: 12 * 60 * MINUTE,
  windowMs: 15 * MINUTE,
  accountMaxFailures: 5,
  accountDelayMs: 30_000,
  ipMaxFailures: 50,
};

export function authConfig(overrides: Partial<AuthConfig> = {}): AuthConfig {
  return { ...DEFAULT_AUTH, ...overrides };
}

const positive = (unit: string) => z.coerce.number({ error: `must be a number of ${unit}` }).positive(`must be > 0`);
const count = z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be ≥ 1');

/** Environment variables for env.ts; each optional with the default above. */
export const AuthEnv = z.object({
  SESSION_IDLE_MINUTES: positive('minutes').default(DEFAULT_AUTH.idleMs / MINUTE),
  SESSION_ABSOLUTE_HOURS: positive('hours').default(DEFAULT_AUTH.absoluteMs / 60 / MINUTE),
  LOGIN_WINDOW_MINUTES: positive('minutes').default(DEFAULT_AUTH.windowMs / MINUTE),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: count.default(DEFAULT_AUTH.accountMaxFailures),
  LOGIN_DELAY_SECONDS: positive('seconds').default(DEFAULT_AUTH.accountDelayMs / 1000),
  LOGIN_MAX_FAILURES_PER_IP: count.default(DEFAULT_AUTH.ipMaxFailures),
  /**
   * Behind a reverse proxy: `1` trusts X-Forwarded-For/-Proto from any peer, or a comma-separated
   * list of proxy addresses/CIDRs trusts only those. Unset or `0`: the socket's address and protocol.
   */
  TRUST_PROXY: z
    .string()
    .default('0')
    .transform((value): boolean | string => {
      if (value === '0' || value === 'false') return false;
      if (value === '1' || value === 'true') return true;
      return value;
    }),
});

export function authConfigFromEnv(env: z.infer<typeof AuthEnv>): AuthConfig {
  return authConfig({
    idleMs: env.SESSION_IDLE_MINUTES * MINUTE,
    absoluteMs: env.SESSION_ABSOLUTE_HOURS * 60 * MINUTE,
    windowMs: env.LOGIN_WINDOW_MINUTES * MINUTE,
    accountMaxFailures: env.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    accountDelayMs: env.LOGIN_DELAY_SECONDS * 1000,
    ipMaxFailures: env.LOGIN_MAX_FAILURES_PER_IP,
  });
}
