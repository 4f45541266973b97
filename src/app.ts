import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createComposer } from './answer/index.js';
import { AppError } from './errors.js';
import { ChannelGauges } from './channel/channel-gauges.js';
import type { ChannelState } from './channel/channel-state.js';
import type { Config } from './config.js';
import type { StaffAccounts } from './console/accounts.js';
import { Assistant } from './core/assistant.js';
import type { AuditLog } from './core/audit-log.js';
import type { ConversationLog } from './core/conversation-log.js';
import { ReplicaRoles } from './core/replica-roles.js';
import { replyPolicies } from './core/reply-policy.js';
import { TurnGateway } from './core/turn-gateway.js';
import { ChannelRegistry } from './delivery/channel-registry.js';
import { Deliveries } from './delivery/deliveries.js';
import type { DeliveryHooks } from './delivery/sender.js';
import { keepDeliveredInTranscript } from './delivery/transcript.js';
import { DraftService } from './drafts/draft-service.js';
import { IndexFollower } from './ingest/index-follower.js';
import { IndexSync } from './ingest/index-sync.js';
import { ingestPaths, type IngestProgress, type IngestReport } from './ingest/ingest.js';
import { ingestInWorker } from './ingest/run-in-worker.js';
import type { IngestLedger } from './ingest/ledger.js';
import type { Logger } from './logger.js';
import { createSearchEngine, type SearchEngine } from './retrieval/index.js';
import { openDatabase, type Db } from './store/db.js';
import { StorageHealth } from './store/storage-health.js';
import { openStores, type Stores } from './store/open-stores.js';
import { FileLinks } from './tickets/file-links.js';
import type { ReplyFiles } from './tickets/reply-files.js';
import { StaffService } from './tickets/staff-service.js';
import type { TicketQueue } from './tickets/types.js';

/** The product's services, without any channel: what the CLI, the server and the console share. */
export interface AppServices {
  config: Config;
  logger: Logger;
  /** The local SQLite database: the ingest ledger, the console's read models, and the stores below when DATABASE_URL is unset. */
  db: Db;
  /** The stores behind the ports below: SQLite, or PostgreSQL (DATABASE_URL) shared by several replicas. */
  stores: Stores;
  engine: SearchEngine;
  /** The one way in for every channel: claims, repeats, empty input, deadline, last resort. */
  turns: TurnGateway;
  tickets: TicketQueue;
  conversations: ConversationLog;
  audit: AuditLog;
  /** The channels running in this process; registering one registers its sender with the deliveries. */
  channels: ChannelRegistry;
  /** The one outbound queue: staff answers, approved drafts, late replies, staff notices. */
  deliveries: Deliveries;
  staff: StaffService;
  /** Documents staff attached to answers, and the signed links Teams and Slack messages carry to them. */
  replyFiles: ReplyFiles;
  fileLinks: FileLinks;
  /** Answers held for staff approval (Approve / Edit / Reject), sent in the original thread once approved. */
  drafts: DraftService;
  /** Each channel's own ids (staff channel, ticket cards, mail threads), handed to it as its own scope. */
  channelState: ChannelState;
  staffAccounts: StaffAccounts;
  /** The ledger of ingested files and passages the search index is built from (shared on PostgreSQL). */
  ingestLedger: IngestLedger;
  /** The duties this replica holds or stands by for (one email intake per mailbox…), for /readyz. */
  roles: ReplicaRoles;
  /** Figures the channels report for /metrics (the email intake's lag). */
  gauges: ChannelGauges;
  /** Storage failures seen (disk full), for /healthz. */
  storage: StorageHealth;
  /** Ingest the configured corpus folder (incremental); done at start-up by `serve` and `ask`. */
  ingestCorpus(): Promise<IngestReport>;
  /**
   * Ingest files and folders: in a worker thread that writes the store, the search index then brought
   * in line here, so that the server keeps answering (in process for an in-memory app).
   */
  ingest(paths: string[], onProgress?: (p: IngestProgress) => void): Promise<IngestReport>;
  close(): Promise<void>;
}

export interface AppOptions {
  inMemory?: boolean;
  /** Test seams around each remote send (the crash tests). */
  deliveryHooks?: DeliveryHooks;
  /** Build the search index again from the store, every passage re-embedded (`arcp ingest --rebuild`). */
  rebuildIndex?: boolean;
}

export async function createApp(config: Config, logger: Logger, options: AppOptions = {}): Promise<AppServices> {
  const dataDir = resolve(config.core.dataDir);
  const corpusDir = resolve(config.core.corpusDir);
  const db = openDatabase(options.inMemory ? ':memory:' : dataDir);
  const engine = await createSearchEngine({
    dataDir: options.inMemory ? null : dataDir, retrieval: config.retrieval, llm: config.llm, glossaryPath: join(corpusDir, 'glossary.tsv'), logger,
    rebuild: options.rebuildIndex,
  });
  const stores = await openStores({ sqlite: db, databaseUrl: config.core.databaseUrl, poolMax: config.core.databasePoolMax });
  const ledger = stores.ingestLedger;
  const sync = new IndexSync({ store: ledger, index: engine, logger });
  await sync.refresh({ force: true });
  const follower = followIngests({ stores, sync, engine, logger, checkMs: config.core.indexCheckMs });
  const { tickets, conversations, audit } = stores;
  const deliveries = new Deliveries({ queue: stores.deliveryQueue, settings: deliverySettings(config), logger, hooks: options.deliveryHooks });
  keepDeliveredInTranscript(deliveries, conversations);
  const channels = new ChannelRegistry(deliveries);
  const staff = new StaffService({
    tickets, deliveries, channels, logger, slaHours: config.core.slaHours, files: stores.replyFiles, maxFileBytes: config.core.replyFileMaxMb * 1024 * 1024,
  });
  const fileLinks = new FileLinks(config.core.fileLinkSecret, config.core.fileLinkHours * 3600 * 1000);
  const drafts = new DraftService({ queue: stores.draftQueue, deliveries, logger });
  const onTicketOpened = (t: Parameters<StaffService['notifyOpened']>[0]) => staff.notifyOpened(t);
  const assistant = new Assistant({
    search: engine, composer: createComposer({ llm: config.llm, logger, concepts: (q) => engine.questionConcepts(q) }),
    tickets, conversations, audit, noPositionPolicy: config.core.noPositionPolicy, onTicketOpened, onTicketUpdated: (t) => staff.notifyUpdated(t),
  });
  const turns = new TurnGateway({
    assistant, conversations, audit, tickets, onTicketOpened, logger, deadlineMs: config.core.turnDeadlineMs,
    replyPolicies: replyPolicies({ emailAllowlist: config.email.allowlist }),
    hold: ({ sourceMessageId, msg, reply }) => drafts.create({ sourceMessageId, ref: msg.ref, sender: msg.sender, question: msg.text, reply }),
  });
  const storage = new StorageHealth(db);
  const maxFileBytes = config.core.maxFileMb * 1024 * 1024;
  const ingest = async (paths: string[], onProgress?: (p: IngestProgress) => void): Promise<IngestReport> => {
    if (options.inMemory) return ingestPaths({ paths, corpusDir, ledger, index: engine, logger, maxFileBytes, onProgress });
    const databaseUrl = config.core.databaseUrl;
    const report = await ingestInWorker({ paths, corpusDir, dataDir, databaseUrl, maxFileBytes, logLevel: config.core.logLevel }, onProgress);
    const synced = await sync.refresh();
    if (synced) await engine.save();
    return { ...report, indexRebuilt: report.indexRebuilt || undefined };
  };
  const ingestCorpus = () => {
    if (!existsSync(corpusDir)) {
      throw new AppError('CORPUS_INVALID', `no corpus folder at ${corpusDir}; run arcp from the project folder, or give --corpus DIR or ARCP_CORPUS_DIR`);
    }
    return ingest([corpusDir]);
  };
  return {
    config, logger, db, stores, engine, turns, tickets, conversations, audit, channels, deliveries, staff, drafts, replyFiles: stores.replyFiles, fileLinks,
    channelState: stores.channelState, staffAccounts: stores.staffAccounts, ingestLedger: ledger, roles: new ReplicaRoles(stores.kind), ingestCorpus, ingest, storage,
    gauges: new ChannelGauges(),
    async close() {
      await follower.stop();
      await deliveries.stop();
      // A failed save (disk full) is said, not swallowed; the store still closes, the index is rebuilt from it next time.
      await engine.save().catch((err: unknown) => {
        storage.record(err);
        logger.error({ err }, 'the search index could not be saved; it will be rebuilt from the store at the next start');
      });
      await stores.close();
      db.close();
    },
  };
}

/**
 * The index follows the store. On SQLite (one server) a cheap generation look before each search catches
 * an `arcp ingest` run beside it. On PostgreSQL other replicas ingest: each is told by LISTEN/NOTIFY and
 * reconciles in the background, with a periodic look for a notification missed, rather than a database
 * round-trip on every search.
 */
function followIngests(o: { stores: Stores; sync: IndexSync; engine: SearchEngine & { beforeSearch?: () => Promise<unknown> }; logger: Logger; checkMs: number }): { stop(): Promise<void> } {
  const signal = o.stores.ingestSignal(o.logger);
  if (!signal) {
    o.engine.beforeSearch = () => o.sync.refresh();
    return { stop: async () => {} };
  }
  const follower = new IndexFollower({
    sync: o.sync, signal, checkMs: o.checkMs, logger: o.logger,
    onSynced: async (result) => {
      o.logger.info({ ...result }, 'search index refreshed after an ingest elsewhere');
      await o.engine.save();
    },
  });
  void follower.start();
  return follower;
}

function deliverySettings(config: Config) {
  const c = config.core;
  return { leaseMs: c.deliveryLeaseMs, pollMs: c.deliveryPollMs, retryBaseMs: c.deliveryRetryBaseMs, retryMaxMs: c.deliveryRetryMaxMs, maxAttempts: c.deliveryMaxAttempts };
}
