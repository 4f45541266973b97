import { z } from 'zod';
import { defineSection } from './section.js';

export const coreSection = defineSection(
  {
    port: 'PORT',
    host: 'HOST',
    dataDir: 'ARCP_DATA_DIR',
    corpusDir: 'ARCP_CORPUS_DIR',
    logLevel: 'LOG_LEVEL',
    noPositionPolicy: 'ARCP_NO_POSITION_POLICY',
    publicUrl: 'ARCP_PUBLIC_URL',
    maxFileMb: 'ARCP_MAX_FILE_MB',
    slaHours: 'ARCP_SLA_HOURS',
    turnDeadlineMs: 'ARCP_TURN_DEADLINE_MS',
    deliveryRetryBaseMs: 'ARCP_DELIVERY_RETRY_BASE_MS',
    deliveryRetryMaxMs: 'ARCP_DELIVERY_RETRY_MAX_MS',
    deliveryMaxAttempts: 'ARCP_DELIVERY_MAX_ATTEMPTS',
    deliveryLeaseMs: 'ARCP_DELIVERY_LEASE_MS',
    deliveryPollMs: 'ARCP_DELIVERY_POLL_MS',
    databaseUrl: 'DATABASE_URL',
    databasePoolMax: 'ARCP_DATABASE_POOL_MAX',
    leaderRetryMs: 'ARCP_LEADER_RETRY_MS',
    replyFileMaxMb: 'ARCP_REPLY_FILE_MAX_MB',
    fileLinkSecret: 'ARCP_FILE_LINK_SECRET',
    fileLinkHours: 'ARCP_FILE_LINK_HOURS',
    indexCheckMs: 'ARCP_INDEX_CHECK_MS',
  },
  z.object({
    port: z.coerce.number().int().min(0).max(65535).default(3978),
    host: z.string().min(1).default('127.0.0.1'),
    dataDir: z.string().min(1).default('./data'),
    corpusDir: z.string().min(1).default('./corpus'),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** What an out-of-scope question gets: an offer to ask the secretariat, or a ticket straight away. */
    noPositionPolicy: z.enum(['offer', 'ticket']).default('offer'),
    publicUrl: z.string().url().optional(),
    maxFileMb: z.coerce.number().positive().default(25),
    slaHours: z.coerce.number().positive().default(48),
    /** A turn past this is aborted (retrieval, composer, LLM) and answered by the last-resort handler. */
    turnDeadlineMs: z.coerce.number().int().min(1000).default(30_000),
    deliveryRetryBaseMs: z.coerce.number().int().positive().default(2000),
    deliveryRetryMaxMs: z.coerce.number().int().positive().default(300_000),
    /** Failed attempts before a delivery becomes a dead letter (about a day with the defaults). */
    deliveryMaxAttempts: z.coerce.number().int().min(1).default(300),
    /** Longer than any send takes: a delivery held longer than this by a process is taken to be orphaned. */
    deliveryLeaseMs: z.coerce.number().int().min(200).default(120_000),
    deliveryPollMs: z.coerce.number().int().min(100).default(5000),
    /** postgres://… keeps every store in PostgreSQL (several replicas); unset: SQLite in the data folder. */
    databaseUrl: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL (leave it unset for SQLite)')
      .optional(),
    /** PostgreSQL connections per process. */
    databasePoolMax: z.coerce.number().int().min(2).max(200).default(10),
    /** How often a standby replica tries to take over a duty (IMAP intake, SLA reminders) whose leader died. */
    leaderRetryMs: z.coerce.number().int().min(100).default(5000),
    /** Largest document staff may attach to an answer (PDF or DOCX), in MB. */
    replyFileMaxMb: z.coerce.number().positive().max(100).default(10),
    /**
     * Signs the download links of attached documents sent in Teams and Slack; every replica needs the same.
     * Unset: a secret made at start-up, so that links die with the process.
     */
    fileLinkSecret: z.string().min(16, 'at least 16 characters').optional(),
    /** How long a signed download link works. */
    fileLinkHours: z.coerce.number().positive().default(168),
    /**
     * On PostgreSQL, how often a replica looks at the ingest generation besides being notified of an
     * ingest: it heals a notification missed while its listening connection was down.
     */
    indexCheckMs: z.coerce.number().int().min(100).default(60_000),
  }),
);
