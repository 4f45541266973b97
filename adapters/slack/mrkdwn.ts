/**
 * Slack mrkdwn from the core's Markdown-light text. Slack treats only `&`, `<` and `>` as control
 * characters and asks apps to escape exactly those (as &amp; &lt; &gt;), nothing else.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `**bold**` (Markdown) → `*bold*` (mrkdwn); an unpaired `**` is left as it is. */
export function boldToMrkdwn(text: string): string {
  return text.replace(/\*\*(?=\S)([^\n]*?\S)\*\*/g, '*$1*');
}

/** The core's answer text as mrkdwn: escaped first, so that the markup added after it stays markup. */
export function toMrkdwn(text: string): string {
  return boldToMrkdwn(escapeMrkdwn(text));
}

/** `<url|label>`, or the label alone for anything that is not an http(s) address. */
export function mrkdwnLink(url: string | undefined, label: string): string {
  // `|` would end the label early and `>` the link; Slack has no escape for `|` inside a link label.
  const safeLabel = escapeMrkdwn(label.replace(/\|/g, '¦'));
  if (!url || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return safeLabel;
  return `<${escapeMrkdwn(url)}|${safeLabel}>`;
}

/** Slack's link and mention markup in user text → plain text (rasa's `_sanitize_user_message`, in TS). */
export function plainFromSlack(text: string, botUserId?: string): string {
  return text
    .replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, (_m, id: string) => (id === botUserId ? ' ' : `@${id}`))
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, name?: string) => name ?? '')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_m, url: string, label: string) => (url.endsWith(label) ? label : `${label} (${url})`))
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Shortens text to a limit, marking the cut with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = /[\uD800-\uDBFF]/.test(text[max - 2] ?? '') ? max - 2 : max - 1;
  return `${text.slice(0, cut)}…`;
}
