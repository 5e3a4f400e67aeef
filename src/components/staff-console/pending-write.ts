/**
 * The one write that waits for staff to sign in again after their session expired: kept in memory
 * (with the screen's promise) and in sessionStorage (method, path, body and label only, never a
 * password), so a reload of the tab does not lose it either. It is taken out before it is sent
 * again, so it is sent once.
 */
import { tryOr } from '../../storage/safe-store.js';
import type { Place } from './screen.js';
import type { StaffWrite } from './staff-api.js';

const PREFIX = 'civic-widgets:staff-pending:';

/** What is kept of a waiting write. */
export interface KeptWrite {
  write: StaffWrite;
  label: string;
  place: Place;
}

const storage = (): Storage | null => tryOr(() => globalThis.sessionStorage ?? null, null);

export function keepWrite(endpoint: string, kept: KeptWrite): void {
  tryOr(() => storage()?.setItem(PREFIX + endpoint, JSON.stringify(kept)), undefined);
}

/** Takes the kept write of this endpoint out of sessionStorage (it is gone afterwards). */
export function takeWrite(endpoint: string): KeptWrite | null {
  const raw = tryOr(() => storage()?.getItem(PREFIX + endpoint) ?? null, null);
  forgetWrite(endpoint);
  if (!raw) return null;
  const kept = tryOr(() => JSON.parse(raw) as KeptWrite, null);
  return kept && typeof kept.write?.path === 'string' && kept.write.path.startsWith('/v1/staff/') ? kept : null;
}

export function forgetWrite(endpoint: string): void {
  tryOr(() => storage()?.removeItem(PREFIX + endpoint), undefined);
}
