/**
 * Sending a form's body, the same way in every widget: a cancelable `civic-submit` with the body;
 * then the request through the outbox, which keeps it first so it always arrives; and
 * `civic-submit-error` when it did not go through (`queued` when the outbox sends it later).
 *
 * While the widget is connected, the outbox of its endpoint is watched for this kind (sent again on
 * `online`, when the page becomes visible, periodically with backoff while it stays pending, and on
 * the next page load), and what later happens to a queued submission is passed on. The watch starts
 * when the widget is connected, or at the first update when the endpoint is a property set before the
 * element was defined (Lit applies those only then), and moves when the endpoint changes. Disconnecting stops this widget's watch; the last one to stop
 * clears the retry timer.
 * `civic-submitted` is the widget's to fire, once it shows the receipt.
 *
 * **Saved on this device.** The controller also owns the state a resident sees after a reload: a
 * submission queued in the outbox is remembered under a pending key, and `queued` tells the widget
 * to show it as saved (not the form, which would send it a second time) with why it waits
 * (`waitReason` of the outbox entry's last error). When the outbox sends it later or it is refused
 * for good, the controller forgets it and hands it to `onSent` / `onRejected`; on a refusal it then
 * fires `civic-submit-error`. The widgets only render.
 *
 * The pending key, one scheme for both forms (a draft entry, `civic-widgets:draft:` + key):
 * `<kind>:<page path>[#<element id>]:<endpoint>:pending`, e.g.
 * `idea:/wijk-noord:https://participatie.example.be/api:pending`. Per page and element (two forms on
 * two pages are two submissions) and per endpoint (the outbox entry belongs to one backend); its
 * value is the outbox key, the body is read from the outbox entry.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { ApiClient } from '../api/client.js';
import { currentEndpoint } from '../api/endpoint.js';
import { waitReason, type ApiError, type WaitReason } from '../api/errors.js';
import { submitWithOutbox, watchOutbox, type SubmitOutcome, type WatchOptions } from '../api/outbox.js';
import type { AnySchema } from '../api/response.js';
import { clearDraft, loadDraft, saveDraft } from '../storage/drafts.js';
import { Outbox, type OutboxKind } from '../storage/outbox-store.js';
import type { CivicOutboxRejectedEvent } from '../events/civic-outbox-rejected.js';
import type { CivicOutboxSentEvent } from '../events/civic-outbox-sent.js';
import { CivicSubmitErrorEvent } from '../events/civic-submit-error.js';
import { CivicSubmitEvent } from '../events/civic-submit.js';

/** A submission saved on this device and not confirmed yet: what the widget shows as saved. */
export interface Queued<B> {
  /** Its outbox key (the Idempotency-Key). */
  key: string;
  body: B;
  /** Why it waits: the saved panel says so. */
  waiting: WaitReason;
}

export interface SubmissionOptions<B, S extends AnySchema> {
  kind: OutboxKind;
  /** Where the body is POSTed, e.g. `/v1/ideas`. */
  path: string;
  /**
   * The schema of the receipt, or the function that builds it on first use (`ideaReceiptSchema`,
   * src/schema/lazy.ts): then nothing is built before a submission is sent.
   */
  receipt: S | (() => S);
  /** A client for an endpoint, in the widget's language (the outbox sends later with it). */
  client: (endpoint: string) => ApiClient;
  /** This widget's queued submission was sent later (it is no longer `queued`). */
  onSent: (key: string, receipt: z.output<S>, body: B) => void;
  /**
   * This widget's queued submission was refused for good later (it is no longer `queued`); the
   * controller fires `civic-submit-error` once this has begun showing it.
   */
  onRejected?: (key: string, error: ApiError, body: B) => unknown;
  /** Timing of the periodic retry of the outbox (tests); default 15 s, doubling up to 5 min. */
  retry?: Pick<WatchOptions, 'retryMs' | 'maxRetryMs' | 'setTimer' | 'clearTimer'>;
}

type Host = ReactiveControllerHost & HTMLElement;

/** A schema, from the schema or the function that builds it. */
const schemaOf = <S extends AnySchema>(r: S | (() => S)): S => (typeof r === 'function' ? (r as () => S)() : r);

export class SubmissionController<B, S extends AnySchema> implements ReactiveController {
  /** This widget's submission waiting in the outbox, if any: the widget shows it as saved. */
  queued?: Queued<B>;
  private stopWatch?: () => void;
  /** The endpoint being watched. */
  private watched: string | null = null;
  /** The pending key last restored from (again when it changes: another endpoint, id or page). */
  private restoredFor: string | null | undefined;

  constructor(
    private readonly host: Host,
    private readonly options: SubmissionOptions<B, S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('civic-outbox-sent', this.onSent);
    window.addEventListener('civic-outbox-rejected', this.onRejected);
    this.restoredFor = undefined;
    this.watch();
  }

  /** Before each render (after the widget's willUpdate): properties set before definition have arrived. */
  hostUpdate(): void {
    this.watch();
    const key = this.pendingKey();
    if (key !== this.restoredFor) this.restore(key);
  }

  /** Where the outbox key of a queued submission is kept (see the header); null without an endpoint. */
  private pendingKey(): string | null {
    const endpoint = currentEndpoint(this.host);
    const id = this.host.id ? `#${this.host.id}` : '';
    return endpoint && `${this.options.kind}:${globalThis.location?.pathname ?? ''}${id}:${endpoint}:pending`;
  }

  /** A submission saved on this device earlier (this page or a previous visit) and not confirmed yet. */
  private restore(key: string | null): void {
    this.restoredFor = key;
    this.queued = undefined;
    if (!key) return;
    const saved = loadDraft<unknown>(key)?.values;
    const entry = typeof saved === 'string' ? new Outbox().get(saved) : null;
    if (entry) this.queued = { key: entry.key, body: entry.body as B, waiting: waitReason(entry.lastError) };
    else if (saved !== undefined) clearDraft(key);
  }

  /** Forgets the queued submission (sent, refused, or the widget starts over). */
  private forget(): void {
    this.queued = undefined;
    const key = this.pendingKey();
    if (key) clearDraft(key);
  }

  /** Watches the outbox of the current endpoint (again when it changed). */
  private watch(): void {
    const endpoint = currentEndpoint(this.host);
    if (endpoint === this.watched) return;
    this.stopWatch?.();
    this.stopWatch = undefined;
    this.watched = endpoint;
    const o = this.options;
    if (endpoint) this.stopWatch = watchOutbox(endpoint, o.client, { ...o.retry, receipts: { [o.kind]: o.receipt } });
  }

  hostDisconnected(): void {
    this.stopWatch?.();
    this.stopWatch = undefined;
    this.watched = null;
    window.removeEventListener('civic-outbox-sent', this.onSent);
    window.removeEventListener('civic-outbox-rejected', this.onRejected);
  }

  /**
   * Fires `civic-submit`; unless a listener cancels it, sends `body` through the outbox (with `key`
   * to send the same submission again), keeps it as `queued` when the outbox holds it, and hands the
   * outcome to `show`, then fires
   * `civic-submit-error` when it was not sent, so listeners find the widget already showing it.
   * Resolves when `show` is done; never rejects because of the network.
   */
  async send(
    client: ApiClient,
    body: B,
    show: (outcome: SubmitOutcome<z.output<S>>) => Promise<void>,
    key?: string,
  ): Promise<void> {
    const event = new CivicSubmitEvent<B>(body);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) return;
    const o = this.options;
    const outcome = await submitWithOutbox(client, {
      kind: o.kind,
      path: o.path,
      body,
      schema: schemaOf(o.receipt),
      key,
    });
    if (outcome.status === 'queued') {
      this.queued = { key: outcome.key, body, waiting: waitReason(outcome.error.code) };
      const pending = this.pendingKey();
      if (pending) saveDraft(pending, outcome.key);
    } else this.forget();
    this.host.requestUpdate();
    const shown = show(outcome);
    if (outcome.status !== 'sent')
      this.host.dispatchEvent(new CivicSubmitErrorEvent(outcome.error, outcome.status === 'queued'));
    await shown;
  }

  private readonly onSent = (e: CivicOutboxSentEvent): void => {
    const queued = this.queued;
    if (queued?.key !== e.key) return;
    this.forget();
    this.host.requestUpdate();
    this.options.onSent(e.key, e.result as z.output<S>, queued.body);
  };

  private readonly onRejected = (e: CivicOutboxRejectedEvent): void => {
    const queued = this.queued;
    if (queued?.key !== e.key) return;
    this.forget();
    this.host.requestUpdate();
    void this.options.onRejected?.(e.key, e.error, queued.body);
    this.host.dispatchEvent(new CivicSubmitErrorEvent(e.error, false));
  };
}
