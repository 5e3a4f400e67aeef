/**
 * One initiative as a card: title, summary, area, themes, the rung named as on the participation
 * ladder (with a small staircase glyph, and "show on the ladder" when a ladder is on the page), status, an image with its alternative text, the call to action, and details that open in
 * place (a disclosure). Everything from the backend goes through Lit text bindings; links are only
 * followed when they are http(s) (or, for the webmaster's signup template, relative).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ApiError } from '../../api/errors.js';
import { CivicShowRungEvent } from '../../events/civic-show-rung.js';
import type { Initiative } from '../../schema/initiative.js';
import type { Translate } from './initiative-list.strings.js';
import { ladderOnPage, rungGlyph } from './rung-glyph.js';

/** What the details of one card hold: loading, failed, or the full initiative. */
export type DetailState = 'loading' | ApiError | Initiative;

/**
 * What every card shares. The list keeps one object for as long as none of it changes (language,
 * strings, site, heading level, signup template), so a card is re-rendered only when its own
 * initiative, disclosure or details change (see `guard` in the list).
 */
export interface CardOptions {
  t: Translate;
  /** Heading level depth below the widget's heading. */
  depth: number;
  heading: (depth: number, content: unknown, className: string, id: string) => TemplateResult;
  areaName: (id: string | null) => string;
  themeName: (id: string) => string;
  date: (iso: string) => string;
  /** The call to action's href for an initiative that needs volunteers, if the webmaster set one. */
  signupHref: (id: string) => string | undefined;
  onToggle: (item: Initiative) => void;
}

/** True for an absolute http(s) URL (after the whitespace browsers strip). */
export function isHttp(url: string): boolean {
  return /^https?:\/\//i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/**
 * The signup link from the webmaster's template: `{id}` is replaced by the URL-encoded id, and the
 * result is used only when it is http(s) or relative (no `javascript:`, `data:` or other scheme).
 */
export function signupLink(template: string | undefined, id: string): string | undefined {
  if (!template) return undefined;
  const href = template.replaceAll('{id}', encodeURIComponent(id)).trim();
  const bare = href.replace(/[\u0000-\u0020]/g, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(bare)) return isHttp(href) ? href : undefined;
  return href || undefined;
}

function detailsTemplate(o: CardOptions, item: Initiative, state: DetailState | undefined): TemplateResult {
  const { t } = o;
  if (state === 'loading') return html`<p>${t('loading')}</p>`;
  if (state && !('id' in state)) return html`<p class="error-text">${t('apiError', state.code)}</p>`;
  const full = state ?? item;
  const links = full.links.filter((l) => isHttp(l.url));
  return html`${full.description ? html`<p class="description">${full.description}</p>` : nothing}
    <dl class="meta">
      <div><dt>${t('organiserLabel')}</dt><dd>${t('organiserName', full.organiser)}</dd></div>
      ${full.startDate ? html`<div><dt>${t('startLabel')}</dt><dd>${o.date(full.startDate)}</dd></div>` : nothing}
      ${full.endDate ? html`<div><dt>${t('endLabel')}</dt><dd>${o.date(full.endDate)}</dd></div>` : nothing}
    </dl>
    ${
      links.length
        ? html`<p class="links-label">${t('linksLabel')}</p>
          <ul class="links">
            ${links.map((l) => html`<li><a href=${l.url} rel="noopener noreferrer">${l.label || l.url}</a></li>`)}
          </ul>`
        : nothing
    }`;
}

/** Whether a ladder is on the page, looked up once per set of card options (not once per card). */
const ladderSeen = new WeakMap<CardOptions, boolean>();

/** "Show rung n on the ladder": asks a `<civic-participation-ladder>` on the page to open that rung. */
function ladderLink(o: CardOptions, item: Initiative): TemplateResult | typeof nothing {
  let shown = ladderSeen.get(o);
  if (shown === undefined) ladderSeen.set(o, (shown = ladderOnPage()));
  return shown
    ? html`<dd><button type="button" class="link-button rung-link" @click=${(e: Event) =>
        e.currentTarget!.dispatchEvent(
          new CivicShowRungEvent(item.rung),
        )}>${o.t('showOnLadder', item.rung)}</button></dd>`
    : nothing;
}

/** One card, as a list item; `open` and `detail` are its disclosure and what its details hold. */
export function initiativeCard(
  o: CardOptions,
  item: Initiative,
  open: boolean,
  detail: DetailState | undefined,
): TemplateResult {
  const { t } = o;
  const href = item.needsVolunteers ? o.signupHref(item.id) : undefined;
  const image = item.image && isHttp(item.image.url) ? item.image : null;
  // 'has-image' on the item too: it is then the size container the card's @container rule asks (the styles).
  return html`<li part="item" class="item ${image ? 'has-image' : ''}">
    <article class="card ${image ? 'has-image' : ''}" aria-labelledby="t-${item.id}">
      ${
        image
          ? html`<img part="image" class="image" src=${image.url} alt=${image.alt} width="640" height="360" loading="lazy" decoding="async" referrerpolicy="no-referrer" crossorigin="anonymous" />`
          : nothing
      }
      <div class="body">
        ${o.heading(o.depth, item.title, 'title', `t-${item.id}`)}
        ${item.needsVolunteers ? html`<p class="badge">${t('needsVolunteers')}</p>` : nothing}
        <p class="summary">${item.summary}</p>
        <dl class="meta">
          <div><dt>${t('areaLabel')}</dt><dd>${o.areaName(item.areaId)}</dd></div>
          ${item.themeIds.length ? html`<div><dt>${t('themesLabel')}</dt><dd>${item.themeIds.map(o.themeName).join(', ')}</dd></div>` : nothing}
          <div class="rung"><dt>${t('rungLabel')}</dt><dd part="rung-name">${rungGlyph(item.rung)}${t('rungValue', item.rung, t('rungName', item.rung))}</dd>${ladderLink(o, item)}</div>
          <div><dt>${t('statusLabel')}</dt><dd>${t('statusName', item.status)}</dd></div>
        </dl>
        <div class="actions">
          ${
            href
              ? html`<a part="call-to-action" class="button" href=${href}>${t('join')}<span class="visually-hidden">: ${item.title}</span></a>`
              : nothing
          }
          <button type="button" part="details-button" class="button secondary" aria-expanded=${open ? 'true' : 'false'}
            aria-controls="d-${item.id}" @click=${() => o.onToggle(item)}>
            ${t('moreInfo')}<span class="visually-hidden">: ${item.title}</span>
          </button>
        </div>
        <div part="details" class="details" id="d-${item.id}" ?hidden=${!open}>
          ${open ? detailsTemplate(o, item, detail) : nothing}
        </div>
      </div>
    </article>
  </li>`;
}

/** A grey placeholder card of a card's height (see `.skeleton` in the styles), while the first page loads. */
export const skeletonCard = html`<li class="item skeleton">
  <div class="card"><div class="body"><span class="bone title"></span><span class="bone"></span><span class="bone"></span><span class="bone short"></span></div></div>
</li>`;
