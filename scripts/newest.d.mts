/** Types of scripts/newest.mjs (plain JavaScript, so that scripts/build-server.mjs needs no tsx). */
export function newest(path: string): number;
