/**
 * resolveCatalog for a load written in many batches inside one write transaction (the fast demo
 * seed): each catalogue entry is matched or created once for the whole load, and later batches
 * that name only known entries cost no query. Valid only while that transaction lasts (a merge
 * or a rollback elsewhere could change what an id stands for).
 */
import type { Db } from '../../db/database.ts';
import { agencyKey, citationKey } from './keys.ts';
import { type CatalogIds, type CatalogNeeds, emptyNeeds, resolveCatalog } from './resolve.ts';

export class CatalogCache {
  private readonly ids: CatalogIds = { platform: new Map(), agency: new Map(), legalBasis: new Map() };
  private readonly jurisdictions = new Set<string>();

  async resolve(trx: Db, needs: CatalogNeeds): Promise<CatalogIds> {
    const missing = emptyNeeds();
    for (const code of needs.jurisdictions) if (!this.jurisdictions.has(code)) missing.jurisdictions.add(code);
    for (const slug of needs.platforms) if (!this.ids.platform.has(slug)) missing.platforms.add(slug);
    missing.agencies = needs.agencies.filter((a) => !this.ids.agency.has(agencyKey(a.jurisdiction, a.agency.name)));
    missing.citations = needs.citations.filter((c) => !this.ids.legalBasis.has(citationKey(c)));
    const unknown =
      missing.jurisdictions.size + missing.platforms.size + missing.agencies.length + missing.citations.length;
    if (unknown === 0) return this.ids;

    const found = await resolveCatalog(trx, missing);
    // resolveCatalog also ensured the jurisdictions of the agencies and citations it was given.
    for (const code of missing.jurisdictions) this.jurisdictions.add(code);
    for (const [key, id] of found.platform) this.ids.platform.set(key, id);
    for (const [key, id] of found.agency) this.ids.agency.set(key, id);
    for (const [key, id] of found.legalBasis) this.ids.legalBasis.set(key, id);
    return this.ids;
  }
}
