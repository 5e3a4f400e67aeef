/** The audit log as staff read it (`GET /v1/staff/audit`): filtered pages, newest first. */
import type { AuditListQuery, AuditPage } from '../../src/schema/staff/index.js';
import { listAudit } from '../db/audit.js';
import type { Db } from '../db/database.js';
import { decodeCursor, encodeCursor } from '../db/util.js';
import { InvalidCursorError } from '../errors.js';

/** A page of entries; `nextCursor` (the last entry's `at|id`, opaque) while there are more. 400 for a cursor not ours. */
export async function auditPage(db: Db, q: AuditListQuery): Promise<AuditPage> {
  let before: { at: string; id: string } | undefined;
  if (q.cursor) {
    const c = decodeCursor(q.cursor);
    if (!c) throw new InvalidCursorError();
    before = { at: c[0], id: c[1] };
  }
  const rows = await listAudit(db, { ...q, before, limit: q.limit + 1 });
  const items = rows.slice(0, q.limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > q.limit && last ? encodeCursor(last.at, last.id) : null };
}
