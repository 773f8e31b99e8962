/**
 * The catalogue listings of the read API (`catalog.*`): what the filters can name, each entry with
 * the live (not retracted) requests and items recorded under it.
 */
import { z } from 'zod';
import { LegalCategory } from './enums.ts';
import { IsoDay } from './instant.ts';
import { JurisdictionCode } from './interchange.ts';
import { MAX_FILTER_VALUES } from './stats.ts';

const jurisdictions = z.array(JurisdictionCode).max(MAX_FILTER_VALUES).optional();

/** Narrows agency and legal-basis listings to some jurisdictions. */
export const CatalogScopeInput = z.strictObject({ jurisdictions }).default({});
export const CatalogLegalBasesInput = z
  .strictObject({ jurisdictions, categories: z.array(LegalCategory).max(MAX_FILTER_VALUES).optional() })
  .default({});
export const CatalogEventsInput = z
  .strictObject({ jurisdictions, from: IsoDay.optional(), to: IsoDay.optional() })
  .default({});

export type CatalogScopeInput = z.infer<typeof CatalogScopeInput>;
export type CatalogLegalBasesInput = z.infer<typeof CatalogLegalBasesInput>;
export type CatalogEventsInput = z.infer<typeof CatalogEventsInput>;

/** Live requests and items recorded under a catalogue entry (zero when none). */
export interface Counts {
  requests: number;
  items: number;
}

export interface JurisdictionEntry extends Counts {
  code: string;
  name: string;
}

export interface AgencyEntry extends Counts {
  id: number;
  jurisdiction: string;
  name: string;
  localName: string | null;
  kind: string;
}

export interface PlatformEntry extends Counts {
  slug: string;
  name: string;
}

export interface LegalBasisEntry extends Counts {
  id: number;
  jurisdiction: string;
  instrument: string;
  article: string;
  part: string | null;
  title: string | null;
  category: string;
  /** `reviewed`, or `unreviewed` for citations first seen in a submission. */
  status: string;
  /** Short citation: `KZ Criminal Code art. 174(1)`. */
  label: string;
}

export interface SourceEntry extends Counts {
  name: string;
  kind: string;
  url: string | null;
  license: string | null;
  notes: string | null;
}

export interface EventEntry {
  id: number;
  date: string;
  jurisdiction: string | null;
  title: string;
  url: string | null;
  source: string | null;
}

/** Short citation of a legal basis, shared by listings and item pages. */
export function citationLabel(b: { jurisdiction: string; instrument: string; article: string; part: string | null }) {
  return `${b.jurisdiction} ${b.instrument} art. ${b.article}${b.part ? `(${b.part})` : ''}`;
}
