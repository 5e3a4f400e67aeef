/**
 * `POST /v1/ideas`: validated by the contract's schema, then against the site (open track,
 * existing area, themes, offer); flagged when the honeypot is filled or the form was filled too
 * fast (accepted all the same: see docs/server.md).
 */
import { IdeaSubmissionSchema, type FieldError } from '../../src/schema/index.js';
import { parseBody, type App, type RouteDeps } from '../app.js';
import { insertIdea } from '../db/ideas.js';
import { useLocale } from '../http/locale.js';
import { ideaChoices } from '../db/site.js';
import { jsonBody } from '../http/body.js';
import { idempotency } from '../http/idempotency.js';
import { validationProblem } from '../http/problem.js';

export function registerIdeaRoutes(app: App, { db, config, log, writeGuard }: RouteDeps): void {
  app.post(
    '/v1/ideas',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, idempotencyKey: true }),
    idempotency(db, log),
    async (c) => {
      const idea = parseBody(IdeaSubmissionSchema, c.get('body'));
      const errors: FieldError[] = [];
      const choices = await ideaChoices(db, {
        areas: [idea.areaId],
        themes: idea.themeIds,
        offers: idea.offerId === undefined ? [] : [idea.offerId],
      });
      if (!choices.tracks.includes(idea.track)) errors.push({ path: 'track', code: 'invalid-choice' });
      if (!choices.areas.has(idea.areaId)) errors.push({ path: 'areaId', code: 'invalid-choice' });
      idea.themeIds.forEach((t, i) => {
        if (!choices.themes.has(t)) errors.push({ path: `themeIds.${i}`, code: 'invalid-choice' });
      });
      if (idea.offerId !== undefined && !choices.offers.has(idea.offerId)) {
        errors.push({ path: 'offerId', code: 'invalid-choice' });
      }
      if (errors.length > 0) throw validationProblem(errors);
      const flagged = idea.honeypot !== '' || idea.fillMs < config.minFillMs;
      return c.json(await insertIdea(db, idea, flagged, useLocale(c)), 201);
    },
  );
}
