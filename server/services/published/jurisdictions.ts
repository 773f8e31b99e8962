/**
 * Country names and codes as publishers write them → the jurisdiction code we store.
 * ISO 3166-1 alpha-2, plus two codes outside it that publishers use for real requesters:
 * `XK` (Kosovo: user-assigned, used by CLDR and the EU) and `EU` (ISO's exceptionally reserved
 * code, for EU-level requesters such as Europol and for DSA figures covering every Member State),
 * `ZZ` (user-assigned, "no country": international bodies such as Interpol).
 */
import { isJurisdictionCode } from '../../../shared/jurisdictions.ts';

export const EXTRA_PUBLISHED_CODES: ReadonlySet<string> = new Set(['XK', 'EU', 'ZZ']);

export function isPublishedJurisdiction(code: string): boolean {
  return isJurisdictionCode(code) || EXTRA_PUBLISHED_CODES.has(code);
}

/** Codes publishers write that are not ISO: the UK (X), Greece as EL (EU usage, DSA template). */
const CODE_ALIASES: Record<string, string> = { UK: 'GB', EL: 'GR' };

/** Names that Intl's English region names do not spell the publishers' way. */
const NAME_ALIASES: Record<string, string> = {
  europol: 'EU',
  'european union': 'EU',
  turkey: 'TR',
  'czech republic': 'CZ',
  macedonia: 'MK',
  'hong kong': 'HK',
  macau: 'MO',
  macao: 'MO',
  'south korea': 'KR',
  korea: 'KR',
  'republic of korea': 'KR',
  russia: 'RU',
  'russian federation': 'RU',
  palestine: 'PS',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  burma: 'MM',
  myanmar: 'MM',
  'democratic republic of the congo': 'CD',
  'republic of the congo': 'CG',
  swaziland: 'SZ',
  'east timor': 'TL',
  'united states of america': 'US',
  'vatican city': 'VA',
  kosovo: 'XK',
  interpol: 'ZZ',
};

let byName: Map<string, string> | undefined;

/** Lower-cased, apostrophes and accents folded, so "Côte d’Ivoire" and "Cote d'Ivoire" meet. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019`´]/g, "'")
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function names(): Map<string, string> {
  if (byName) return byName;
  const display = new Intl.DisplayNames(['en'], { type: 'region' });
  byName = new Map();
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (!isPublishedJurisdiction(code)) continue;
      const name = display.of(code);
      if (name && name !== code) byName.set(nameKey(name), code);
    }
  }
  for (const [alias, code] of Object.entries(NAME_ALIASES)) byName.set(nameKey(alias), code);
  return byName;
}

/** A code as written ("UK", "EL", "kz") → the stored code, or `undefined` when it is none. */
export function jurisdictionFromCode(written: string): string | undefined {
  const upper = written.trim().toUpperCase();
  const code = CODE_ALIASES[upper] ?? upper;
  // ZZ is ours for "no country", reached only by name: a publisher writing ZZ means nothing known.
  return code !== 'ZZ' && isPublishedJurisdiction(code) ? code : undefined;
}

/** A country name as written ("Türkiye", "Russia", "Europol") → the stored code, or `undefined`. */
export function jurisdictionFromName(written: string): string | undefined {
  return names().get(nameKey(written));
}
