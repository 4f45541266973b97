import type { Lang } from '../../src/channel/types.js';

/**
 * Adaptive Card building blocks. Schema 1.5 is the newest version every Teams client renders, and the first
 * with the card-level `rtl` property that lays Arabic answers out right to left.
 */
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';
const CARD_VERSION = '1.5';

export type CardElement = Record<string, unknown>;

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  rtl?: boolean;
  body: CardElement[];
  actions?: CardElement[];
  /** Universal Actions: the action Teams runs, for the listed users, when they see the card. */
  refresh?: { action: CardElement; userIds: string[] };
  fallbackText?: string;
  msteams?: { width: 'Full' };
}

/**
 * The data every button of ours carries, so that a submit is recognised as ours and typed. A submit has
 * no text to detect a language from, so the buttons carry the language of the reply they belong to.
 */
export type SubmitData =
  | { arcp: 'feedback'; replyId: string; helpful: boolean; lang: Lang }
  | { arcp: 'ask-secretariat'; replyId?: string; lang: Lang }
  | { arcp: 'staff'; op: 'claim' | 'reply' | 'close' | 'reopen' | 'refresh'; ticketId: string };

export function card(options: { rtl?: boolean; body: CardElement[]; actions?: CardElement[]; refresh?: AdaptiveCard['refresh']; fallbackText?: string }): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: CARD_VERSION,
    ...(options.rtl === undefined ? {} : { rtl: options.rtl }),
    body: options.body,
    ...(options.actions?.length ? { actions: options.actions } : {}),
    ...(options.refresh ? { refresh: options.refresh } : {}),
    ...(options.fallbackText ? { fallbackText: options.fallbackText } : {}),
    msteams: { width: 'Full' },
  };
}

export function attachment(content: AdaptiveCard): { contentType: string; content: AdaptiveCard } {
  return { contentType: CARD_CONTENT_TYPE, content };
}

export function submit(title: string, data: SubmitData, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}

/** The verb of a button: what an `adaptiveCard/action` invoke says was pressed. */
export function verbOf(data: { arcp: string; op?: string }): string {
  return data.arcp === 'staff' ? `staff.${data.op}` : data.arcp;
}

/**
 * A Universal Action button: Teams clients send `adaptiveCard/action` invokes for it and show the card
 * the bot answers with. A client without Universal Actions renders the `fallback`, an Action.Submit with
 * the same data, which arrives as a message (Microsoft's advice for backward compatibility in Teams).
 */
export function execute(title: string, data: SubmitData, style?: 'positive' | 'destructive'): CardElement {
  return { type: 'Action.Execute', title, verb: verbOf(data), data, ...(style ? { style } : {}), fallback: submit(title, data, style) };
}

export function heading(text: string, extra: CardElement = {}): CardElement {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Medium', wrap: true, ...extra };
}

/**
 * The core's Markdown-light text as text blocks: one block per line (Teams does not reliably break a
 * block on a single newline), paragraphs spaced apart, and a line that is wholly `**bold**` set as a
 * bold block instead of relying on the host's Markdown.
 */
export function textBlocks(text: string): CardElement[] {
  const blocks: CardElement[] = [];
  for (const paragraph of text.split(/\n{2,}/)) {
    paragraph.split('\n').forEach((raw, i) => {
      const line = raw.trim();
      if (!line) return;
      const bold = /^\*\*(.+)\*\*$/.exec(line);
      blocks.push({
        type: 'TextBlock',
        text: bold ? bold[1] : line,
        wrap: true,
        ...(bold ? { weight: 'Bolder' } : {}),
        ...(blocks.length > 0 ? { spacing: i === 0 ? 'Medium' : 'Small' } : {}),
      });
    });
  }
  return blocks;
}

export function container(items: CardElement[], extra: CardElement = {}): CardElement {
  return { type: 'Container', items, ...extra };
}

export function facts(pairs: [string, string | undefined][]): CardElement {
  return {
    type: 'FactSet',
    facts: pairs.filter((p): p is [string, string] => Boolean(p[1])).map(([title, value]) => ({ title, value })),
  };
}

/** Markdown link text and targets escaped so a title with brackets cannot break the link. */
export function markdownLink(text: string, url: string): string {
  const safeText = text.replace(/([\\[\]])/g, '\\$1');
  const safeUrl = url.replace(/[()\s]/g, (c) => encodeURIComponent(c));
  return `[${safeText}](${safeUrl})`;
}

/** Text for notifications and clients without cards: the Markdown markers dropped, on one line. */
export function plainSummary(text: string, max = 160): string {
  const flat = text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function isRtl(lang: Lang): boolean {
  return lang === 'ar';
}
