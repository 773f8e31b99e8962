/**
 * catalogAdmin.*: review provisions, merge duplicate agencies or provisions (and split them again),
 * manage timeline events and sources. Every write is audited with before → after.
 */
import { z } from 'zod';
import { LegalCategory, SourceKind } from './enums.ts';
import { IsoDay } from './instant.ts';
import { JurisdictionCode, SourceName } from './interchange.ts';
import { LIMITS } from './limits.ts';
import { plainTextPattern, refuseHiddenCharacters } from './text.ts';

/** Free text on one line, trimmed, bounded. */
const line = (max: number) =>
  z
    .string()
    .superRefine(refuseHiddenCharacters('single', 'trimmed'))
    .meta({ pattern: plainTextPattern('single') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

/** An http(s) URL, or null to clear it; an empty string clears it too (a blanked form field). */
const OptionalUrl = z
  .string()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .regex(/^(https?:\/\/\S+)?$/, 'must be an http:// or https:// URL')
  .nullable()
  .transform((v) => v || null);

const OptionalText = (max: number) =>
  z
    .string()
    .superRefine(refuseHiddenCharacters('multi', 'trimmed'))
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((v) => v || null);

const Id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const MERGE_ENTITIES = ['agency', 'legal_basis'] as const;
export const MergeEntity = z.enum(MERGE_ENTITIES);
export type MergeEntity = z.infer<typeof MergeEntity>;

export const ReviewLegalBasisInput = z.strictObject({
  id: Id,
  /** The instrument's spelling; a corrected spelling changes the key later submissions match. */
  instrument: line(LIMITS.instrument),
  title: line(LIMITS.title),
  category: LegalCategory,
});
export type ReviewLegalBasisInput = z.infer<typeof ReviewLegalBasisInput>;

export const MergeInput = z
  .strictObject({ entity: MergeEntity, keepId: Id, mergeId: Id })
  .refine((m) => m.keepId !== m.mergeId, { path: ['mergeId'], message: 'must differ from keepId' });
export type MergeInput = z.infer<typeof MergeInput>;

export const SplitInput = z.strictObject({ mergeId: Id });
export type SplitInput = z.infer<typeof SplitInput>;

export const MergesInput = z
  .strictObject({ limit: z.number().int().min(1).max(200).default(50) })
  .default({ limit: 50 });
export type MergesInput = z.infer<typeof MergesInput>;

const EventFields = {
  date: IsoDay,
  jurisdiction: JurisdictionCode.nullable(),
  title: line(LIMITS.title),
  url: OptionalUrl,
  /** A catalogued source's name, or null. */
  source: SourceName.nullable(),
};
export const EventCreateInput = z.strictObject(EventFields);
export const EventUpdateInput = z.strictObject({ id: Id, ...EventFields });
export const EventDeleteInput = z.strictObject({ id: Id });
export type EventCreateInput = z.infer<typeof EventCreateInput>;
export type EventUpdateInput = z.infer<typeof EventUpdateInput>;

/** A source's name is its identity (tokens, submissions): kind, licence, URL and notes can change. */
export const SourceUpdateInput = z.strictObject({
  name: SourceName,
  kind: SourceKind,
  url: OptionalUrl,
  license: OptionalText(200),
  notes: OptionalText(2000),
});
export type SourceUpdateInput = z.infer<typeof SourceUpdateInput>;

/** A merge as listed for review: what was kept, what was merged, what moved, whether it was split. */
export interface MergeEntry {
  id: number;
  entity: MergeEntity;
  keptId: number;
  keptLabel: string;
  mergedId: number;
  mergedLabel: string;
  requestsMoved: number;
  mergedAt: string;
  mergedBy: string;
  splitAt: string | null;
  splitBy: string | null;
}
