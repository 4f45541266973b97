import type { Lang } from '../../../../src/channel/types.js';
import { TICKET_STATUSES, type Ticket, type TicketEvent } from '../../../../src/tickets/types.js';
import { ageText, categoryName, channelName, duration, hoursSince, select, statusBadge, truncate, userBlock, userText, when } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';
import { actionButton, csrfField } from '../layout.js';
import type { ConsoleContext } from '../session.js';

export const CHANNELS = ['web', 'email', 'teams', 'slack', 'cli'] as const;
export const CATEGORIES = ['no-position', 'position-question', 'document-request', 'registration', 'submission', 'ask-person'];
export const AGE_CHOICES = [1, 24, 48, 168];

export interface TicketQuery {
  status: string;
  channel?: string;
  category?: string;
  age?: string;
}

function filterForm(lang: Lang, q: TicketQuery): SafeHtml {
  const statuses: [string, string][] = [['active', t(lang, 'statusActive')], ...TICKET_STATUSES.map((s): [string, string] => [s, tDynamic(lang, 'status_', s)]), ['all', t(lang, 'all')]];
  const channels: [string, string][] = [['', t(lang, 'all')], ...CHANNELS.map((c): [string, string] => [c, channelName(lang, c)])];
  const categories: [string, string][] = [['', t(lang, 'all')], ...CATEGORIES.map((c): [string, string] => [c, categoryName(lang, c)])];
  const ages: [string, string][] = [['', t(lang, 'ageAny')], ...AGE_CHOICES.map((h): [string, string] => [String(h), t(lang, 'ageOver', { span: duration(lang, h, 'hour') })])];
  return html`<form method="get" action="/console/tickets" class="filters" aria-label="${t(lang, 'filter')}">
  <div>${select('status', t(lang, 'status'), statuses, q.status)}</div>
  <div>${select('channel', t(lang, 'channel'), channels, q.channel)}</div>
  <div>${select('category', t(lang, 'category'), categories, q.category)}</div>
  <div>${select('age', t(lang, 'age'), ages, q.age)}</div>
  <div class="filter-go"><button type="submit">${t(lang, 'apply')}</button></div>
</form>`;
}

export function slaCell(lang: Lang, ticket: Ticket, slaHours: number, now = Date.now()): SafeHtml {
  const hours = hoursSince(ticket.createdAt, now);
  const waiting = ticket.status === 'open' || ticket.status === 'claimed';
  const late = waiting && hours >= slaHours;
  return html`<span class="${late ? 'age late' : 'age'}">${ageText(lang, hours)}${late ? html` <strong class="badge late">${t(lang, 'overdue')}</strong>` : ''}</span>`;
}

function asker(lang: Lang, ticket: Ticket): SafeHtml {
  const s = ticket.sender;
  // An anonymous web chat asker has only a generated id, which means nothing to staff: say who it is.
  if (!s.name && !s.email && ticket.channel === 'web') return html`${t(lang, 'webVisitor')}`;
  return html`<bdi>${s.name ?? s.email ?? truncate(s.id, 18)}</bdi>${s.email && s.name ? html`<br><small dir="ltr">${s.email}</small>` : ''}`;
}

function row(ctx: ConsoleContext, ticket: Ticket, slaHours: number, back: string): SafeHtml {
  const { lang } = ctx;
  const link = `/console/tickets/${encodeURIComponent(ticket.id)}`;
  const actions = [
    ticket.status === 'open' ? actionButton(ctx, `${link}/claim`, t(lang, 'claim'), { back }) : '',
    ticket.status !== 'closed' ? actionButton(ctx, `${link}/close`, t(lang, 'close'), { back }) : actionButton(ctx, `${link}/reopen`, t(lang, 'reopen'), { back }),
  ];
  return html`<tr data-ticket="${ticket.id}">
  <td class="nowrap"><a href="${link}" dir="ltr">${ticket.id}</a></td>
  <td>${statusBadge(lang, ticket.status)}</td>
  <td class="nowrap">${channelName(lang, ticket.channel)}</td>
  <td>${categoryName(lang, ticket.category)}</td>
  <td class="asker">${asker(lang, ticket)}</td>
  <td class="question">${userText(truncate(ticket.question, 160), ticket.lang)}</td>
  <td class="nowrap">${slaCell(lang, ticket, slaHours)}</td>
  <td>${ticket.claimedBy ? html`<bdi>${ticket.claimedBy}</bdi>` : '—'}</td>
  <td class="actions">${actions}</td>
</tr>`;
}

export function ticketList(ctx: ConsoleContext, input: { tickets: Ticket[]; query: TicketQuery; slaHours: number; back: string }): SafeHtml {
  const { lang } = ctx;
  const heads = ['ticket', 'status', 'channel', 'category', 'asker', 'question', 'slaAge', 'claimedBy', 'actions'] as const;
  const table = input.tickets.length === 0
    ? html`<p class="empty">${t(lang, 'noResults')}</p>`
    : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="queue-caption"><table class="tickets">
  <caption id="queue-caption">${t(lang, 'ticketsTitle')} (${input.tickets.length})</caption>
  <thead><tr>${heads.map((h) => html`<th scope="col">${t(lang, h)}</th>`)}</tr></thead>
  <tbody>${input.tickets.map((tk) => row(ctx, tk, input.slaHours, input.back))}</tbody>
</table></div>`;
  return html`${filterForm(lang, input.query)}
<p class="hint">${t(lang, 'slaLimit', { span: duration(lang, input.slaHours, 'hour') })} <a href="${input.back}">${t(lang, 'refresh')}</a></p>
${table}`;
}

function events(lang: Lang, list: TicketEvent[]): SafeHtml {
  return html`<ol class="events">${list.map((e) => html`<li>${when(e.createdAt)} — <strong>${tDynamic(lang, 'event_', e.type)}</strong>${e.actor ? html` · <bdi>${e.actor}</bdi>` : ''}${e.text && e.type !== 'opened' ? html`<div>${userText(e.text)}</div>` : ''}</li>`)}</ol>`;
}

export function ticketDetail(ctx: ConsoleContext, input: { ticket: Ticket; events: TicketEvent[]; slaHours: number; maxFileMb: number }): SafeHtml {
  const { lang } = ctx;
  const tk = input.ticket;
  const link = `/console/tickets/${encodeURIComponent(tk.id)}`;
  const conversation = `/console/conversations/${encodeURIComponent(`${tk.ref.channel}:${tk.ref.conversationId}`)}`;
  const buttons = [
    tk.status === 'open' || (tk.status === 'claimed' && tk.claimedBy !== ctx.session?.staff.name) ? actionButton(ctx, `${link}/claim`, t(lang, 'claim')) : '',
    tk.status !== 'closed' ? actionButton(ctx, `${link}/close`, t(lang, 'close')) : '',
    tk.status === 'answered' || tk.status === 'closed' ? actionButton(ctx, `${link}/reopen`, t(lang, 'reopen')) : '',
  ];
  return html`<dl class="facts">
  <dt>${t(lang, 'status')}</dt><dd>${statusBadge(lang, tk.status)}</dd>
  <dt>${t(lang, 'channel')}</dt><dd>${channelName(lang, tk.channel)}</dd>
  <dt>${t(lang, 'category')}</dt><dd>${categoryName(lang, tk.category)}</dd>
  <dt>${t(lang, 'asker')}</dt><dd>${asker(lang, tk)}</dd>
  <dt>${t(lang, 'created')}</dt><dd>${when(tk.createdAt)}</dd>
  <dt>${t(lang, 'slaAge')}</dt><dd>${slaCell(lang, tk, input.slaHours)}</dd>
  ${tk.claimedBy ? html`<dt>${t(lang, 'claimedBy')}</dt><dd><bdi>${tk.claimedBy}</bdi></dd>` : ''}
  ${tk.answeredBy ? html`<dt>${t(lang, 'answeredBy')}</dt><dd><bdi>${tk.answeredBy}</bdi></dd>` : ''}
</dl>
<section aria-labelledby="q-h"><h2 id="q-h">${t(lang, 'question')}</h2>
<blockquote class="user-question">${userBlock(tk.question, tk.lang)}</blockquote>
${tk.attachments.length ? html`<h3>${t(lang, 'attachments')}</h3><ul>${tk.attachments.map((a) => html`<li dir="auto">${a.filename} (${a.contentType}, ${a.size} B)</li>`)}</ul>` : ''}
<p><a href="${conversation}">${t(lang, 'openConversation')}</a></p></section>
<div class="button-row">${buttons}</div>
${tk.status !== 'closed' ? html`<section aria-labelledby="reply-h" class="card"><h2 id="reply-h">${t(lang, 'reply')}</h2>
<form method="post" action="${link}/reply" enctype="multipart/form-data" data-send-once>${csrfField(ctx)}
<label for="reply-text">${t(lang, 'replyLabel', { channel: channelName(lang, tk.channel) })}</label>
<textarea id="reply-text" name="text" rows="6" required dir="auto" lang="${tk.lang}"></textarea>
<p><label for="reply-file">${t(lang, 'attachFile', { maxMb: input.maxFileMb })}</label>
<input id="reply-file" type="file" name="attachment" accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document" data-max-bytes="${input.maxFileMb * 1024 * 1024}" data-too-large="${t(lang, 'errAttachmentTooLarge')}"></p>
${tk.answer ? html`<p><label><input type="checkbox" name="confirm" value="1"> ${t(lang, 'confirmRepeat')}</label></p>` : ''}
<p><button type="submit">${t(lang, 'sendReply')}</button></p></form></section>` : ''}
<section aria-labelledby="events-h"><h2 id="events-h">${t(lang, 'history')}</h2>${events(lang, input.events)}</section>`;
}
