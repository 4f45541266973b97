import type { CliCommand } from './context.js';
import { askCommand } from './ask.js';
import { auditCommand } from './audit.js';
import { serveCommand } from './serve.js';
import { ticketsCommand } from './tickets.js';

/** Every `arcp` sub-command, in the order `arcp --help` lists them. */
export const COMMANDS: CliCommand[] = [serveCommand, askCommand, ticketsCommand, auditCommand];
