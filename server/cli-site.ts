/**
 * `civic-widgets-server site export [FILE]` and `site import FILE`: the site file
 * (src/schema/staff/site.ts) to and from the database, so a municipality can keep its configuration
 * in version control. Import checks the file with the schema of `PUT /v1/staff/site` and the same
 * rules (server/services/site-admin.ts), changes nothing when anything is wrong, and is audited as
 * the command line (`site.replace`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { validate } from '../src/schema/index.js';
import { SiteFileSchema } from '../src/schema/staff/index.js';
import { CLI_ACTOR } from './db/audit.js';
import type { DatabaseHandle } from './db/database.js';
import { migrate } from './db/migrations.js';
import { ConflictError, NotFoundError } from './errors.js';
import { replaceSite, siteFile } from './services/site-admin.js';

export const SITE_USAGE = `  site export [FILE]
                   write the site file (the whole site, every language) to FILE, or to stdout
  site import FILE
                   check the site file FILE and replace the whole site with it (audited); when
                   it is wrong, print each error with its path and change nothing`;

/** Checks the arguments of `site …`: an error message, or null when they are right. */
export function siteArgsProblem(name: string, args: readonly string[]): string | null {
  const [sub, ...files] = args;
  if (sub === 'export' && files.length <= 1) return null;
  if (sub === 'import' && files.length === 1) return null;
  return `${name} site: use \`${name} site export [FILE]\` or \`${name} site import FILE\`.`;
}

/** Runs `site export|import`; resolves with the exit code. `say` prints a line for a person. */
export async function runSiteCommand(
  name: string,
  args: readonly string[],
  openDb: () => DatabaseHandle,
  say: (line: string) => void,
): Promise<number> {
  const [sub, file] = args;
  if (sub === 'import') {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file!, 'utf8'));
    } catch (e) {
      say(`${name} site import: cannot read ${file!} as JSON: ${e instanceof Error ? e.message : String(e)}`);
      return 1;
    }
    const checked = validate(SiteFileSchema, value);
    if (!checked.ok) {
      say(`${name} site import: ${file!} is not a valid site file; nothing was changed.`);
      for (const e of checked.errors) say(`  ${e.path || '(the file)'}: ${e.code}`);
      return 1;
    }
    const handle = openDb();
    try {
      await migrate(handle.db, handle.dialect);
      await replaceSite(handle.db, CLI_ACTOR, checked.data);
      say(`${name} site import: the site now is ${file!}.`);
      return 0;
    } catch (e) {
      if (!(e instanceof ConflictError)) throw e;
      say(`${name} site import: ${e.message} Nothing was changed.`);
      if (e.detail) say(`  ${e.detail}`);
      for (const err of e.errors ?? []) say(`  ${err.path}: ${err.code}`);
      return 1;
    } finally {
      await handle.close();
    }
  }
  const handle = openDb();
  try {
    await migrate(handle.db, handle.dialect);
    const text = `${JSON.stringify(await siteFile(handle.db), null, 2)}\n`;
    if (file) writeFileSync(file, text);
    else process.stdout.write(text);
    return 0;
  } catch (e) {
    if (!(e instanceof NotFoundError)) throw e;
    say(`${name} site export: the database has no site yet (import one, or run seed-demo for a demo).`);
    return 1;
  } finally {
    await handle.close();
  }
}
