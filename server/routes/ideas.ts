/**
 * `POST /v1/ideas`: the body validated by the contract's schema, then checked against the site
 * and flagged by the ideas service (server/services/ideas.ts), stored with its Idempotency-Key's
 * answer in one transaction.
 */
import { IdeaSubmissionSchema } from '../../src/schema/index.js';
import type { App, RouteDeps } from '../context.js';
import { jsonBody } from '../http/body.js';
import { idempotency, idempotentJson } from '../http/idempotency.js';
import { useLocale } from '../http/locale.js';
import { parseBody } from '../http/validate.js';
import * as ideas from '../services/ideas.js';

export function registerIdeaRoutes(app: App, { db, config, writeGuard }: RouteDeps): void {
  app.post(
    '/v1/ideas',
    writeGuard,
    jsonBody({ limit: config.bodyLimitBytes, idempotencyKey: true }),
    idempotency(db),
    async (c) => {
      const idea = await ideas.checkIdea(db, parseBody(IdeaSubmissionSchema, c.get('body')), config.minFillMs);
      const locale = useLocale(c);
      return idempotentJson(c, db, 201, (trx) => ideas.storeIdea(trx, idea, locale, config.mail !== null));
    },
  );
}
