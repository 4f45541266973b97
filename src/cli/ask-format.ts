import type { OutboundReply } from '../channel/types.js';
import { citationNote } from '../replies/citation-note.js';
import { citationPages } from '../replies/page-label.js';

/** The `arcp ask --json` contract shared with the team's own checks. */
export interface AskJson {
  kind: 'answer' | 'no-position' | 'ticket' | 'notice';
  lang: 'ar' | 'en';
  text: string;
  /**
   * note: official text or summary of public reporting, and whether the link is a news report; pages: the
   * PDF pages quoted ("p. 3", "ص 3–4"), absent for other documents.
   */
  citations: { n: number; documentId: string; title: string; date: string; url: string; quote: string; note: string; pages?: string }[];
  ticketId?: string;
}

export function toAskJson(reply: OutboundReply | null): AskJson {
  if (!reply) return { kind: 'notice', lang: 'en', text: 'This message was already processed.', citations: [] };
  const kind = reply.kind === 'staff-answer' ? 'notice' : reply.kind;
  const citations =
    reply.kind === 'answer'
      ? reply.citations.map((c) => {
          const pages = citationPages(c, reply.lang);
          const note = citationNote(c, reply.lang);
          return { n: c.n, documentId: c.documentId, title: c.title, date: c.date ?? '', url: c.url ?? '', quote: c.quote, note, ...(pages ? { pages } : {}) };
        })
      : [];
  const ticketId = 'ticketId' in reply ? reply.ticketId : undefined;
  return { kind, lang: reply.lang, text: reply.text, citations, ...(ticketId ? { ticketId } : {}) };
}

/** A reply as a person reads it in a terminal: the text, then the numbered sources. */
export function formatReadable(reply: OutboundReply | null): string {
  const json = toAskJson(reply);
  const lines = [json.text];
  if (json.citations.length > 0) {
    lines.push('', json.lang === 'ar' ? 'المصادر:' : 'Sources:');
    for (const c of json.citations) {
      const where = [c.date, c.pages].filter(Boolean).join(', ');
      lines.push(`  [${c.n}] ${c.title}${where ? ` (${where})` : ''}\n      (${c.note})${c.url ? `\n      ${c.url}` : ''}`);
    }
  }
  if (json.ticketId) lines.push('', `${json.lang === 'ar' ? 'رقم الطلب' : 'Ticket'}: ${json.ticketId}`);
  if (reply?.replyId) lines.push('', `(arcp audit ${reply.replyId})`);
  return lines.join('\n');
}
