/**
 * Readiness (`GET /readyz`): the database answers and every migration this build knows has run. A new
 * instance started before `civic-widgets-server migrate` (or against a database another version
 * migrated further) is not ready, so a load balancer keeps traffic away from it.
 */
import { sql } from 'kysely';
import { isDatabaseUnavailable, type Db } from './database.js';
import { MIGRATIONS } from './migrations.js';

export type Readiness = { ready: true } | { ready: false; reason: string };

export async function readiness(db: Db): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const r = await sql<{ name: string }>`select name from kysely_migration`.execute(db);
    applied = new Set(r.rows.map((row) => row.name));
  } catch (e) {
    if (isDatabaseUnavailable(e)) return { ready: false, reason: 'The database cannot be reached.' };
    return { ready: false, reason: 'The database has no migrations yet: run `civic-widgets-server migrate`.' };
  }
  const missing = Object.keys(MIGRATIONS).filter((name) => !applied.has(name));
  if (missing.length > 0)
    return {
      ready: false,
      reason: `Migrations not applied: ${missing.join(', ')}. Run \`civic-widgets-server migrate\`.`,
    };
  return { ready: true };
}
