import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPhoneNumber, publicSearchProblem, REDACTED, redactText, termsPattern } from './redaction.ts';

const names = termsPattern(['Ivan Petrov', 'Айгуль Серикова', 'Smith']);

describe('redactText', () => {
  test.each([
    ['Write to ivan.petrov@mail.kz today', 'Write to [redacted] today'],
    ['Call +7 701 123 4567.', 'Call [redacted].'],
    ['London: +44 20 7946 0958', 'London: [redacted]'],
    ['US office (555) 123-4567, ask', 'US office [redacted], ask'],
    ['(call 555-123-4567)', '(call [redacted])'],
    ['mobile 8 (701) 123-45-67', 'mobile [redacted]'],
    ['or 87011234567', 'or [redacted]'],
    ['See https://facebook.com/p/1?x=2.', 'See [redacted].'],
    ['on www.example.kz and', 'on [redacted] and'],
    ['profile vk.com/id123456, posted', 'profile [redacted], posted'],
    ['Posted by IVAN  PETROV about Smith.', 'Posted by [redacted] about [redacted].'],
    ['Пост Айгуль Серикова', 'Пост [redacted]'],
  ])('%s', (text, expected) => {
    expect(redactText(text, names)).toBe(expected);
  });

  test.each([
    'Decision of 2022-03-16 10:00, art. 174-1 and 174(1) of the Criminal Code of 2014',
    'On 16.03.2022 the ministry asked for 1 000 000 posts, 12,345 items, 3 456 789 views',
    'Years 2019 2020 2021; e.g. km/h and/or i.e. art.174/1; Smithson wrote',
    'Sections 5.2.1 and 12 of law No. 418-V',
  ])('leaves dates, years, article numbers and counts alone: %s', (text) => {
    expect(redactText(text, names)).toBe(text);
  });

  test('a name matches only as a whole word', () => {
    expect(redactText('Smithson and Smiths', names)).toBe('Smithson and Smiths');
  });

  test('phone rules', () => {
    for (const phone of ['+7 701 123 4567', '+44 20 7946 0958', '(555) 123-4567', '555.123.4567', '+77011234567']) {
      expect(isPhoneNumber(phone), phone).toBe(true);
    }
    for (const other of ['2022-03-16', '174-1', '1 000 000', '2019 2020 2021', '16.03.2022 10', '12 345 678 901']) {
      expect(isPhoneNumber(other), other).toBe(false);
    }
  });
});

// Secrets of every kind, embedded in prose of any characters: none survives, and redacting is idempotent.
const local = fc.stringMatching(/^[a-z0-9][a-z0-9._+-]{0,15}$/);
const label = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const secrets = fc.oneof(
  fc.tuple(local, label, tld).map(([l, d, t]) => `${l}@${d}.${t}`),
  fc.tuple(digits(1), digits(3), digits(3), digits(4)).map(([c, a, b, d]) => `+${c} ${a} ${b} ${d}`),
  fc.tuple(digits(2), digits(2), digits(4), digits(4)).map(([c, a, b, d]) => `+${c} ${a} ${b} ${d}`),
  fc.tuple(digits(3), digits(3), digits(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(label, tld, fc.stringMatching(/^[a-zA-Z0-9/?=&%-]{0,20}$/)).map(([d, t, p]) => `https://${d}.${t}/${p}`),
  fc.tuple(label, tld).map(([d, t]) => `www.${d}.${t}`),
  fc.tuple(label, tld, fc.stringMatching(/^[a-z0-9]{1,10}$/)).map(([d, t, p]) => `${d}.${t}/${p}`),
);
// Prose around a secret: words and punctuation, ending on a space so the secret stands apart.
const prose = fc.array(fc.constantFrom('the', 'ministry', 'asked', ',', '.', 'Ivan', 'of', '—', '«', '»'), {
  maxLength: 6,
});

describe('redactText properties', () => {
  test('no e-mail, phone or URL survives, whatever prose surrounds it', () => {
    fc.assert(
      fc.property(prose, secrets, prose, (before, secret, after) => {
        const text = `${before.join(' ')} ${secret} ${after.join(' ')}`;
        const out = redactText(text, null);
        expect(out).not.toContain(secret);
        expect(out).toContain(REDACTED);
      }),
      { numRuns: 500 },
    );
  });

  test('names on the list never survive, in any case or spacing', () => {
    const name = fc.stringMatching(/^[A-Za-zА-Яа-я]{3,10}( [A-Za-zА-Яа-я]{3,10})?$/);
    fc.assert(
      fc.property(prose, name, prose, (before, term, after) => {
        const written = term.toUpperCase().replace(' ', '  ');
        const out = redactText(`${before.join(' ')} ${written}. ${after.join(' ')}`, termsPattern([term]));
        expect(out.toLowerCase()).not.toContain(written.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  test('redacting twice is redacting once', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const once = redactText(text, names);
        expect(redactText(once, names)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  test('text without digits, @, dots or slashes and without listed names is unchanged', () => {
    const plain = fc.string({ maxLength: 80 }).filter((s) => !/[\d@./]|smith|ivan|www/i.test(s));
    fc.assert(
      fc.property(plain, (text) => {
        expect(redactText(text, names)).toBe(text);
      }),
    );
  });

  test('ISO dates and years are never redacted', () => {
    const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(date, (d) => {
        const iso = d.toISOString();
        const text = `on ${iso.slice(0, 10)} ${iso.slice(11, 16)} and ${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
        expect(redactText(text, null)).toBe(text);
      }),
    );
  });
});

describe('publicSearchProblem', () => {
  const terms = ['Ivan Petrov'];
  test.each(['extremism', 'art. 174', 'Ministry of Information', '100% _fake_'])('%s may be searched', (search) => {
    expect(publicSearchProblem(search, terms)).toBeNull();
  });
  test.each(['ivan@', 'mail.kz', 'vk.com', '701 123', '+7 701', 'petro', 'IVAN', 'a/b'])('%s may not', (search) => {
    expect(publicSearchProblem(search, terms)).toMatch(/analyst/);
  });
});
