/**
 * The interchange format (spec/INTERCHANGE.md): one shape for the API, file import and export.
 * Objects are strict: an unknown field is an error rather than silently dropped.
 */
import { z } from 'zod';
import {
  AgencyKind,
  AppealOutcome,
  AppealVenue,
  Appellant,
  AuthorKind,
  Channel,
  ContentType,
  LegalCategory,
  Outcome,
  OutcomeBasis,
} from './enums.ts';
import { Instant } from './instant.ts';
import { isJurisdictionCode } from './jurisdictions.ts';
import { LIMITS } from './limits.ts';
import { type Lines, plainTextPattern, refuseHiddenCharacters } from './text.ts';

/** Free text, trimmed; `multi` for prose that may span lines (statedReason). */
const text = (max: number, lines: Lines = 'single') =>
  z
    .string()
    .superRefine(refuseHiddenCharacters(lines, 'trimmed'))
    .meta({ pattern: plainTextPattern(lines) })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`);

export const ExternalId = z
  .string()
  .min(1, 'must not be empty')
  .max(LIMITS.externalId, `must be at most ${LIMITS.externalId} characters`)
  .superRefine(refuseHiddenCharacters('single'))
  .meta({ pattern: plainTextPattern('single') });

export const JurisdictionCode = z.string().refine(isJurisdictionCode, {
  error: (issue) => `"${String(issue.input)}" is not an ISO 3166-1 alpha-2 code (e.g. KZ, GB)`,
});

export const PlatformSlug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'must be a lower-case slug such as facebook or vk (a–z, 0–9, _ and -)');

export const SourceName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._-]{0,79}$/, 'must be a lower-case name such as demo-synthetic (a–z, 0–9, ., _ and -)');

const HttpUrl = z
  .string()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .regex(/^https?:\/\/\S+$/, 'must be an http(s) URL')
  // \S already excludes line breaks; this names NULs and bidi overrides (the schema keeps the URL pattern).
  .superRefine(refuseHiddenCharacters('single'));

export const AgencyInput = z.strictObject({
  name: text(LIMITS.name),
  localName: text(LIMITS.name).nullish(),
  kind: AgencyKind.default('other'),
});

export const LegalBasisCitation = z.strictObject({
  jurisdiction: JurisdictionCode,
  instrument: text(LIMITS.instrument),
  article: text(LIMITS.article),
  part: text(LIMITS.part).nullish(),
  title: text(LIMITS.title).nullish(),
  category: LegalCategory.nullish(),
});

export const AppealInput = z
  .strictObject({
    externalId: ExternalId,
    appellant: Appellant.nullish(),
    venue: AppealVenue.nullish(),
    filedAt: Instant.nullish(),
    outcome: AppealOutcome.default('pending'),
    decidedAt: Instant.nullish(),
  })
  .superRefine((appeal, ctx) => {
    if (appeal.outcome === 'pending' && appeal.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'a pending appeal cannot have a decidedAt' });
    }
    if (appeal.filedAt && appeal.decidedAt && appeal.decidedAt < appeal.filedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'must not precede filedAt' });
    }
  });

export const ItemInput = z
  .strictObject({
    externalId: ExternalId,
    contentType: ContentType.default('other'),
    contentUrl: HttpUrl.nullish(),
    authorKind: AuthorKind.default('unknown'),
    outcome: Outcome.default('pending'),
    outcomeBasis: OutcomeBasis.nullish(),
    decidedAt: Instant.nullish(),
    automated: z.boolean().nullish(),
    userNotified: z.boolean().nullish(),
    appeals: z
      .array(AppealInput)
      .max(LIMITS.appealsPerItem, `at most ${LIMITS.appealsPerItem} appeals per item`)
      .default([]),
  })
  .superRefine((item, ctx) => {
    if (item.outcome === 'pending' && item.decidedAt) {
      ctx.addIssue({ code: 'custom', path: ['decidedAt'], message: 'a pending item cannot have a decidedAt' });
    }
    if (item.outcome === 'pending' && item.appeals.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['appeals'],
        message: 'a pending item (no decision yet) cannot be appealed',
      });
    }
    addDuplicateIssues(item.appeals, ['appeals'], ctx);
    item.appeals.forEach((appeal, i) => {
      if (item.decidedAt && appeal.filedAt && appeal.filedAt < item.decidedAt) {
        ctx.addIssue({
          code: 'custom',
          path: ['appeals', i, 'filedAt'],
          message: "must not precede the item's decidedAt",
        });
      }
    });
  });

export const RequestInput = z
  .strictObject({
    externalId: ExternalId,
    source: SourceName.nullish(),
    jurisdiction: JurisdictionCode,
    agency: AgencyInput,
    platform: PlatformSlug,
    channel: Channel.default('other'),
    submittedAt: Instant,
    legalBases: z
      .array(LegalBasisCitation)
      .max(LIMITS.legalBasesPerRequest, `at most ${LIMITS.legalBasesPerRequest} legal bases per request`)
      .default([]),
    statedReason: text(LIMITS.statedReason, 'multi').nullish(),
    items: z
      .array(ItemInput)
      .min(1, 'a request needs at least one item')
      .max(LIMITS.itemsPerRequest, `at most ${LIMITS.itemsPerRequest} items per request`),
  })
  .superRefine((request, ctx) => {
    addDuplicateIssues(request.items, ['items'], ctx);
    request.items.forEach((item, i) => {
      if (item.decidedAt && item.decidedAt < request.submittedAt) {
        ctx.addIssue({ code: 'custom', path: ['items', i, 'decidedAt'], message: 'must not precede submittedAt' });
      }
    });
  });

function addDuplicateIssues(records: { externalId: string }[], path: (string | number)[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>();
  records.forEach((record, i) => {
    const seen = first.get(record.externalId);
    if (seen === undefined) first.set(record.externalId, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'externalId'],
        message: `duplicate externalId "${record.externalId}" (also at ${seen})`,
      });
  });
}

/** `requests.submit` input: 1–1000 requests. */
export const SubmitInput = z.strictObject({
  requests: z
    .array(RequestInput)
    .min(1, 'send at least one request')
    .max(LIMITS.requestsPerBatch, `at most ${LIMITS.requestsPerBatch} requests per call`),
});

export const SubmitOutput = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  items: z.number().int(),
});

export type AgencyInput = z.infer<typeof AgencyInput>;
export type LegalBasisCitation = z.infer<typeof LegalBasisCitation>;
export type AppealInput = z.infer<typeof AppealInput>;
export type ItemInput = z.infer<typeof ItemInput>;
export type RequestInput = z.infer<typeof RequestInput>;
/** What a caller writes (before defaults and normalisation). */
export type RequestWire = z.input<typeof RequestInput>;
export type SubmitInput = z.infer<typeof SubmitInput>;
export type SubmitOutput = z.infer<typeof SubmitOutput>;
export type ItemWire = z.input<typeof ItemInput>;
