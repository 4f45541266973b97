import { escapeHtml } from '../../../src/channel/escape-html.js';

/**
 * Server-side HTML with escaping by default: every interpolated value is escaped unless it is already
 * `SafeHtml` (the output of another `html` template). Attribute values must be written in double quotes.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Data for the page's script, in a non-executed JSON block: `<` is escaped so no text can close the tag. */
export function jsonBlock(id: string, data: unknown): SafeHtml {
  const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return html`<script type="application/json" id="${id}">${new SafeHtml(json)}</script>`;
}

/** A link target from stored data: http(s) only, so a `javascript:` URL in metadata cannot run. */
export { httpUrl as safeUrl } from '../../../src/channel/http-url.js';
