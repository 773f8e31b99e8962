/** The Upload page (issue 11): staged files, their preview and commit (POST /uploads, uploads.*). */
import { z } from 'zod';

export const UPLOAD_STATES = ['validating', 'problems', 'ready', 'committing', 'committed', 'stale', 'failed'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];

/**
 * What a file holds: a source's records (submitters, tokens) or a platform's published report
 * (platform-wide statistics: admins only).
 */
export type UploadKind = 'records' | 'published';

/** Requests of the file that are new, changed or unchanged against what is stored; items written. */
export interface UploadCounts {
  created: number;
  updated: number;
  unchanged: number;
  items: number;
}

export interface UploadPreviewRow {
  line: number;
  source: string;
  externalId: string;
  jurisdiction: string;
  platform: string;
  agency: string;
  submittedAt: string;
  items: number;
  status: 'created' | 'updated' | 'unchanged';
}

/** A published report's figure in the preview (one row of the publisher's file). */
export interface PublishedPreviewRow {
  line: number;
  platform: string;
  jurisdiction: string;
  periodStart: string;
  periodEnd: string;
  /** Requester, product, reason or indicator: what the row counts, as the file names it. */
  detail: string;
  requests: number | null;
  items: number | null;
  status: 'created' | 'updated' | 'unchanged';
}

/** First rows shown in the preview; the rest are counted, not kept. */
export const PREVIEW_ROWS = 10;
export const PROBLEMS_PAGE_MAX = 200;

const UploadId = z.string().regex(/^[0-9a-f]{32}$/, 'an upload id is 32 hexadecimal characters');
const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 hexadecimal characters');

export const UploadIdInput = z.strictObject({ uploadId: UploadId });
export type UploadIdInput = z.infer<typeof UploadIdInput>;

export const UploadProblemsInput = z.strictObject({
  uploadId: UploadId,
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(PROBLEMS_PAGE_MAX).default(50),
});
export type UploadProblemsInput = z.infer<typeof UploadProblemsInput>;

/** The sha256 the preview showed: a commit of other bytes is refused. */
export const UploadCommitInput = z.strictObject({ uploadId: UploadId, sha256: Sha256 });
export type UploadCommitInput = z.infer<typeof UploadCommitInput>;

/** A published-report file is parsed whole in memory (the publishers' files are a few MB). */
export const PUBLISHED_UPLOAD_BYTES = 32 * 1024 * 1024;

/** POST /uploads?name=<file name>: the name says the format (.csv, .jsonl). */
export const UploadFileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/\.(csv|jsonl|ndjson)$/i, 'name the file .csv or .jsonl (an interchange file)');

/** Published reports are CSV files (the publisher's layout is recognised from the header). */
export const PublishedFileName = z
  .string()
  .min(1)
  .max(255)
  .regex(/\.csv$/i, "name the file .csv (a platform's published-report CSV)");
