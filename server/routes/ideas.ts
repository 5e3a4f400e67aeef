/**
 * `POST /v1/ideas`: validated by the contract's schema, then against the site (open track,
 * existing area, themes, offer; a `join` without `areaId` takes the offer's area); flagged when the honeypot is filled or the form was filled too
 * fast (accepted all the same: see docs/server.md).
 */
import { IdeaSubmissionSchema, type FieldError } from '../../src/schema/index.js';
import { parseBody, type App, type RouteDeps } from '../app.js';
import { getOffer, insertIdea } from '../db/ideas.js';
import { useLocale } from '../http/locale.js';
import { ideaChoices } from '../db/site.js';
import { jsonBody } from '../http/body.js';
import { idempotency, idempotentJson } from '../http/idempotency.js';
import { validationProblem } from '../http/problem.js';

export function registerIdeaRoutes(app: App, { db, config, writeGuard }: RouteDeps): void {
  app.post(
    '/v1/ideas',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, idempotencyKey: true }),
    idempotency(db),
    async (c) => {
      const idea = parseBody(IdeaSubmissionSchema, c.get('body'));
      const errors: FieldError[] = [];
      const offer = idea.offerId === undefined ? undefined : await getOffer(db, idea.offerId);
      // A join without an area takes the offer's; an offer that runs everywhere needs the resident's.
      const areaId = idea.areaId ?? offer?.areaId ?? undefined;
      const choices = await ideaChoices(db, {
        areas: areaId === undefined ? [] : [areaId],
        themes: idea.themeIds ?? [],
        offers: [],
      });
      if (!choices.tracks.includes(idea.track)) errors.push({ path: 'track', code: 'invalid-choice' });
      if (areaId === undefined) {
        if (offer || idea.offerId === undefined) errors.push({ path: 'areaId', code: 'required' });
      } else if (!choices.areas.has(areaId)) errors.push({ path: 'areaId', code: 'invalid-choice' });
      (idea.themeIds ?? []).forEach((t, i) => {
        if (!choices.themes.has(t)) errors.push({ path: `themeIds.${i}`, code: 'invalid-choice' });
      });
      if (idea.offerId !== undefined && !offer) errors.push({ path: 'offerId', code: 'invalid-choice' });
      if (errors.length > 0 || areaId === undefined) throw validationProblem(errors);
      const flagged = idea.honeypot !== '' || idea.fillMs < config.minFillMs;
      const locale = useLocale(c);
      return idempotentJson(c, db, 201, (trx) => insertIdea(trx, { ...idea, areaId }, flagged, locale, offer));
    },
  );
}
