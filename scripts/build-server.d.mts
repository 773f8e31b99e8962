/** Types of scripts/build-server.mjs (plain JavaScript, so that `npm start` needs no tsx). */
export const SERVER_BUNDLE: string;
export function serverBundleIsStale(bundle?: string): boolean;
export function buildServer(outDir?: string): Promise<void>;
export function buildServerIfStale(): Promise<boolean>;
