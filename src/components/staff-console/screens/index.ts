/**
 * The console's screens, in nav order: which role may see each, its nav label (none: reached from
 * another screen, which stays current in the nav), and how it is made. A new screen adds one entry
 * here and its id to `ScreenId` (../screen.ts).
 */
import type { StaffRole } from '../../../schema/staff/audit.js';
import type { Place, ScreenContext, ScreenId, StaffScreen } from '../screen.js';
import type { StaffI18n } from '../staff-console.strings.js';
import { IdeaScreen } from './idea.js';
import { InboxScreen } from './inbox.js';
import { InitiativeEditScreen } from './initiatives-edit.js';
import { InitiativesScreen } from './initiatives.js';
import { VolunteersScreen } from './volunteers.js';
import { AccountsScreen } from './accounts.js';
import { AuditScreen } from './audit.js';
import { PersonalDataScreen } from './personal-data.js';
import { SiteScreen } from './site.js';
import { MyAccountScreen } from './my-account.js';

export interface ScreenEntry {
  id: ScreenId;
  /** The least role that sees it (`admin` screens are hidden from moderators). */
  role: StaffRole;
  /** Its label in the nav; without one it is not in the nav. */
  nav?: (i18n: StaffI18n) => string;
  /** The nav item that is current while this screen shows (the idea screen: the inbox). */
  under?: ScreenId;
  create(ctx: ScreenContext, place: Place): StaffScreen;
}

export const SCREENS: readonly ScreenEntry[] = [
  { id: 'inbox', role: 'moderator', nav: (t) => t.t('inboxNav'), create: (ctx, p) => new InboxScreen(ctx, p) },
  { id: 'idea', role: 'moderator', under: 'inbox', create: (ctx, p) => new IdeaScreen(ctx, p) },
  // Initiatives and volunteers (CONSOLE-CONTENT).
  {
    id: 'initiatives',
    role: 'moderator',
    nav: (t) => t.t('initiativesNav'),
    create: (ctx, p) => new InitiativesScreen(ctx, p),
  },
  { id: 'initiative', role: 'moderator', under: 'initiatives', create: (ctx, p) => new InitiativeEditScreen(ctx, p) },
  {
    id: 'volunteers',
    role: 'moderator',
    nav: (t) => t.t('volunteersNav'),
    create: (ctx, p) => new VolunteersScreen(ctx, p),
  },
  // Admin screens and personal data (CONSOLE-ADMIN).
  {
    id: 'personal-data',
    role: 'moderator',
    nav: (t) => t.t('personalNav'),
    create: (ctx, p) => new PersonalDataScreen(ctx, p),
  },
  { id: 'site', role: 'admin', nav: (t) => t.t('siteNav'), create: (ctx, p) => new SiteScreen(ctx, p) },
  { id: 'accounts', role: 'admin', nav: (t) => t.t('accountsNav'), create: (ctx, p) => new AccountsScreen(ctx, p) },
  { id: 'audit', role: 'admin', nav: (t) => t.t('auditNav'), create: (ctx, p) => new AuditScreen(ctx, p) },
  // One's own account: who is signed in, new-idea e-mails, password (any role).
  {
    id: 'my-account',
    role: 'moderator',
    nav: (t) => t.t('myAccountNav'),
    create: (ctx, p) => new MyAccountScreen(ctx, p),
  },
];

/** The first screen after signing in. */
export const HOME: ScreenId = 'inbox';
