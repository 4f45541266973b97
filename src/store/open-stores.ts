import type { ChannelState } from '../channel/channel-state.js';
import type { StaffAccounts } from '../console/accounts.js';
import type { InsightsSource } from '../console/insights-source.js';
import type { LoginFailures } from '../console/login-failures.js';
import type { AuditLog } from '../core/audit-log.js';
import type { ConversationLog } from '../core/conversation-log.js';
import type { DeliveryQueue } from '../delivery/types.js';
import type { Leadership } from '../core/leadership.js';
import { MemoryLeadership } from '../core/memory-leadership.js';
import type { DraftQueue } from '../drafts/types.js';
import type { ReplyFiles } from '../tickets/reply-files.js';
import type { IngestSignal } from '../ingest/ingest-signal.js';
import type { IngestLedger } from '../ingest/ledger.js';
import type { Logger } from '../logger.js';
import type { TicketQueue } from '../tickets/types.js';
import { SqliteAuditLog } from './audit-store.js';
import { SqliteChannelState } from './channel-state-store.js';
import { SqliteConversationLog } from './conversation-store.js';
import type { Db } from './db.js';
import { SqliteDeliveryQueue } from './delivery-store.js';
import { SqliteDraftQueue } from './draft-store.js';
import { IngestStore } from './ingest-store.js';
import { SqliteInsights } from './insights-store.js';
import { SqliteLoginFailures } from './login-failures-store.js';
import { PgAuditLog } from './pg/pg-audit-log.js';
import { PgChannelState } from './pg/pg-channel-state.js';
import { PgConversationLog } from './pg/pg-conversation-log.js';
import { PgDeliveryQueue } from './pg/pg-delivery-queue.js';
import { PgDraftQueue } from './pg/pg-draft-queue.js';
import { PgIngestLedger } from './pg/pg-ingest-ledger.js';
import { PgInsights } from './pg/pg-insights.js';
import { PgListener } from './pg/pg-listener.js';
import { PgLoginFailures } from './pg/pg-login-failures.js';
import { PgLeadership } from './pg/pg-leadership.js';
import { PgStaffAccounts } from './pg/pg-staff-accounts.js';
import { PgReplyFiles } from './pg/pg-reply-files.js';
import { PgTicketQueue } from './pg/pg-ticket-queue.js';
import { openPostgres, type PgPool } from './pg/pool.js';
import { SqliteReplyFiles } from './reply-file-store.js';
import { StaffStore } from './staff-store.js';
import { SqliteTicketQueue } from './ticket-store.js';

/** The shared state of a deployment, behind its ports: in the SQLite file, or in PostgreSQL for several replicas. */
export interface Stores {
  kind: 'sqlite' | 'postgres';
  tickets: TicketQueue;
  conversations: ConversationLog;
  audit: AuditLog;
  deliveryQueue: DeliveryQueue;
  draftQueue: DraftQueue;
  /** Documents staff attached to answers. */
  replyFiles: ReplyFiles;
  channelState: ChannelState;
  staffAccounts: StaffAccounts;
  /** Failed console sign-ins, counted by the login throttle (on every replica alike in PostgreSQL). */
  loginFailures: LoginFailures;
  /** The ingest ledger the search index is built from: shared in PostgreSQL, so one ingest serves every replica. */
  ingestLedger: IngestLedger;
  /** The console's insights: aggregates over the audit log and tickets above (every replica's, in PostgreSQL). */
  insights: InsightsSource;
  /** Notice of ingests by other processes (PostgreSQL LISTEN/NOTIFY); undefined on SQLite (one process). */
  ingestSignal(logger: Logger): IngestSignal | undefined;
  /** Duties one replica holds at a time (IMAP intake, SLA reminders): advisory locks, or this process alone on SQLite. */
  leadership: Leadership;
  /** The PostgreSQL pool when kind is postgres (coordination between replicas uses it). */
  pool?: PgPool;
  /** Throws when the database cannot be used (readiness, `arcp doctor`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenStoresOptions {
  /** The local SQLite database (always open; the stores live in it when there is no PostgreSQL). */
  sqlite: Db;
  /** postgres://… to keep the shared stores in PostgreSQL; undefined: SQLite. */
  databaseUrl?: string;
  poolMax?: number;
}

export async function openStores(o: OpenStoresOptions): Promise<Stores> {
  if (!o.databaseUrl) return sqliteStores(o.sqlite);
  const pool = await openPostgres({ url: o.databaseUrl, max: o.poolMax });
  return {
    kind: 'postgres', pool,
    tickets: new PgTicketQueue(pool), conversations: new PgConversationLog(pool), audit: new PgAuditLog(pool),
    deliveryQueue: new PgDeliveryQueue(pool), draftQueue: new PgDraftQueue(pool), replyFiles: new PgReplyFiles(pool), channelState: new PgChannelState(pool),
    staffAccounts: new PgStaffAccounts(pool), leadership: new PgLeadership(o.databaseUrl), ingestLedger: new PgIngestLedger(pool),
    loginFailures: new PgLoginFailures(pool), insights: new PgInsights(pool),
    ingestSignal: (logger) => new PgListener({ url: o.databaseUrl!, channel: 'arcp_ingest', logger }),
    async ping() {
      await pool.query('SELECT 1');
    },
    close: () => pool.end(),
  };
}

function sqliteStores(db: Db): Stores {
  return {
    kind: 'sqlite',
    tickets: new SqliteTicketQueue(db), conversations: new SqliteConversationLog(db), audit: new SqliteAuditLog(db),
    deliveryQueue: new SqliteDeliveryQueue(db), draftQueue: new SqliteDraftQueue(db), replyFiles: new SqliteReplyFiles(db), channelState: new SqliteChannelState(db),
    staffAccounts: new StaffStore(db), leadership: new MemoryLeadership(), ingestLedger: new IngestStore(db), ingestSignal: () => undefined,
    loginFailures: new SqliteLoginFailures(db), insights: new SqliteInsights(db),
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async close() {},
  };
}
