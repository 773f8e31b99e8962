/** Types of scripts/build-server.mjs (plain JavaScript, so that `npm start` needs no tsx). */
export function serverBundleIsStale(bundle?: string): boolean;
export function buildServer(outDir?: string): Promise<void>;
export function startFlags(packageJson?: string): string[];
