/** Public face of the upload service (the Upload page): stage, preview, page problems, commit, discard. */
export { commitUpload } from './commit.ts';
export { DEFAULT_STAGING_DIR, stageUpload, UploadTooLarge } from './stage.ts';
export type { Upload } from './types.ts';
export { discardUpload, uploadProblems, uploadStatus } from './view.ts';
