import type { Lang } from '../../../src/channel/types.js';
import { html, type SafeHtml } from './html.js';
import { isLabel, t, type LabelKey } from './i18n.js';
import type { ConsoleContext } from './session.js';

export type Section = 'tickets' | 'drafts' | 'conversations' | 'corpus' | 'search' | 'insights';

const NAV: { section: Section; label: LabelKey }[] = [
  { section: 'tickets', label: 'navTickets' },
  { section: 'drafts', label: 'navDrafts' },
  { section: 'conversations', label: 'navConversations' },
  { section: 'corpus', label: 'navCorpus' },
  { section: 'search', label: 'navSearch' },
  { section: 'insights', label: 'navInsights' },
];

export interface PageInput {
  title: string;
  section?: Section;
  body: SafeHtml;
  /** Where the language switch returns to. */
  path: string;
  /** A `flash_*` or error label key from the query string; unknown keys are ignored. */
  notice?: unknown;
  error?: unknown;
  scripts?: string[];
}

function notices(lang: Lang, notice: unknown, error: unknown): SafeHtml {
  const ok = typeof notice === 'string' && notice.startsWith('flash_') && isLabel(notice) ? t(lang, notice) : undefined;
  const bad = typeof error === 'string' && isLabel(error) ? t(lang, error) : undefined;
  return html`${ok ? html`<p class="notice ok" role="status">${ok}</p>` : ''}${bad ? html`<p class="notice bad" role="alert">${bad}</p>` : ''}`;
}

export function csrfField(ctx: ConsoleContext): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

/** A one-button form for a state-changing action (claim, close …): POST with the CSRF token. */
export function actionButton(ctx: ConsoleContext, action: string, label: string, extra: { className?: string; back?: string } = {}): SafeHtml {
  return html`<form method="post" action="${action}" class="inline">${csrfField(ctx)}${extra.back ? html`<input type="hidden" name="back" value="${extra.back}">` : ''}<button type="submit" class="${extra.className ?? 'secondary'}">${label}</button></form>`;
}

function header(ctx: ConsoleContext, input: PageInput): SafeHtml {
  const { lang, session } = ctx;
  const langForm = html`<form method="post" action="/console/lang" class="inline">${csrfField(ctx)}<input type="hidden" name="back" value="${input.path}"><button type="submit" class="link" lang="${lang === 'ar' ? 'en' : 'ar'}" title="${t(lang, 'switchLang')}">${t(lang, 'otherLang')}</button></form>`;
  if (!session) return html`<header class="top"><span class="brand">${t(lang, 'brand')}</span><div class="tools">${langForm}</div></header>`;
  const nav = NAV.map((n) =>
    html`<li><a href="/console/${n.section}"${n.section === input.section ? html` aria-current="page"` : ''}>${t(lang, n.label)}</a></li>`);
  const role = t(lang, session.staff.role === 'admin' ? 'roleAdmin' : 'roleStaff');
  return html`<header class="top">
  <a class="brand" href="/console/tickets">${t(lang, 'brand')}</a>
  <nav aria-label="${t(lang, 'mainNav')}"><ul>${nav}</ul></nav>
  <div class="tools">
    <span class="who"><span class="visually-hidden">${t(lang, 'signedInAs')} </span><bdi>${session.staff.name}</bdi> <span class="role">(${role})</span></span>
    ${langForm}
    <form method="post" action="/console/signout" class="inline">${csrfField(ctx)}<button type="submit" class="link">${t(lang, 'signOut')}</button></form>
  </div>
</header>`;
}

/** The page shell: language and direction, skip link, navigation, notices, then the page's body. */
export function renderPage(ctx: ConsoleContext, input: PageInput): string {
  const { lang } = ctx;
  // Page libraries (Chart.js) first: console.js uses them, and deferred scripts run in order.
  const scripts = [...(input.scripts ?? []), '/console/static/console.js'];
  return `<!doctype html>\n${html`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="${ctx.session ? ctx.csrf : ''}">
<title>${input.title} — ${t(lang, 'brand')}</title>
<link rel="stylesheet" href="/console/static/console.css">
</head>
<body>
<a class="skip" href="#main">${t(lang, 'skip')}</a>
${header(ctx, input)}
<main id="main" tabindex="-1">
<h1>${input.title}</h1>
${notices(lang, input.notice, input.error)}
${input.body}
</main>
${ctx.session ? scripts.map((src) => html`<script src="${src}" defer></script>`) : ''}
</body>
</html>`}`;
}
