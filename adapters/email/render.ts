import { httpUrl } from '../../src/channel/http-url.js';
import { escapeHtml } from '../../src/channel/escape-html.js';
import type { Citation, Lang, OutboundReply } from '../../src/channel/types.js';
import { citationNote } from '../../src/replies/citation-note.js';
import { citationPages } from '../../src/replies/page-label.js';

/** A reply as an email body: plain text for every client, HTML (right-to-left for Arabic) for rich ones. */
export interface RenderedMail {
  text: string;
  html: string;
}

const LABELS: Record<Lang, { sources: string }> = {
  ar: { sources: 'المصادر' },
  en: { sources: 'Sources' },
};

const FONT = "font-family:'Noto Naskh Arabic','Segoe UI',Tahoma,Arial,sans-serif;font-size:15px;line-height:1.7";

export function renderMail(reply: OutboundReply): RenderedMail {
  const citations = reply.kind === 'answer' ? [...reply.citations].sort((a, b) => a.n - b.n) : [];
  return { text: renderText(reply.text, citations, reply.lang), html: renderHtml(reply.text, citations, reply.lang) };
}

function renderText(body: string, citations: Citation[], lang: Lang): string {
  const text = body.replace(/\*\*(.+?)\*\*/g, '$1').trim();
  if (citations.length === 0) return `${text}\n`;
  const notes = citations.map((c) => `[${c.n}] ${[c.title, c.meeting, c.date, citationPages(c, lang)].filter(Boolean).join(' — ')}\n    (${citationNote(c, lang)})${httpUrl(c.url) ? `\n    ${httpUrl(c.url)}` : ''}`);
  return `${text}\n\n${LABELS[lang].sources}:\n${notes.join('\n')}\n`;
}

function renderHtml(body: string, citations: Citation[], lang: Lang): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const known = new Set(citations.map((c) => c.n));
  const paragraphs = body
    .trim()
    .split(/\n{2,}/)
    .map((block) => `<p style="margin:0 0 12px 0">${block.split('\n').map((line) => inline(line, known)).join('<br>')}</p>`);
  const notes = citations.length
    ? [
        '<hr style="border:none;border-top:1px solid #ccc;margin:16px 0">',
        `<p style="margin:0 0 6px 0"><strong>${LABELS[lang].sources}</strong></p>`,
        `<ol style="margin:0;padding-${dir === 'rtl' ? 'right' : 'left'}:24px">${citations.map((c) => footnote(c, lang)).join('')}</ol>`,
      ]
    : [];
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="${dir}"><head><meta charset="utf-8"></head>`,
    `<body dir="${dir}"><div dir="${dir}" lang="${lang}" style="${FONT};text-align:${dir === 'rtl' ? 'right' : 'left'}">`,
    ...paragraphs,
    ...notes,
    '</div></body></html>',
  ].join('\n');
}

/** Bold headings, and `[n]` markers as links to their footnote; everything else escaped. */
function inline(line: string, known: Set<number>): string {
  return escapeHtml(line)
    .replace(/\*\*(.+?)\*\*/g, '<strong><bdi>$1</bdi></strong>')
    .replace(/«(.+?)»/g, '«<bdi>$1</bdi>»')
    .replace(/\[(\d{1,3})\]/g, (m, n: string) => (known.has(Number(n)) ? `<sup><a href="#arcp-source-${n}">[${n}]</a></sup>` : m));
}

function footnote(c: Citation, lang: Lang): string {
  const title = `<bdi>${escapeHtml(c.title)}</bdi>`;
  const url = httpUrl(c.url);
  const linked = url ? `<a href="${escapeHtml(url)}">${title}</a>` : title;
  const when = [c.meeting, c.date, citationPages(c, lang)].filter(Boolean).map((s) => `<bdi>${escapeHtml(s!)}</bdi>`).join(' — ');
  const note = `<br><em style="color:#555">${escapeHtml(citationNote(c, lang))}</em>`;
  return `<li id="arcp-source-${c.n}" value="${c.n}" style="margin-bottom:4px">${linked}${when ? ` — ${when}` : ''}${note}</li>`;
}

/** Plain text (a notification, a notice) as a mail body, in the direction of its language. */
export function renderPlain(text: string, lang: Lang): RenderedMail {
  return renderMail({ kind: 'notice', lang, text });
}
