import type { Citation, Lang, OutboundReply } from '../../../../src/channel/types.js';
import { fileSize } from '../../../../src/channel/file-size.js';
import { citationPages } from '../../../../src/replies/page-label.js';
import { html, safeUrl, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';

/**
 * Markdown-light reply text: `**…**` lines in bold, every other line a paragraph; nothing is HTML. The
 * direction comes from the reply's language, not from each line's first letter: "أمينة حداد, of the
 * Technical Secretariat, replies…" is an English line that starts with an Arabic name.
 */
export function replyText(text: string, lang?: string): SafeHtml {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const dir = lang === 'ar' ? 'rtl' : lang === 'en' ? 'ltr' : 'auto';
  return html`<div class="reply-text" dir="${dir}"${lang ? html` lang="${lang}"` : ''}>${lines.map((line) => {
    const bold = /^\*\*(.+)\*\*$/.exec(line.trim());
    return bold ? html`<p><strong><bdi>${bold[1]}</bdi></strong></p>` : html`<p>${isolateQuotes(line)}</p>`;
  })}</div>`;
}

/**
 * «quoted text» isolated: an English quote in an Arabic reply (or the reverse) keeps its guillemets
 * around it instead of having them thrown to the wrong ends by the bidi algorithm.
 */
function isolateQuotes(line: string): SafeHtml[] {
  const parts: SafeHtml[] = [];
  let last = 0;
  for (const m of line.matchAll(/«([^»]*)»/g)) {
    parts.push(html`${line.slice(last, m.index)}«<bdi>${m[1]}</bdi>»`);
    last = m.index + m[0].length;
  }
  parts.push(html`${line.slice(last)}`);
  return parts;
}

export function citationList(lang: Lang, citations: Citation[]): SafeHtml {
  if (citations.length === 0) return html``;
  return html`<div class="citations"><h4>${t(lang, 'citations')}</h4><ol>${citations.map((c) => {
    const url = safeUrl(c.url);
    const title = url ? html`<a href="${url}" rel="noopener noreferrer" target="_blank">${c.title}</a>` : html`${c.title}`;
    const pages = citationPages(c, lang);
    return html`<li value="${c.n}" dir="auto" lang="${c.lang}">${title}${c.date ? html` — <span dir="ltr">${c.date}</span>` : ''}${pages ? html` — <bdi class="pages">${pages}</bdi>` : ''}
  <small class="pid" dir="ltr">${c.passageId}</small><blockquote dir="auto">«${c.quote}»</blockquote></li>`;
  })}</ol></div>`;
}

/** One reply as staff read it: its kind, its text and, for answers, the citations. */
export function replyBlock(lang: Lang, reply: OutboundReply): SafeHtml {
  return html`<div class="reply kind-${reply.kind}">
  <span class="badge kind">${tDynamic(lang, 'kind_', reply.kind)}</span>
  ${replyText(reply.text, reply.lang)}
  ${reply.kind === 'answer' ? citationList(lang, reply.citations) : ''}
  ${reply.kind === 'staff-answer' && reply.attachment ? html`<p class="attachment">📎 ${t(lang, 'attachedFile')}: <bdi>${reply.attachment.filename}</bdi> <span dir="ltr">(${fileSize(reply.attachment.size)})</span></p>` : ''}
</div>`;
}

