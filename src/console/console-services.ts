import { join, resolve } from 'node:path';
import type { AppServices } from '../app.js';
import type { IngestLedger } from '../ingest/ledger.js';
import type { StaffAccounts } from './accounts.js';
import { ConsoleAuth } from './auth.js';
import { LoginThrottle } from './login-throttle.js';
import { CorpusCatalog, type IngestRecord } from './corpus-catalog.js';
import { computeInsights, type Insights } from './insights.js';
import { IngestJobs } from './ingest-jobs.js';

/** What the console needs beyond AppServices: accounts and sessions, insights, the corpus catalog, uploads. */
export interface ConsoleServices {
  auth: ConsoleAuth;
  staffAccounts: StaffAccounts;
  catalog: CorpusCatalog;
  ingest: IngestJobs;
  insights(days: number): Promise<Insights>;
}

export const UPLOAD_FOLDER = 'uploads';

function ingestRecord(store: IngestLedger): (documentId: string) => Promise<IngestRecord | undefined> {
  return async (documentId) => {
    const s = await store.byDocument(documentId);
    if (!s) return undefined;
    const repair = s.repair && typeof s.repair === 'object' ? (s.repair as Record<string, unknown>) : undefined;
    return { sourcePath: s.sourcePath, kind: s.kind, pages: s.pages, repair, inferred: s.inferred, warnings: s.warnings, ingestedAt: s.ingestedAt };
  };
}

export function createConsoleServices(app: AppServices): ConsoleServices {
  const corpusDir = resolve(app.config.core.corpusDir);
  const maxFileBytes = app.config.core.maxFileMb * 1024 * 1024;
  const ingest = new IngestJobs({
    uploadDir: join(corpusDir, UPLOAD_FOLDER),
    maxFileBytes,
    logger: app.logger,
    run: async (paths, onProgress) => {
      const report = await app.ingest(paths, onProgress);
      await app.engine.save();
      return report;
    },
  });
  return {
    auth: new ConsoleAuth(app.staffAccounts, {
      sessionHours: app.config.console.sessionHours, logger: app.logger, throttle: new LoginThrottle(app.stores.loginFailures),
    }),
    staffAccounts: app.staffAccounts,
    catalog: new CorpusCatalog(app.engine, ingestRecord(app.ingestLedger)),
    ingest,
    insights: (days) => computeInsights(app.stores.insights, { days }),
  };
}
