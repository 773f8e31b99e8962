/** Display names of the publishers the importers know; the catalogue stays open to others. */
const NAMES: Record<string, string> = {
  google: 'Google',
  x: 'X (formerly Twitter)',
  meta: 'Meta',
  tiktok: 'TikTok',
  aliexpress: 'AliExpress',
  pinterest: 'Pinterest',
  microsoft: 'Microsoft',
  snap: 'Snap',
  amazon: 'Amazon',
};

export function publisherName(slug: string): string {
  return NAMES[slug] ?? slug.charAt(0).toUpperCase() + slug.slice(1);
}
