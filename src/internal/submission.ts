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
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { ApiClient } from '../api/client.js';
import { currentEndpoint } from '../api/endpoint.js';
import type { ApiError } from '../api/errors.js';
import { submitWithOutbox, watchOutbox, type SubmitOutcome, type WatchOptions } from '../api/outbox.js';
import type { AnySchema } from '../api/response.js';
import type { OutboxKind } from '../storage/outbox-store.js';
import type { CivicOutboxRejectedEvent } from '../events/civic-outbox-rejected.js';
import type { CivicOutboxSentEvent } from '../events/civic-outbox-sent.js';
import { CivicSubmitErrorEvent } from '../events/civic-submit-error.js';
import { CivicSubmitEvent } from '../events/civic-submit.js';

export interface SubmissionOptions<S extends AnySchema> {
  kind: OutboxKind;
  /** Where the body is POSTed, e.g. `/v1/ideas`. */
  path: string;
  /** The schema of the receipt. */
  receipt: S;
  /** A client for an endpoint, in the widget's language (the outbox sends later with it). */
  client: (endpoint: string) => ApiClient;
  /** A queued submission was sent later; `key` says which (the widget knows its own). */
  onSent: (key: string, receipt: z.output<S>) => void;
  /** A queued submission was refused for good later. */
  onRejected?: (key: string, error: ApiError) => void;
  /** Timing of the periodic retry of the outbox (tests); default 15 s, doubling up to 5 min. */
  retry?: Pick<WatchOptions, 'retryMs' | 'maxRetryMs' | 'setTimer' | 'clearTimer'>;
}

type Host = ReactiveControllerHost & HTMLElement;

export class SubmissionController<B, S extends AnySchema> implements ReactiveController {
  private stopWatch?: () => void;
  /** The endpoint being watched. */
  private watched: string | null = null;

  constructor(
    private readonly host: Host,
    private readonly options: SubmissionOptions<S>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('civic-outbox-sent', this.onSent);
    window.addEventListener('civic-outbox-rejected', this.onRejected);
    this.watch();
  }

  hostUpdate(): void {
    this.watch();
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
   * to send the same submission again) and hands the outcome to `show`, then fires
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
    const outcome = await submitWithOutbox(client, { kind: o.kind, path: o.path, body, schema: o.receipt, key });
    const shown = show(outcome);
    if (outcome.status !== 'sent')
      this.host.dispatchEvent(new CivicSubmitErrorEvent(outcome.error, outcome.status === 'queued'));
    await shown;
  }

  private readonly onSent = (e: CivicOutboxSentEvent): void => this.options.onSent(e.key, e.result as z.output<S>);

  private readonly onRejected = (e: CivicOutboxRejectedEvent): void => this.options.onRejected?.(e.key, e.error);
}
