import { join, resolve } from 'node:path';
import { Assistant } from './core/assistant.js';
import { createComposer } from './answer/index.js';
import { ChannelRegistry } from './channel/registry.js';
import type { Config } from './config.js';
import { ingestPaths, type IngestReport } from './ingest/ingest.js';
import type { Logger } from './logger.js';
import { createSearchEngine, type SearchEngine } from './retrieval/index.js';
import { ConversationStore } from './store/conversation-store.js';
import { openDatabase, type Db } from './store/db.js';
import { SqliteTicketQueue } from './store/ticket-store.js';
import { StaffService } from './tickets/staff-service.js';
import { DraftService } from './drafts/draft-service.js';
import { SqliteDraftQueue } from './store/draft-store.js';
import { EmailStore } from './store/email-store.js';
import { SlackStaffMessageStore } from './store/slack-store.js';
import { TeamsStore } from './store/teams-store.js';
import type { TicketQueue } from './tickets/types.js';

/** The product's services, without any channel: what the CLI, the server and the channels share. */
export interface AppServices {
  config: Config;
  logger: Logger;
  db: Db;
  engine: SearchEngine;
  assistant: Assistant;
  tickets: TicketQueue;
  conversations: ConversationStore;
  channels: ChannelRegistry;
  staff: StaffService;
  /** Answers held for staff approval (Approve / Edit / Reject), sent in the original thread once approved. */
  drafts: DraftService;
  /** The email channel's intake state, thread index and outbox (adapters reach SQL only through stores). */
  emailStore: EmailStore;
  /** The Teams channel's durable state: the registered staff channel and its ticket cards. */
  teamsStore: TeamsStore;
  /** Where each ticket's message sits in the Slack staff channel, so it is edited in place after a restart. */
  slackStaffMessages: SlackStaffMessageStore;
  /** Ingest the configured corpus folder (incremental); done at start-up by `serve` and `ask`. */
  ingestCorpus(): Promise<IngestReport>;
  close(): Promise<void>;
}

export async function createApp(config: Config, logger: Logger, options: { inMemory?: boolean } = {}): Promise<AppServices> {
  const dataDir = resolve(config.core.dataDir);
  const corpusDir = resolve(config.core.corpusDir);
  const db = openDatabase(options.inMemory ? ':memory:' : dataDir);
  const engine = await createSearchEngine({
    dataDir: options.inMemory ? null : dataDir,
    retrieval: config.retrieval,
    llm: config.llm,
    glossaryPath: join(corpusDir, 'glossary.tsv'),
    logger,
  });
  const tickets = new SqliteTicketQueue(db);
  const conversations = new ConversationStore(db);
  const channels = new ChannelRegistry();
  const staff = new StaffService({ tickets, channels, conversations, logger, slaHours: config.core.slaHours });
  const drafts = new DraftService({ queue: new SqliteDraftQueue(db), channels, conversations, logger });
  const emailStore = new EmailStore(db);
  const teamsStore = new TeamsStore(db);
  const slackStaffMessages = new SlackStaffMessageStore(db);
  const assistant = new Assistant({
    search: engine,
    composer: createComposer({ llm: config.llm, logger, concepts: (q) => engine.questionConcepts(q) }),
    tickets,
    conversations,
    logger,
    noPositionPolicy: config.core.noPositionPolicy,
    onTicketOpened: (t) => staff.notifyOpened(t),
    onTicketUpdated: (t) => staff.notifyUpdated(t),
  });
  const ingestCorpus = () =>
    ingestPaths({ paths: [corpusDir], corpusDir, db, index: engine, logger, maxFileBytes: config.core.maxFileMb * 1024 * 1024 });
  return {
    config, logger, db, engine, assistant, tickets, conversations, channels, staff, drafts, emailStore, teamsStore, slackStaffMessages, ingestCorpus,
    async close() {
      await engine.save();
      db.close();
    },
  };
}
