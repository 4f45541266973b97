import { categoryLabel } from '../../../src/replies/category-labels.js';
import type { Lang } from '../../../src/channel/types.js';
import { INTENTS, type Intent } from '../../../src/intents/types.js';
import { html, type SafeHtml } from './html.js';
import { t, tDynamic } from './i18n.js';

/** `2025-03-04 09:15 UTC`: one unambiguous form in both languages. */
export function when(iso: string | undefined): SafeHtml {
  if (!iso) return html``;
  const shown = `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
  return html`<time datetime="${iso}" dir="ltr">${shown}</time>`;
}

/** "5 ساعات", "11 يومًا", "3 hr": ICU knows the Arabic plural forms (one, two, few, many). */
export function duration(lang: Lang, value: number, unit: 'minute' | 'hour' | 'day'): string {
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en';
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: lang === 'ar' ? 'long' : 'short' }).format(value);
}

export function ageText(lang: Lang, hours: number): string {
  if (hours < 1) return duration(lang, Math.max(0, Math.floor(hours * 60)), 'minute');
  if (hours < 48) return duration(lang, Math.floor(hours), 'hour');
  return duration(lang, Math.floor(hours / 24), 'day');
}

export function hoursSince(iso: string, now = Date.now()): number {
  return (now - Date.parse(iso)) / 3_600_000;
}

export function channelName(lang: Lang, channel: string): string {
  return tDynamic(lang, 'channel_', channel);
}

export function categoryName(lang: Lang, category: string): string {
  if ((INTENTS as readonly string[]).includes(category)) return categoryLabel(category as Intent, lang);
  if (category === 'no-position') return t(lang, 'category_no_position');
  return category;
}

export function statusBadge(lang: Lang, status: string): SafeHtml {
  return html`<span class="badge status-${status}">${tDynamic(lang, 'status_', status)}</span>`;
}

export function docTypeName(lang: Lang, type: string): string {
  return tDynamic(lang, 'type_', type);
}

/** Text from askers or documents: its own direction, whatever the page's. */
export function userText(text: string, lang?: string): SafeHtml {
  return html`<span class="user-text" dir="auto"${lang ? html` lang="${lang}"` : ''}>${text}</span>`;
}

/** A paragraph of text from askers or documents, aligned by its own direction. */
export function userBlock(text: string, lang?: string): SafeHtml {
  return html`<p class="user-text" dir="auto"${lang ? html` lang="${lang}"` : ''}>${text}</p>`;
}

export function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** An HTML select whose options are [value, label] pairs. */
export function select(name: string, label: string, options: [string, string][], current: string | undefined, id = `f-${name}`): SafeHtml {
  return html`<label for="${id}">${label}</label><select id="${id}" name="${name}">${options.map(
    ([value, text]) => html`<option value="${value}"${value === (current ?? '') ? html` selected` : ''}>${text}</option>`,
  )}</select>`;
}

export function queryString(q: unknown): string | undefined {
  return typeof q === 'string' && q.trim() !== '' ? q.trim() : undefined;
}

/** The page to return to after an action, with one notice (an earlier notice is dropped). */
export function backWith(back: string, key: 'flash' | 'error', value: string): string {
  const url = new URL(back, 'http://console.invalid');
  url.searchParams.delete('flash');
  url.searchParams.delete('error');
  url.searchParams.set(key, value);
  return `${url.pathname}${url.search}`;
}
