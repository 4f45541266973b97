import type { types } from '@slack/bolt';
import type { Citation, Lang, OutboundReply } from '../../src/channel/types.js';
import { bidiText, isolateLtrRuns, isRtlLine, wrapRtl } from './bidi.js';
import { citationNote } from '../../src/replies/citation-note.js';
import { citationPages } from '../../src/replies/page-label.js';
import { label } from '../../src/replies/labels.js';
import { fileSize } from '../../src/channel/file-size.js';
import { splitText } from '../../src/channel/split-text.js';
import { mrkdwnLink, toMrkdwn, truncate } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

/** One chat.postMessage worth of content. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** Slack's documented limits, plus a total per message kept well under what the API accepts. */
export const LIMITS = {
  sectionText: 3000,
  blocksPerMessage: 50,
  contextElements: 10,
  fallbackText: 40_000,
  buttonValue: 2000,
  /** Section text per message: long messages are refused (msg_too_long) well before 50 full sections. */
  messageChars: 12_000,
} as const;

export const ACTIONS = {
  helpful: 'arcp_feedback_up',
  notHelpful: 'arcp_feedback_down',
  askSecretariat: 'arcp_ask_secretariat',
} as const;
export const REPLY_ACTIONS_BLOCK = 'arcp_reply_actions';

/**
 * What the buttons of a reply carry back: the reply they judge, its language and, on a message only its
 * asker sees, the thread it belongs to (Slack's payload for an ephemeral message carries no message).
 */
export interface ReplyButtonValue {
  r?: string;
  l: Lang;
  t?: string;
}

export interface RenderOptions {
  /** Set for an ephemeral reply in a thread: its buttons name the thread. */
  threadTs?: string;
  /** A line above the reply, as mrkdwn (who asked what, for an answer to /arcp). */
  lead?: string;
  /** The download link of a staff answer's attached document (signed, expiring). */
  fileUrl?: (id: string) => string;
}

/** A reply → one or more Slack messages: the answer, its sources, then the buttons on the last one. */
export function renderReply(reply: OutboundReply, options: RenderOptions = {}): SlackMessage[] {
  // Split before the marks and escapes are added (they lengthen the text), with room left for them.
  const content: KnownBlock[] = splitText(reply.text, { max: SPLIT_AT, measure: 'chars' }).map((part) => section(bidiText(part)));
  if (options.lead) content.unshift({ type: 'context', elements: [{ type: 'mrkdwn', text: truncate(options.lead, LIMITS.sectionText) }] });
  if (reply.kind === 'answer' && reply.citations.length > 0) content.push(...citationBlocks(reply.citations, reply.lang));
  if (reply.kind === 'staff-answer' && reply.attachment && options.fileUrl) content.push(attachmentBlock(reply.attachment, reply.lang, options.fileUrl));
  const actions = actionsFor(reply, options.threadTs);
  const messages = packMessages(content, actions ? 1 : 0);
  if (actions) messages[messages.length - 1].blocks.push(actions);
  return messages;
}

const SPLIT_AT = 2400;

/** `📎 Attachment: <signed link|report.pdf> (1.2 MB)`: Slack gets a link to the document, not an upload. */
function attachmentBlock(file: { id: string; filename: string; size: number }, lang: Lang, fileUrl: (id: string) => string): KnownBlock {
  const text = `📎 *${label(lang, 'attachment')}*: ${mrkdwnLink(fileUrl(file.id), file.filename)} (${fileSize(file.size)})`;
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } };
}

function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(toMrkdwn(text), LIMITS.sectionText) } };
}

/** `[n] <url|title> — meeting · date`, ten sources per context block (Slack's element limit). */
export function citationBlocks(citations: Citation[], lang: Lang): KnownBlock[] {
  const lines = citations.map((c) => citationLine(c, lang));
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < lines.length; i += LIMITS.contextElements) {
    const elements = lines.slice(i, i + LIMITS.contextElements).map((text) => ({ type: 'mrkdwn' as const, text }));
    blocks.push({ type: 'context', elements });
  }
  if (blocks.length > 0) blocks.unshift({ type: 'context', elements: [{ type: 'mrkdwn', text: `*${label(lang, 'sources')}*` }] });
  return blocks;
}

/** `[n] <url|title> — meeting · date · p. 3`, then whether the document is official or a summary of reporting. */
function citationLine(c: Citation, lang: Lang): string {
  const title = truncate(c.meeting ? `${c.title} — ${c.meeting}` : c.title, 300);
  const note = ` · _${citationNote(c, lang)}_`;
  const pages = citationPages(c, lang);
  if (!isRtlLine(title)) return `[${c.n}] ${mrkdwnLink(c.url, title)}${c.date ? ` · ${c.date}` : ''}${pages ? ` · ${pages}` : ''}${note}`;
  // Marks go around and inside the link label, never into the URL, where they would break the link.
  const date = c.date ? ` · ${isolateLtrRuns(c.date)}` : '';
  const page = pages ? ` · ${isolateLtrRuns(pages)}` : '';
  return wrapRtl(`[${isolateLtrRuns(String(c.n))}] ${mrkdwnLink(c.url, isolateLtrRuns(title))}${date}${page}${note}`);
}

function actionsFor(reply: OutboundReply, threadTs: string | undefined): KnownBlock | undefined {
  const value = JSON.stringify({ r: reply.replyId, l: reply.lang, ...(threadTs ? { t: threadTs } : {}) } satisfies ReplyButtonValue);
  const ask = button(ACTIONS.askSecretariat, label(reply.lang, 'askSecretariat'), value);
  if (reply.kind === 'answer') {
    const up = button(ACTIONS.helpful, '👍', value, label(reply.lang, 'helpful'));
    const down = button(ACTIONS.notHelpful, '👎', value, label(reply.lang, 'notHelpful'));
    return { type: 'actions', block_id: REPLY_ACTIONS_BLOCK, elements: [up, down, ask] };
  }
  if (reply.kind === 'no-position' && reply.offerTicket && !reply.ticketId) {
    return { type: 'actions', block_id: REPLY_ACTIONS_BLOCK, elements: [ask] };
  }
  return undefined;
}

export function button(actionId: string, text: string, value: string, accessibilityLabel?: string, style?: 'primary' | 'danger') {
  return {
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text: truncate(text, 75), emoji: true },
    value: value.slice(0, LIMITS.buttonValue),
    ...(accessibilityLabel ? { accessibility_label: accessibilityLabel } : {}),
    ...(style ? { style } : {}),
  };
}

/** Groups blocks into messages within the block and size limits, keeping `reserve` slots on the last. */
export function packMessages(blocks: KnownBlock[], reserve = 0): SlackMessage[] {
  const groups: KnownBlock[][] = [[]];
  let chars = 0;
  for (const block of blocks) {
    const size = blockChars(block);
    const current = groups[groups.length - 1];
    if (current.length > 0 && (current.length >= LIMITS.blocksPerMessage - reserve || chars + size > LIMITS.messageChars)) {
      groups.push([]);
      chars = 0;
    }
    groups[groups.length - 1].push(block);
    chars += size;
  }
  return groups.map((group) => ({ blocks: group, text: fallbackText(group) }));
}

function blockChars(block: KnownBlock): number {
  if (block.type === 'section') return block.text?.text.length ?? 0;
  if (block.type === 'context') return block.elements.reduce((n, e) => n + ('text' in e ? String(e.text).length : 0), 0);
  return 0;
}

/** The `text` shown in notifications and read by screen readers: the same words, without the buttons. */
function fallbackText(blocks: KnownBlock[]): string {
  const parts = blocks.flatMap((b) => {
    if (b.type === 'section') return b.text ? [b.text.text] : [];
    if (b.type === 'context') return b.elements.map((e) => ('text' in e ? String(e.text) : ''));
    return [];
  });
  return truncate(parts.join('\n'), LIMITS.fallbackText);
}

/** The reply's buttons replaced by a note of what the user chose, so that a choice is made once. */
export function markChoice(blocks: KnownBlock[], choice: string, lang: Lang): KnownBlock[] {
  return blocks.map((b) =>
    b.type === 'actions' && b.block_id === REPLY_ACTIONS_BLOCK
      ? { type: 'context', block_id: REPLY_ACTIONS_BLOCK, elements: [{ type: 'mrkdwn', text: `${label(lang, 'chosen')}: ${choice}` }] }
      : b,
  );
}
