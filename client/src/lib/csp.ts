/**
 * Loaded by index.html as its own module script before the app's, so it runs before any module
 * builds a schema: zod compiles fast validators with `new Function`, which the server's CSP
 * (script-src 'self', no 'unsafe-eval') forbids, and under a strict CSP even zod's probe for eval
 * is reported as a violation. Zod reads its configuration from this global (zod/v4/core/core.js),
 * so nothing is imported here: an import would evaluate zod's chunk, and the app's schemas with it,
 * first. Jitless parsing is plenty fast for the client's few small inputs.
 */
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
scope.__zod_globalConfig = { ...scope.__zod_globalConfig, jitless: true };

export {};
