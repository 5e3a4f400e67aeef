/**
 * The inbox of ideas: newest first, filtered by status, track, area and flagged; a real table;
 * "More ideas" follows the API's cursor (a page at a time, never everything at once); a reference
 * opens the idea.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { selectField } from '../../../internal/form-field.js';
import { IDEA_TRACKS } from '../../../schema/site.js';
import { IDEA_STATUSES, type IdeaRecord, type StaffIdeaQuery } from '../../../schema/staff/moderation.js';
import { StaffScreen } from '../screen.js';
import { pagedTable } from '../paged-table.js';

type Flagged = 'false' | 'true' | 'any';
interface Filters {
  status: string;
  track: string;
  areaId: string;
  flagged: Flagged;
}

/** Ideas per page. */
export const INBOX_PAGE_SIZE = 20;

export class InboxScreen extends StaffScreen {
  /** What the form shows (applied with the Filter button). */
  private draft: Filters = { status: '', track: '', areaId: '', flagged: 'false' };
  private applied: Filters = { ...this.draft };
  private items: IdeaRecord[] = [];
  private total = 0;
  private nextCursor: string | null = null;
  private loaded = false;

  title(): string {
    return this.ctx.i18n.t('inboxHeading');
  }

  override start(): void {
    void this.fetch(false);
  }

  private query(cursor?: string): Partial<StaffIdeaQuery> {
    const f = this.applied;
    return {
      status: (f.status || undefined) as StaffIdeaQuery['status'],
      track: (f.track || undefined) as StaffIdeaQuery['track'],
      areaId: f.areaId || undefined,
      flagged: f.flagged,
      limit: INBOX_PAGE_SIZE,
      cursor,
    };
  }

  private async fetch(more: boolean): Promise<void> {
    const before = this.items.length;
    const page = await this.load((signal) =>
      this.ctx.api.listIdeas(this.query(more ? (this.nextCursor ?? undefined) : undefined), signal),
    );
    if (!page) return;
    this.items = more ? [...this.items, ...page.items] : page.items;
    this.total = page.total;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
    const t = this.ctx.i18n;
    this.ctx.announce(
      this.items.length ? t.t('inboxShown', t.number(this.items.length), t.number(this.total)) : t.t('inboxEmpty'),
    );
    this.ctx.requestUpdate();
    // After "More", the first new idea takes focus, so a keyboard user reads on from there.
    if (more && this.items.length > before) void this.ctx.focus(`#idea-link-${before}`);
  }

  private onFilter = (e: Event): void => {
    e.preventDefault();
    this.applied = { ...this.draft };
    void this.fetch(false);
  };

  private set<K extends keyof Filters>(key: K, value: Filters[K]): void {
    this.draft = { ...this.draft, [key]: value };
    this.ctx.requestUpdate();
  }

  private areaName(id: string): string {
    return this.ctx.site?.areas.find((a) => a.id === id)?.name ?? id;
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const d = this.draft;
    const prefix = t.t('errorPrefix');
    return html`<form part="form" class="filters" novalidate aria-label=${t.t('inboxFilters')} @submit=${this.onFilter}>
        ${selectField({
          id: 'f-inbox-status',
          label: t.t('inboxStatus'),
          placeholder: t.t('inboxAnyStatus'),
          value: d.status,
          options: IDEA_STATUSES.map((s) => ({ value: s, label: t.t('statusName', s) })),
          errorPrefix: prefix,
          onChange: (v) => this.set('status', v),
        })}
        ${selectField({
          id: 'f-inbox-track',
          label: t.t('inboxTrack'),
          placeholder: t.t('inboxAnyTrack'),
          value: d.track,
          options: IDEA_TRACKS.map((s) => ({ value: s, label: t.t('trackName', s) })),
          errorPrefix: prefix,
          onChange: (v) => this.set('track', v),
        })}
        ${selectField({
          id: 'f-inbox-area',
          label: t.t('inboxArea'),
          placeholder: t.t('inboxAnyArea'),
          value: d.areaId,
          options: (this.ctx.site?.areas ?? []).map((a) => ({ value: a.id, label: a.name })),
          errorPrefix: prefix,
          onChange: (v) => this.set('areaId', v),
        })}
        <div class="field" part="field">
          <label class="label" part="label" for="f-inbox-flagged">${t.t('inboxFlagged')}</label>
          <select
            part="input"
            class="input select"
            id="f-inbox-flagged"
            @change=${(e: Event) => this.set('flagged', (e.target as HTMLSelectElement).value as Flagged)}
          >
            ${(['false', 'true', 'any'] as const).map(
              (v) => html`<option value=${v} ?selected=${d.flagged === v}>${t.t('inboxFlaggedOption', v)}</option>`,
            )}
          </select>
        </div>
        <button class="button secondary" part="submit-button" type="submit">${t.t('inboxApply')}</button>
      </form>
      ${this.renderTable()}`;
  }

  private renderTable(): TemplateResult {
    const t = this.ctx.i18n;
    return pagedTable(t, {
      loadError: this.loadError,
      loaded: this.loaded,
      loading: this.loading,
      count: this.items.length,
      nextCursor: this.nextCursor,
      empty: t.t('inboxEmpty'),
      more: t.t('inboxMore'),
      captionId: 'inbox-caption',
      onRetry: () => void this.fetch(false),
      onMore: () => void this.fetch(true),
      actions: html`<a href=${this.ctx.api.ideasCsvUrl(this.query())} download>${t.t('inboxExport')}</a>`,
      table: () =>
        html`<table>
          <caption id="inbox-caption">
            ${t.t('inboxCaption')}
            <span class="muted">(${t.t('inboxShown', t.number(this.items.length), t.number(this.total))})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.t('inboxReference')}</th>
              <th scope="col">${t.t('inboxTitle')}</th>
              <th scope="col">${t.t('inboxArea')}</th>
              <th scope="col">${t.t('inboxTrack')}</th>
              <th scope="col">${t.t('inboxStatus')}</th>
              <th scope="col">${t.t('inboxReceived')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.items.map(
              (idea, i) =>
                html`<tr>
                  <th scope="row">
                    <a
                      class="nowrap"
                      id="idea-link-${i}"
                      href="#idea-${idea.id}"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.ctx.navigate({ screen: 'idea', params: { id: idea.id } });
                      }}
                      >${idea.reference}</a
                    >
                  </th>
                  <td>${idea.title}</td>
                  <td>${this.areaName(idea.areaId)}</td>
                  <td>${t.t('trackName', idea.track)}</td>
                  <td>
                    ${t.t('statusName', idea.status)}
                    ${idea.flagged ? html` <span class="tag">${t.t('inboxFlag')}</span>` : nothing}
                  </td>
                  <td class="nowrap">${t.date(idea.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    });
  }
}
