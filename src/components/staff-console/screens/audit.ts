/**
 * The audit log (admins): a table of who did what, when, to what; newest first; filtered by action
 * and by who (an account); "More" follows the API's cursor. The before and after of a change are
 * readable: for `site.replace` the fields that changed, and for every entry its JSON in a
 * details/summary.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { selectField } from '../../../internal/form-field.js';
import type { AuditEntry } from '../../../schema/staff/audit.js';
import type { StaffAccount } from '../../../schema/staff/accounts.js';
import { StaffScreen } from '../screen.js';
import { pagedTable } from '../paged-table.js';
import { adminReads, type AuditFilters } from '../staff-api.js';

/** The actions the server writes (docs/server.md), for the filter. */
export const AUDIT_ACTIONS = [
  'site.replace',
  'account.signin',
  'account.lockout',
  'account.create',
  'account.update',
  'account.disable',
  'account.password',
  'token.create',
  'token.revoke',
  'idea.status',
  'idea.reply',
  'idea.publish',
  'initiative.create',
  'initiative.update',
  'initiative.unpublish',
  'role.create',
  'role.update',
  'role.unpublish',
  'shift.create',
  'shift.update',
  'shift.cancel',
  'personal-data.export',
  'personal-data.erase',
  'retention.erase',
] as const;

export const AUDIT_PAGE_SIZE = 25;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The top-level fields whose value differs between `before` and `after` (site.replace: areas, offers, …). */
export function changedFields(before: unknown, after: unknown): string[] {
  if (!isObject(before) || !isObject(after)) return [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export class AuditScreen extends StaffScreen {
  private draft = { action: '', actorId: '' };
  private applied = { ...this.draft };
  private items: AuditEntry[] = [];
  private nextCursor: string | null = null;
  private loaded = false;
  private accounts: StaffAccount[] = [];

  title(): string {
    return this.ctx.i18n.t('auditHeading');
  }

  override start(): void {
    void this.fetch(false);
    // Who: the accounts, for the filter (names only; a failure leaves the filter empty).
    adminReads.accounts(this.ctx.api).then(
      (list) => {
        this.accounts = list.items;
        this.ctx.requestUpdate();
      },
      () => undefined,
    );
  }

  private async fetch(more: boolean): Promise<void> {
    const before = this.items.length;
    const filters: AuditFilters = {
      action: this.applied.action || undefined,
      actorId: this.applied.actorId || undefined,
      limit: AUDIT_PAGE_SIZE,
      cursor: more ? (this.nextCursor ?? undefined) : undefined,
    };
    const page = await this.load((signal) => adminReads.audit(this.ctx.api, filters, signal));
    if (!page) return;
    this.items = more ? [...this.items, ...page.items] : page.items;
    this.nextCursor = page.nextCursor;
    this.loaded = true;
    const t = this.ctx.i18n;
    this.ctx.announce(this.items.length ? t.t('auditShown', this.items.length, !!this.nextCursor) : t.t('auditEmpty'));
    this.ctx.requestUpdate();
    if (more && this.items.length > before) void this.ctx.focus(`#audit-row-${before}`);
  }

  private onFilter = (e: Event): void => {
    e.preventDefault();
    this.applied = { ...this.draft };
    void this.fetch(false);
  };

  render(): TemplateResult {
    const t = this.ctx.i18n;
    const prefix = t.t('errorPrefix');
    return html`<form part="form" class="filters" novalidate aria-label=${t.t('auditFilters')} @submit=${this.onFilter}>
        ${selectField({
          id: 'f-audit-action',
          label: t.t('auditAction'),
          placeholder: t.t('auditAnyAction'),
          value: this.draft.action,
          options: AUDIT_ACTIONS.map((a) => ({ value: a, label: `${t.t('auditActionName', a)} (${a})` })),
          errorPrefix: prefix,
          onChange: (v) => {
            this.draft = { ...this.draft, action: v };
            this.ctx.requestUpdate();
          },
        })}
        ${selectField({
          id: 'f-audit-actor',
          label: t.t('auditWho'),
          placeholder: t.t('auditAnyone'),
          value: this.draft.actorId,
          options: this.accounts.map((a) => ({ value: a.id, label: a.email })),
          errorPrefix: prefix,
          onChange: (v) => {
            this.draft = { ...this.draft, actorId: v };
            this.ctx.requestUpdate();
          },
        })}
        <button class="button secondary" part="submit-button" type="submit">${t.t('auditApply')}</button>
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
      empty: t.t('auditEmpty'),
      more: t.t('auditMore'),
      captionId: 'audit-caption',
      onRetry: () => void this.fetch(false),
      onMore: () => void this.fetch(true),
      table: () =>
        html`<table class="audit">
          <caption id="audit-caption">
            ${t.t('auditCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.t('auditWhen')}</th>
              <th scope="col">${t.t('auditWho')}</th>
              <th scope="col">${t.t('auditAction')}</th>
              <th scope="col">${t.t('auditTarget')}</th>
              <th scope="col">${t.t('auditChange')}</th>
            </tr>
          </thead>
          <tbody>
            ${this.items.map((e, i) => this.renderRow(e, i))}
          </tbody>
        </table>`,
    });
  }

  private renderRow(e: AuditEntry, i: number): TemplateResult {
    const t = this.ctx.i18n;
    const changed = e.action === 'site.replace' ? changedFields(e.before, e.after) : [];
    const json = (v: unknown) => JSON.stringify(v, null, 2);
    const hasData = e.before !== null || e.after !== null || e.detail !== null;
    return html`<tr>
      <th scope="row" id="audit-row-${i}" tabindex="-1">
        <time datetime=${e.at}>${t.date(e.at, { dateStyle: 'medium', timeStyle: 'medium' })}</time>
      </th>
      <td>${e.actor.label}<br /><span class="muted">${t.t('auditActorKind', e.actor.kind)}</span></td>
      <td>${t.t('auditActionName', e.action)}<br /><code class="muted">${e.action}</code></td>
      <td>${e.target.type}${e.target.id ? html`<br /><code>${e.target.id}</code>` : nothing}</td>
      <td>
        ${
          e.action === 'site.replace'
            ? html`<p>${changed.length ? t.t('auditChangedFields', changed.join(', ')) : t.t('auditNoChange')}</p>`
            : nothing
        }
        ${
          hasData
            ? html`<details>
                <summary>${t.t('auditDetails')}</summary>
                ${e.before !== null ? html`<p><strong>${t.t('auditBefore')}</strong></p><pre>${json(e.before)}</pre>` : nothing}
                ${e.after !== null ? html`<p><strong>${t.t('auditAfter')}</strong></p><pre>${json(e.after)}</pre>` : nothing}
                ${e.detail !== null ? html`<p><strong>${t.t('auditDetail')}</strong></p><pre>${json(e.detail)}</pre>` : nothing}
              </details>`
            : nothing
        }
      </td>
    </tr>`;
  }
}
