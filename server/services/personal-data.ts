/**
 * One resident's personal data on request (GDPR rights of access and erasure), by the e-mail
 * address they used (case and surrounding spaces ignored):
 * - export: every idea and signup with that address, as staff records (the same shapes as the
 *   staff lists);
 * - erase: the contact details of all of them, in one transaction. A signup still active
 *   (confirmed or on the reserve list) is cancelled first, its places freed and given to the
 *   reserve list: a volunteer without a name cannot be counted on, so keeping the place would
 *   leave staff with a nameless volunteer. With mail on, whoever moved up from a reserve list
 *   gets the `signup-promoted` e-mail (in the same transaction); the erased resident gets none
 *   (their address is what is being erased).
 * Both are audited (`personal-data.export`, `personal-data.erase`) without the address in the
 * clear (that would undo the erasure): the entry holds its SHA-256 (of the trimmed, lower-cased
 * address) and the counts.
 */
import { createHash } from 'node:crypto';
import type { IdeaRecord, PersonalDataErased, SignupRecord } from '../../src/schema/staff/index.js';
import { recordAudit, type Actor } from '../db/audit.js';
import { nowIso, type Db } from '../db/database.js';
import { getIdea } from '../db/ideas.js';
import {
  cancelSignup,
  eraseIdeas,
  eraseSignups,
  ideaRowsByEmail,
  normalizeEmail,
  signupRowsByEmail,
} from '../db/personal-data.js';
import { toRecord as toSignupRecord } from '../db/staff-volunteers.js';
import type { Promotion } from '../db/volunteers.js';
import { mailPromoted } from './mail-messages.js';

/** What the audit log keeps of an address: the SHA-256 (hex) of its trimmed, lower-cased form. */
export const emailDigest = (email: string): string =>
  createHash('sha256').update(normalizeEmail(email), 'utf8').digest('hex');

/** Every idea and signup sent with `email`, as staff records; audited. */
export async function exportPersonalData(
  db: Db,
  actor: Actor,
  email: string,
): Promise<{ email: string; ideas: IdeaRecord[]; signups: SignupRecord[] }> {
  const ideaRows = await ideaRowsByEmail(db, email);
  const ideas: IdeaRecord[] = [];
  for (const r of ideaRows) {
    const rec = await getIdea(db, r.id);
    if (rec) ideas.push(rec);
  }
  const { rows, places } = await signupRowsByEmail(db, email);
  const signups = rows.map((r) => toSignupRecord(r, places));
  await recordAudit(db, actor, {
    action: 'personal-data.export',
    targetType: 'personal-data',
    targetId: null,
    detail: { emailSha256: emailDigest(email), ideas: ideas.length, signups: signups.length },
  });
  return { email: normalizeEmail(email), ideas, signups };
}

/**
 * Erases the contact details of every idea and signup sent with `email` (active signups are
 * cancelled and their places freed first), in one transaction with its audit entry and, with
 * `mail` on, the e-mails of those who moved up from a reserve list into a freed place.
 */
export async function erasePersonalData(
  db: Db,
  actor: Actor,
  email: string,
  mail = false,
): Promise<PersonalDataErased> {
  return db.transaction().execute(async (trx) => {
    const now = nowIso();
    const ideaIds = (await ideaRowsByEmail(trx, email)).map((r) => r.id);
    const { rows } = await signupRowsByEmail(trx, email);
    let cancelled = 0;
    const promoted: Promotion[] = [];
    for (const s of rows) if (s.status !== 'cancelled' && (await cancelSignup(trx, s.id, now, promoted))) cancelled++;
    const ideas = await eraseIdeas(trx, ideaIds, now);
    // Cancelling erased the active ones already; this erases the rest (cancelled before, or past).
    const signups =
      cancelled +
      (await eraseSignups(
        trx,
        rows.map((r) => r.id),
        now,
      ));
    // After the erasures, so a place that moved up to another signup of this resident mails nobody.
    if (mail) await mailPromoted(trx, promoted);
    await recordAudit(
      trx,
      actor,
      {
        action: 'personal-data.erase',
        targetType: 'personal-data',
        targetId: null,
        detail: { emailSha256: emailDigest(email), ideas, signups, cancelledSignups: cancelled },
      },
      now,
    );
    return { ideas, signups, cancelledSignups: cancelled };
  });
}
