/** A staged upload and what its preview found (server side; shared/uploads.ts has the wire shape). */
import type { PublishedFormat } from '../../../shared/published.ts';
import type {
  PublishedPreviewRow,
  UploadCounts,
  UploadKind,
  UploadPreviewRow,
  UploadState,
} from '../../../shared/uploads.ts';
import type { FileFormat } from '../files/readers.ts';

export interface Upload {
  id: string;
  /** ownerOf(actor) of whoever staged it. */
  owner: string;
  kind: UploadKind;
  fileName: string;
  format: FileFormat;
  /** The staged bytes, and the spool of problems found in them (one JSON problem per line). */
  path: string;
  problemsPath: string;
  bytes: number;
  sha256: string;
  createdAt: number;
  state: UploadState;
  /** Bytes read by the running validation or commit (progress). */
  bytesRead: number;
  records: number;
  counts: UploadCounts;
  firstRows: UploadPreviewRow[];
  /** Published reports: the publisher's layout, its first figures and warnings. */
  published: PublishedSummary | null;
  problemCount: number;
  /** What the commit wrote; set once committed. */
  committed: UploadCounts | null;
  /** Why validation or commit stopped (not a problem of a line: e.g. the file changed). */
  error: string | null;
  /** Settles when the running validation ends (tests and the commit wait on it). */
  validation: Promise<void>;
}

export interface PublishedSummary {
  publisher: string;
  format: PublishedFormat;
  periods: number;
  countries: number;
  warnings: string[];
  firstFigures: PublishedPreviewRow[];
}
