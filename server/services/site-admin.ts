/**
 * Site administration: the site file (src/schema/staff/site.ts) read and replaced whole, by the
 * staff API (`GET`/`PUT /v1/staff/site`) and the command line (`site export|import`).
 *
 * Rule on removal: a replacement may leave out an area, theme or offer only when nothing still
 * uses it. Areas and themes are held by any initiative (published or not) and by open ideas
 * (not yet declined or published); offers by open ideas. Otherwise the whole replacement is
 * refused (409, a field error `in-use` per list, the ids and their users in `detail`) and nothing
 * changes: the municipality first gives those initiatives another area or theme and decides the
 * open ideas, then removes it. Unpublished initiatives count too, since publishing one again would
 * otherwise bring back an area or theme that `GET /v1/site` no longer has. Closed ideas keep their
 * ids as history (staff see the bare id).
 */
import type { FieldError } from '../../src/schema/index.js';
import type { SiteFile } from '../../src/schema/staff/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import type { Db } from '../db/database.js';
import { lockSite, readSiteFile, siteUsages, writeSiteFile, type Usage } from '../db/site-admin.js';
import { inTransaction } from '../db/util.js';
import { ConflictError, NotFoundError } from '../errors.js';

/** The site file; 404 while the database has no site (a `PUT` creates it). */
export async function siteFile(db: Db): Promise<SiteFile> {
  const file = await readSiteFile(db);
  if (!file) throw new NotFoundError('The database has no site yet: PUT /v1/staff/site or `site import` creates it.');
  return file;
}

const LABELS = { areas: 'area', themes: 'theme', offers: 'offer' } as const;

const describe = (kind: keyof typeof LABELS, id: string, u: Usage): string => {
  const by = [
    ...(u.initiatives.length > 0
      ? [`${u.initiatives.length === 1 ? 'initiative' : 'initiatives'} ${u.initiatives.join(', ')}`]
      : []),
    ...(u.openIdeas > 0 ? [`${u.openIdeas} open ${u.openIdeas === 1 ? 'idea' : 'ideas'}`] : []),
  ];
  return `${LABELS[kind]} ${id} (${by.join('; ')})`;
};

/**
 * Replaces the whole site with `file` in one transaction with its audit entry (`site.replace`,
 * before and after as site files); answers the stored file. 409 when it would remove something
 * still in use (see the module comment).
 */
export async function replaceSite(db: Db, actor: Actor, file: SiteFile): Promise<SiteFile> {
  return inTransaction(db, async (trx) => {
    await lockSite(trx);
    const before = await readSiteFile(trx);
    if (before) {
      const removed = (kind: keyof typeof LABELS): string[] => {
        const kept = new Set(file[kind].map((x) => x.id));
        return before[kind].map((x) => x.id).filter((id) => !kept.has(id));
      };
      const usages = await siteUsages(trx, {
        areas: removed('areas'),
        themes: removed('themes'),
        offers: removed('offers'),
      });
      const errors: FieldError[] = [];
      const lines: string[] = [];
      for (const kind of ['areas', 'themes', 'offers'] as const) {
        if (usages[kind].size === 0) continue;
        errors.push({ path: kind, code: 'in-use' });
        for (const [id, u] of usages[kind]) lines.push(describe(kind, id, u));
      }
      if (errors.length > 0)
        throw new ConflictError(
          'The site file removes areas, themes or offers that are still in use.',
          errors,
          `Still in use: ${lines.join(', ')}. Keep them in the file, or first give those initiatives another area or theme and decide the open ideas.`,
        );
    }
    await writeSiteFile(trx, file);
    const after = await readSiteFile(trx);
    if (!after) throw new Error('the site was not written');
    await recordAudit(trx, actor, { action: 'site.replace', targetType: 'site', targetId: 'site', before, after });
    return after;
  });
}
