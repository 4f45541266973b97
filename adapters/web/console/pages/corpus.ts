import express, { type Request, type Router } from 'express';
import type { CatalogFilter } from '../../../../src/console/corpus-catalog.js';
import { AppError } from '../../../../src/errors.js';
import { DOC_TYPES, titleIn, type DocType } from '../../../../src/ingest/types.js';
import { queryString } from '../format.js';
import { t } from '../i18n.js';
import { renderPage } from '../layout.js';
import { adminOnly } from '../errors.js';
import { consoleContext, requireAdmin } from '../session.js';
import type { ConsoleDeps } from './deps.js';
import { corpusDetail, corpusList } from './corpus-view.js';

function catalogFilter(q: Request['query']): CatalogFilter {
  const year = Number(queryString(q.year));
  const type = queryString(q.type);
  return {
    forum: queryString(q.forum),
    year: Number.isInteger(year) && year > 0 ? year : undefined,
    type: type && (DOC_TYPES as readonly string[]).includes(type) ? (type as DocType) : undefined,
  };
}

/** The upload's metadata arrives as a JSON query parameter next to the raw file body. */
function uploadMeta(value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return JSON.parse(value);
  } catch (cause) {
    throw new AppError('BAD_REQUEST', 'meta: not valid JSON', { cause });
  }
}

/** The corpus: documents by forum, year and type; one document; admin upload with ingest progress. */
export function mountCorpus(router: Router, deps: ConsoleDeps): void {
  const { services, app } = deps;

  router.get('/corpus', (req, res) => {
    const ctx = consoleContext(res);
    const filter = catalogFilter(req.query);
    const body = corpusList(ctx, { docs: services.catalog.list(filter), facets: services.catalog.facets(), filter, jobs: services.ingest.list().slice(0, 10) });
    res.type('html').send(renderPage(ctx, { title: t(ctx.lang, 'corpusTitle'), section: 'corpus', body, path: req.originalUrl }));
  });

  router.get('/corpus/:id', async (req, res) => {
    const ctx = consoleContext(res);
    const doc = await services.catalog.get(String(req.params.id));
    if (!doc) throw new AppError('NOT_FOUND', 'no such document');
    res.type('html').send(renderPage(ctx, { title: titleIn(doc.meta, ctx.lang), section: 'corpus', body: corpusDetail(ctx.lang, doc), path: req.originalUrl }));
  });

  router.post(
    '/api/corpus/upload',
    requireAdmin(adminOnly),
    express.raw({ type: () => true, limit: app.config.core.maxFileMb * 1024 * 1024 }),
    async (req, res) => {
      const ctx = consoleContext(res);
      const name = queryString(req.query.name);
      if (!name) throw new AppError('BAD_REQUEST', 'name: the file name is missing');
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const job = await services.ingest.upload({ name, bytes, meta: uploadMeta(req.query.meta), staff: ctx.session!.staff.name });
      res.status(202).json({ job });
    },
  );

  router.get('/api/ingest', (_req, res) => {
    res.json({ jobs: services.ingest.list() });
  });

  router.get('/api/ingest/:id', (req, res) => {
    const job = services.ingest.get(String(req.params.id));
    if (!job) throw new AppError('NOT_FOUND', 'no such ingest job');
    res.json({ job });
  });
}
