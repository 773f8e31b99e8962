import { expect, test } from 'vitest';
import { agencyKey, citationKey, normaliseArticle, normaliseName, normalisePart } from './keys.ts';

test('spellings of one agency or provision give one key', () => {
  expect(agencyKey('KZ', 'Ministry of Information and Social Development')).toBe(
    agencyKey('KZ', '  ministry of information  and social development. '),
  );
  expect(agencyKey('KZ', '\u201cRoskomnadzor\u201d')).toBe('KZ|roskomnadzor');
  const code = { jurisdiction: 'KZ', instrument: 'Criminal Code of the Republic of Kazakhstan' };
  const key = citationKey({ ...code, article: '174', part: '1' });
  expect(key).toBe('KZ|criminal code of the republic of kazakhstan|174|1');
  for (const [article, part] of [
    ['Art. 174', 'Part 1'],
    ['article 174', 'part 1'],
    ['Статья 174', 'ч. 1'],
    ['§ 174', 'para. 1'],
  ]) {
    expect(citationKey({ ...code, article: article as string, part })).toBe(key);
  }
  expect(citationKey({ ...code, article: '174' })).toBe('KZ|criminal code of the republic of kazakhstan|174|');
  expect(citationKey({ ...code, article: '174', part: null })).toBe(citationKey({ ...code, article: '174', part: '' }));
  // NFKC: full-width digits are the same provision.
  expect(normaliseArticle('Art. \uff11\uff17\uff14')).toBe('174');
});

test('remembered results stay the same past the bound of the memory', () => {
  const first = Array.from({ length: 12_000 }, (_, i) => [
    normaliseName(`Agency ${i}.`),
    normaliseArticle(`Art. ${i}`),
    normalisePart(`Part ${i}`),
  ]);
  const again = Array.from({ length: 12_000 }, (_, i) => [
    normaliseName(`Agency ${i}.`),
    normaliseArticle(`Art. ${i}`),
    normalisePart(`Part ${i}`),
  ]);
  expect(again).toEqual(first);
  expect(first[11_999]).toEqual(['agency 11999', '11999', '11999']);
});
