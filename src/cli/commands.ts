import type { CliCommand } from './context.js';
import { askCommand } from './ask.js';
import { auditCommand } from './audit.js';
import { doctorCommand } from './doctor.js';
import { ingestCommand } from './ingest.js';
import { migrateCommand } from './migrate.js';
import { repairCommand } from './repair.js';
import { searchCommand } from './search.js';
import { serveCommand } from './serve.js';
import { staffCommand } from './staff.js';
import { ticketsCommand } from './tickets.js';

/** Every `arcp` sub-command, in the order `arcp --help` lists them. */
export const COMMANDS: CliCommand[] = [
  serveCommand,
  askCommand,
  searchCommand,
  ingestCommand,
  repairCommand,
  ticketsCommand,
  auditCommand,
  staffCommand,
  doctorCommand,
  migrateCommand,
];
