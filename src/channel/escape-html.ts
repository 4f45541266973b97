const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' };

/**
 * Text made safe inside HTML elements and double- or single-quoted attributes (the backtick too, for old
 * browsers that took it as a quote): the one escaper of the mail bodies and the console pages.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => ESCAPES[c]!);
}
