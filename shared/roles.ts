export type ViewerRole = 'public' | 'submitter' | 'analyst' | 'admin';

export interface Viewer {
  role: ViewerRole;
  userId: number | null;
  sources: number[];
}
