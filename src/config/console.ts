import { z } from 'zod';
import { defineSection } from './section.js';

export const consoleSection = defineSection(
  {
    secureCookies: 'CONSOLE_SECURE_COOKIES',
    sessionHours: 'CONSOLE_SESSION_HOURS',
  },
  z.object({
    /** Set when served behind TLS, so session cookies get the Secure flag. */
    secureCookies: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
    sessionHours: z.coerce.number().positive().default(12),
  }),
);
