import type { Router } from 'express';
import type { Lang } from '../../../../src/channel/types.js';
import type { Insights } from '../../../../src/console/insights.js';
import type { GapTopic } from '../../../../src/console/knowledge-gaps.js';
import { ageText, channelName, duration, select, userText, when } from '../format.js';
import { html, jsonBlock, type SafeHtml } from '../html.js';
import { t } from '../i18n.js';
import { renderPage } from '../layout.js';
import { consoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';

const PERIODS = [7, 30, 90, 365];

function percent(part: number, whole: number): string {
  return whole === 0 ? '—' : `${Math.round((100 * part) / whole)}%`;
}

function cards(lang: Lang, i: Insights): SafeHtml {
  const o = i.outcomes;
  const median = i.staffAnswer.medianHours;
  const card = (label: string, value: string, note?: string) =>
    html`<div class="stat"><div class="stat-label">${label}</div><div class="stat-value"><bdi>${value}</bdi></div>${note ? html`<div class="stat-note">${note}</div>` : ''}</div>`;
  return html`<div class="stats">
${card(t(lang, 'questionsTotal'), String(o.questions))}
${card(t(lang, 'answeredShare'), percent(o.answered, o.questions), String(o.answered))}
${card(t(lang, 'noPositionShare'), percent(o.noPosition, o.questions), String(o.noPosition))}
${card(t(lang, 'ticketShare'), percent(o.ticket, o.questions), String(o.ticket))}
${card(t(lang, 'medianStaff'), median === null ? '—' : ageText(lang, median), t(lang, 'basedOn', { n: i.staffAnswer.answered }))}
</div>`;
}

function dataTable(lang: Lang, i: Insights): SafeHtml {
  const active = i.days.map((d, k) => [d, k] as const).filter(([, k]) => i.perChannel.some((c) => c.counts[k]! > 0));
  return html`<details><summary>${t(lang, 'chartTable')}</summary><table class="compact"><thead><tr><th scope="col">${t(lang, 'day')}</th>${i.perChannel.map((c) => html`<th scope="col">${channelName(lang, c.channel)}</th>`)}</tr></thead>
<tbody>${active.map(([d, k]) => html`<tr><th scope="row" dir="ltr">${d}</th>${i.perChannel.map((c) => html`<td>${c.counts[k]}</td>`)}</tr>`)}</tbody></table></details>`;
}

function gapTable(lang: Lang, gaps: GapTopic[], kind: 'gaps' | 'out-of-scope' = 'gaps'): SafeHtml {
  if (gaps.length === 0) return html`<p class="empty">${t(lang, 'noResults')}</p>`;
  return html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="${kind}-caption"><table class="${kind}">
<caption id="${kind}-caption">${t(lang, kind === 'gaps' ? 'gapsTitle' : 'outOfScopeTitle')} (${gaps.length})</caption>
<thead><tr><th scope="col">${t(lang, 'topic')}</th><th scope="col">${t(lang, 'timesAsked')}</th><th scope="col">${t(lang, 'channel')}</th><th scope="col">${t(lang, 'lastAsked')}</th><th scope="col">${t(lang, 'examples')}</th></tr></thead>
<tbody>${gaps.map((g) => html`<tr><th scope="row" dir="auto">${g.label.join(' · ') || '—'}</th><td>${g.count}</td><td>${g.channels.map((c) => channelName(lang, c)).join('، ')}</td><td>${when(g.lastAskedAt)}</td><td><ul class="examples">${g.questions.map((q) => html`<li>${userText(q.text, q.lang)}</li>`)}</ul></td></tr>`)}</tbody>
</table></div>`;
}

function chartData(lang: Lang, i: Insights) {
  return {
    rtl: lang === 'ar',
    days: i.days,
    perChannel: i.perChannel.map((c) => ({ label: channelName(lang, c.channel), data: c.counts })),
    outcomes: {
      labels: [t(lang, 'answeredShare'), t(lang, 'noPositionShare'), t(lang, 'ticketShare'), t(lang, 'otherShare')],
      data: [i.outcomes.answered, i.outcomes.noPosition, i.outcomes.ticket, i.outcomes.other],
    },
  };
}

/** Insights: questions per channel and day, outcome shares, staff answer time, knowledge gaps. */
export function mountInsights(router: Router, deps: ConsoleDeps): void {
  router.get('/insights', async (req, res) => {
    const ctx = consoleContext(res);
    const { lang } = ctx;
    const days = PERIODS.includes(Number(req.query.days)) ? Number(req.query.days) : 30;
    const insights = await deps.services.insights(days);
    const periodForm = html`<form method="get" action="/console/insights" class="filters"><div>${select('days', t(lang, 'period'), PERIODS.map((n): [string, string] => [String(n), t(lang, 'lastDays', { span: duration(lang, n, 'day') })]), String(days))}</div><div class="filter-go"><button type="submit">${t(lang, 'apply')}</button></div></form>`;
    const body = html`${periodForm}${cards(lang, insights)}
<div class="charts">
<figure class="chart wide"><figcaption id="c1">${t(lang, 'questionsPerDay')}</figcaption><div class="chart-box"><canvas id="chart-per-day" role="img" aria-labelledby="c1"></canvas></div>${dataTable(lang, insights)}</figure>
<figure class="chart"><figcaption id="c2">${t(lang, 'outcomesChart')}</figcaption><div class="chart-box"><canvas id="chart-outcomes" role="img" aria-labelledby="c2"></canvas></div></figure>
</div>
<section aria-labelledby="gaps-h"><h2 id="gaps-h">${t(lang, 'gapsTitle')}</h2><p>${t(lang, 'gapsIntro')}</p>${gapTable(lang, insights.gaps)}</section>
<section aria-labelledby="oos-h"><h2 id="oos-h">${t(lang, 'outOfScopeTitle')}</h2><p>${t(lang, 'outOfScopeIntro')}</p>${gapTable(lang, insights.outOfScope, 'out-of-scope')}</section>
${jsonBlock('insights-data', chartData(lang, insights))}`;
    res.type('html').send(renderPage(ctx, { title: t(lang, 'insightsTitle'), section: 'insights', body, path: req.originalUrl, scripts: ['/console/static/chart.umd.js'] }));
  });
}
