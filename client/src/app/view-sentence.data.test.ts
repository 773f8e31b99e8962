import { expect, test } from 'vitest';
import { describeView } from './view-sentence.data.ts';

test('filters read as a sentence, in the filter bar order, with catalogue names', () => {
  const names: Record<string, string> = { KZ: 'Kazakhstan', facebook: 'Facebook' };
  const label = (_key: string, value: string | number) => names[String(value)] ?? String(value);
  expect(
    describeView({ platforms: ['facebook'], jurisdictions: ['KZ'], from: '2021-11-01', to: '2023-12-31' }, label),
  ).toBe('Kazakhstan · Facebook · 2021-11-01 to 2023-12-31');
  expect(describeView({}, label)).toBe('all dates');
  expect(describeView({ from: '2022-01-01' }, label)).toBe('2022-01-01 to latest');
});
