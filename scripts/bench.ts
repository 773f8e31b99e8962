/**
 * `npm run bench`: placeholder until the analytics issue lands the benchmark (raw insert vs
 * import rate, HTTP ingest, stats latency vs naive scan, server RSS at 5M items).
 */
console.error('npm run bench: not implemented yet (analytics issue).');
process.exit(1);
