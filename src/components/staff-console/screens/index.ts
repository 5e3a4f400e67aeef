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
];

/** The first screen after signing in. */
export const HOME: ScreenId = 'inbox';
