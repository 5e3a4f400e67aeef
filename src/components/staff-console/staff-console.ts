import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type * as z from 'zod/mini';
import { ApiClient } from '../../api/client.js';
import { getSite } from '../../api/calls.js';
import { resolveEndpoint } from '../../api/endpoint.js';
import { ApiError, asApiError } from '../../api/errors.js';
import type { AnySchema } from '../../api/response.js';
import { CivicElement } from '../../internal/civic-element.js';
import type { Site } from '../../schema/site.js';
import type { StaffRole } from '../../schema/staff/audit.js';
import type { StaffSession } from '../../schema/staff/accounts.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { forgetWrite, keepWrite, takeWrite, type KeptWrite } from './pending-write.js';
import type { Place, Save, ScreenContext, StaffScreen } from './screen.js';
import { HOME, SCREENS, type ScreenEntry } from './screens/index.js';
import { SignInForm } from './screens/sign-in.js';
import { AnyAnswer, StaffApi, staffProblem } from './staff-api.js';
import { catalogs, type StaffStrings } from './staff-console.strings.js';
import { styles } from './staff-console.styles.js';

/** A write that waits for signing in again, with the promise of the screen that sent it. */
interface Waiting {
  save: Save<AnySchema>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The screens where municipal staff act on what residents send: sign in, the inbox of ideas, one
 * idea (status, reply, publish), and (by role) the other screens of the staff API. It uses only the
 * staff API, with the session cookie, so it must be served from the API's origin (the reference
 * server's `/staff` page) and its `endpoint` is that origin.
 *
 * @summary The staff console: sign in, then the inbox of ideas and the other staff screens.
 * @tag civic-staff-console
 *
 * @csspart form - Each form (sign-in, filters, status, reply, publish).
 * @csspart error-summary - The error summary after a failed send.
 * @csspart field - Each field's wrapper.
 * @csspart label - Labels.
 * @csspart error-message - Inline error messages.
 * @csspart input - Inputs, selects, textareas, radios, checkboxes.
 * @csspart fieldset - Groups of choices.
 * @csspart legend - Their legends.
 * @csspart submit-button - The button that sends a form.
 * @csspart status - The status line that says what the last action did.
 * @csspart error - Panels that say something went wrong.
 *
 * @cssproperty --civic-staff-console-max-inline-size - Widest the console gets. Default: 80rem.
 */
export class CivicStaffConsole extends CivicElement<StaffStrings> {
  static override styles = [base, formStyles, styles];

  @state() private phase: 'checking' | 'signed-out' | 'signed-in' | 'failed' = 'checking';
  @state() private session: StaffSession | undefined;
  /** True when the session ended while staff were working (the sign-in form says so). */
  @state() private expired = false;
  /** The status line: what the last action did. */
  @state() private status = '';
  @state() private screen: StaffScreen | undefined;
  private site: Site | undefined;
  private failure: ApiError | undefined;
  private waiting: Waiting | undefined;
  /** A write kept in sessionStorage by an earlier page of this tab (its promise is gone). */
  private kept: KeptWrite | null = null;
  private client: StaffApi | undefined;

  private readonly signIn = new SignInForm({
    i18n: this.i18n,
    api: () => this.staffApi(),
    host: this,
    heading: (depth, content, id) => this.heading(depth, content, 'heading', id),
    level: (depth) => this.levelBelow(depth),
    signedIn: (session) => void this.onSignedIn(session),
    focus: (selector) => this.focusAfterUpdate(selector),
    announce: (message) => this.announce(message),
  });

  constructor() {
    super(catalogs);
  }

  /** The staff client for the current endpoint (one per endpoint: it holds the session's CSRF token). */
  private staffApi(): StaffApi | ApiError {
    const endpoint = resolveEndpoint(this);
    if (endpoint instanceof ApiError) return endpoint;
    if (this.client?.endpoint !== endpoint) {
      this.client = new StaffApi({ endpoint, lang: this.i18n.locale });
    }
    return this.client;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('endpoint') || !this.hasCheckedSession) void this.checkSession();
  }

  private hasCheckedSession = false;

  /** Who is signed in (a reloaded console finds its session back), else the sign-in form. */
  private async checkSession(): Promise<void> {
    this.hasCheckedSession = true;
    const api = this.staffApi();
    if (api instanceof ApiError) return this.fail(api);
    this.kept = takeWrite(api.endpoint) ?? this.kept;
    try {
      const session = await api.session();
      await this.onSignedIn(session, true);
    } catch (e) {
      const error = asApiError(e);
      if (staffProblem(error) === 'signed-out') {
        this.phase = 'signed-out';
        if (this.kept) keepWrite(api.endpoint, this.kept);
      } else this.fail(error);
    }
  }

  private fail(error: ApiError): void {
    this.failure = error;
    this.phase = 'failed';
  }

  /** Signed in (from the form, or a session found at start): send what waited, show the screen. */
  private async onSignedIn(session: StaffSession, quiet = false): Promise<void> {
    const api = this.staffApi();
    if (api instanceof ApiError) return this.fail(api);
    this.session = session;
    this.phase = 'signed-in';
    this.expired = false;
    void this.loadSite(api.endpoint);
    const waiting = this.waiting;
    const kept = this.kept;
    this.waiting = undefined;
    this.kept = null;
    forgetWrite(api.endpoint);
    // The current screen may be one this role may not see (another account signed in).
    if (this.screen && !this.allowed(this.entry(this.screen.place.screen).role)) this.go({ screen: HOME }, quiet);
    if (waiting) {
      // Sent once: it left `waiting` and sessionStorage above. The screen hears the answer.
      await this.focusScreen(quiet);
      try {
        waiting.resolve(await api.write(waiting.save.write, waiting.save.schema));
      } catch (e) {
        waiting.reject(e);
      }
      return;
    }
    if (kept) {
      this.go(kept.place, true);
      try {
        await api.write(kept.write, AnyAnswer);
        this.announce(this.i18n.t('pendingSaved', kept.label));
      } catch {
        this.announce(this.i18n.t('pendingFailed', kept.label));
      }
      this.screen?.start();
      return this.focusScreen(quiet);
    }
    if (this.screen) {
      this.screen.start();
      return this.focusScreen(quiet);
    }
    this.go({ screen: HOME }, quiet);
  }

  /** The public site in the console's language (names of areas, themes); again after a site save. */
  private async loadSite(endpoint: string): Promise<void> {
    try {
      this.site = await getSite(new ApiClient({ endpoint, lang: this.i18n.locale }), undefined, { fresh: true });
      this.requestUpdate();
    } catch {
      /* names fall back to ids */
    }
  }

  /** The session ended while staff were working: sign in again, keeping the screen and what was typed. */
  private expire(): void {
    if (this.phase !== 'signed-in') return;
    this.phase = 'signed-out';
    this.expired = true;
    this.session = undefined;
    this.status = ''; // what the last action did no longer applies to the sign-in form
    void this.focusAfterUpdate('#screen-heading');
  }

  private onSignOut = async (): Promise<void> => {
    const api = this.staffApi();
    if (!(api instanceof ApiError)) {
      try {
        await api.signOut();
      } catch {
        /* signed out here anyway */
      }
      forgetWrite(api.endpoint);
    }
    this.waiting?.reject(new ApiError('aborted', 'signed out'));
    this.waiting = undefined;
    this.screen?.close();
    this.screen = undefined;
    this.session = undefined;
    this.expired = false;
    this.phase = 'signed-out';
    this.signIn.reset();
    this.announce(this.i18n.t('signedOut'));
    void this.focusAfterUpdate('#screen-heading');
  };

  private entry(id: string): ScreenEntry {
    return SCREENS.find((s) => s.id === id) ?? SCREENS[0]!;
  }

  private allowed(role: StaffRole): boolean {
    return role === 'moderator' || this.session?.account.role === 'admin';
  }

  /** Shows another screen and moves focus to its heading. */
  private go(place: Place, quiet = false): void {
    const entry = this.entry(place.screen);
    const target = this.allowed(entry.role) ? place : { screen: HOME };
    // The status line speaks of the screen it was said on: a new screen starts without it.
    this.status = '';
    this.screen?.close();
    this.screen = this.entry(target.screen).create(this.context, target);
    this.screen.start();
    void this.focusScreen(quiet);
  }

  private focusScreen(quiet = false): Promise<void> {
    return this.focusAfterUpdate('#screen-heading', quiet);
  }

  private announce(message: string): void {
    this.status = message;
  }

  /** What screens get: getters, so a screen always reads the current client, session and site. */
  private readonly context: ScreenContext = ((el: CivicStaffConsole): ScreenContext => ({
    get api() {
      return el.client!;
    },
    get session() {
      return el.session!;
    },
    get site() {
      return el.site;
    },
    i18n: el.i18n,
    refreshSite: async () => {
      const api = el.staffApi();
      if (!(api instanceof ApiError)) await el.loadSite(api.endpoint);
    },
    allowed: (role) => el.allowed(role),
    announce: (m) => el.announce(m),
    navigate: (place) => el.go(place),
    save: <S extends AnySchema>(s: Save<S>) => el.save(s),
    signedOut: () => el.expire(),
    requestUpdate: () => el.requestUpdate(),
    focus: (selector) => el.focusAfterUpdate(selector),
    level: (depth) => el.levelBelow(1 + depth),
    heading: (depth, content, id) => el.heading(1 + depth, content, 'heading', id),
    host: el,
  }))(this);

  private async save<S extends AnySchema>(s: Save<S>): Promise<z.output<S>> {
    const api = this.staffApi();
    if (api instanceof ApiError) throw api;
    try {
      return await api.write(s.write, s.schema);
    } catch (e) {
      const error = asApiError(e);
      const problem = staffProblem(error);
      if (problem !== 'signed-out' && problem !== 'csrf') throw error;
      return new Promise<z.output<S>>((resolve, reject) => {
        this.waiting = { save: s, resolve: resolve as (v: unknown) => void, reject };
        keepWrite(api.endpoint, { write: s.write, label: s.label, place: this.screen?.place ?? { screen: HOME } });
        this.expire();
      });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.screen?.close();
  }

  override render(): TemplateResult {
    const t = this.i18n;
    const s = this.session;
    return html`<div class="console">
      <header class="bar">
        ${this.heading(0, t.t('consoleHeading'), 'heading console-heading')}
        ${
          s
            ? html`<p class="who">${t.t('signedInAs', s.account.name ?? s.account.email, s.account.role)}</p>
              <button class="button secondary" type="button" @click=${this.onSignOut}>${t.t('signOut')}</button>`
            : nothing
        }
      </header>
      ${s ? this.renderNav() : nothing}
      <p class="status" part="status" role="status">${this.status}</p>
      ${this.renderBody()}
    </div>`;
  }

  private renderNav(): TemplateResult {
    const current = this.screen ? (this.entry(this.screen.place.screen).under ?? this.screen.place.screen) : undefined;
    const items = SCREENS.filter((e) => e.nav && this.allowed(e.role));
    return html`<nav class="nav" aria-label=${this.i18n.t('navLabel')}>
      <ul>
        ${items.map(
          (e) =>
            html`<li>
              <a
                href="#${e.id}"
                aria-current=${ifDefined(current === e.id ? 'page' : undefined)}
                @click=${(ev: Event) => {
                  ev.preventDefault();
                  this.go({ screen: e.id });
                }}
                >${e.nav!(this.i18n)}</a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderBody(): TemplateResult {
    const t = this.i18n;
    switch (this.phase) {
      case 'checking':
        return html`<p>${t.t('checkingSession')}</p>`;
      case 'failed':
        return html`<div class="panel error" part="error" role="alert">
          ${this.failure?.code === 'misconfigured' ? t.t('notConfigured') : t.t('apiError', this.failure?.code ?? 'server')}
        </div>`;
      case 'signed-out':
        return html`${this.signIn.render(this.expired, (this.waiting?.save.label ?? this.kept?.label) || undefined)}`;
      default: {
        const screen = this.screen;
        if (!screen) return html``;
        return html`<section class="screen" aria-labelledby="screen-heading">
          ${this.heading(1, screen.title(), 'heading', 'screen-heading')} ${screen.render()}
        </section>`;
      }
    }
  }
}
