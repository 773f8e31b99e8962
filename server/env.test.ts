import { expect, test, vi } from 'vitest';
import { readEnv } from './env.ts';

test('defaults: loopback on 3000, the SQLite file under data/, demo data on, rate limits (0 = off)', () => {
  expect(readEnv({})).toEqual({
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_URL: 'data/takedown.sqlite',
    NODE_ENV: 'production',
    DEMO_DATA: '1',
    SESSION_IDLE_MINUTES: 30,
    SESSION_ABSOLUTE_HOURS: 12,
    LOGIN_WINDOW_MINUTES: 15,
    LOGIN_MAX_FAILURES_PER_ACCOUNT: 5,
    LOGIN_DELAY_SECONDS: 30,
    LOGIN_MAX_FAILURES_PER_IP: 50,
    TRUST_PROXY: false,
    RATE_LIMIT_WINDOW_SECONDS: 60,
    RATE_LIMIT_WRITES_PER_TOKEN: 600,
    RATE_LIMIT_WRITES_PER_IP: 1200,
    RATE_LIMIT_READS_PER_IP: 6000,
  });
  expect(readEnv({ RATE_LIMIT_WRITES_PER_TOKEN: '0', RATE_LIMIT_WINDOW_SECONDS: '10' })).toMatchObject({
    RATE_LIMIT_WRITES_PER_TOKEN: 0,
    RATE_LIMIT_WINDOW_SECONDS: 10,
  });
});

test('an empty variable counts as unset (PORT= is not port 0)', () => {
  expect(readEnv({ PORT: '', HOST: '' })).toMatchObject({ PORT: 3000, HOST: '127.0.0.1' });
  expect(readEnv({ PORT: '8080', HOST: '0.0.0.0', DEMO_DATA: '0' })).toMatchObject({
    PORT: 8080,
    HOST: '0.0.0.0',
    DEMO_DATA: '0',
  });
});

test('DATABASE_URL: a SQLite path or a PostgreSQL URL naming a database', () => {
  for (const url of ['data/x.sqlite', 'postgres://u:p@db.example:5432/takedown', 'postgresql://localhost/takedown']) {
    expect(readEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  }
  const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
    throw new Error(`exit ${code}`);
  });
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    expect(() => readEnv({ DATABASE_URL: 'postgres://localhost' })).toThrow('exit 2');
    expect(error.mock.calls[0]?.[0]).toMatch(/DATABASE_URL: must be a SQLite file path or a PostgreSQL URL/);
  } finally {
    exit.mockRestore();
    error.mockRestore();
  }
});
