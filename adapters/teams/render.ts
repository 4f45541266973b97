import { httpUrl } from '../../src/channel/http-url.js';
import type { Activity } from 'botbuilder';
import { citationNote } from '../../src/replies/citation-note.js';
import { citationPages } from '../../src/replies/page-label.js';
import { label } from '../../src/replies/labels.js';
import { renderTemplate } from '../../src/replies/templates.js';
import type { Citation, Lang, OutboundReply } from '../../src/channel/types.js';
import {
  attachment, card, container, facts, heading, isRtl, execute, markdownLink, plainSummary, textBlocks,
  type AdaptiveCard, type CardElement,
} from './cards.js';
import { fileSize } from '../../src/channel/file-size.js';
import { splitText } from '../../src/channel/split-text.js';

/**
 * Teams refuses a message of more than about 28 KB with 413 MessageSizeTooBig. Parts are kept well under
 * it: the text appears twice in a card (blocks and `fallbackText`), and the envelope adds some more.
 */
export const MAX_ACTIVITY_BYTES = 24_000;
const TEXT_BYTES_PER_PART = 9_000;

const ARABIC_LETTER = /[\u0600-\u06FF]/;

/** Channels whose clients render Adaptive Cards; any other gets plain Markdown text. */
const CARD_CHANNELS = new Set(['msteams', 'emulator', 'webchat', 'directline']);

export type OutgoingActivity = Partial<Activity>;

export interface RenderOptions {
  /** The Bot Framework channel id of the conversation (msteams, emulator, …). */
  channelId?: string;
  /** The download link of a staff answer's attached document (signed, expiring). */
  fileUrl?: (id: string) => string;
}

/** One reply → the activities that show it: Adaptive Cards where the client renders them, else text. */
export function renderReply(reply: OutboundReply, options: RenderOptions = {}): OutgoingActivity[] {
  if (!CARD_CHANNELS.has(options.channelId ?? 'msteams')) return plainActivities(reply, options);
  const parts = splitText(reply.text, { max: TEXT_BYTES_PER_PART, measure: 'utf8-bytes' });
  if (parts.length === 0) parts.push('');
  const rtl = isRtl(reply.lang);
  const file = attachmentLine(reply, options);
  const activities = parts.map((part, i) => {
    const last = i === parts.length - 1;
    const body = [
      ...(i === 0 ? header(reply) : []),
      ...(parts.length > 1 ? [partMarker(reply.lang, i, parts.length)] : []),
      ...(reply.kind === 'notice' ? noticeBlocks(part) : textBlocks(part)),
      ...(last ? footer(reply) : []),
      ...(last && file ? [container([{ type: 'TextBlock', text: file, wrap: true }], { separator: true, spacing: 'Medium' })] : []),
    ];
    const fallbackText = last && reply.kind === 'answer' ? `${part}\n\n${sourcesText(reply.citations, reply.lang)}` : last && file ? `${part}\n\n${file}` : part;
    return cardActivity(card({ rtl, body, actions: last ? actionsOf(reply) : [], fallbackText }), part);
  });
  if (reply.kind !== 'answer' || activityBytes(activities[activities.length - 1]) <= MAX_ACTIVITY_BYTES) return activities;
  // Many long citations on top of a full part: give the sources and buttons cards of their own.
  const lastPart = parts[parts.length - 1];
  activities[activities.length - 1] = cardActivity(card({ rtl, body: textBlocks(lastPart), fallbackText: lastPart }), lastPart);
  return [...activities, ...sourceCards(reply, rtl)];
}

/** The sources in as many cards as the size limit needs (each card carries its text fallback), buttons last. */
function sourceCards(reply: Extract<OutboundReply, { kind: 'answer' }>, rtl: boolean): OutgoingActivity[] {
  const activity = (group: Citation[], last: boolean) => {
    const body = [sources(group, reply.lang)];
    return cardActivity(card({ rtl, body, actions: last ? actionsOf(reply) : [], fallbackText: sourcesText(group, reply.lang) }), label(reply.lang, 'sources'));
  };
  const out: OutgoingActivity[] = [];
  for (let start = 0; start < reply.citations.length; ) {
    let size = reply.citations.length - start;
    const fits = () => activityBytes(activity(reply.citations.slice(start, start + size), start + size === reply.citations.length)) <= MAX_ACTIVITY_BYTES;
    while (size > 1 && !fits()) size = Math.ceil(size / 2);
    out.push(activity(reply.citations.slice(start, start + size), start + size === reply.citations.length));
    start += size;
  }
  return out;
}

export function cardActivity(content: AdaptiveCard, summaryOf: string): OutgoingActivity {
  return { type: 'message', summary: plainSummary(summaryOf), attachments: [attachment(content)] };
}

export function activityBytes(activity: OutgoingActivity): number {
  return Buffer.byteLength(JSON.stringify(activity), 'utf8');
}

/** `📎 Attachment: [report.pdf](signed link) (1.2 MB)`: Teams gets a link to the document, not the file. */
function attachmentLine(reply: OutboundReply, options: RenderOptions): string | undefined {
  if (reply.kind !== 'staff-answer' || !reply.attachment || !options.fileUrl) return undefined;
  const { id, filename, size } = reply.attachment;
  return `📎 ${label(reply.lang, 'attachment')}: ${markdownLink(filename, options.fileUrl(id))} (${fileSize(size)})`;
}

function header(reply: OutboundReply): CardElement[] {
  return reply.kind === 'staff-answer' ? [heading(label(reply.lang, 'staffAnswer'))] : [];
}

function footer(reply: OutboundReply): CardElement[] {
  if (reply.kind === 'answer') return [sources(reply.citations, reply.lang)];
  if (reply.kind === 'ticket') return [facts([[label(reply.lang, 'request'), reply.ticketId]])];
  return [];
}

function actionsOf(reply: OutboundReply): CardElement[] {
  const ask = execute(label(reply.lang, 'askSecretariat'), { arcp: 'ask-secretariat', replyId: reply.replyId, lang: reply.lang });
  if (reply.kind === 'no-position') return reply.offerTicket && !reply.ticketId ? [ask] : [];
  if (reply.kind !== 'answer') return [];
  if (!reply.replyId) return [ask];
  return [
    execute(`👍 ${label(reply.lang, 'helpful')}`, { arcp: 'feedback', replyId: reply.replyId, helpful: true, lang: reply.lang }),
    execute(`👎 ${label(reply.lang, 'notHelpful')}`, { arcp: 'feedback', replyId: reply.replyId, helpful: false, lang: reply.lang }),
    ask,
  ];
}

/**
 * A notice given in both languages (Arabic, then English: no words told which the person reads) is laid
 * out as one container per language, each in its own direction, as the welcome card is.
 */
function noticeBlocks(text: string): CardElement[] {
  const paragraphs = text.split(/\n{2,}/).filter((p) => p.trim());
  const rtlOf = (p: string) => ARABIC_LETTER.test(p);
  if (paragraphs.every(rtlOf) || !paragraphs.some(rtlOf)) return textBlocks(text);
  const groups: { rtl: boolean; text: string[] }[] = [];
  for (const p of paragraphs) {
    const last = groups.at(-1);
    if (last && last.rtl === rtlOf(p)) last.text.push(p);
    else groups.push({ rtl: rtlOf(p), text: [p] });
  }
  return groups.map((g, i) => container(textBlocks(g.text.join('\n\n')), { rtl: g.rtl, ...(i > 0 ? { separator: true, spacing: 'Medium' } : {}) }));
}

function partMarker(lang: Lang, i: number, n: number): CardElement {
  return { type: 'TextBlock', text: `${label(lang, 'part')} ${i + 1}/${n}`, isSubtle: true, size: 'Small', wrap: true };
}

/** `[n] title — meeting, date, p. 3`, and below it whether the document is official or a summary of reporting. */
function citationLine(c: Citation, lang: Lang): string {
  const url = httpUrl(c.url);
  const title = url ? markdownLink(c.title, url) : c.title;
  const when = [c.meeting, c.date, citationPages(c, lang)].filter(Boolean).join(', ');
  return `[${c.n}] ${title}${when ? ` — ${when}` : ''}\n_${citationNote(c, lang)}_`;
}

function sources(citations: Citation[], lang: Lang): CardElement {
  const lines = citations.map((c) => ({ type: 'TextBlock', text: citationLine(c, lang), wrap: true, size: 'Small', spacing: 'Small' }));
  return container([{ type: 'TextBlock', text: label(lang, 'sources'), weight: 'Bolder', wrap: true }, ...lines], { separator: true, spacing: 'Medium' });
}

function sourcesText(citations: Citation[], lang: Lang): string {
  return [`**${label(lang, 'sources')}**`, ...citations.map((c) => citationLine(c, lang))].join('\n');
}

/** For clients without cards: the reply as Markdown text, split like the cards. */
function plainActivities(reply: OutboundReply, options: RenderOptions): OutgoingActivity[] {
  const file = attachmentLine(reply, options);
  const extra = reply.kind === 'answer' ? `\n\n${sourcesText(reply.citations, reply.lang)}` : file ? `\n\n${file}` : '';
  return splitText(`${reply.text}${extra}`, { max: TEXT_BYTES_PER_PART, measure: 'utf8-bytes' }).map((text) => ({ type: 'message', text, textFormat: 'markdown' }));
}

/** The card shown when the bot is added: what it does, in Arabic then English. */
export function welcomeActivity(): OutgoingActivity {
  const part = (lang: Lang) =>
    container([heading(label(lang, 'assistant')), ...textBlocks(renderTemplate('help', lang))], { rtl: isRtl(lang), spacing: 'Large' });
  const content = card({ body: [part('ar'), { ...part('en'), separator: true }], fallbackText: `${renderTemplate('help', 'ar')}\n\n${renderTemplate('help', 'en')}` });
  return cardActivity(content, `${label('ar', 'assistant')} · ${label('en', 'assistant')}`);
}

