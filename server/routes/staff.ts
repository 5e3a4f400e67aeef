/**
 * The staff API, part 1: who may use it (server/http/staff-auth.ts), and what residents sent: ideas
 * (list, one, status with a reason, reply, publish as an initiative) and volunteer signups (list),
 * each also as CSV. Residents' personal data leaves the server only here. The rules are the
 * services' (server/services/ideas.ts, roles.ts); each write names the request's actor (who is
 * audited). Moderators and admins alike may do all of it.
 */
import type { Context } from 'hono';
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { parseBody, parseId, parseQuery } from '../http/validate.js';
import * as ideas from '../services/ideas.js';
import * as roles from '../services/roles.js';
import * as volunteers from '../services/volunteers.js';
import {
  IdeaReplySchema,
  IdeaStatusPatchSchema,
  PublishIdeaSchema,
  StaffIdeaQuerySchema,
  StaffSignupQuerySchema,
  type IdeaRecord,
  type SignupRecord,
} from '../../src/schema/staff/index.js';

/** One CSV cell: quoted when needed; a leading = + - @ tab or CR is neutralised with `'`. */
export function csvCell(v: unknown): string {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A CSV file (RFC 4180, CRLF, UTF-8 with BOM so spreadsheet programs read accents right). */
export function csvResponse(c: Context, name: string, header: string[], rows: unknown[][]): Response {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return c.body(`\uFEFF${lines.join('\r\n')}\r\n`, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${name}"`,
  });
}

const ideaCsv = (items: IdeaRecord[]): unknown[][] =>
  items.map((i) => [
    i.reference,
    i.id,
    i.status,
    i.track,
    i.receivedAt,
    i.updatedAt,
    i.title,
    i.summary,
    i.description,
    i.areaId,
    i.themeIds.join(' '),
    i.location?.address,
    i.neighbours,
    i.testPeriod?.start,
    i.testPeriod?.end,
    i.offerId,
    i.contact.name,
    i.contact.email,
    i.contact.phone,
    i.consent.noticeVersion,
    i.flagged,
    i.fillMs,
    i.initiativeId,
    i.locale,
    i.statusReason,
    i.statusChangedAt,
    i.statusChangedBy,
    i.reply?.text,
    i.reply?.at,
    i.reply?.by,
    i.erasedAt,
  ]);
const IDEA_CSV_HEADER = [
  'reference',
  'id',
  'status',
  'track',
  'receivedAt',
  'updatedAt',
  'title',
  'summary',
  'description',
  'areaId',
  'themeIds',
  'address',
  'neighbours',
  'testStart',
  'testEnd',
  'offerId',
  'contactName',
  'contactEmail',
  'contactPhone',
  'noticeVersion',
  'flagged',
  'fillMs',
  'initiativeId',
  'locale',
  'statusReason',
  'statusChangedAt',
  'statusChangedBy',
  'reply',
  'repliedAt',
  'repliedBy',
  'erasedAt',
];
const signupCsv = (items: SignupRecord[]): unknown[][] =>
  items.map((s) => [
    s.reference,
    s.id,
    s.status,
    s.roleId,
    s.shifts.map((x) => `${x.shiftId}:${x.status}`).join(' '),
    s.availability,
    s.contact.name,
    s.contact.email,
    s.contact.phone,
    s.ageConfirmed,
    s.acknowledgement.noteVersion,
    s.consent.noticeVersion,
    s.joinWaitlist,
    s.flagged,
    s.fillMs,
    s.createdAt,
    s.updatedAt,
  ]);
const SIGNUP_CSV_HEADER = [
  'reference',
  'id',
  'status',
  'roleId',
  'shifts',
  'availability',
  'contactName',
  'contactEmail',
  'contactPhone',
  'ageConfirmed',
  'noteVersion',
  'noticeVersion',
  'joinWaitlist',
  'flagged',
  'fillMs',
  'createdAt',
  'updatedAt',
];

export function registerStaffRoutes(app: App, { db, config }: RouteDeps): void {
  // Authentication of /v1/staff/* (staffAuth) is mounted in server/app.ts, before every staff route.
  const body = jsonBody({ limit: config.bodyLimitBytes });
  const body0 = jsonBody({ limit: config.bodyLimitBytes, optional: true });

  app.get('/v1/staff/ideas', async (c) => c.json(await ideas.ideasForStaff(db, parseQuery(StaffIdeaQuerySchema, c))));
  app.get('/v1/staff/ideas.csv', async (c) => {
    const q = { ...parseQuery(StaffIdeaQuerySchema, c), cursor: undefined, limit: null };
    return csvResponse(c, 'ideas.csv', IDEA_CSV_HEADER, ideaCsv((await ideas.ideasForStaff(db, q)).items));
  });
  app.get('/v1/staff/ideas/:id', async (c) => c.json(await ideas.ideaForStaff(db, parseId(c.req.param('id')))));
  app.patch('/v1/staff/ideas/:id', body, async (c) => {
    const patch = parseBody(IdeaStatusPatchSchema, c.get('body'));
    return c.json(await ideas.setStatus(db, c.get('actor'), parseId(c.req.param('id')), patch));
  });
  app.put('/v1/staff/ideas/:id/reply', body, async (c) => {
    const { text } = parseBody(IdeaReplySchema, c.get('body'));
    return c.json(await ideas.reply(db, c.get('actor'), parseId(c.req.param('id')), text, config.mail !== null));
  });
  app.post('/v1/staff/ideas/:id/publish', body0, async (c) => {
    const choices = parseBody(PublishIdeaSchema, c.get('body') ?? {});
    return c.json(await ideas.publish(db, c.get('actor'), parseId(c.req.param('id')), choices), 201);
  });

  app.get('/v1/staff/signups', async (c) =>
    c.json(await roles.signupsForStaff(db, parseQuery(StaffSignupQuerySchema, c))),
  );
  app.get('/v1/staff/signups.csv', async (c) => {
    const q = { ...parseQuery(StaffSignupQuerySchema, c), cursor: undefined, limit: null };
    return csvResponse(c, 'signups.csv', SIGNUP_CSV_HEADER, signupCsv((await roles.signupsForStaff(db, q)).items));
  });
  // One volunteer's signup, cancelled by staff: the reserve list moves up as when the volunteer cancels.
  app.post('/v1/staff/signups/:id/cancel', body0, async (c) =>
    c.json(await volunteers.cancelByStaff(db, c.get('actor'), parseId(c.req.param('id')), config.mail !== null)),
  );
}
