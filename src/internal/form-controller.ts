/**
 * The form machinery shared by the idea form and the volunteer signup: values, validation with the
 * contract's schemas, when errors show (nothing red before the first submit, then re-checked live),
 * the error summary and its focus, server field errors (422) on the same fields, the busy state that
 * blocks a second send, and the draft kept while the resident types: written 400 ms after the last
 * change, and at once when the page is hidden or unloaded (switching tabs, closing the tab or the
 * browser, a phone locking) or the element leaves, so the last keystrokes are never lost.
 *
 * Values are a flat record keyed by field path (`contact.email`); the widget turns them into the
 * request body. A field's control id is `fieldId(path)`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FieldError, FieldErrorCode } from '../schema/problem.js';
import { clearDraft, loadDraft, purgeExpiredDrafts, saveDraft } from '../storage/drafts.js';
import type { SummaryItem } from './error-summary.js';

export type FormValues = Record<string, unknown>;

/** `contact.email` → `f-contact-email`: the id of the control for a field path. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export interface FormControllerOptions<V extends FormValues> {
  initial: () => V;
  /** Checks the values with the contract's schema; returns every failing field. */
  validate: (values: V) => FieldError[];
  /** The field paths in the order they appear on screen: the error summary follows it. */
  order: () => readonly string[];
  /** Where the draft is kept; null keeps no draft. */
  draftKey?: () => string | null;
}

type Host = ReactiveControllerHost & HTMLElement;

export class FormController<V extends FormValues> implements ReactiveController {
  values: V;
  /** Set once the resident has tried to submit: from then on errors show and are re-checked live. */
  submitted = false;
  /** True while `submit` sends: the submit button shows it, and a second submit is refused. */
  busy = false;
  /** When a restored draft was saved (epoch ms), for the "we restored your form" notice. */
  restoredAt: number | null = null;
  private errors: FieldError[] = [];
  private serverErrors: FieldError[] = [];
  private draftTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: FormControllerOptions<V>,
  ) {
    this.values = options.initial();
    host.addController(this);
  }

  hostConnected(): void {
    this.watchPage(true);
    // Drafts hold names and e-mail addresses: none outlives its 7 days, whatever page it was made on.
    purgeExpiredDrafts();
    this.restoreDraft();
  }

  /** Again before each update: the key may depend on a property applied only at the first update. */
  hostUpdate(): void {
    this.restoreDraft();
  }

  /** The draft key looked up last. */
  private restoredFor: string | null | undefined;

  /** Restores the draft of the current key, once per key, unless the resident already typed. */
  private restoreDraft(): void {
    const key = this.options.draftKey?.() ?? null;
    if (key === this.restoredFor) return;
    this.restoredFor = key;
    const draft = key ? loadDraft(key) : null;
    if (draft && this.restoredAt === null) {
      this.values = { ...this.options.initial(), ...(draft.values as Partial<V>) };
      this.restoredAt = draft.savedAt;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.watchPage(false);
    if (this.draftTimer !== undefined) this.flushDraft();
  }

  /**
   * A page being hidden may never run again: the tab is closed, the browser killed or the phone's
   * system ends it (`visibilitychange` to hidden is the last event a page can count on; `pagehide`
   * also fires on unload and when the page goes into the back/forward cache). The draft waiting for
   * its 400 ms is written then, at once.
   */
  private readonly onPageHidden = (e: Event): void => {
    if (e.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    if (this.draftTimer !== undefined) this.flushDraft();
  };

  private watchPage(on: boolean): void {
    if (typeof window === 'undefined' || typeof document === 'undefined') return;
    const method = on ? 'addEventListener' : 'removeEventListener';
    window[method]('pagehide', this.onPageHidden);
    document[method]('visibilitychange', this.onPageHidden);
    document[method]('freeze', this.onPageHidden);
  }

  /** Sets one field. After the first submit the form is re-validated as the resident types. */
  set<K extends keyof V & string>(path: K, value: V[K]): void {
    this.values = { ...this.values, [path]: value };
    this.serverErrors = this.serverErrors.filter((e) => !this.belongsTo(e.path, path));
    if (this.submitted) this.errors = this.options.validate(this.values);
    this.scheduleDraft();
    this.host.requestUpdate();
  }

  /** The error to show on a field (its own path or anything beneath it), once errors are shown. */
  errorFor(path: string): FieldError | undefined {
    if (!this.submitted) return undefined;
    return [...this.errors, ...this.serverErrors].find((e) => this.belongsTo(e.path, path));
  }

  /** All errors to list in the summary, one per field, in screen order. */
  summary(message: (path: string, code: FieldErrorCode) => string): SummaryItem[] {
    if (!this.submitted) return [];
    const items: SummaryItem[] = [];
    for (const path of this.options.order()) {
      const error = this.errorFor(path);
      if (error) items.push({ id: fieldId(path), message: message(path, error.code) });
    }
    return items;
  }

  /**
   * The submit path of every form. Validates: if anything fails, shows the summary, moves focus to
   * it and sends nothing. Otherwise runs `send` with `busy` set before anything awaits, so a second
   * submit, however soon (ten rapid clicks, Enter held down), is refused at once; `busy` is cleared
   * when `send` settles. Returns false when nothing was sent (busy, or invalid).
   */
  async submit(send: () => Promise<void>): Promise<boolean> {
    if (this.busy) return false;
    this.submitted = true;
    this.serverErrors = [];
    this.errors = this.options.validate(this.values);
    this.host.requestUpdate();
    if (this.errors.length > 0) {
      await this.host.updateComplete;
      this.focusSummary();
      return false;
    }
    this.busy = true;
    try {
      await send();
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    return true;
  }

  /** Field errors the server answered (422): shown on the same fields, summary focused. */
  async showServerErrors(errors: FieldError[]): Promise<void> {
    this.submitted = true;
    this.serverErrors = errors;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.focusSummary();
  }

  focusSummary(): void {
    this.host.shadowRoot?.querySelector<HTMLElement>('[part~="error-summary"]')?.focus();
  }

  /** Moves focus to a control by id; for a group, to its first control. */
  focusField = (id: string): void => {
    const root = this.host.shadowRoot;
    const el = root?.getElementById(id) ?? root?.getElementById(`${id}-0`);
    const target = el?.matches('fieldset') ? el.querySelector<HTMLElement>('input, select, textarea') : el;
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  };

  /** Forgets everything: values back to their start, no errors, no draft. */
  reset(): void {
    this.values = this.options.initial();
    this.submitted = false;
    this.errors = [];
    this.serverErrors = [];
    this.restoredAt = null;
    const key = this.options.draftKey?.();
    if (key) clearDraft(key);
    clearTimeout(this.draftTimer);
    this.host.requestUpdate();
  }

  /**
   * Writes the draft now (also done 400 ms after the last keystroke, when the page is hidden or
   * unloaded, and when the element leaves).
   */
  flushDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = undefined;
    const key = this.options.draftKey?.();
    if (!key) return;
    // An untouched form leaves no draft behind (nor does one just reset after success).
    if (JSON.stringify(this.values) === JSON.stringify(this.options.initial())) clearDraft(key);
    else saveDraft(key, this.values);
  }

  private scheduleDraft(): void {
    clearTimeout(this.draftTimer);
    this.draftTimer = setTimeout(() => this.flushDraft(), 400);
  }

  /** `themeIds.0` belongs to `themeIds`; `contact.email` to `contact.email`. */
  private belongsTo(errorPath: string, fieldPath: string): boolean {
    return errorPath === fieldPath || errorPath.startsWith(`${fieldPath}.`);
  }
}
