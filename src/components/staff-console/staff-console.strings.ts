/**
 * The staff console's strings: the shared ones (common) plus the shell's and every screen's section.
 * Dutch is bundled with the console; French and English are fetched when the console is shown in
 * them: the resident widgets' language file (for the shared strings and the ladder's rung wording) and
 * the console's own (src/i18n/<lang>/staff-console.ts, which re-exports every screen's section), so
 * nothing of the console enters a resident widget's file.
 *
 * A new screen: add nl/staff-<screen>.ts (its Dutch object is the type), fr/ and en/ files of that
 * type re-exported from fr/staff-console.ts and en/staff-console.ts, and its section to SECTIONS and
 * the three spreads below.
 */
import type { Catalogs } from '../../i18n/catalog.js';
import type { LocalizeController } from '../../i18n/controller.js';
import { common } from '../../i18n/nl/common.js';
import { staffShell, type StaffShellStrings } from '../../i18n/nl/staff-console.js';
import { staffInbox, type StaffInboxStrings } from '../../i18n/nl/staff-inbox.js';
import { staffAccounts, type StaffAccountsStrings } from '../../i18n/nl/staff-accounts.js';
import { staffAudit, type StaffAuditStrings } from '../../i18n/nl/staff-audit.js';
import { staffPersonalData, type StaffPersonalDataStrings } from '../../i18n/nl/staff-personal-data.js';
import { staffSite, type StaffSiteStrings } from '../../i18n/nl/staff-site.js';
import { staffInitiatives, type StaffInitiativesStrings } from '../../i18n/nl/staff-initiatives.js';
import { staffVolunteers, type StaffVolunteersStrings } from '../../i18n/nl/staff-volunteers.js';
import { staffMyAccount, type StaffMyAccountStrings } from '../../i18n/nl/staff-my-account.js';
import type { CommonStrings } from '../../i18n/types.js';

export type StaffStrings = CommonStrings &
  StaffShellStrings &
  StaffInboxStrings &
  StaffSiteStrings &
  StaffAccountsStrings &
  StaffAuditStrings &
  StaffPersonalDataStrings &
  StaffInitiativesStrings &
  StaffVolunteersStrings &
  StaffMyAccountStrings;
export type StaffI18n = LocalizeController<StaffStrings>;

type Sections = Pick<
  typeof import('../../i18n/fr/staff-console.js'),
  | 'staffShell'
  | 'staffInbox'
  | 'staffSite'
  | 'staffAccounts'
  | 'staffAudit'
  | 'staffPersonalData'
  | 'staffInitiatives'
  | 'staffVolunteers'
  | 'staffMyAccount'
>;
const merge = (shared: CommonStrings, s: Sections): StaffStrings => ({
  ...shared,
  ...s.staffShell,
  ...s.staffInbox,
  ...s.staffSite,
  ...s.staffAccounts,
  ...s.staffAudit,
  ...s.staffPersonalData,
  ...s.staffInitiatives,
  ...s.staffVolunteers,
  ...s.staffMyAccount,
});

export const catalogs: Catalogs<StaffStrings> = {
  nl: {
    ...common,
    ...staffShell,
    ...staffInbox,
    ...staffSite,
    ...staffAccounts,
    ...staffAudit,
    ...staffPersonalData,
    ...staffInitiatives,
    ...staffVolunteers,
    ...staffMyAccount,
  },
  fr: () =>
    Promise.all([import('../../i18n/fr.js'), import('../../i18n/fr/staff-console.js')]).then(([m, s]) =>
      merge(m.common, s),
    ),
  en: () =>
    Promise.all([import('../../i18n/en.js'), import('../../i18n/en/staff-console.js')]).then(([m, s]) =>
      merge(m.common, s),
    ),
};
