/**
 * The initiatives: every one, published or not (`GET /v1/staff/initiatives`), most recently changed
 * first, a real table a page at a time ("More initiatives" follows the API's cursor); the rung in
 * the ladder's own words; a title opens the initiative's edit screen (initiatives-edit.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { StaffInitiative, StaffInitiativeQuery } from '../../../schema/staff/moderation.js';
import { StaffScreen } from '../screen.js';
import { pagedTable } from '../paged-table.js';
import { contentReads } from '../staff-api.js';

type Published = StaffInitiativeQuery['published'];

/** Initiatives per page. */
export const INITIATIVES_PAGE_SIZE = 20;

export class InitiativesScreen extends StaffScreen {
  private draft: Published = 'any';
  private applied: Published = 'any';
  private items: StaffInitiative[] = [];
  private total = 0;
  private nextCursor: string | null = null;
  private loaded = false;

  title(): string {
    return this.ctx.i18n.t('initiativesHeading');
  }

  override start(): void {
    void this.fetch(false);
  }

  private async fetch(more: boolean): Promise<void> {
    const before = this.items.length;
    const cursor = more ? (this.nextCursor ?? undefined) : undefined;
    const page = await this.load((signal) =>
      contentReads.initiatives(this.ctx.api, { published: this.applied, limit: INITIATIVES_PAGE_SIZE, cursor }, signal),
    );
    if (!page) return;
    this.items = more ? [...this.items, ...page.items] : page.items;
    this.total = page.total;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
    const t = this.ctx.i18n;
    this.ctx.announce(
      this.items.length
        ? t.t('initiativesShown', t.number(this.items.length), t.number(this.total))
        : t.t('initiativesEmpty'),
    );
    this.ctx.requestUpdate();
    if (more && this.items.length > before) void this.ctx.focus(`#initiative-link-${before}`);
  }

  private areaName(id: string | null): string {
    if (id === null) return this.ctx.i18n.t('initiativesNoArea');
    return this.ctx.site?.areas.find((a) => a.id === id)?.name ?? id;
  }

  render(): TemplateResult {
    const t = this.ctx.i18n;
    return html`<form
        part="form"
        class="filters"
        novalidate
        aria-label=${t.t('initiativesFilters')}
        @submit=${(e: Event) => {
          e.preventDefault();
          this.applied = this.draft;
          void this.fetch(false);
        }}
      >
        <div class="field" part="field">
          <label class="label" part="label" for="f-initiatives-published">${t.t('initiativesPublishedFilter')}</label>
          <select
            part="input"
            class="input select"
            id="f-initiatives-published"
            @change=${(e: Event) => {
              this.draft = (e.target as HTMLSelectElement).value as Published;
            }}
          >
            ${(['any', 'true', 'false'] as const).map(
              (v) =>
                html`<option value=${v} ?selected=${this.draft === v}>${t.t('initiativesPublishedOption', v)}</option>`,
            )}
          </select>
        </div>
        <button class="button secondary" part="submit-button" type="submit">${t.t('initiativesApply')}</button>
      </form>
      ${this.renderTable()}`;
  }

  private renderTable(): TemplateResult {
    const t = this.ctx.i18n;
    const yesNo = (b: boolean) => (b ? t.t('initiativesYes') : t.t('initiativesNo'));
    return pagedTable(t, {
      loadError: this.loadError,
      loaded: this.loaded,
      loading: this.loading,
      count: this.items.length,
      nextCursor: this.nextCursor,
      empty: t.t('initiativesEmpty'),
      more: t.t('initiativesMore'),
      captionId: 'initiatives-caption',
      onRetry: () => void this.fetch(false),
      onMore: () => void this.fetch(true),
      table: () =>
        html`<table>
          <caption id="initiatives-caption">
            ${t.t('initiativesCaption')}
            <span class="muted">(${t.t('initiativesShown', t.number(this.items.length), t.number(this.total))})</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.t('initiativesTitle')}</th>
              <th scope="col">${t.t('initiativesArea')}</th>
              <th scope="col">${t.t('initiativesRung')}</th>
              <th scope="col">${t.t('initiativesStatus')}</th>
              <th scope="col">${t.t('initiativesPublished')}</th>
              <th scope="col">${t.t('initiativesNeedsVolunteers')}</th>
              <th scope="col">${t.t('initiativesOrganiser')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.items.map(
              (i, n) =>
                html`<tr>
                  <th scope="row">
                    <a
                      id="initiative-link-${n}"
                      href="#initiative-${i.id}"
                      @click=${(e: Event) => {
                        e.preventDefault();
                        this.ctx.navigate({ screen: 'initiative', params: { id: i.id } });
                      }}
                      >${i.title}</a
                    >
                  </th>
                  <td>${this.areaName(i.areaId)}</td>
                  <td>${t.t('initiativesRungName', i.rung)}</td>
                  <td>${t.t('initiativesStatusName', i.status)}</td>
                  <td>
                    ${i.published ? yesNo(true) : html`<span class="tag">${t.t('initiativesNo')}</span>`}
                  </td>
                  <td>${yesNo(i.needsVolunteers)}</td>
                  <td>${t.t('initiativesOrganiserName', i.organiser)}</td>
                </tr>`,
            )}
          </tbody>
        </table>`,
    });
  }
}
