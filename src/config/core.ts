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
  }),
);
