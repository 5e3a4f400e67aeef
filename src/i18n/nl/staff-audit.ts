/** Dutch strings of the staff console's audit log (keys start with `audit`). */
import type { ActorKind } from '../../schema/staff/audit.js';

const ACTIONS: Record<string, string> = {
  'site.replace': 'Site vervangen',
  'account.signin': 'Aangemeld',
  'account.lockout': 'Account tijdelijk geblokkeerd',
  'account.create': 'Account aangemaakt',
  'account.update': 'Account gewijzigd',
  'account.disable': 'Account uitgeschakeld',
  'account.password': 'Wachtwoord ingesteld',
  'token.create': 'API-token aangemaakt',
  'token.revoke': 'API-token ingetrokken',
  'idea.status': 'Status van een idee',
  'idea.reply': 'Antwoord op een idee',
  'idea.publish': 'Idee gepubliceerd',
  'initiative.create': 'Initiatief aangemaakt',
  'initiative.update': 'Initiatief gewijzigd',
  'initiative.unpublish': 'Initiatief offline gehaald',
  'role.create': 'Vrijwilligersrol aangemaakt',
  'role.update': 'Vrijwilligersrol gewijzigd',
  'role.unpublish': 'Vrijwilligersrol offline gehaald',
  'shift.create': 'Shift aangemaakt',
  'shift.update': 'Shift gewijzigd',
  'shift.cancel': 'Shift geannuleerd',
  'personal-data.export': 'Persoonsgegevens opgevraagd',
  'personal-data.erase': 'Persoonsgegevens gewist',
  'retention.erase': 'Gewist na de bewaartermijn',
};

export const staffAudit = {
  auditNav: 'Logboek',
  auditHeading: 'Logboek',
  auditFilters: 'Filters',
  auditAction: 'Actie',
  auditAnyAction: 'Alle acties',
  auditWho: 'Wie',
  auditAnyone: 'Iedereen',
  auditApply: 'Filteren',
  auditCaption: 'Wie wat deed, nieuwste eerst',
  auditWhen: 'Wanneer',
  auditTarget: 'Waarop',
  auditChange: 'Wijziging',
  auditActionName: (a: string) => ACTIONS[a] ?? a,
  auditActorKind: (k: ActorKind) =>
    ({ account: 'account', token: 'API-token', cli: 'opdrachtregel', system: 'de server zelf' })[k],
  auditChangedFields: (fields: string) => `Gewijzigd: ${fields}`,
  auditNoChange: 'Niets gewijzigd.',
  auditDetails: 'Voor en na',
  auditBefore: 'Voor',
  auditAfter: 'Na',
  auditDetail: 'Details',
  auditShown: (n: number, more: boolean) =>
    `${n} ${n === 1 ? 'regel' : 'regels'} getoond${more ? ', er zijn er meer' : ''}.`,
  auditEmpty: 'Geen regels met deze filters.',
  auditMore: 'Meer regels',
};
export type StaffAuditStrings = typeof staffAudit;
