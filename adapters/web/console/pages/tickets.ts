import type { Request, Response, Router } from 'express';
import type { ChannelName } from '../../../../src/channel/types.js';
import { AppError } from '../../../../src/errors.js';
import { TICKET_STATUSES, type TicketFilter, type TicketStatus } from '../../../../src/tickets/types.js';
import { backWith, queryString } from '../format.js';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { renderPage } from '../layout.js';
import { consoleContext, safeNext } from '../session.js';
import type { FormFile } from '../multipart.js';
import type { ConsoleDeps } from './deps.js';
import { deadLetterList } from './dead-letters.js';
import { AGE_CHOICES, CATEGORIES, CHANNELS, ticketDetail, ticketList, type TicketQuery } from './tickets-view.js';

const ACTIONS = ['claim', 'close', 'reopen', 'reply'] as const;
type Action = (typeof ACTIONS)[number];

export function ticketQuery(q: Request['query']): TicketQuery {
  const status = queryString(q.status) ?? 'active';
  const channel = queryString(q.channel);
  const category = queryString(q.category);
  const age = queryString(q.age);
  return {
    status: status === 'active' || status === 'all' || (TICKET_STATUSES as readonly string[]).includes(status) ? status : 'active',
    channel: channel && (CHANNELS as readonly string[]).includes(channel) ? channel : undefined,
    category: category && CATEGORIES.includes(category) ? category : undefined,
    age: age && AGE_CHOICES.includes(Number(age)) ? age : undefined,
  };
}

export function ticketFilter(q: TicketQuery): TicketFilter {
  const status: TicketStatus[] | undefined =
    q.status === 'active' ? ['open', 'claimed'] : q.status === 'all' ? undefined : [q.status as TicketStatus];
  return { status, channel: q.channel as ChannelName | undefined, category: q.category, olderThanHours: q.age ? Number(q.age) : undefined, limit: 500 };
}

/** Runs a staff action through the core; returns the notice to show. */
async function perform(
  deps: ConsoleDeps, action: Action, id: string, staff: string, form: { text?: unknown; confirm?: unknown; attachment?: unknown } = {},
): Promise<string> {
  const { text } = form;
  const { staff: service } = deps.app;
  if (action === 'claim') await service.claim(id, staff);
  else if (action === 'close') await service.close(id, staff);
  else if (action === 'reopen') await service.reopen(id, staff);
  else {
    if (typeof text !== 'string' || !text.trim()) throw new AppError('BAD_REQUEST', 'the answer is empty');
    const attachment = isFormFile(form.attachment) ? form.attachment : undefined;
    const result = await service.reply(id, staff, text, { confirmed: form.confirm === '1' || form.confirm === true, attachment });
    return result.delivered ? 'flash_delivered' : 'flash_notDelivered';
  }
  return ({ claim: 'flash_claimed', close: 'flash_closed', reopen: 'flash_reopened' } as const)[action];
}

function isFormFile(value: unknown): value is FormFile {
  return typeof value === 'object' && value !== null && Buffer.isBuffer((value as FormFile).bytes);
}

function errorKey(err: unknown): string {
  if (AppError.is(err, 'FILE_TOO_LARGE')) return 'errAttachmentTooLarge';
  if (AppError.is(err, 'UNSUPPORTED_FILE')) return 'errAttachmentType';
  if (AppError.is(err, 'TICKET_STATE')) return 'errTicketState';
  if (AppError.is(err, 'REPLY_DUPLICATE')) return 'errDuplicateReply';
  if (AppError.is(err, 'BAD_REQUEST')) return 'errEmpty';
  throw err;
}

/** The ticket queue: list with filters, one ticket, and the staff actions (forms and JSON). */
export function mountTickets(router: Router, deps: ConsoleDeps): void {
  const { app } = deps;
  const slaHours = app.config.core.slaHours;

  router.get('/tickets', async (req, res) => {
    const ctx = consoleContext(res);
    const query = ticketQuery(req.query);
    const tickets = await app.tickets.list(ticketFilter(query));
    const dead = await app.deliveries.list({ status: ['dead'], limit: 200 });
    const body = html`${ticketList(ctx, { tickets, query, slaHours, back: req.originalUrl })}${deadLetterList(ctx, dead)}`;
    res.type('html').send(renderPage(ctx, { title: t(ctx.lang, 'ticketsTitle'), section: 'tickets', body, path: req.originalUrl, notice: req.query.flash, error: req.query.error }));
  });

  router.get('/tickets/:id', async (req, res) => {
    const ctx = consoleContext(res);
    const ticket = await app.tickets.get(String(req.params.id));
    if (!ticket) throw new AppError('NOT_FOUND', 'no such ticket');
    const body = ticketDetail(ctx, { ticket, events: await app.tickets.events(ticket.id), slaHours, maxFileMb: app.config.core.replyFileMaxMb });
    res.type('html').send(renderPage(ctx, { title: `${t(ctx.lang, 'ticket')} ${ticket.id}`, section: 'tickets', body, path: req.originalUrl, notice: req.query.flash, error: req.query.error }));
  });

  for (const action of ACTIONS) {
    router.post(`/tickets/:id/${action}`, async (req: Request, res: Response) => {
      const ctx = consoleContext(res);
      const id = String(req.params.id);
      const body = req.body as Record<string, unknown>;
      const back = typeof body.back === 'string' ? safeNext(body.back) : `/console/tickets/${encodeURIComponent(id)}`;
      try {
        const notice = await perform(deps, action, id, ctx.session!.staff.name, body);
        res.redirect(303, backWith(back, 'flash', notice));
      } catch (err) {
        res.redirect(303, backWith(back, 'error', errorKey(err)));
      }
    });
  }

  router.get('/api/tickets', async (req, res) => {
    res.json({ tickets: await app.tickets.list(ticketFilter(ticketQuery(req.query))) });
  });

  for (const action of ACTIONS) {
    router.post(`/api/tickets/:id/${action}`, async (req: Request, res: Response) => {
      const ctx = consoleContext(res);
      const id = String(req.params.id);
      const notice = await perform(deps, action, id, ctx.session!.staff.name, (req.body as Record<string, unknown> | undefined) ?? {});
      res.json({ ticket: await app.tickets.get(id), delivered: notice === 'flash_delivered' ? true : notice === 'flash_notDelivered' ? false : undefined });
    });
  }
}
