import type { Lang } from '../../../../src/channel/types.js';
import type { CatalogDetail, CatalogEntry, CatalogFacets, CatalogFilter } from '../../../../src/console/corpus-catalog.js';
import type { IngestJob } from '../../../../src/console/ingest-jobs.js';
import { DOC_TYPES, titleIn, type Passage } from '../../../../src/ingest/types.js';
import { pagesLabel } from '../../../../src/replies/page-label.js';
import { docTypeName, select, userBlock, when } from '../format.js';
import { html, safeUrl, type SafeHtml } from '../html.js';
import { t, tDynamic } from '../i18n.js';
import type { ConsoleContext } from '../session.js';

function filters(lang: Lang, facets: CatalogFacets, f: CatalogFilter): SafeHtml {
  const any: [string, string] = ['', t(lang, 'all')];
  return html`<form method="get" action="/console/corpus" class="filters">
<div>${select('forum', t(lang, 'forum'), [any, ...facets.forums.map((x): [string, string] => [x, x])], f.forum)}</div>
<div>${select('year', t(lang, 'year'), [any, ...facets.years.map((y): [string, string] => [String(y), String(y)])], f.year ? String(f.year) : undefined)}</div>
<div>${select('type', t(lang, 'type'), [any, ...facets.types.map((x): [string, string] => [x, docTypeName(lang, x)])], f.type)}</div>
<div class="filter-go"><button type="submit">${t(lang, 'apply')}</button></div></form>`;
}

function table(lang: Lang, docs: CatalogEntry[]): SafeHtml {
  if (docs.length === 0) return html`<p class="empty">${t(lang, 'noResults')}</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="docs-caption"><table>
<caption id="docs-caption">${t(lang, 'documentsCount', { n: docs.length })}</caption>
<thead><tr><th scope="col">${t(lang, 'title')}</th><th scope="col">${t(lang, 'type')}</th><th scope="col">${t(lang, 'forum')}</th><th scope="col">${t(lang, 'date')}</th><th scope="col">${t(lang, 'language')}</th><th scope="col">${t(lang, 'passages')}</th></tr></thead>
<tbody>${docs.map((d) => html`<tr><td><a href="/console/corpus/${encodeURIComponent(d.meta.id)}" dir="auto">${titleIn(d.meta, lang)}</a><br><small dir="ltr">${d.meta.id}</small></td><td>${docTypeName(lang, d.meta.type)}</td><td dir="ltr">${d.meta.forum.join(', ')}</td><td dir="ltr" class="nowrap">${d.meta.date}</td><td class="nowrap">${d.languages.join(' ')}</td><td>${d.passages}</td></tr>`)}</tbody>
</table></div>`;
}

function jobRow(lang: Lang, job: IngestJob): SafeHtml {
  return html`<li dir="auto"><bdi>${job.file}</bdi> — ${tDynamic(lang, 'ingest_', job.status)} ${job.error ? html`<span dir="auto">${job.error}</span>` : ''} · <bdi>${job.startedBy}</bdi> · ${when(job.startedAt)}</li>`;
}

function uploadForm(ctx: ConsoleContext, jobs: IngestJob[]): SafeHtml {
  const { lang } = ctx;
  const types: [string, string][] = DOC_TYPES.map((x) => [x, docTypeName(lang, x)]);
  return html`<section class="card" aria-labelledby="upload-h"><h2 id="upload-h">${t(lang, 'upload')}</h2>
<p>${t(lang, 'uploadIntro')}</p>
<noscript><p class="notice bad">${t(lang, 'uploadNeedsJs')}</p></noscript>
<form id="upload-form" class="grid-form">
<div class="wide"><label for="up-file">${t(lang, 'file')}</label><input id="up-file" name="file" type="file" required accept=".md,.pdf,.docx,.html,.htm,.txt"></div>
<div><label for="up-id">${t(lang, 'docId')}</label><input id="up-id" name="id" dir="ltr" placeholder="meeting-12-2026" pattern="[a-z0-9][a-z0-9\\-]*"></div>
<div>${select('type', t(lang, 'type'), types, 'reference', 'up-type')}</div>
<div><label for="up-title-ar">${t(lang, 'titleAr')}</label><input id="up-title-ar" name="titleAr" dir="rtl" lang="ar"></div>
<div><label for="up-title-en">${t(lang, 'titleEn')}</label><input id="up-title-en" name="titleEn" dir="ltr" lang="en"></div>
<div><label for="up-date">${t(lang, 'dateHint')}</label><input id="up-date" name="date" dir="ltr" placeholder="2026-05-14" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></div>
<div><label for="up-forum">${t(lang, 'forumsHint')}</label><input id="up-forum" name="forum" dir="ltr" value="ARCP"></div>
<fieldset><legend>${t(lang, 'language')}</legend><label><input type="checkbox" name="language" value="ar"> <span lang="ar">العربية</span></label> <label><input type="checkbox" name="language" value="en"> <span lang="en">English</span></label></fieldset>
<div><label for="up-status">${t(lang, 'docStatus')}</label><input id="up-status" name="status" dir="ltr" placeholder="unreviewed"></div>
<div class="wide"><button type="submit">${t(lang, 'uploadButton')}</button></div>
</form>
<div id="upload-progress" hidden>
<label for="ingest-bar">${t(lang, 'ingestProgress')}</label> <progress id="ingest-bar" max="1" value="0"></progress>
<p id="ingest-status" role="status" aria-live="polite" dir="auto"></p>
</div>
<template id="ingest-labels">${(['queued', 'running', 'done', 'failed'] as const).map((s) => html`<span data-status="${s}">${t(lang, `ingest_${s}`)}</span>`)}</template>
${jobs.length ? html`<h3>${t(lang, 'recentUploads')}</h3><ul class="jobs">${jobs.map((j) => jobRow(lang, j))}</ul>` : ''}
</section>`;
}

export function corpusList(ctx: ConsoleContext, input: { docs: CatalogEntry[]; facets: CatalogFacets; filter: CatalogFilter; jobs: IngestJob[] }): SafeHtml {
  const admin = ctx.session?.staff.role === 'admin';
  return html`${filters(ctx.lang, input.facets, input.filter)}${table(ctx.lang, input.docs)}${admin ? uploadForm(ctx, input.jobs) : ''}`;
}

function repair(lang: Lang, report: Record<string, unknown> | undefined): SafeHtml {
  if (!report) return html`<p>${t(lang, 'repairNone')}</p>`;
  // Shares (0–1) read better as percentages; the other fields are counts.
  const share = (k: string) => k.startsWith('known') || k === 'confidence';
  const value = (k: string, v: unknown) => (typeof v === 'number' && share(k) ? `${Math.round(v * 100)}%` : String(v));
  return html`<dl class="facts">${Object.entries(report).map(([k, v]) => html`<dt>${tDynamic(lang, 'repair_', k)}</dt><dd><bdi>${value(k, v)}</bdi></dd>`)}</dl>`;
}

export function corpusDetail(lang: Lang, d: CatalogDetail): SafeHtml {
  const m = d.meta;
  const sources = m.sources.map((s) => safeUrl(s)).filter((s): s is string => s !== undefined);
  return html`<dl class="facts">
<dt>${t(lang, 'document')}</dt><dd dir="ltr">${m.id}</dd>
${m.title.ar ? html`<dt>${t(lang, 'titleAr')}</dt><dd dir="rtl" lang="ar">${m.title.ar}</dd>` : ''}
${m.title.en ? html`<dt>${t(lang, 'titleEn')}</dt><dd dir="ltr" lang="en">${m.title.en}</dd>` : ''}
<dt>${t(lang, 'type')}</dt><dd>${docTypeName(lang, m.type)}</dd>
<dt>${t(lang, 'forum')}</dt><dd dir="ltr">${m.forum.join(', ')}</dd>
<dt>${t(lang, 'date')}</dt><dd dir="ltr">${m.date}${m.dateNote ? html` <small dir="auto">(${m.dateNote})</small>` : ''}</dd>
${m.meeting ? html`<dt>${t(lang, 'meeting')}</dt><dd dir="auto">${m.meeting}</dd>` : ''}
${m.place ? html`<dt>${t(lang, 'place')}</dt><dd dir="auto">${m.place}</dd>` : ''}
<dt>${t(lang, 'status')}</dt><dd dir="ltr">${m.status}</dd>
${d.sourcePath ? html`<dt>${t(lang, 'file')}</dt><dd dir="ltr">${d.sourcePath}${d.kind ? ` (${d.kind}${d.pages ? `, ${d.pages} p.` : ''})` : ''}</dd>` : ''}
${d.ingestedAt ? html`<dt>${t(lang, 'ingestedAt')}</dt><dd>${when(d.ingestedAt)}</dd>` : ''}
${d.inferred?.length ? html`<dt>${t(lang, 'inferredFields')}</dt><dd dir="ltr">${d.inferred.join(', ')}</dd>` : ''}
${d.warnings?.length ? html`<dt>${t(lang, 'warnings')}</dt><dd><ul>${d.warnings.map((w) => html`<li dir="auto">${w}</li>`)}</ul></dd>` : ''}
${d.contentHash ? html`<dt>${t(lang, 'versionHash')}</dt><dd dir="ltr"><code>${d.contentHash.slice(0, 16)}</code></dd>` : ''}
${sources.length ? html`<dt>${t(lang, 'sources')}</dt><dd><ul>${sources.map((s) => html`<li><a href="${s}" rel="noopener noreferrer" target="_blank" dir="ltr">${s}</a></li>`)}</ul></dd>` : ''}
</dl>
<section aria-labelledby="repair-h"><h2 id="repair-h">${t(lang, 'repairReport')}</h2>${repair(lang, d.repair)}</section>
<section aria-labelledby="passages-h"><h2 id="passages-h">${t(lang, 'passages')} (${d.passageList.length})</h2>
<ol class="passages">${d.passageList.map((p) => passageItem(lang, p))}</ol></section>`;
}

/** One passage: its id, language, page in the PDF and heading, then its text. */
function passageItem(lang: Lang, p: Passage): SafeHtml {
  const pages = pagesLabel([p], lang);
  return html`<li id="p-${p.n}" value="${p.n}" lang="${p.lang}"><div class="meta" dir="ltr"><code>${p.id}</code> · ${p.lang}${pages ? html` · <bdi class="pages">${pages}</bdi>` : ''}${p.heading ? html` · <span dir="auto">${p.heading}</span>` : ''}</div>${userBlock(p.text, p.lang)}</li>`;
}
