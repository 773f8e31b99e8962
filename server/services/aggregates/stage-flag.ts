/**
 * The flag an entry script (scripts/start.ts) is run with as the aggregate staging thread
 * (stage.ts). A module of its own: the entry checks it before it loads anything else.
 */
export const STAGE_AGGREGATES = '--stage-aggregates';
