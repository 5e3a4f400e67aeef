/**
 * What every screen of the staff console is (src/components/staff-console/README.md, "A screen"):
 * a plain class that extends {@link StaffScreen}, owns its state (what it loaded, what staff typed),
 * and renders into the console's one shadow root through `render()`. The console (the shell) makes
 * one with a {@link ScreenContext} when staff navigate to it and keeps it while they sign in again,
 * so nothing typed is lost when a session expires.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { ApiError, asApiError } from '../../api/errors.js';
import type { AnySchema } from '../../api/response.js';
import type { Site } from '../../schema/site.js';
import type { StaffRole } from '../../schema/staff/audit.js';
import type { StaffSession } from '../../schema/staff/accounts.js';
import type { StaffApi, StaffWrite } from './staff-api.js';
import { staffProblem } from './staff-api.js';
import type { StaffI18n } from './staff-console.strings.js';

/** The screens' names (the nav and `navigate`). A new screen adds its id here and to screens/index.ts. */
export type ScreenId =
  | 'inbox'
  | 'idea'
  | 'site'
  | 'accounts'
  | 'audit'
  | 'personal-data'
  | 'initiatives'
  | 'initiative'
  | 'volunteers'
  | 'my-account';

/** Where a screen is: its id and its parameters (e.g. `{ id: 'idea-42' }` for one idea). */
export interface Place {
  screen: ScreenId;
  params?: Record<string, string>;
}

/** A write the console sends for a screen, and keeps when the session has expired. */
export interface Save<S extends AnySchema> {
  write: StaffWrite;
  /** The answer's schema. */
  schema: S;
  /** What it does, for staff: "Reply to idea IDEE-2026-00012" (shown while it waits for sign-in). */
  label: string;
}

/** What the shell gives a screen. */
export interface ScreenContext {
  readonly api: StaffApi;
  readonly i18n: StaffI18n;
  readonly session: StaffSession;
  /** The public site (`/v1/site` in the console's language): names of areas, themes, offers. */
  readonly site: Site | undefined;
  /**
   * Reads `/v1/site` again (after the site screen saved or imported the site file), so the areas and
   * themes other screens offer (inbox filters, the initiative form) are the new ones. Resolves when
   * the console has the new copy (or kept the old one because the read failed).
   */
  refreshSite(): Promise<void>;
  /** True when the signed-in role may do what `role` may (an admin may do everything). */
  allowed(role: StaffRole): boolean;
  /** Says what happened, in the console's visible polite status line (`role="status"`). */
  announce(message: string): void;
  /** Goes to another screen (focus moves to its heading). */
  navigate(place: Place): void;
  /**
   * Sends a write with the session. When the session has expired (401), the console shows the
   * sign-in form, keeps the write (in memory and sessionStorage) and sends it once after signing in;
   * the promise then settles with that answer. Rejects with an ApiError otherwise.
   */
  save<S extends AnySchema>(save: Save<S>): Promise<z.output<S>>;
  /** Tells the shell that a read found the session gone (401): it shows the sign-in form. */
  signedOut(): void;
  /** Re-renders the console. */
  requestUpdate(): void;
  /** After the next render, focuses the first match of `selector` in the console. */
  focus(selector: string): Promise<void>;
  /** The level of a heading `depth` below the screen's heading (which is 0). */
  level(depth: number): number;
  /** A heading `depth` levels below the screen's heading. */
  heading(depth: number, content: unknown, id?: string): TemplateResult;
  /** The console element: the host of a screen's controllers (a FormController adds itself to it). */
  readonly host: ReactiveControllerHost & HTMLElement;
}

/** See the module comment. */
export abstract class StaffScreen {
  /** Set while a read is under way (the screen shows "Loading…"). */
  protected loading = false;
  /** The last failed read (not a 401: the shell handles that). */
  protected loadError: ApiError | undefined;
  private controller: AbortController | undefined;
  private readonly controllers: ReactiveController[] = [];

  constructor(
    protected readonly ctx: ScreenContext,
    readonly place: Place,
  ) {}

  /** The screen's heading (and the document's notion of where staff are). */
  abstract title(): string;
  /** The screen's content below its heading. */
  abstract render(): TemplateResult;

  /** Called when the screen is shown, and again after signing in anew: (re)load what it shows. */
  start(): void {}

  /** Called when the screen is left for good: stops reads, removes its controllers. */
  close(): void {
    this.controller?.abort();
    for (const c of this.controllers) this.ctx.host.removeController(c);
  }

  /**
   * A controller that lives as long as the screen: made with `this.ctx.host` as its host (it adds
   * itself, as Lit's controllers do), removed from the console when the screen closes.
   */
  protected use<C extends ReactiveController>(controller: C): C {
    this.controllers.push(controller);
    return controller;
  }

  /**
   * Runs a read: aborts the previous one, sets `loading`, keeps a failure in `loadError` (a 401
   * goes to the shell, which shows the sign-in form and calls `start()` again afterwards).
   * Resolves with the data, or undefined when it failed or was superseded.
   */
  protected async load<T>(read: (signal: AbortSignal) => Promise<T>): Promise<T | undefined> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.loading = true;
    this.loadError = undefined;
    this.ctx.requestUpdate();
    try {
      return await read(controller.signal);
    } catch (e) {
      const error = asApiError(e);
      if (controller.signal.aborted || error.code === 'aborted') return undefined;
      if (staffProblem(error) === 'signed-out') this.ctx.signedOut();
      else this.loadError = error;
      return undefined;
    } finally {
      if (this.controller === controller) {
        this.loading = false;
        this.ctx.requestUpdate();
      }
    }
  }
}
