import { Parser } from 'htmlparser2';
import type { MetaHints } from './types.js';

const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'table', 'tr',
  'dl', 'dt', 'dd', 'figure', 'figcaption', 'address', 'hr', 'form', 'fieldset',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object']);
const DATE_META = new Set(['date', 'dc.date', 'dcterms.date', 'dcterms.created', 'article:published_time', 'citation_date', 'pubdate']);

export interface HtmlText {
  /** Markdown-like text: `#` headings, `- ` and `1. ` list items, paragraphs split by blank lines. */
  text: string;
  hints: MetaHints;
}

/** Collects the page's text block by block while the parser walks it. */
class TextCollector {
  readonly out: string[] = [];
  readonly hints: MetaHints = {};
  title = '';
  private line = '';
  private skipping = 0;
  private inTitle = false;
  private readonly lists: { ordered: boolean; n: number }[] = [];

  flush(blank = true): void {
    const text = this.line.replace(/\s+/g, ' ').trim();
    if (text) this.out.push(text);
    if (blank && this.out.length > 0 && this.out[this.out.length - 1] !== '') this.out.push('');
    this.line = '';
  }

  open(name: string, attrs: Record<string, string>): void {
    this.readHead(name, attrs);
    if (SKIP.has(name)) this.skipping++;
    if (this.skipping > 0) return;
    if (/^h[1-6]$/.test(name)) {
      this.flush();
      this.line = `${'#'.repeat(Number(name[1]))} `;
    } else if (name === 'ul' || name === 'ol') {
      this.flush();
      this.lists.push({ ordered: name === 'ol', n: 0 });
    } else if (name === 'li') this.listItem();
    else if (name === 'br') this.flush(false);
    else if (name === 'td' || name === 'th') this.line += ' ';
    else if (BLOCKS.has(name)) this.flush();
  }

  text(text: string): void {
    if (this.inTitle) this.title += text;
    else if (this.skipping === 0) this.line += text;
  }

  close(name: string): void {
    if (name === 'title') this.inTitle = false;
    if (SKIP.has(name)) this.skipping = Math.max(0, this.skipping - 1);
    if (this.skipping > 0) return;
    if (name === 'ul' || name === 'ol') {
      this.flush();
      this.lists.pop();
    } else if (name === 'li') this.flush(false);
    else if (/^h[1-6]$/.test(name) || BLOCKS.has(name)) this.flush();
  }

  private listItem(): void {
    this.flush(false);
    const list = this.lists[this.lists.length - 1];
    if (list) list.n++;
    this.line = list?.ordered ? `${list.n}. ` : '- ';
  }

  private readHead(name: string, attrs: Record<string, string>): void {
    if (name === 'html' && attrs.lang) this.hints.lang = attrs.lang.slice(0, 2).toLowerCase();
    if (name === 'title') this.inTitle = true;
    const metaName = (attrs.name ?? attrs.property ?? '').toLowerCase();
    if (name === 'meta' && DATE_META.has(metaName) && attrs.content) this.hints.date ??= attrs.content;
  }
}

/**
 * Turns a web page (or mammoth's HTML for a Word file) into paragraphs the chunker understands, and reads
 * the title, language and date the page declares about itself.
 */
export function htmlToText(html: string): HtmlText {
  const c = new TextCollector();
  const parser = new Parser(
    { onopentag: (n, a) => c.open(n, a), ontext: (t) => c.text(t), onclosetag: (n) => c.close(n) },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  c.flush();
  const hints = { ...c.hints };
  const title = c.title.replace(/\s+/g, ' ').trim();
  if (title) hints.title = title;
  return { text: c.out.join('\n').replace(/\n{3,}/g, '\n\n').trim(), hints };
}
