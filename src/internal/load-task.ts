/**
 * Loading a widget's data, the same way in every widget: a `@lit/task` Task whose run resolves the
 * client (the `misconfigured` error when no endpoint is set), passes the task's abort signal on, and
 * fires `civic-load` with what arrived or `civic-load-error` with the ApiError (never for `aborted`:
 * the widget left the page or its arguments changed; nor for `misconfigured`, which the widget shows). Anything thrown that is not an ApiError is
 * told as one (`asApiError`), so `task.error` is always an ApiError.
 */
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../api/client.js';
import { ApiError, asApiError } from '../api/errors.js';
import { CivicLoadErrorEvent } from '../events/civic-load-error.js';
import { CivicLoadEvent, type CivicLoadWhat } from '../events/civic-load.js';

export interface LoadTaskOptions<A extends readonly unknown[], T> {
  /** What `civic-load` / `civic-load-error` name; without it the task fires neither. */
  what?: CivicLoadWhat;
  /** The task's arguments: it runs again when one of them changes (endpoint and language among them). */
  args: () => A;
  /**
   * A client for the widget's endpoint and language, or the `misconfigured` error (CivicElement.api);
   * `null` when there is nothing to load (the task completes with `undefined`, no event).
   */
  client: () => ApiClient | ApiError | null;
  /** Loads with the client. */
  load: (client: ApiClient, args: A, signal: AbortSignal) => Promise<T>;
}

export function loadTask<A extends readonly unknown[], T>(
  host: ReactiveControllerHost & HTMLElement,
  o: LoadTaskOptions<A, T>,
): Task<A, T | undefined> {
  return new Task<A, T | undefined>(host, {
    task: async (args, { signal }) => {
      // No endpoint is the webmaster's to fix, told in the widget and the console: no load error event.
      const client = o.client();
      if (client instanceof ApiError) throw client;
      if (!client) return undefined;
      try {
        const data = await o.load(client, args, signal);
        if (o.what) host.dispatchEvent(new CivicLoadEvent(o.what, data));
        return data;
      } catch (e) {
        const error = asApiError(e);
        if (o.what && error.code !== 'aborted') host.dispatchEvent(new CivicLoadErrorEvent(o.what, error));
        throw error;
      }
    },
    args: o.args,
  });
}
