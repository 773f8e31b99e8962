/**
 * Requesting bodies of the demo data and how each behaves: when it starts, how much it sends,
 * through which channel to which platforms, citing what, and how platforms respond to it.
 */
import type { AgencyKind, AuthorKind, Channel } from '../../../shared/enums.ts';

export interface AgencyProfile {
  code: string;
  jurisdiction: string;
  name: string;
  localName?: string;
  kind: AgencyKind;
  /** First day it sends requests. */
  start: string;
  /** Relative share of volume once active. */
  weight: number;
  /** Multiplier of volume per year after the start (growth). */
  growth: number;
  platforms: Record<string, number>;
  channels: Partial<Record<Channel, number>>;
  /** Weighted citation sets (codes of LEGAL_BASES). */
  bases: [string[], number][];
  /** Base probability that a platform acts on an item. */
  compliance: number;
  /** Share of actions that are local restrictions rather than global removals. */
  localShare: number;
  /** Multiplies the platform's typical decision delay. */
  speed: number;
  authors: Partial<Record<AuthorKind, number>>;
  /** Mean items per request beyond the first (heavier for court orders). */
  extraItems: number;
  /** Month spikes: `YYYY-MM` → volume multiplier. */
  spikes?: Record<string, number>;
}

const CRITICS: Partial<Record<AuthorKind, number>> = {
  individual: 45,
  activist: 18,
  journalist: 10,
  media_outlet: 8,
  politician: 7,
  ngo: 4,
  unknown: 8,
};

export const AGENCIES: AgencyProfile[] = [
  {
    code: 'kz-misd',
    jurisdiction: 'KZ',
    name: 'Ministry of Information and Social Development',
    localName: 'Министерство информации и общественного развития',
    kind: 'ministry',
    start: '2021-11-15',
    weight: 30,
    growth: 1.25,
    platforms: { facebook: 70, instagram: 30 },
    channels: { direct_portal: 1 },
    bases: [
      [['KZ-174'], 40],
      [['KZ-274'], 20],
      [['KZ-405'], 14],
      [['KZ-MM'], 10],
      [['KZ-373'], 6],
      [['KZ-174', 'KZ-405'], 10],
    ],
    compliance: 0.6,
    localShare: 0.85,
    speed: 0.7,
    authors: CRITICS,
    extraItems: 0.4,
    spikes: { '2022-01': 3.5, '2022-02': 1.6 },
  },
  {
    code: 'kz-misd-letters',
    jurisdiction: 'KZ',
    name: 'Ministry of Information and Social Development',
    kind: 'ministry',
    start: '2019-03-01',
    weight: 4,
    growth: 1.1,
    platforms: { facebook: 40, instagram: 20, youtube: 25, telegram: 15 },
    channels: { official_letter: 70, email: 30 },
    bases: [
      [['KZ-174'], 50],
      [['KZ-MM'], 30],
      [['KZ-274'], 20],
    ],
    compliance: 0.35,
    localShare: 0.8,
    speed: 2.5,
    authors: CRITICS,
    extraItems: 0.8,
  },
  {
    code: 'kz-gp',
    jurisdiction: 'KZ',
    name: "Prosecutor General's Office of the Republic of Kazakhstan",
    localName: 'Генеральная прокуратура Республики Казахстан',
    kind: 'prosecutor',
    start: '2019-06-01',
    weight: 5,
    growth: 1.15,
    platforms: { facebook: 35, instagram: 20, youtube: 25, telegram: 20 },
    channels: { official_letter: 80, court_order: 20 },
    bases: [
      [['KZ-405'], 50],
      [['KZ-174'], 35],
      [['KZ-274'], 15],
    ],
    compliance: 0.55,
    localShare: 0.75,
    speed: 1.5,
    authors: { ...CRITICS, activist: 28, politician: 12 },
    extraItems: 1.2,
    spikes: { '2022-01': 3 },
  },
  {
    code: 'ru-rkn',
    jurisdiction: 'RU',
    name: 'Roskomnadzor (Federal Service for Supervision of Communications, IT and Mass Media)',
    localName: 'Роскомнадзор',
    kind: 'regulator',
    start: '2019-01-01',
    weight: 22,
    growth: 1.2,
    platforms: { vk: 30, youtube: 25, telegram: 15, facebook: 12, instagram: 8, x: 5, tiktok: 5 },
    channels: { web_form: 50, official_letter: 30, email: 20 },
    bases: [
      [['RU-15.3'], 45],
      [['RU-15.1'], 35],
      [['RU-207.3'], 20],
    ],
    compliance: 0.55,
    localShare: 0.9,
    speed: 1,
    authors: { individual: 50, media_outlet: 12, journalist: 8, activist: 10, politician: 5, unknown: 15 },
    extraItems: 0.6,
    spikes: { '2022-03': 4, '2022-04': 2.5, '2021-01': 2 },
  },
  {
    code: 'ru-gp',
    jurisdiction: 'RU',
    name: "Prosecutor General's Office of the Russian Federation",
    localName: 'Генеральная прокуратура Российской Федерации',
    kind: 'prosecutor',
    start: '2019-01-01',
    weight: 6,
    growth: 1.15,
    platforms: { vk: 30, youtube: 30, telegram: 20, tiktok: 20 },
    channels: { official_letter: 100 },
    bases: [
      [['RU-15.3'], 80],
      [['RU-15.3', 'RU-207.3'], 20],
    ],
    compliance: 0.6,
    localShare: 0.92,
    speed: 0.8,
    authors: { individual: 40, media_outlet: 20, journalist: 10, activist: 15, ngo: 5, unknown: 10 },
    extraItems: 1,
    spikes: { '2022-03': 3 },
  },
  {
    code: 'tr-btk',
    jurisdiction: 'TR',
    name: 'Information and Communication Technologies Authority (BTK)',
    localName: 'Bilgi Teknolojileri ve İletişim Kurumu',
    kind: 'regulator',
    start: '2019-01-01',
    weight: 12,
    growth: 1.05,
    platforms: { x: 40, youtube: 20, facebook: 15, instagram: 15, tiktok: 10 },
    channels: { official_letter: 60, email: 40 },
    bases: [
      [['TR-8A'], 60],
      [['TR-299'], 25],
      [['TR-8A', 'TR-299'], 15],
    ],
    compliance: 0.5,
    localShare: 0.95,
    speed: 1.2,
    authors: { individual: 40, journalist: 15, media_outlet: 12, politician: 12, activist: 10, unknown: 11 },
    extraItems: 0.8,
    spikes: { '2023-02': 2.5, '2023-05': 2 },
  },
  {
    code: 'tr-courts',
    jurisdiction: 'TR',
    name: 'Criminal Judgeships of Peace',
    localName: 'Sulh Ceza Hakimlikleri',
    kind: 'court',
    start: '2019-01-01',
    weight: 7,
    growth: 1,
    platforms: { x: 45, youtube: 25, facebook: 15, instagram: 15 },
    channels: { court_order: 100 },
    bases: [
      [['TR-9'], 70],
      [['TR-299'], 30],
    ],
    compliance: 0.7,
    localShare: 0.95,
    speed: 1.4,
    authors: { individual: 35, journalist: 20, media_outlet: 20, politician: 15, unknown: 10 },
    extraItems: 2,
  },
  {
    code: 'in-meity',
    jurisdiction: 'IN',
    name: 'Ministry of Electronics and Information Technology',
    kind: 'ministry',
    start: '2019-01-01',
    weight: 9,
    growth: 1.3,
    platforms: { x: 45, facebook: 20, youtube: 20, instagram: 15 },
    channels: { official_letter: 100 },
    bases: [[['IN-69A'], 100]],
    compliance: 0.75,
    localShare: 0.97,
    speed: 1.1,
    authors: { individual: 45, journalist: 12, activist: 10, politician: 10, media_outlet: 8, unknown: 15 },
    extraItems: 3,
    spikes: { '2021-02': 3 },
  },
  {
    code: 'de-courts',
    jurisdiction: 'DE',
    name: 'Regional courts (Landgerichte)',
    localName: 'Landgerichte',
    kind: 'court',
    start: '2019-01-01',
    weight: 2,
    growth: 1.05,
    platforms: { facebook: 35, x: 30, youtube: 20, telegram: 15 },
    channels: { court_order: 100 },
    bases: [
      [['DE-130'], 65],
      [['DE-86a'], 35],
    ],
    compliance: 0.9,
    localShare: 0.7,
    speed: 1.3,
    authors: { individual: 65, politician: 5, business: 5, unknown: 25 },
    extraItems: 0.5,
  },
  {
    code: 'br-tse',
    jurisdiction: 'BR',
    name: 'Superior Electoral Court',
    localName: 'Tribunal Superior Eleitoral',
    kind: 'court',
    start: '2020-01-01',
    weight: 4,
    growth: 1,
    platforms: { youtube: 30, facebook: 20, instagram: 15, tiktok: 15, telegram: 10, x: 10 },
    channels: { court_order: 100 },
    bases: [[['BR-ELEC'], 100]],
    compliance: 0.85,
    localShare: 0.4,
    speed: 0.4,
    authors: { individual: 40, politician: 30, media_outlet: 15, unknown: 15 },
    extraItems: 1.5,
    spikes: { '2022-09': 4, '2022-10': 8, '2022-11': 2, '2024-10': 3 },
  },
  {
    code: 'vn-mic',
    jurisdiction: 'VN',
    name: 'Ministry of Information and Communications',
    localName: 'Bộ Thông tin và Truyền thông',
    kind: 'ministry',
    start: '2019-06-01',
    weight: 6,
    growth: 1.1,
    platforms: { facebook: 55, youtube: 35, tiktok: 10 },
    channels: { official_letter: 60, trusted_flagger: 40 },
    bases: [[['VN-117'], 100]],
    compliance: 0.65,
    localShare: 0.9,
    speed: 1,
    authors: { individual: 40, activist: 25, journalist: 10, ngo: 10, unknown: 15 },
    extraItems: 0.5,
  },
  {
    code: 'pk-pta',
    jurisdiction: 'PK',
    name: 'Pakistan Telecommunication Authority',
    kind: 'regulator',
    start: '2019-01-01',
    weight: 5,
    growth: 1.05,
    platforms: { facebook: 40, youtube: 25, x: 20, tiktok: 15 },
    channels: { web_form: 50, email: 50 },
    bases: [[['PK-37'], 100]],
    compliance: 0.45,
    localShare: 0.95,
    speed: 1.6,
    authors: { individual: 60, politician: 10, journalist: 8, unknown: 22 },
    extraItems: 0.4,
  },
];
