/**
 * Pure helpers of the site setup screen (screens/site.ts) over the site file
 * (src/schema/staff/site.ts): an empty file, setting a value at a dotted path, the file as sent
 * (empty texts left out), the paths in screen order (the error summary follows it), what is missing
 * in which language, and what an imported file changes.
 */
import { LOCALES, type Locale } from '../../../schema/common.js';
import { siteFileIssues, type SiteFile, type SiteText } from '../../../schema/staff/site.js';

export const INFO_KEYS = ['organisation', 'aim', 'legalStatus', 'insurance', 'expenses', 'discretion'] as const;
export const LISTS = ['areas', 'themes', 'offers'] as const;
export type ListKind = (typeof LISTS)[number];

/** A site file to start from when the server has none. */
export function emptySite(): SiteFile {
  return {
    version: 1,
    municipality: {},
    locales: [...LOCALES],
    defaultLocale: 'nl',
    areas: [],
    themes: [],
    tracks: [],
    offers: [],
    privacyNotice: { url: '', version: '1' },
    volunteerInfo: {
      version: '1',
      organisation: {},
      aim: {},
      legalStatus: {},
      insurance: {},
      expenses: {},
      discretion: {},
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when `v` has the site file's lists and objects, so the screen can show it (the server checks the rest). */
export function looksLikeSite(v: unknown): v is SiteFile {
  return (
    isObject(v) &&
    LISTS.every((k) => Array.isArray(v[k]) && (v[k] as unknown[]).every(isObject)) &&
    isObject(v.volunteerInfo) &&
    isObject(v.privacyNotice) &&
    Array.isArray(v.locales) &&
    Array.isArray(v.tracks)
  );
}

/** Sets `value` at a dotted path (`areas.2.name.fr`), making the objects on the way. */
export function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: Record<string, unknown> = root;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(node[key]) && !Array.isArray(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

/** A text without its empty languages. */
const cleanText = (t: SiteText | undefined): SiteText =>
  Object.fromEntries(Object.entries(t ?? {}).filter(([, s]) => typeof s === 'string' && s.trim() !== '')) as SiteText;

/** The file as sent: empty languages left out, empty contact values null, empty pages left out. */
export function cleanSite(file: SiteFile): SiteFile {
  const out: SiteFile = {
    ...file,
    municipality: cleanText(file.municipality),
    areas: file.areas.map((a) => ({ ...a, name: cleanText(a.name) })),
    themes: file.themes.map((a) => ({ ...a, name: cleanText(a.name) })),
    offers: file.offers.map((o) => ({ ...o, title: cleanText(o.title), description: cleanText(o.description) })),
    volunteerInfo: {
      ...file.volunteerInfo,
      ...Object.fromEntries(INFO_KEYS.map((k) => [k, cleanText(file.volunteerInfo[k])])),
    } as SiteFile['volunteerInfo'],
  };
  if (file.contact) {
    const c = file.contact;
    const orNull = (s: string | null | undefined) => (s && s.trim() ? s.trim() : null);
    out.contact = { email: orNull(c.email), phone: orNull(c.phone), url: orNull(c.url) };
  }
  if (file.pages) {
    const pages = Object.fromEntries(Object.entries(file.pages).filter(([, s]) => typeof s === 'string' && s.trim()));
    if (Object.keys(pages).length) out.pages = pages;
    else delete out.pages;
  }
  return out;
}

/** Every field path of the file in the order the screen shows them. */
export function sitePaths(file: SiteFile): string[] {
  const text = (p: string) => LOCALES.map((l) => `${p}.${l}`);
  const paths = [...text('municipality'), 'locales', 'defaultLocale'];
  for (const kind of ['areas', 'themes'] as const)
    file[kind].forEach((_, i) => paths.push(`${kind}.${i}.id`, ...text(`${kind}.${i}.name`)));
  paths.push('tracks');
  file.offers.forEach((_, i) =>
    paths.push(
      `offers.${i}.id`,
      ...text(`offers.${i}.title`),
      ...text(`offers.${i}.description`),
      `offers.${i}.areaId`,
    ),
  );
  paths.push('privacyNotice.url', 'privacyNotice.version', 'volunteerInfo.version');
  for (const k of INFO_KEYS) paths.push(...text(`volunteerInfo.${k}`));
  paths.push('contact.email', 'contact.phone', 'contact.url', 'pages.volunteer', 'pages.ideas');
  return paths;
}

/** The texts missing in one of the site's languages, per language. */
export function missingTexts(file: SiteFile): { total: number; per: Partial<Record<Locale, number>> } {
  const per: Partial<Record<Locale, number>> = {};
  let total = 0;
  for (const issue of siteFileIssues(file)) {
    if (issue.code !== 'missing-translation') continue;
    const l = issue.path[issue.path.length - 1] as Locale;
    per[l] = (per[l] ?? 0) + 1;
    total++;
  }
  return { total, per };
}

/** What an imported file changes against the saved one. */
export interface SiteChanges {
  added: Partial<Record<ListKind, string[]>>;
  removed: Partial<Record<ListKind, string[]>>;
  /** Other values (texts, settings) that differ. */
  other: number;
}

/** Leaf values by path; list items of areas, themes and offers by id. */
function flatten(v: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (Array.isArray(v) && v.every((x) => isObject(x) && typeof x.id === 'string')) {
    for (const item of v as { id: string }[]) flatten(item, `${prefix}[${item.id}]`, out);
  } else if (isObject(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, JSON.stringify(v));
  return out;
}

export function siteChanges(before: SiteFile | undefined, after: SiteFile): SiteChanges {
  const changes: SiteChanges = { added: {}, removed: {}, other: 0 };
  const skip: string[] = [];
  for (const kind of LISTS) {
    const was = new Set((before?.[kind] ?? []).map((x) => x.id));
    const is = new Set(after[kind].map((x) => x.id));
    const added = [...is].filter((id) => !was.has(id));
    const removed = [...was].filter((id) => !is.has(id));
    if (added.length) changes.added[kind] = added;
    if (removed.length) changes.removed[kind] = removed;
    skip.push(...[...added, ...removed].map((id) => `${kind}[${id}]`));
  }
  const a = flatten(cleanSite(before ?? emptySite()), '', new Map());
  const b = flatten(cleanSite(after), '', new Map());
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (key === 'version' || key === '$schema' || skip.some((s) => key.startsWith(s))) continue;
    if (a.get(key) !== b.get(key)) changes.other++;
  }
  return changes;
}
