/**
 * Site setup (admins): the whole site file (src/schema/staff/site.ts) on one screen. Every text in
 * nl, fr and en side by side (stacked on a phone), with what is missing in one of the site's
 * languages marked on the field and counted at the top; areas, themes and offers added, removed and
 * reordered with buttons. Saving sends the whole file (`PUT /v1/staff/site`): the server's 422
 * (`missing-translation` at `areas.2.name.fr` and the like) lands on the field and in the error
 * summary; its 409 `in-use` names what is still used. A site file is imported after a look at what
 * it changes and a confirmation, and exported as site.json.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { asApiError, type ApiError } from '../../../api/errors.js';
import { errorSummary } from '../../../internal/error-summary.js';
import { FormController, fieldId } from '../../../internal/form-controller.js';
import { choiceGroup, errorTemplate, selectField, textField } from '../../../internal/form-field.js';
import { LOCALES, type Locale } from '../../../schema/common.js';
import type { FieldError, FieldErrorCode } from '../../../schema/problem.js';
import { IDEA_TRACKS } from '../../../schema/site.js';
import { SITE_TEXT_LIMITS, SiteFileSchema, type SiteFile, type SiteText } from '../../../schema/staff/site.js';
import { StaffScreen } from '../screen.js';
import { adminReads, adminWrites } from '../staff-api.js';
import {
  cleanSite,
  emptySite,
  INFO_KEYS,
  LISTS,
  looksLikeSite,
  missingTexts,
  setAt,
  siteChanges,
  sitePaths,
  type ListKind,
  type SiteChanges,
} from './site-file.js';

/** An imported file waiting for confirmation. */
interface Pending {
  name: string;
  file: SiteFile;
  changes: SiteChanges;
  problems: number;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class SiteScreen extends StaffScreen {
  /** The file as saved on the server (undefined: none yet). */
  private file: SiteFile | undefined;
  /** What staff edit. */
  private draft: SiteFile | undefined;
  private dirty = false;
  private pending: Pending | undefined;
  private importError = '';
  private inUse: { lists: ListKind[]; detail: string } | undefined;
  private sendError: ApiError | undefined;
  /** Paths of the server's last field errors (some may not be on screen). */
  private errorPaths: string[] = [];
  private exportUrl = '';

  readonly form = this.use(
    new FormController<Record<string, unknown>>(this.ctx.host, {
      initial: () => ({}),
      validate: () => [],
      order: () => {
        const paths = this.draft ? sitePaths(this.draft) : [];
        return [...paths, ...this.errorPaths.filter((p) => !paths.includes(p))].map((p) => `site.${p}`);
      },
    }),
  );

  title(): string {
    return this.ctx.i18n.t('siteHeading');
  }

  override start(): void {
    void this.load((signal) => adminReads.site(this.ctx.api, signal)).then((file) => {
      if (file) this.setFile(file, !this.dirty);
      else if (this.loadError?.code === 'not-found') {
        this.loadError = undefined;
        this.setFile(undefined, !this.dirty);
      }
    });
  }

  override close(): void {
    super.close();
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
  }

  /** Takes the saved file (and the draft, unless staff are editing); remakes the export link. */
  private setFile(file: SiteFile | undefined, toDraft: boolean): void {
    this.file = file;
    if (toDraft || !this.draft) {
      this.draft = clone(file ?? emptySite());
      this.dirty = false;
    }
    if (this.exportUrl) URL.revokeObjectURL(this.exportUrl);
    this.exportUrl = file
      ? URL.createObjectURL(new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' }))
      : '';
    this.ctx.requestUpdate();
  }

  // Editing

  private edit(path: string, value: unknown): void {
    if (!this.draft) return;
    setAt(this.draft as unknown as Record<string, unknown>, path, value);
    this.dirty = true;
    this.form.set(`site.${path}`, value);
  }

  private itemName(kind: ListKind, i: number): string {
    const t = this.ctx.i18n;
    return kind === 'areas'
      ? t.t('siteArea', i + 1)
      : kind === 'themes'
        ? t.t('siteTheme', i + 1)
        : t.t('siteOffer', i + 1);
  }

  private add(kind: ListKind): void {
    const list = this.draft![kind] as unknown[];
    list.push(kind === 'offers' ? { id: '', title: {}, description: {}, areaId: null } : { id: '', name: {} });
    this.dirty = true;
    this.ctx.announce(this.ctx.i18n.t('siteAdded', this.itemName(kind, list.length - 1)));
    this.ctx.requestUpdate();
    void this.ctx.focus(`#${fieldId(`site.${kind}.${list.length - 1}.id`)}`);
  }

  private move(kind: ListKind, i: number, by: -1 | 1): void {
    const list = this.draft![kind] as unknown[];
    const j = i + by;
    if (j < 0 || j >= list.length) return;
    [list[i], list[j]] = [list[j], list[i]];
    this.dirty = true;
    const id = (list[j] as { id: string }).id || this.itemName(kind, j);
    this.ctx.announce(this.ctx.i18n.t('siteMoved', id, j + 1));
    // Focus stays on the same button of the item that moved (the other one at the ends).
    const edge = (by === -1 && j === 0) || (by === 1 && j === list.length - 1);
    this.ctx.requestUpdate();
    void this.ctx.focus(`#site-${kind}-${j}-${edge ? (by === -1 ? 'down' : 'up') : by === -1 ? 'up' : 'down'}`);
  }

  private remove(kind: ListKind, i: number): void {
    const list = this.draft![kind] as unknown[];
    const id = (list[i] as { id: string }).id || this.itemName(kind, i);
    list.splice(i, 1);
    this.dirty = true;
    this.ctx.announce(this.ctx.i18n.t('siteRemoved', id));
    this.ctx.requestUpdate();
    void this.ctx.focus(list.length ? `#site-${kind}-${Math.min(i, list.length - 1)}-remove` : `#site-${kind}-add`);
  }

  // Saving, import, export

  private onSave = (e: Event): void => {
    e.preventDefault();
    const draft = this.draft;
    if (draft) void this.form.submit(() => this.send(cleanSite(draft)));
  };

  private async send(body: SiteFile, imported = false): Promise<void> {
    const t = this.ctx.i18n;
    this.inUse = undefined;
    this.sendError = undefined;
    this.errorPaths = [];
    try {
      const saved = await this.ctx.save({
        write: adminWrites.site(body),
        schema: SiteFileSchema,
        label: t.t('siteSaveLabel'),
      });
      this.setFile(saved, true);
      this.ctx.announce(t.t('siteSaved'));
      // The other screens' areas and themes (inbox filters, the initiative form) come from /v1/site.
      void this.ctx.refreshSite();
    } catch (err) {
      const error = asApiError(err);
      if (imported) this.ctx.announce(t.t('siteImportRefused'));
      if (error.code === 'validation' && error.fieldErrors.length) {
        this.errorPaths = error.fieldErrors.map((f) => f.path);
        return this.form.showServerErrors(error.fieldErrors.map((f) => ({ ...f, path: `site.${f.path}` })));
      }
      const lists = (error.problem?.errors ?? []).filter((f) => f.code === 'in-use').map((f) => f.path as ListKind);
      if (error.code === 'conflict' && lists.length) {
        this.inUse = { lists, detail: error.problem?.detail ?? '' };
        this.ctx.requestUpdate();
        void this.ctx.focus('.in-use');
        return;
      }
      this.sendError = error;
      this.ctx.requestUpdate();
      void this.ctx.focus('.send-error');
    }
  }

  private onImport = async (e: Event): Promise<void> => {
    const input = e.target as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const t = this.ctx.i18n;
    this.pending = undefined;
    this.importError = '';
    let json: unknown;
    try {
      json = JSON.parse(await chosen.text());
    } catch {
      json = undefined;
      this.importError = t.t('siteImportUnreadable', chosen.name);
    }
    if (json !== undefined && !looksLikeSite(json)) this.importError = t.t('siteImportNotSite', chosen.name);
    if (!this.importError && looksLikeSite(json)) {
      const check = SiteFileSchema.safeParse(json);
      this.pending = {
        name: chosen.name,
        file: json,
        changes: siteChanges(this.file, json),
        problems: check.success ? 0 : check.error.issues.length,
      };
    }
    input.value = '';
    this.ctx.requestUpdate();
    this.ctx.requestUpdate();
    void this.ctx.focus(this.pending ? '#site-import-heading' : '#f-site-import');
  };

  private confirmImport(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    this.draft = clone(p.file);
    this.dirty = true;
    void this.form.submit(() => this.send(p.file, true));
  }

  private cancelImport(): void {
    this.pending = undefined;
    this.ctx.announce(this.ctx.i18n.t('siteImportCancelled'));
    this.ctx.requestUpdate();
    void this.ctx.focus('#f-site-import');
  }

  // Messages

  /** A field's name for staff ("Wijk 2 – Naam (Frans)"). */
  private label(path: string): string {
    const t = this.ctx.i18n;
    const parts = path.split('.');
    const lang = LOCALES.includes(parts[parts.length - 1] as Locale) ? (parts.pop() as Locale) : undefined;
    const suffix = lang ? ` (${t.t('siteLanguage', lang)})` : '';
    const [head, second, third] = parts;
    const field = (k: string | undefined): string =>
      ({
        id: t.t('siteId'),
        name: t.t('siteName'),
        title: t.t('siteOfferTitle'),
        description: t.t('siteOfferDescription'),
        areaId: t.t('siteOfferArea'),
      })[k ?? ''] ??
      k ??
      '';
    let base: string;
    if (head === 'municipality') base = t.t('siteMunicipality');
    else if ((head === 'areas' || head === 'themes' || head === 'offers') && second !== undefined)
      base = `${this.itemName(head, Number(second))}${third ? ` – ${field(third)}` : ''}`;
    else if (head === 'areas' || head === 'themes' || head === 'offers')
      base = t.t(head === 'areas' ? 'siteAreas' : head === 'themes' ? 'siteThemes' : 'siteOffers');
    else if (head === 'privacyNotice')
      base = `${t.t('sitePrivacy')} – ${second === 'url' ? t.t('sitePrivacyUrl') : t.t('siteVersion')}`;
    else if (head === 'volunteerInfo')
      base = `${t.t('siteVolunteerInfo')} – ${second === 'version' ? t.t('siteVersion') : t.t('siteInfoField', second ?? '')}`;
    else if (head === 'contact')
      base = `${t.t('siteContact')} – ${second === 'email' ? t.t('siteContactEmail') : second === 'phone' ? t.t('siteContactPhone') : t.t('siteContactUrl')}`;
    else if (head === 'pages') base = second === 'ideas' ? t.t('sitePagesIdeas') : t.t('sitePagesVolunteer');
    else if (head === 'locales') base = t.t('siteLocales');
    else if (head === 'defaultLocale') base = t.t('siteDefaultLocale');
    else if (head === 'tracks') base = t.t('siteTracks');
    else base = path;
    return base + suffix;
  }

  private message = (path: string, code: FieldErrorCode): string => {
    const p = path.replace(/^site\./, '');
    const last = p.split('.').pop() as Locale;
    if (code === 'missing-translation' && LOCALES.includes(last))
      return this.ctx.i18n.t('siteMissingError', this.label(p.slice(0, -3)), last);
    return `${this.label(p)}: ${this.ctx.i18n.t('fieldError', code, this.label(p).toLowerCase())}`;
  };

  private error(path: string): string | undefined {
    const e: FieldError | undefined = this.form.errorFor(`site.${path}`);
    return e ? this.message(e.path, e.code) : undefined;
  }

  // Rendering

  render(): TemplateResult {
    const t = this.ctx.i18n;
    if (this.loadError) {
      return html`<div class="panel error" part="error" role="alert">
        ${t.t('apiError', this.loadError.code)}
        <button class="link-button" type="button" @click=${() => this.start()}>${t.t('retry')}</button>
      </div>`;
    }
    const d = this.draft;
    if (!d) return html`<p>${t.t('loading')}</p>`;
    const missing = missingTexts(d);
    const f = this.form;
    return html`<p>${t.t('siteIntro')}</p>
      ${this.file ? nothing : html`<p class="panel notice">${t.t('siteNone')}</p>`} ${this.renderFileBlock()}
      <form part="form" novalidate aria-labelledby="screen-heading" @submit=${this.onSave}>
        ${errorSummary({
          title: t.t('errorSummaryTitle'),
          items: f.summary(this.message),
          focusField: f.focusField,
          headingLevel: this.ctx.level(1),
        })}
        ${this.renderProblems()}
        <p class="missing-count ${missing.total ? 'has-missing' : ''}" id="site-missing-count">
          ${t.t(
            'siteMissingCount',
            missing.total,
            LOCALES.filter((l) => missing.per[l])
              .map((l) => t.t('siteMissingPart', missing.per[l]!, l))
              .join(', '),
          )}
        </p>
        <section class="block" aria-labelledby="site-general">
          ${this.ctx.heading(1, t.t('siteGeneral'), 'site-general')}
          ${this.textBlock('municipality', t.t('siteMunicipality'), SITE_TEXT_LIMITS.name)}
          ${choiceGroup({
            id: fieldId('site.locales'),
            legend: t.t('siteLocales'),
            hint: t.t('siteLocalesHint'),
            type: 'checkbox',
            options: LOCALES.map((l) => ({ value: l, label: t.t('siteLanguage', l) })),
            selected: d.locales,
            error: this.error('locales'),
            errorPrefix: t.t('errorPrefix'),
            onChange: (v) =>
              this.edit(
                'locales',
                LOCALES.filter((l) => v.includes(l)),
              ),
          })}
          ${selectField({
            id: fieldId('site.defaultLocale'),
            label: t.t('siteDefaultLocale'),
            placeholder: '—',
            value: d.defaultLocale,
            options: LOCALES.map((l) => ({ value: l, label: t.t('siteLanguage', l) })),
            error: this.error('defaultLocale'),
            errorPrefix: t.t('errorPrefix'),
            onChange: (v) => this.edit('defaultLocale', v),
          })}
        </section>
        ${this.renderList('areas')} ${this.renderList('themes')}
        <section class="block" aria-labelledby="site-tracks">
          ${this.ctx.heading(1, t.t('siteTracks'), 'site-tracks')}
          ${choiceGroup({
            id: fieldId('site.tracks'),
            legend: t.t('siteTracks'),
            hint: t.t('siteTracksHint'),
            type: 'checkbox',
            options: IDEA_TRACKS.map((s) => ({ value: s, label: t.t('trackName', s) })),
            selected: d.tracks,
            error: this.error('tracks'),
            errorPrefix: t.t('errorPrefix'),
            onChange: (v) =>
              this.edit(
                'tracks',
                IDEA_TRACKS.filter((s) => v.includes(s)),
              ),
          })}
        </section>
        ${this.renderList('offers')} ${this.renderSettings(d)}
        <div class="actions">
          <button class="button" part="submit-button" type="submit" aria-disabled=${f.busy ? 'true' : 'false'}>
            ${f.busy ? t.t('busy') : t.t('siteSave')}
          </button>
        </div>
      </form>`;
  }

  /** Problems that are not on one field: a write that failed, something still in use. */
  private renderProblems(): TemplateResult {
    const t = this.ctx.i18n;
    const u = this.inUse;
    const removed = (kind: ListKind): string => {
      const kept = new Set(this.draft?.[kind].map((x) => x.id));
      return (this.file?.[kind] ?? [])
        .map((x) => x.id)
        .filter((id) => !kept.has(id))
        .join(', ');
    };
    const listName = (k: ListKind) => t.t(k === 'areas' ? 'siteAreas' : k === 'themes' ? 'siteThemes' : 'siteOffers');
    return html`${
      u
        ? html`<div class="panel error in-use" part="error" role="alert" tabindex="-1">
            <p><strong>${t.t('siteInUse')}</strong></p>
            <ul>
              ${u.lists.map((k) => html`<li>${t.t('siteInUseList', listName(k), removed(k))}</li>`)}
            </ul>
            ${u.detail ? html`<p>${t.t('siteInUseServer')} <span lang="en">${u.detail}</span></p>` : nothing}
            <p>${t.t('siteInUseHow')}</p>
          </div>`
        : nothing
    }
    ${
      this.sendError
        ? html`<div class="panel error send-error" part="error" role="alert" tabindex="-1">
            ${t.t('apiError', this.sendError.code)}
          </div>`
        : nothing
    }`;
  }

  private renderFileBlock(): TemplateResult {
    const t = this.ctx.i18n;
    const p = this.pending;
    const id = 'f-site-import';
    return html`<section class="block" aria-labelledby="site-file">
      ${this.ctx.heading(1, t.t('siteFileHeading'), 'site-file')}
      <p>
        ${
          this.exportUrl
            ? html`<a id="site-export" href=${this.exportUrl} download="site.json">${t.t('siteExport')}</a>`
            : t.t('siteExportNone')
        }
      </p>
      <div class="field ${this.importError ? 'has-error' : ''}" part="field">
        <label class="label" part="label" for=${id}>${t.t('siteImport')}</label>
        <div class="hint" part="hint" id="${id}-hint">${t.t('siteImportHint')}</div>
        ${errorTemplate(id, t.t('errorPrefix'), this.importError || undefined)}
        <input
          part="input"
          class="file-input"
          type="file"
          id=${id}
          accept=".json,application/json"
          aria-describedby="${id}-hint${this.importError ? ` ${id}-error` : ''}"
          @change=${this.onImport}
        />
      </div>
      ${p ? this.renderPending(p) : nothing}
    </section>`;
  }

  private renderPending(p: Pending): TemplateResult {
    const t = this.ctx.i18n;
    const c = p.changes;
    const listName = (k: ListKind) => t.t(k === 'areas' ? 'siteAreas' : k === 'themes' ? 'siteThemes' : 'siteOffers');
    const lines = [
      ...LISTS.filter((k) => c.added[k]).map((k) => t.t('siteImportAdded', listName(k), c.added[k]!.join(', '))),
      ...LISTS.filter((k) => c.removed[k]).map((k) => t.t('siteImportRemoved', listName(k), c.removed[k]!.join(', '))),
      ...(c.other ? [t.t('siteImportTexts', c.other)] : []),
    ];
    return html`<div class="panel confirm" role="group" aria-labelledby="site-import-heading">
      ${this.ctx.heading(2, t.t('siteImportHeading', p.name), 'site-import-heading')}
      <p>${t.t('siteImportChanges')}</p>
      ${lines.length ? html`<ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>` : html`<p>${t.t('siteImportNoChange')}</p>`}
      ${p.problems ? html`<p class="warning"><strong>${t.t('siteImportProblems', p.problems)}</strong></p>` : nothing}
      <div class="actions">
        <button class="button" type="button" id="site-import-confirm" @click=${() => this.confirmImport()}>
          ${t.t('siteImportConfirm')}
        </button>
        <button class="button secondary" type="button" @click=${() => this.cancelImport()}>${t.t('siteImportCancel')}</button>
      </div>
    </div>`;
  }

  /** One text in nl, fr and en side by side, each marked when missing in a language of the site. */
  private textBlock(path: string, legend: string, max: number, multiline = false): TemplateResult {
    const t = this.ctx.i18n;
    const d = this.draft!;
    const text = (path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], d) ??
      {}) as SiteText;
    return html`<fieldset class="fieldset translations" part="fieldset">
      <legend class="legend" part="legend">${legend}</legend>
      <div class="langs">
        ${LOCALES.map((l) => {
          const p = `${path}.${l}`;
          const id = fieldId(`site.${p}`);
          const value = text[l] ?? '';
          const missing = d.locales.includes(l) && value.trim() === '';
          const error = this.error(p);
          const described = [missing ? `${id}-missing` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
          const onInput = (e: Event) => this.edit(p, (e.target as HTMLInputElement).value);
          return html`<div class="field lang ${error ? 'has-error' : ''}" part="field">
            <label class="label" part="label" for=${id}>${t.t('siteLanguage', l)}</label>
            ${missing ? html`<p class="tag missing" id="${id}-missing">${t.t('siteMissingIn', l)}</p>` : nothing}
            ${errorTemplate(id, t.t('errorPrefix'), error)}
            ${
              multiline
                ? html`<textarea
                    part="input"
                    class="input"
                    id=${id}
                    lang=${l}
                    rows="3"
                    maxlength=${max}
                    aria-describedby=${described || nothing}
                    aria-invalid=${error ? 'true' : 'false'}
                    .value=${live(value)}
                    @input=${onInput}
                  ></textarea>`
                : html`<input
                    part="input"
                    class="input"
                    id=${id}
                    lang=${l}
                    maxlength=${max}
                    aria-describedby=${described || nothing}
                    aria-invalid=${error ? 'true' : 'false'}
                    .value=${live(value)}
                    @input=${onInput}
                  />`
            }
          </div>`;
        })}
      </div>
    </fieldset>`;
  }

  private input(path: string, label: string, value: string, extra: { hint?: string; type?: 'email' | 'tel' } = {}) {
    const t = this.ctx.i18n;
    return textField({
      id: fieldId(`site.${path}`),
      label,
      hint: extra.hint,
      type: extra.type,
      value,
      error: this.error(path),
      errorPrefix: t.t('errorPrefix'),
      onInput: (v) => this.edit(path, v),
    });
  }

  private renderList(kind: ListKind): TemplateResult {
    const t = this.ctx.i18n;
    const d = this.draft!;
    const heading = t.t(kind === 'areas' ? 'siteAreas' : kind === 'themes' ? 'siteThemes' : 'siteOffers');
    const items = d[kind] as { id: string }[];
    const button = (i: number, what: 'up' | 'down' | 'remove', text: string, run: () => void, off = false) =>
      html`<button
        class="button secondary small"
        type="button"
        id="site-${kind}-${i}-${what}"
        aria-disabled=${off ? 'true' : 'false'}
        @click=${() => {
          if (!off) run();
        }}
      >
        ${text}<span class="visually-hidden">: ${this.itemName(kind, i)}</span>
      </button>`;
    return html`<section class="block" aria-labelledby="site-${kind}">
      ${this.ctx.heading(1, heading, `site-${kind}`)}
      ${this.error(kind) ? errorTemplate(fieldId(`site.${kind}`), t.t('errorPrefix'), this.error(kind)) : nothing}
      <ol class="items">
        ${items.map((item, i) => {
          const name = this.itemName(kind, i);
          return html`<li class="item">
            <fieldset class="fieldset" part="fieldset">
              <legend class="legend" part="legend">${name}${item.id ? html` <span class="muted">(${item.id})</span>` : nothing}</legend>
              ${this.input(`${kind}.${i}.id`, t.t('siteId'), item.id, { hint: t.t('siteIdHint') })}
              ${
                kind === 'offers'
                  ? this.renderOffer(i)
                  : this.textBlock(`${kind}.${i}.name`, t.t('siteName'), SITE_TEXT_LIMITS.name)
              }
              <div class="actions">
                ${button(i, 'up', t.t('siteUp'), () => this.move(kind, i, -1), i === 0)}
                ${button(i, 'down', t.t('siteDown'), () => this.move(kind, i, 1), i === items.length - 1)}
                ${button(i, 'remove', t.t('siteRemove'), () => this.remove(kind, i))}
              </div>
            </fieldset>
          </li>`;
        })}
      </ol>
      <button class="button secondary" type="button" id="site-${kind}-add" @click=${() => this.add(kind)}>
        ${t.t(kind === 'areas' ? 'siteAddArea' : kind === 'themes' ? 'siteAddTheme' : 'siteAddOffer')}
      </button>
    </section>`;
  }

  private renderOffer(i: number): TemplateResult {
    const t = this.ctx.i18n;
    const d = this.draft!;
    const o = d.offers[i]!;
    return html`${this.textBlock(`offers.${i}.title`, t.t('siteOfferTitle'), SITE_TEXT_LIMITS.title)}
    ${this.textBlock(`offers.${i}.description`, t.t('siteOfferDescription'), SITE_TEXT_LIMITS.description, true)}
    ${selectField({
      id: fieldId(`site.offers.${i}.areaId`),
      label: t.t('siteOfferArea'),
      placeholder: t.t('siteOfferEverywhere'),
      value: o.areaId ?? '',
      options: d.areas.filter((a) => a.id).map((a) => ({ value: a.id, label: a.name[this.ctx.i18n.locale] || a.id })),
      error: this.error(`offers.${i}.areaId`),
      errorPrefix: t.t('errorPrefix'),
      onChange: (v) => this.edit(`offers.${i}.areaId`, v || null),
    })}`;
  }

  private renderSettings(d: SiteFile): TemplateResult {
    const t = this.ctx.i18n;
    const c = d.contact;
    return html`<section class="block" aria-labelledby="site-privacy">
        ${this.ctx.heading(1, t.t('sitePrivacy'), 'site-privacy')}
        ${this.input('privacyNotice.url', t.t('sitePrivacyUrl'), d.privacyNotice.url)}
        ${this.input('privacyNotice.version', t.t('siteVersion'), d.privacyNotice.version, { hint: t.t('siteVersionHint') })}
      </section>
      <section class="block" aria-labelledby="site-info">
        ${this.ctx.heading(1, t.t('siteVolunteerInfo'), 'site-info')}
        ${this.input('volunteerInfo.version', t.t('siteVersion'), d.volunteerInfo.version, { hint: t.t('siteVersionHint') })}
        ${INFO_KEYS.map((k) => this.textBlock(`volunteerInfo.${k}`, t.t('siteInfoField', k), SITE_TEXT_LIMITS.note, true))}
      </section>
      <section class="block" aria-labelledby="site-contact">
        ${this.ctx.heading(1, t.t('siteContact'), 'site-contact')}
        ${this.input('contact.email', t.t('siteContactEmail'), c?.email ?? '', { type: 'email' })}
        ${this.input('contact.phone', t.t('siteContactPhone'), c?.phone ?? '', { type: 'tel' })}
        ${this.input('contact.url', t.t('siteContactUrl'), c?.url ?? '')}
      </section>
      <section class="block" aria-labelledby="site-pages">
        ${this.ctx.heading(1, t.t('sitePages'), 'site-pages')}
        <p class="hint">${t.t('sitePagesHint')}</p>
        ${this.input('pages.volunteer', t.t('sitePagesVolunteer'), d.pages?.volunteer ?? '')}
        ${this.input('pages.ideas', t.t('sitePagesIdeas'), d.pages?.ideas ?? '')}
      </section>`;
  }
}
