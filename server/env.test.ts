import { expect, test } from 'vitest';
import { readEnv } from './env.ts';

test('defaults: loopback on 3000, the SQLite file under data/, demo data on', () => {
  expect(readEnv({})).toEqual({
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_URL: 'data/takedown.sqlite',
    NODE_ENV: 'production',
    DEMO_DATA: '1',
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
