/** Who is looking: the role decides which fields and how much free text a response may carry. */
export type ViewerRole = 'public' | 'submitter' | 'analyst' | 'admin';

export interface Viewer {
  role: ViewerRole;
  userId: number | null;
  sources: number[];
}

/** Analysts and admins see records as stored: content URLs, appellants, stated reasons unredacted. */
export const seesEverything = (v: Viewer): boolean => v.role === 'analyst' || v.role === 'admin';

/** Anonymous visitors, and the default of every context until credentials say otherwise. */
export const PUBLIC_VIEWER: Viewer = { role: 'public', userId: null, sources: [] };
