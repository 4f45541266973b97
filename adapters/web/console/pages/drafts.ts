import type { Response, Router } from 'express';
import type { Lang } from '../../../../src/channel/types.js';
import { DRAFT_STATUSES, type Draft, type DraftStatus } from '../../../../src/drafts/types.js';
import { AppError } from '../../../../src/errors.js';
import { backWith, channelName, queryString, select, truncate, userBlock, userText, when } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';
import { csrfField, renderPage } from '../layout.js';
import { consoleContext, type ConsoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';
import { citationList, replyText } from './reply-view.js';

function draftBadge(lang: Lang, status: string): SafeHtml {
  return html`<span class="badge draft-${status}">${tDynamic(lang, 'draftStatus_', status)}</span>`;
}

function sender(d: Draft): SafeHtml {
  return html`<bdi>${d.sender.name ?? d.sender.email ?? d.sender.id}</bdi>${d.sender.email && d.sender.name ? html` <small dir="ltr">&lt;${d.sender.email}&gt;</small>` : ''}${d.sender.doubt ? html` <strong class="doubt" dir="ltr">⚠ ${d.sender.doubt}</strong>` : ''}`;
}

function list(ctx: ConsoleContext, drafts: Draft[], status: string): SafeHtml {
  const { lang } = ctx;
  const options: [string, string][] = [...DRAFT_STATUSES.map((s): [string, string] => [s, tDynamic(lang, 'draftStatus_', s)]), ['all', t(lang, 'all')]];
  const filter = html`<form method="get" action="/console/drafts" class="filters"><div>${select('status', t(lang, 'status'), options, status)}</div><div class="filter-go"><button type="submit">${t(lang, 'apply')}</button></div></form>`;
  if (drafts.length === 0) return html`${filter}<p class="empty">${t(lang, 'noResults')}</p>`;
  return html`${filter}<div class="table-wrap" tabindex="0" role="region" aria-labelledby="drafts-caption"><table>
<caption id="drafts-caption">${t(lang, 'draftsTitle')} (${drafts.length})</caption>
<thead><tr><th scope="col">${t(lang, 'draft')}</th><th scope="col">${t(lang, 'status')}</th><th scope="col">${t(lang, 'sender')}</th><th scope="col">${t(lang, 'question')}</th><th scope="col">${t(lang, 'created')}</th></tr></thead>
<tbody>${drafts.map((d) => html`<tr data-draft="${d.id}"><td><a href="/console/drafts/${encodeURIComponent(d.id)}" dir="ltr">${d.id.slice(0, 8)}</a></td><td>${draftBadge(lang, d.status)}</td><td>${sender(d)}</td><td class="question">${userText(truncate(d.question, 160))}</td><td>${when(d.createdAt)}</td></tr>`)}</tbody>
</table></div>`;
}

function detail(ctx: ConsoleContext, d: Draft): SafeHtml {
  const { lang } = ctx;
  const base = `/console/drafts/${encodeURIComponent(d.id)}`;
  const decided = d.decidedBy
    ? html`<dt>${t(lang, 'decidedBy')}</dt><dd><bdi>${d.decidedBy}</bdi> ${when(d.decidedAt)}${d.reason ? html` — ${userText(d.reason)}` : ''}</dd>`
    : '';
  const forms = d.status === 'pending'
    ? html`<section class="card" aria-labelledby="approve-h"><h2 id="approve-h">${t(lang, 'approve')}</h2>
<form method="post" action="${base}/approve">${csrfField(ctx)}
<label for="draft-text">${t(lang, 'draftText')}</label>
<textarea id="draft-text" name="text" rows="10" dir="auto" lang="${d.reply.lang}" required>${d.editedText ?? d.reply.text}</textarea>
<p><button type="submit">${t(lang, 'approve')}</button></p></form></section>
<section class="card" aria-labelledby="reject-h"><h2 id="reject-h">${t(lang, 'reject')}</h2>
<form method="post" action="${base}/reject">${csrfField(ctx)}
<label for="reject-reason">${t(lang, 'rejectReason')}</label>
<input id="reject-reason" name="reason" type="text" dir="auto" maxlength="500">
<p><button type="submit" class="danger">${t(lang, 'reject')}</button></p></form></section>`
    : d.status === 'approved'
      ? html`<form method="post" action="${base}/approve" class="button-row">${csrfField(ctx)}<button type="submit">${t(lang, 'retrySend')}</button></form>`
      : '';
  return html`<dl class="facts">
<dt>${t(lang, 'status')}</dt><dd>${draftBadge(lang, d.status)}</dd>
<dt>${t(lang, 'channel')}</dt><dd>${channelName(lang, d.ref.channel)}</dd>
<dt>${t(lang, 'sender')}</dt><dd>${sender(d)}</dd>
<dt>${t(lang, 'created')}</dt><dd>${when(d.createdAt)}</dd>${decided}
</dl>
<section aria-labelledby="dq-h"><h2 id="dq-h">${t(lang, 'question')}</h2><blockquote class="user-question">${userBlock(d.question)}</blockquote></section>
<section aria-labelledby="dr-h"><h2 id="dr-h">${t(lang, 'draft')}</h2><div class="reply">${replyText(d.editedText ?? d.reply.text, d.reply.lang)}${d.reply.kind === 'answer' ? citationList(lang, d.reply.citations) : ''}</div></section>
${forms}`;
}

function statusParam(value: unknown): DraftStatus | 'all' {
  const s = queryString(value);
  return s === 'all' || (DRAFT_STATUSES as readonly string[]).includes(s ?? '') ? (s as DraftStatus | 'all') : 'pending';
}

/** Drafts awaiting approval: read with citations, edit, approve (sends it) or reject (sends nothing). */
export function mountDrafts(router: Router, deps: ConsoleDeps): void {
  const { drafts } = deps.app;
  const page = (res: Response, title: string, body: SafeHtml, path: string, q: Record<string, unknown>) => {
    const ctx = consoleContext(res);
    res.type('html').send(renderPage(ctx, { title, section: 'drafts', body, path, notice: q.flash, error: q.error }));
  };

  router.get('/drafts', async (req, res) => {
    const ctx = consoleContext(res);
    const status = statusParam(req.query.status);
    const found = await drafts.list({ status: status === 'all' ? undefined : [status], limit: 500 });
    page(res, t(ctx.lang, 'draftsTitle'), html`<p>${t(ctx.lang, 'draftsIntro')}</p>${list(ctx, found, status)}`, req.originalUrl, req.query);
  });

  router.get('/drafts/:id', async (req, res) => {
    const ctx = consoleContext(res);
    const draft = await drafts.get(String(req.params.id));
    if (!draft) throw new AppError('NOT_FOUND', 'no such draft');
    page(res, `${t(ctx.lang, 'draft')} ${draft.id.slice(0, 8)}`, detail(ctx, draft), req.originalUrl, req.query);
  });

  router.post('/drafts/:id/:decision', async (req, res) => {
    const ctx = consoleContext(res);
    const id = String(req.params.id);
    const decision = String(req.params.decision);
    const draft = await drafts.get(id);
    if (!draft || (decision !== 'approve' && decision !== 'reject')) throw new AppError('NOT_FOUND', 'no such draft');
    const back = `/console/drafts/${encodeURIComponent(id)}`;
    try {
      await decide(drafts, { draft, decision, staff: ctx.session!.staff.name, body: req.body as Record<string, unknown> });
      res.redirect(303, backWith(back, 'flash', decision === 'approve' ? 'flash_approved' : 'flash_rejected'));
    } catch (err) {
      res.redirect(303, backWith(back, 'error', draftErrorKey(err)));
    }
  });
}

type Drafts = ConsoleDeps['app']['drafts'];

async function decide(drafts: Drafts, input: { draft: Draft; decision: 'approve' | 'reject'; staff: string; body: Record<string, unknown> }): Promise<void> {
  const { draft, staff, body } = input;
  if (input.decision === 'reject') {
    const reason = typeof body.reason === 'string' && body.reason.trim() ? body.reason.trim() : undefined;
    await drafts.reject(draft.id, staff, reason);
    return;
  }
  // An approved draft whose sending failed is approved again to retry; its text is already decided.
  if (draft.status === 'approved') {
    await drafts.approve(draft.id, staff);
    return;
  }
  const text = typeof body.text === 'string' ? body.text.replace(/\r\n/g, '\n').trim() : '';
  if (!text) throw new AppError('BAD_REQUEST', 'the answer is empty');
  await drafts.approve(draft.id, staff, text === draft.reply.text.trim() ? undefined : text);
}

function draftErrorKey(err: unknown): string {
  if (AppError.is(err, 'BAD_REQUEST')) return 'errEmpty';
  if (AppError.is(err, 'DRAFT_STATE')) return 'errDraftState';
  if (AppError.is(err, 'SEND_FAILED')) return 'errDraftNotSent';
  throw err;
}
