import type { Router } from 'express';
import type { Lang } from '../../../../src/channel/types.js';
import { AppError } from '../../../../src/errors.js';
import { channelName, queryString, select, statusBadge, truncate, userBlock, userText, when } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';
import { renderPage } from '../layout.js';
import { consoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';
import { replyBlock } from './reply-view.js';
import { CHANNELS } from './tickets-view.js';

import type { AuditRecord } from '../../../../src/core/audit-log.js';
import type { ConversationSummary, TranscriptEntry } from '../../../../src/core/conversation-log.js';

const convLink = (key: string) => `/console/conversations/${encodeURIComponent(key)}`;

function list(lang: Lang, rows: ConversationSummary[], channel: string | undefined): SafeHtml {
  const options: [string, string][] = [['', t(lang, 'all')], ...CHANNELS.map((c): [string, string] => [c, channelName(lang, c)])];
  const filter = html`<form method="get" action="/console/conversations" class="filters"><div>${select('channel', t(lang, 'channel'), options, channel)}</div><div class="filter-go"><button type="submit">${t(lang, 'apply')}</button></div></form>`;
  if (rows.length === 0) return html`${filter}<p class="empty">${t(lang, 'noResults')}</p>`;
  return html`${filter}<div class="table-wrap" tabindex="0" role="region" aria-labelledby="conv-caption"><table>
<caption id="conv-caption">${t(lang, 'conversationsTitle')} (${rows.length})</caption>
<thead><tr><th scope="col">${t(lang, 'conversation')}</th><th scope="col">${t(lang, 'channel')}</th><th scope="col">${t(lang, 'lastQuestion')}</th><th scope="col">${t(lang, 'messages')}</th><th scope="col">${t(lang, 'updated')}</th></tr></thead>
<tbody>${rows.map((c) => html`<tr><td><a href="${convLink(c.id)}" dir="ltr">${truncate(c.id.slice(c.id.indexOf(':') + 1), 14)}</a></td><td>${channelName(lang, c.channel)}</td><td class="question">${c.lastQuestion ? userText(truncate(c.lastQuestion, 140)) : '—'}</td><td>${c.messages}</td><td>${when(c.updatedAt)}</td></tr>`)}</tbody>
</table></div>`;
}

function auditBlock(lang: Lang, a: AuditRecord): SafeHtml {
  const rows = a.passages.map((p, i) => html`<tr><td>${i + 1}</td><td><a href="/console/corpus/${encodeURIComponent(p.documentId)}" dir="ltr">${p.passageId}</a></td><td dir="ltr">${p.score.toFixed(4)}</td><td dir="ltr"><code>${p.contentHash.slice(0, 12)}</code></td></tr>`);
  return html`<details class="audit"><summary>${t(lang, 'auditRecord')} <code dir="ltr">${a.id.slice(0, 8)}</code></summary>
<dl class="facts">
  <dt>${t(lang, 'intent')}</dt><dd dir="ltr">${a.intent ?? '—'}</dd>
  <dt>${t(lang, 'replyKind')}</dt><dd>${tDynamic(lang, 'kind_', a.kind)}</dd>
  <dt>${t(lang, 'language')}</dt><dd>${a.lang}</dd>
  ${a.composer ? html`<dt>${t(lang, 'composer')}</dt><dd dir="ltr">${a.composer}</dd>` : ''}
  ${a.fallbackReason ? html`<dt>${t(lang, 'fallbackReason')}</dt><dd dir="auto">${a.fallbackReason}</dd>` : ''}
  ${a.resolvedQuestion && a.resolvedQuestion !== a.question ? html`<dt>${t(lang, 'resolvedQuestion')}</dt><dd>${userText(a.resolvedQuestion)}</dd>` : ''}
  ${a.ticketId ? html`<dt>${t(lang, 'ticket')}</dt><dd><a href="/console/tickets/${encodeURIComponent(a.ticketId)}" dir="ltr">${a.ticketId}</a></dd>` : ''}
</dl>
${rows.length ? html`<table class="compact"><caption>${t(lang, 'passagesUsed')}</caption><thead><tr><th scope="col">${t(lang, 'rank')}</th><th scope="col">${t(lang, 'passage')}</th><th scope="col">${t(lang, 'score')}</th><th scope="col">${t(lang, 'versionHash')}</th></tr></thead><tbody>${rows}</tbody></table>` : ''}
</details>`;
}

function entry(lang: Lang, e: TranscriptEntry, audits: Map<string, AuditRecord>): SafeHtml {
  if (e.direction === 'in') {
    const who = e.sender?.name ?? e.sender?.email ?? t(lang, 'fromUser');
    return html`<li class="turn in"><div class="meta"><bdi>${who}</bdi> · ${when(e.createdAt)}</div>${userBlock(e.text, e.lang)}</li>`;
  }
  const audit = e.reply?.replyId ? audits.get(e.reply.replyId) : undefined;
  const who = e.reply?.kind === 'staff-answer' ? e.reply.staffName : t(lang, 'fromAssistant');
  return html`<li class="turn out"><div class="meta"><bdi>${who}</bdi> · ${when(e.createdAt)}</div>${e.reply ? replyBlock(lang, e.reply) : userBlock(e.text, e.lang)}${audit ? auditBlock(lang, audit) : ''}</li>`;
}

/** Conversations: every channel's transcripts, each answer with its citations and its audit record. */
export function mountConversations(router: Router, deps: ConsoleDeps): void {
  const { app } = deps;

  router.get('/conversations', async (req, res) => {
    const ctx = consoleContext(res);
    const channel = queryString(req.query.channel);
    // Only answered questions set lastQuestion; for the others (requests, tickets) show the last message in.
    const lastIn = async (key: string) => (await app.conversations.transcript(key)).filter((m) => m.direction === 'in' && m.text).at(-1)?.text;
    const listed = (await app.conversations.listConversations(200)).filter((c) => !channel || c.channel === channel);
    const rows = await Promise.all(listed.map(async (c) => ({ ...c, lastQuestion: c.lastQuestion ?? (await lastIn(c.id)) })));
    res.type('html').send(renderPage(ctx, { title: t(ctx.lang, 'conversationsTitle'), section: 'conversations', body: list(ctx.lang, rows, channel), path: req.originalUrl }));
  });

  router.get('/conversations/:key', async (req, res) => {
    const ctx = consoleContext(res);
    const key = String(req.params.key);
    const ref = await app.conversations.conversationRef(key);
    if (!ref) throw new AppError('NOT_FOUND', 'no such conversation');
    const audits = new Map((await app.audit.forConversation(key)).map((a) => [a.id, a]));
    const transcript = await app.conversations.transcript(key);
    const tickets = await app.tickets.list({ conversationId: ref.conversationId });
    const mine = tickets.filter((tk) => tk.channel === ref.channel);
    const body = html`<p>${channelName(ctx.lang, ref.channel)} · <code dir="ltr">${key}</code></p>
${mine.length ? html`<section aria-labelledby="ct-h"><h2 id="ct-h">${t(ctx.lang, 'ticketsOfConversation')}</h2><ul>${mine.map((tk) => html`<li><a href="/console/tickets/${encodeURIComponent(tk.id)}" dir="ltr">${tk.id}</a> ${statusBadge(ctx.lang, tk.status)}</li>`)}</ul></section>` : ''}
<section aria-labelledby="tr-h"><h2 id="tr-h">${t(ctx.lang, 'transcript')}</h2>
<ol class="transcript">${transcript.map((e) => entry(ctx.lang, e, audits))}</ol></section>`;
    res.type('html').send(renderPage(ctx, { title: t(ctx.lang, 'conversation'), section: 'conversations', body, path: req.originalUrl }));
  });
}
