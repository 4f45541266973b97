/**
 * A citation's link as something safe to put in an href or a card: http(s) only. A corpus document's
 * `url` comes from front matter anyone with upload rights writes; `javascript:` or `data:` there must
 * never become a link in the chat, the console, a Teams card, a Slack message or a mail.
 */
export function httpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
