import { parseArgs } from 'node:util';
import { AppError } from '../errors.js';
import { TICKET_STATUSES, type TicketStatus } from '../tickets/types.js';
import type { CliCommand } from './context.js';

export const ticketsCommand: CliCommand = {
  name: 'tickets',
  summary: 'list and work tickets from the command line (the console and staff channels do the same)',
  usage: `arcp tickets [list] [--status open,claimed] [--json]
arcp tickets show <id>
arcp tickets claim <id> --as <staff>
arcp tickets reply <id> --as <staff> "<answer>"     delivered to the asker on their channel
                                                    (the same answer again within 10 minutes needs --again)
arcp tickets close <id> --as <staff>`,
  async run(argv, ctx) {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { status: { type: 'string' }, json: { type: 'boolean' }, as: { type: 'string' }, again: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [action = 'list', id, ...rest] = positionals;
    const app = await ctx.openApp();
    if (action === 'list') {
      const status = values.status?.split(',').map((s) => s.trim()) as TicketStatus[] | undefined;
      if (status?.some((s) => !TICKET_STATUSES.includes(s))) throw new AppError('BAD_REQUEST', `--status takes ${TICKET_STATUSES.join(', ')}`);
      const list = await app.tickets.list({ status });
      if (values.json) ctx.out(JSON.stringify(list, null, 2));
      else for (const t of list) ctx.out(`${t.id}  ${t.status.padEnd(8)} ${t.channel.padEnd(6)} ${t.category.padEnd(18)} ${t.createdAt.slice(0, 16)}  ${t.question.slice(0, 70)}`);
      if (!values.json && list.length === 0) ctx.out('No tickets.');
      return 0;
    }
    if (!id) throw new AppError('BAD_REQUEST', `arcp tickets ${action} needs a ticket id`);
    if (action === 'show') {
      const t = await app.tickets.get(id);
      if (!t) throw new AppError('TICKET_NOT_FOUND', `no ticket ${id}`);
      ctx.out(JSON.stringify({ ...t, events: await app.tickets.events(id) }, null, 2));
      return 0;
    }
    const staff = values.as;
    if (!staff) throw new AppError('BAD_REQUEST', `arcp tickets ${action} needs --as <staff name>`);
    if (action === 'claim') ctx.out(`${(await app.staff.claim(id, staff)).id} claimed by ${staff}`);
    else if (action === 'close') ctx.out(`${(await app.staff.close(id, staff)).id} closed`);
    else if (action === 'reply') {
      const result = await app.staff.reply(id, staff, rest.join(' '), { confirmed: values.again });
      ctx.out(result.delivered ? `${id} answered and delivered` : `${id} answered; queued for delivery (${result.error ?? 'not delivered yet'}): the running server sends it`);
    } else throw new AppError('BAD_REQUEST', `unknown action ${action}`);
    return 0;
  },
};
