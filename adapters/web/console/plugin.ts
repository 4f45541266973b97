import express from 'express';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SurfacePlugin } from '../../../src/channel/plugin.js';
import { createConsoleServices } from '../../../src/console/console-services.js';
import { consoleErrors, csrfFailure, sendProblem } from './errors.js';
import { backWith } from './format.js';
import { multipartForm } from './multipart.js';
import { mountConversations } from './pages/conversations.js';
import { mountCorpus } from './pages/corpus.js';
import { mountDeadLetters } from './pages/dead-letters.js';
import type { ConsoleDeps } from './pages/deps.js';
import { mountDrafts } from './pages/drafts.js';
import { mountInsights } from './pages/insights.js';
import { mountSearch } from './pages/search.js';
import { mountSignIn } from './pages/signin.js';
import { mountTickets } from './pages/tickets.js';
import { checkCsrf, loadContext, requireSession, securityHeaders } from './session.js';

const STATIC_DIR = join(dirname(fileURLToPath(import.meta.url)), 'static');
// Chart.js's package exports only its module entry; its UMD build sits next to it in dist/.
const CHART_UMD = join(dirname(createRequire(import.meta.url).resolve('chart.js')), 'chart.umd.js');

/**
 * The staff console at /console, always on: sign-in, tickets, drafts, conversations, corpus, search
 * playground and insights. Server-rendered pages with forms; a small script adds uploads and charts.
 */
export const consolePlugin: SurfacePlugin = {
  kind: 'surface',
  name: 'console',
  async start({ app, router }) {
    const services = createConsoleServices(app);
    const deps: ConsoleDeps = { app, services, cookies: { secure: app.config.console.secureCookies } };
    const r = express.Router();
    r.use(securityHeaders);
    // The sign-in page needs its stylesheet before any session exists; nothing else is public.
    r.get('/static/console.css', (_req, res) => res.sendFile(join(STATIC_DIR, 'console.css')));
    r.use(express.urlencoded({ extended: false, limit: '256kb' }));
    r.use(express.json({ limit: '256kb' }));
    r.use(loadContext(services.auth, deps.cookies));
    // The reply form carries a file: read before the CSRF check, which needs its fields. Room is left
    // over the file's cap for the answer's text, so that the service, not this, names a file too large.
    const replyForm = multipartForm(app.config.core.replyFileMaxMb * 1024 * 1024 + 512 * 1024, (req, res) =>
      res.redirect(303, backWith(`/console/tickets/${encodeURIComponent(String(req.params.id))}`, 'error', 'errAttachmentTooLarge')));
    r.post('/tickets/:id/reply', replyForm);
    r.use(checkCsrf(csrfFailure));
    mountSignIn(r, deps);
    r.use(requireSession);
    r.get('/', (_req, res) => res.redirect(303, '/console/tickets'));
    r.get('/static/console.js', (_req, res) => res.sendFile(join(STATIC_DIR, 'console.js')));
    r.get('/static/chart.umd.js', (_req, res) => res.sendFile(CHART_UMD));
    mountTickets(r, deps);
    mountDeadLetters(r, deps);
    mountDrafts(r, deps);
    mountConversations(r, deps);
    mountCorpus(r, deps);
    mountSearch(r, deps);
    mountInsights(r, deps);
    r.use((req, res) => sendProblem(req, res, 404, 'NOT_FOUND', 'no such console page'));
    r.use(consoleErrors(app.logger));
    router.use('/console', r);
    return {
      async stop() {
        await services.ingest.idle();
      },
    };
  },
};
