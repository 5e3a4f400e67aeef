import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TaskStatus } from '@lit/task';
import { CivicElement } from '../../internal/civic-element.js';
import { choiceGroup } from '../../internal/form-field.js';
import { loadTask } from '../../internal/load-task.js';
import { CivicSelectEvent, CivicShowRungEvent } from '../../events/index.js';
import { ENDPOINT_META_NAME } from '../../api/endpoint.js';
import { ApiError } from '../../api/errors.js';
import type { Rung } from '../../schema/initiative.js';
import { capitalize } from '../../i18n/catalog.js';
import type { LadderQuestion } from '../../i18n/types.js';
import { catalogs, type LadderStrings } from './participation-ladder.strings.js';
import { base } from '../../styles/base.js';
import { formStyles } from '../../styles/form.js';
import { printStyles, styles } from './participation-ladder.styles.js';
import { pictureStyles } from './ladder-picture.styles.js';
import { ladderPicture } from './ladder-picture.js';
import {
  QUESTIONS,
  initiativeHref,
  inputsOf,
  placeOnLadder,
  unanswered,
  type LadderAnswers,
  type LadderPlacement,
} from './self-check.js';
import { listInitiatives } from '../../api/calls.js';

const RUNGS = [1, 2, 3, 4, 5, 6, 7];
const validRung = (n: unknown): number => (RUNGS.includes(Number(n)) ? Number(n) : 0);

const chevron = svg`<path d="M4 7l6 6 6-6" fill="none" stroke="currentColor" stroke-width="2.5" />`;

/**
 * The participation ladder of Pröpper & Steenbergen (1999): seven rungs, each pairing the municipality's
 * style of governing with the role residents get, drawn as a staircase (rung 1 on top) and explained rung
 * by rung, with live examples from the backend and a self-check "Where does your project stand?" whose
 * answers stay in the browser. It listens on `window` for `civic-show-rung` (sent by the ladder glyph on
 * a `<civic-initiative-list>` card, or by the page) and then opens, scrolls to and focuses that rung.
 *
 * @summary The participation ladder explained rung by rung, with live examples and a self-check.
 * @tag civic-participation-ladder
 *
 * @fires civic-select - A resident opened a rung; `id` is the rung number as a string, `item` is `{ rung }`.
 * @fires civic-load - Examples for a rung arrived; `what` is `initiatives`, `data` the initiatives.
 * @fires civic-load-error - Examples for a rung could not be loaded; the ladder keeps working.
 *
 * @csspart list - An ordered list of rungs: the picture (a staircase of seven buttons), or the text version.
 * @csspart item - One entry of a list: a rung.
 * @csspart rung - One rung (also `item`).
 * @csspart rung-button - The button that opens a rung's explanation (on the picture and in the text version).
 * @csspart explanation - A rung's explanation.
 * @csspart examples - The live examples of a rung.
 * @csspart toggle - The compact variant's button that shows the full ladder (the text version and the self-check).
 * @csspart self-check - The self-check section.
 * @csspart form - The self-check's form.
 * @csspart hint - The self-check's hint.
 * @csspart field - A self-check question's wrapper.
 * @csspart fieldset - A self-check question.
 * @csspart legend - A self-check question's text.
 * @csspart input - A radio of the self-check.
 * @csspart error-message - The message of an unanswered question.
 * @csspart submit-button - The self-check's button.
 * @csspart result - The self-check's result; takes focus.
 *
 * @cssproperty --civic-participation-ladder-background - Background of a rung. Default: --civic-color-background.
 * @cssproperty --civic-participation-ladder-accent-color - The highlighted rung and the rung numbers. Default: --civic-color-primary.
 * @cssproperty --civic-participation-ladder-border-color - The ladder's rails. Default: --civic-color-border.
 */
export class CivicParticipationLadder extends CivicElement<LadderStrings> {
  static override styles = [base, formStyles, styles, pictureStyles, printStyles];

  /** The rung this project stands on (1 = highest, 7 = lowest); highlighted as "this project stands here". */
  @property({ type: Number, reflect: true }) rung?: number;

  /**
   * `full` (default): the picture, the text version and the self-check. `compact`: the picture alone (for a
   * sidebar), with a button that shows the rest; choosing a rung shows it there.
   */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /**
   * Where an example links to: a template with `{id}` (URL-encoded), e.g. `/initiatieven/{id}` or
   * `https://example.be/initiatief?id={id}`. Only http(s) and relative URLs; without it, examples are plain text.
   * To open the example in a `<civic-initiative-list>` on another page, use the list's `<prefix>-open`
   * parameter: `/participatie?il-open={id}#initiatieven` (`il` is the list's default prefix; its `url-prefix`
   * or `id` when it has one).
   */
  @property({ attribute: 'initiative-url' }) initiativeUrl?: string;

  /** The open rung (0: none). */
  @state() private open = 0;
  /** Compact variant: the full ladder is shown. */
  @state() private expanded = false;
  @state() private checkOpen = false;
  @state() private answers: LadderAnswers = {};
  @state() private checked = false;
  @state() private placement: LadderPlacement | null = null;

  private aborted = false;
  /** A page-wide endpoint `<meta>` exists (read when connected; the endpoint is optional here). */
  private meta = false;
  private readonly examplesTask = loadTask(this, {
    what: 'initiatives',
    args: () => [this.open, this.i18n.locale, this.endpoint] as const,
    // The endpoint is optional: without one (or a rung open) the ladder works fully, minus the examples.
    client: () => {
      const api = this.open && this.hasEndpoint ? this.api() : null;
      return api instanceof ApiError ? null : api;
    },
    load: async (client, [rung], signal) => {
      const page = await listInitiatives(client, { rung: rung as Rung, limit: 3 }, signal);
      return page.items.filter((i) => i.rung === rung).slice(0, 3);
    },
  });

  constructor() {
    super(catalogs);
  }

  /** `civic-show-rung` from anywhere on the page: the first ladder to hear it shows that rung. */
  private readonly onShowRung = (e: CivicShowRungEvent): void => {
    const n = validRung(e.rung);
    if (!n || e.defaultPrevented) return;
    e.preventDefault();
    void this.reveal(n, true);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener(CivicShowRungEvent.type, this.onShowRung);
    this.meta = !!document.querySelector(`meta[name="${ENDPOINT_META_NAME}"]`);
    if (this.aborted) {
      this.aborted = false;
      void this.examplesTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(CivicShowRungEvent.type, this.onShowRung);
    if (this.examplesTask.status === TaskStatus.PENDING) {
      this.aborted = true;
      this.examplesTask.abort();
    }
  }

  private get hasEndpoint(): boolean {
    return !!this.endpoint?.trim() || this.meta;
  }

  private get compact(): boolean {
    return this.variant === 'compact';
  }

  /** A resident opens or closes a rung. */
  private toggle(n: number): void {
    this.open = this.open === n ? 0 : n;
    if (this.open) this.dispatchEvent(new CivicSelectEvent(String(n), { rung: n }));
  }

  /**
   * Shows rung `n` opened in the text version and moves focus to it (from the picture, the self-check or
   * `civic-show-rung`; `scroll`: bring the ladder's heading into view with it, for a request from afar).
   */
  private async reveal(n: number, scroll = false): Promise<void> {
    this.expanded = true;
    if (this.open !== n) this.toggle(n);
    await this.focusAfterUpdate(`#r${n}`);
    if (scroll) this.renderRoot.querySelector(`#r${n}`)?.scrollIntoView({ block: 'center' });
  }

  /**
   * Every rung button is in the Tab order (the picture and the text version are lists of buttons); the
   * arrow keys up and down, Home and End are an extra that moves between the rungs of the same list.
   */
  private onKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement;
    const from = Number(target.dataset.rung);
    if (!from) return;
    const step = ({ ArrowUp: -1, ArrowDown: 1 } as Record<string, number>)[e.key];
    const to = e.key === 'Home' ? 1 : e.key === 'End' ? 7 : step ? Math.min(7, Math.max(1, from + step)) : 0;
    if (!to) return;
    e.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#${target.id[0]}${to}`)?.focus();
  }

  private async onCheck(e: Event): Promise<void> {
    e.preventDefault();
    this.checked = true;
    this.placement = placeOnLadder(this.answers);
    const missing = unanswered(this.answers)[0];
    await this.focusAfterUpdate(missing ? `#q-${missing}-0` : '#check-result');
  }

  override render(): TemplateResult {
    const t = this.i18n;
    const here = validRung(this.rung);
    if (!this.compact) return html`${this.heading(0, t.t('ladderTitle'))}${this.full(here)}`;
    return html`${this.heading(0, t.t('ladderTitle'))}${this.picture(here)}
      <button
        type="button"
        part="toggle"
        class="button secondary toggle"
        aria-expanded=${this.expanded}
        aria-controls="full"
        @click=${() => (this.expanded = !this.expanded)}
      >
        ${t.t(this.expanded ? 'collapse' : 'expand')}
      </button>
      <div id="full" class="full" ?hidden=${!this.expanded}>${this.full(here)}</div>`;
  }

  private picture(here: number): TemplateResult {
    const examples = this.examplesTask.status === TaskStatus.COMPLETE ? (this.examplesTask.value ?? []) : [];
    return ladderPicture({
      i18n: this.i18n,
      here,
      answer: this.placement?.rung ?? 0,
      open: this.open,
      examples: examples.map((i) => i.title),
      onPick: (n) => void this.reveal(n),
      onKey: (e) => this.onKey(e),
    });
  }

  /** The text version (for screen readers and print, and where a rung's explanation opens) and the self-check. */
  private full(here: number): TemplateResult {
    const t = this.i18n;
    return html`<p class="intro">${t.t('ladderIntro')}</p>
      ${this.compact ? nothing : this.picture(here)}
      <ol part="list" class="ladder" @keydown=${(e: KeyboardEvent) => this.onKey(e)}>
        ${RUNGS.map((n) => this.rungItem(n, n === here))}
      </ol>
      <p class="source">${t.t('ladderSource')} <span class="note">${t.t('ladderNote')}</span></p>
      ${this.selfCheck()}`;
  }

  private rungItem(n: number, here: boolean): TemplateResult {
    const t = this.i18n;
    const open = this.open === n;
    const button = html`<button
      type="button"
      part="rung-button"
      class="rung-button"
      id="r${n}"
      data-rung=${n}
      aria-expanded=${open}
      aria-controls="p${n}"
      aria-current=${ifDefined(here ? 'step' : undefined)}
      @click=${() => this.toggle(n)}
    >
      <span class="num" aria-hidden="true">${n}</span>
      <span class="cells">
        <span class="visually-hidden">${t.t('rungName', n)}:</span>
        <span
          ><span class="label">${t.t('govLabel')}<span class="visually-hidden">:</span></span>
          <span class="value">${capitalize(t.t('style', n))}</span></span
        >
        <span
          ><span class="label">${t.t('roleLabel')}<span class="visually-hidden">:</span></span>
          <span class="value">${capitalize(t.t('role', n))}</span></span
        >
        ${here ? html`<span class="here-badge">${t.t('here')}</span>` : nothing}
      </span>
      <svg class="chevron" viewBox="0 0 20 20" aria-hidden="true">${chevron}</svg>
    </button>`;
    return html`<li part="item rung" class="rung ${here ? 'here' : ''}">
      ${this.heading(1, button, 'rung-heading')}
      <div part="explanation" class="explanation" id="p${n}" role="region" aria-labelledby="r${n}" ?hidden=${!open}>
        <dl>
          <div>
            <dt>${t.t('doesLabel')}</dt>
            <dd>${t.t('does', n)}</dd>
          </div>
          <div>
            <dt>${t.t('residentsLabel')}</dt>
            <dd>${t.t('residents', n)}</dd>
          </div>
          <div>
            <dt>${t.t('inputLabel')}</dt>
            <dd>
              <ul class="inputs">
                ${inputsOf(n).map((k) => html`<li>${capitalize(t.t('input', k))}</li>`)}
              </ul>
            </dd>
          </div>
          <div>
            <dt>${t.t('fitsLabel')}</dt>
            <dd>${t.t('fits', n)}</dd>
          </div>
          <div>
            <dt>${t.t('riskLabel')}</dt>
            <dd>${t.t('risk', n)}</dd>
          </div>
        </dl>
        ${open ? this.examples() : nothing}
      </div>
    </li>`;
  }

  private examples(): TemplateResult | typeof nothing {
    const t = this.i18n;
    const status = this.examplesTask.status;
    const items = this.examplesTask.value;
    if (!this.hasEndpoint || (status === TaskStatus.COMPLETE && !items)) return nothing; // no endpoint: no examples
    const error = this.examplesTask.error;
    const body =
      status === TaskStatus.ERROR
        ? error instanceof ApiError && error.code === 'aborted'
          ? nothing
          : html`<p>${t.t('examplesFailed')}</p>
              <button type="button" class="button secondary retry" @click=${() => {
                void this.examplesTask.run();
                void this.refocus('#ex-title');
              }}>
                ${t.t('retry')}
              </button>`
        : status === TaskStatus.COMPLETE && items
          ? items.length
            ? html`<ul>
                ${items.map((i) => {
                  const href = initiativeHref(this.initiativeUrl, i.id, document.baseURI);
                  return html`<li>
                    ${href ? html`<a href=${href}>${i.title}</a>` : html`<strong>${i.title}</strong>`}
                    <span class="summary">${i.summary}</span>
                  </li>`;
                })}
              </ul>`
            : html`<p>${t.t('examplesNone')}</p>`
          : html`<p>${t.t('loading')}</p>`;
    return html`<section part="examples" class="examples" aria-labelledby="ex-title">
      ${this.heading(2, t.t('examplesTitle'), 'examples-title', 'ex-title')}
      <div role="status" aria-live="polite">${body}</div>
    </section>`;
  }

  private selfCheck(): TemplateResult {
    const t = this.i18n;
    const p = this.placement;
    const toggle = html`<button
      type="button"
      class="check-button"
      aria-expanded=${this.checkOpen}
      aria-controls="check-body"
      @click=${() => (this.checkOpen = !this.checkOpen)}
    >
      <svg class="chevron" viewBox="0 0 20 20" aria-hidden="true">${chevron}</svg>${t.t('checkTitle')}
    </button>`;
    return html`<section part="self-check" class="check">
      ${this.heading(1, toggle, 'rung-heading')}
      <div id="check-body" ?hidden=${!this.checkOpen}>
        <form part="form" novalidate @submit=${this.onCheck}>
          <p class="hint" part="hint">${t.t('checkHint')}</p>
          ${QUESTIONS.map(([q, values]) => this.question(q, values))}
          <button type="submit" part="submit-button" class="button">${t.t('checkSubmit')}</button>
        </form>
        <div part="result" class="result" id="check-result" tabindex="-1" ?hidden=${!p}>
          ${
            p
              ? html`<p><strong>${t.t('checkResult', p.rung, t.t('style', p.rung), t.t('role', p.rung))}</strong></p>
                  <p>${t.t('checkWhy')}</p>
                  <ul class="reasons">
                    ${p.reasons.map((r) => html`<li>${t.t('reason', r)}</li>`)}
                  </ul>
                  <button type="button" class="button secondary" @click=${() => this.reveal(p.rung)}>
                    ${t.t('showRung', p.rung)}
                  </button>`
              : nothing
          }
        </div>
      </div>
    </section>`;
  }

  private question(q: LadderQuestion, values: readonly string[]): TemplateResult {
    const t = this.i18n;
    const answer = this.answers[q];
    return choiceGroup({
      id: `q-${q}`,
      legend: t.t('question', q),
      type: 'radio',
      errorPrefix: t.t('errorPrefix'),
      error: this.checked && !answer ? t.t('pickAnswer') : undefined,
      options: values.map((value, i) => ({ value, label: t.t('option', q, i) })),
      selected: answer ? [answer] : [],
      onChange: ([v]) => {
        this.answers = { ...this.answers, [q]: v };
        if (this.placement) this.placement = placeOnLadder(this.answers);
      },
    });
  }
}
