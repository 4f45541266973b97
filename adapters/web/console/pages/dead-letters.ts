import type { Router } from 'express';
import type { Delivery } from '../../../../src/delivery/types.js';
import { AppError } from '../../../../src/errors.js';
import { backWith, channelName, truncate, when } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';
import { actionButton } from '../layout.js';
import type { ConsoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';

/** Who a delivery was for: the asker's conversation, or the staff surface. */
function recipient(ctx: ConsoleContext, d: Delivery): SafeHtml {
  if (!d.ref) return html`<span dir="ltr">${d.channel}</span>`;
  return html`${channelName(ctx.lang, d.ref.channel)} · <a href="/console/conversations/${encodeURIComponent(`${d.ref.channel}:${d.ref.conversationId}`)}" dir="ltr">${truncate(d.ref.conversationId, 24)}</a>`;
}

/** The outbound queue's dead letters, under the ticket queue: what staff must look at, with a retry. */
export function deadLetterList(ctx: ConsoleContext, dead: Delivery[]): SafeHtml {
  if (dead.length === 0) return html``;
  const { lang } = ctx;
  const heads = ['deliveryKind', 'deliveryTo', 'deliveryProblem', 'deliveryAttempts', 'created', 'actions'] as const;
  const rows = dead.map((d) => html`<tr data-delivery="${d.id}"><td>${tDynamic(lang, 'delivery_', d.kind)}</td><td>${recipient(ctx, d)}</td>
<td dir="auto">${truncate(d.lastError ?? '', 160)}</td><td>${d.attempts}</td><td>${when(d.createdAt)}</td>
<td class="actions">${actionButton(ctx, `/console/deliveries/${encodeURIComponent(d.id)}/retry`, t(lang, 'retrySend'))}</td></tr>`);
  return html`<section class="dead-letters" aria-labelledby="dead-h"><h2 id="dead-h">${t(lang, 'deadLettersTitle')} (${dead.length})</h2>
<p class="hint">${t(lang, 'deadLettersIntro')}</p>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="dead-h"><table>
<thead><tr>${heads.map((h) => html`<th scope="col">${t(lang, h)}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

/** Staff retry a dead letter: it goes back to the queue and is sent at once. */
export function mountDeadLetters(router: Router, deps: ConsoleDeps): void {
  router.post('/deliveries/:id/retry', async (req, res) => {
    const id = String(req.params.id);
    const found = (await deps.app.deliveries.list({ status: ['dead'] })).find((d) => d.id === id);
    if (!found) throw new AppError('NOT_FOUND', 'no such undelivered message');
    await deps.app.deliveries.revive(id);
    res.redirect(303, backWith('/console/tickets', 'flash', 'flash_deliveryRetried'));
  });
}
