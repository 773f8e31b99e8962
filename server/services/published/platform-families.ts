/**
 * Which item-level platforms a publisher's figures cover: Google's report counts requests about
 * every Google product (YouTube, Blogger …), X's counts X (Twitter). Other platforms match by slug.
 */
const FAMILIES: Record<string, string[]> = {
  google: ['google', 'youtube', 'blogger', 'gmail', 'google_maps', 'google-maps', 'google_play', 'google-play'],
  x: ['x', 'twitter'],
};

export function recordedPlatformsOf(publishedPlatform: string): string[] {
  return FAMILIES[publishedPlatform] ?? [publishedPlatform];
}
