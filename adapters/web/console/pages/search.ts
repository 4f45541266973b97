import type { Request, Router } from 'express';
import type { Lang } from '../../../../src/channel/types.js';
import { DOC_TYPES, titleIn, type DocType } from '../../../../src/ingest/types.js';
import type { ScoredPassage, SearchFilters } from '../../../../src/retrieval/types.js';
import { detectLang } from '../../../../src/text/lang.js';
import { docTypeName, queryString, select, truncate, userBlock } from '../format.js';
import { html, type SafeHtml } from '../html.js';
import { t } from '../i18n.js';
import { renderPage } from '../layout.js';
import { consoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';

interface SearchForm {
  q?: string;
  lang?: Lang;
  forum?: string;
  type?: DocType;
  yearFrom?: number;
  yearTo?: number;
  asOf?: string;
}

function year(value: unknown): number | undefined {
  const n = Number(queryString(value));
  return Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : undefined;
}

function readForm(q: Request['query']): SearchForm {
  const lang = queryString(q.lang);
  const type = queryString(q.type);
  const asOf = queryString(q.asOf);
  return {
    q: queryString(q.q)?.slice(0, 1000),
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
    forum: queryString(q.forum)?.slice(0, 50),
    type: type && (DOC_TYPES as readonly string[]).includes(type) ? (type as DocType) : undefined,
    yearFrom: year(q.yearFrom),
    yearTo: year(q.yearTo),
    asOf: asOf && /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined,
  };
}

function filtersOf(f: SearchForm): SearchFilters {
  return {
    ...(f.forum ? { forums: [f.forum] } : {}),
    ...(f.type ? { types: [f.type] } : {}),
    ...(f.yearFrom ? { yearFrom: f.yearFrom } : {}),
    ...(f.yearTo ? { yearTo: f.yearTo } : {}),
    ...(f.asOf ? { asOf: f.asOf } : {}),
  };
}

function form(lang: Lang, f: SearchForm, forums: string[]): SafeHtml {
  const any: [string, string] = ['', t(lang, 'any')];
  return html`<form method="get" action="/console/search" class="filters search-form" role="search">
<div class="wide"><label for="q">${t(lang, 'question')}</label><input id="q" name="q" type="search" dir="auto" value="${f.q ?? ''}" required></div>
<div>${select('lang', t(lang, 'language'), [any, ['ar', 'العربية'], ['en', 'English']], f.lang)}</div>
<div>${select('forum', t(lang, 'forum'), [any, ...forums.map((x): [string, string] => [x, x])], f.forum)}</div>
<div>${select('type', t(lang, 'type'), [any, ...DOC_TYPES.map((x): [string, string] => [x, docTypeName(lang, x)])], f.type)}</div>
<div><label for="yearFrom">${t(lang, 'yearFrom')}</label><input id="yearFrom" name="yearFrom" inputmode="numeric" dir="ltr" size="6" value="${f.yearFrom ?? ''}"></div>
<div><label for="yearTo">${t(lang, 'yearTo')}</label><input id="yearTo" name="yearTo" inputmode="numeric" dir="ltr" size="6" value="${f.yearTo ?? ''}"></div>
<div><label for="asOf">${t(lang, 'asOf')}</label><input id="asOf" name="asOf" type="date" dir="ltr" value="${f.asOf ?? ''}"></div>
<div class="filter-go"><button type="submit">${t(lang, 'searchButton')}</button></div>
</form>`;
}

function appliedFilters(lang: Lang, filters: SearchFilters): SafeHtml {
  const entries = Object.entries(filters).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0));
  if (entries.length === 0) return html`<p>${t(lang, 'noFilters')}</p>`;
  return html`<dl class="facts" dir="ltr">${entries.map(([k, v]) => html`<dt>${k}</dt><dd>${Array.isArray(v) ? v.join(', ') : String(v)}</dd>`)}</dl>`;
}

function results(lang: Lang, list: ScoredPassage[]): SafeHtml {
  if (list.length === 0) return html`<p class="empty">${t(lang, 'noResults')}</p>`;
  return html`<ol class="results">${list.map((r, i) => {
    const p = r.passage;
    return html`<li value="${i + 1}"><div class="meta"><strong>${t(lang, 'score')}</strong> <span dir="ltr">${r.score.toFixed(4)}</span> · <strong>${t(lang, 'confidence')}</strong> <span dir="ltr">${(r.confidence ?? 0).toFixed(2)}</span> · <a href="/console/corpus/${encodeURIComponent(p.documentId)}#p-${p.n}" dir="ltr">${p.id}</a></div>
<div dir="auto"><strong>${titleIn(p.meta, lang)}</strong> <span dir="ltr">(${p.meta.date})</span>${p.heading ? html` — <span dir="auto">${p.heading}</span>` : ''}</div>
${userBlock(truncate(p.text, 600), p.lang)}</li>`;
  })}</ol>`;
}

/** The search playground: what the retriever returns for a question, scores and filters included. */
export function mountSearch(router: Router, deps: ConsoleDeps): void {
  const { app, services } = deps;
  router.get('/search', async (req, res) => {
    const ctx = consoleContext(res);
    const f = readForm(req.query);
    let body = html`<p>${t(ctx.lang, 'searchIntro')}</p>${form(ctx.lang, f, services.catalog.facets().forums)}`;
    if (f.q) {
      const result = await app.engine.search({ text: f.q, lang: f.lang ?? detectLang(f.q), filters: filtersOf(f) }, { limit: 20 });
      body = html`${body}
<section aria-labelledby="applied-h"><h2 id="applied-h">${t(ctx.lang, 'filtersApplied')}</h2>${appliedFilters(ctx.lang, result.filters)}</section>
<p class="${result.abstain ? 'notice bad' : 'notice ok'}" role="status">${t(ctx.lang, result.abstain ? 'abstain' : 'wouldAnswer')}</p>
<section aria-labelledby="results-h"><h2 id="results-h">${t(ctx.lang, 'passages')} (${result.results.length})</h2>${results(ctx.lang, result.results)}</section>`;
    }
    res.type('html').send(renderPage(ctx, { title: t(ctx.lang, 'searchTitle'), section: 'search', body, path: req.originalUrl }));
  });
}
