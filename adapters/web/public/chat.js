// The local web chat. Everything shown comes from the server as data and is put in the page with
// textContent, never as HTML, so a question or a quote cannot inject markup.
const STRINGS = {
  ar: {
    title: 'مساعد عملية التشاور العربية الإقليمية حول الهجرة واللجوء',
    subtitle: 'يجيب من وثائق العملية مع ذكر المصادر، ويحيل ما عداها إلى الأمانة الفنية',
    newChat: 'محادثة جديدة', examples: 'أمثلة على الأسئلة', ask: 'اكتب سؤالك', send: 'إرسال',
    placeholder: 'اكتب سؤالك بالعربية أو بالإنجليزية…', you: 'أنت', assistant: 'المساعد', staff: 'الأمانة الفنية', attachment: 'مرفق',
    sources: 'المصادر', quotes: 'الاقتباسات', summary: 'ملخص لما نشرته المصادر العامة، وليس نصاً رسمياً', official: 'نص رسمي', newsReport: 'الرابط لتقرير صحفي', page: 'ص', pages: 'ص', helpful: '👍 مفيد', unhelpful: '👎 غير مفيد', askStaff: 'اسأل الأمانة الفنية',
    ticket: 'رقم الطلب', failed: 'تعذّر الإرسال. حاول مرة أخرى.', other: 'English',
    examplesList: ['ما هي أهداف عملية التشاور العربية الإقليمية؟', 'ماذا جاء في بيان اليوم العالمي للاجئين لعام 2024؟', 'كيف تطور موقف العملية من الاتفاق العالمي بشأن اللاجئين؟'],
  },
  en: {
    title: 'Arab Regional Consultative Process on Migration and Asylum — Assistant',
    subtitle: 'Answers from the ARCP documents with sources; everything else goes to the technical secretariat',
    newChat: 'New conversation', examples: 'Example questions', ask: 'Type your question', send: 'Send',
    placeholder: 'Ask in Arabic or English…', you: 'You', assistant: 'Assistant', staff: 'Secretariat', attachment: 'Attachment',
    sources: 'Sources', quotes: 'Quotes', summary: 'summary of public reporting, not an official text', official: 'official text', newsReport: 'link to a news report', page: 'p.', pages: 'pp.', helpful: '👍 Helpful', unhelpful: '👎 Not helpful', askStaff: 'Ask the secretariat',
    ticket: 'Ticket', failed: 'Could not send. Please try again.', other: 'العربية',
    examplesList: ["What are the ARCP's objectives?", 'What did the 2024 World Refugee Day statement say?', 'How has the ARCP position on the Global Compact on Refugees evolved?'],
  },
};

const $ = (sel) => document.querySelector(sel);
const log = $('#log');
const rendered = new Set();
// The page's own words follow the browser's language until the switch is used; each reply's follow the reply.
let uiLang = localStorage.getItem('arcp.uiLang') || (/^ar\b/i.test(navigator.language || '') ? 'ar' : 'en');
let conversationId = localStorage.getItem('arcp.conversation') || newId();
let lastSeen = 0;
localStorage.setItem('arcp.conversation', conversationId);

function newId() {
  return crypto.randomUUID().replace(/-/g, '');
}

/** A link only to http(s): a `javascript:` or `data:` source URL is shown as a title without a link. */
function httpUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c != null) node.append(c);
  return node;
}

function applyLang() {
  const t = STRINGS[uiLang];
  document.documentElement.lang = uiLang;
  document.documentElement.dir = uiLang === 'ar' ? 'rtl' : 'ltr';
  document.title = t.title;
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = t[node.dataset.i18n];
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = t[node.dataset.i18nPlaceholder];
  $('#lang-toggle').textContent = t.other;
  const chips = $('.chips');
  chips.replaceChildren(...t.examplesList.map((q) => el('button', { type: 'button', onclick: () => send(q) }, q)));
}

/**
 * One line of reply text, laid out in the reply's direction. Quotes «…» and `[n]` markers are isolated
 * (bdi) so that an English quote in an Arabic answer, or an Arabic name in an English line, keeps its
 * place; `[n]` markers become links to the numbered source.
 */
function textLine(line, msgKey, lang) {
  const bold = /^\*\*(.+)\*\*$/.exec(line.trim());
  const p = el('p', { dir: lang === 'ar' ? 'rtl' : 'ltr', class: bold ? 'doc' : '' });
  const body = bold ? bold[1] : line;
  let last = 0;
  for (const m of body.matchAll(/«[^»]*»|\[(\d+)\]/g)) {
    p.append(body.slice(last, m.index));
    if (m[1]) p.append(el('sup', {}, el('a', { href: `#src-${msgKey}-${m[1]}` }, `[${m[1]}]`)));
    else p.append(el('bdi', {}, m[0]));
    last = m.index + m[0].length;
  }
  p.append(body.slice(last));
  return p;
}

/** A reply's own words (who, sources, buttons): in the reply's language, whatever the page's. */
function replyStrings(reply) {
  return STRINGS[reply.lang] ?? STRINGS[uiLang];
}

/**
 * The PDF pages a document's quotes are on, as src/replies/page-label.ts says them: "p. 3", "pp. 3–4",
 * "ص 3"; a range isolated so that it keeps its order in a right-to-left line. Empty for other documents.
 */
function pagesText(cites, lang, t) {
  const seen = new Map();
  for (const c of cites) {
    for (const q of c.quotes ?? []) {
      if (typeof q.page !== 'number') continue;
      const range = typeof q.lastPage === 'number' && q.lastPage !== q.page ? `${q.page}–${q.lastPage}` : String(q.page);
      seen.set(range, q.page);
    }
  }
  if (seen.size === 0) return '';
  const ranges = [...seen].sort((a, b) => a[1] - b[1]).map(([r]) => r);
  const word = ranges.length > 1 || ranges[0].includes('–') ? t.pages : t.page;
  if (lang !== 'ar') return `${word} ${ranges.join(', ')}`;
  return `${word} ${ranges.map((r) => (r.includes('–') ? `\u2068${r}\u2069` : r)).join('، ')}`;
}

/**
 * The sources of an answer, each document once: its title and date, then its quotes, collapsed (the
 * answer already shows them), each with the number its [n] markers link to.
 */
function sourceList(reply, key, t) {
  const byDoc = new Map();
  for (const c of reply.citations) byDoc.set(c.documentId, [...(byDoc.get(c.documentId) ?? []), c]);
  const list = el('ol');
  for (const cites of byDoc.values()) {
    const c = cites[0];
    const url = httpUrl(c.url);
    const title = url ? el('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, c.title) : c.title;
    const numbers = cites.map((q) => `[${q.n}]`).join(' ');
    const quotes = el('details', { class: 'quotes' }, el('summary', {}, `${t.quotes} ${numbers}`),
      ...cites.map((q) => el('span', { class: 'quote', dir: 'auto', id: `src-${key}-${q.n}` }, `[${q.n}] «${q.quote}»`)));
    // Whether the reader holds an official text or a summary of reporting (src/replies/citation-note.ts).
    const note = [c.provenance === 'official' ? t.official : t.summary, ...(c.sourceKind === 'news-report' ? [t.newsReport] : [])].join(reply.lang === 'ar' ? '؛ ' : '; ');
    const provenance = el('span', { class: 'provenance', dir: 'auto' }, note);
    const pages = pagesText(cites, reply.lang, t);
    const where = pages ? [' — ', el('span', { class: 'pages', dir: reply.lang === 'ar' ? 'rtl' : 'ltr' }, pages)] : [];
    list.append(el('li', { value: String(c.n), dir: 'auto', class: 'source' }, title, c.date ? ' — ' : '', c.date ? el('span', { class: 'date', dir: 'ltr' }, c.date) : '', ...where, provenance, quotes));
  }
  return el('div', { class: 'sources' }, el('strong', {}, t.sources), list);
}

function renderReply(reply) {
  if (!reply || rendered.has(reply.replyId)) return;
  rendered.add(reply.replyId);
  const t = replyStrings(reply);
  const key = reply.replyId.slice(0, 8);
  const who = reply.kind === 'staff-answer' ? `${t.staff}${reply.staffName ? ` — ${reply.staffName}` : ''}` : t.assistant;
  const item = el('li', { class: `msg kind-${reply.kind}`, lang: reply.lang, dir: reply.lang === 'ar' ? 'rtl' : 'ltr' }, el('div', { class: 'meta' }, who));
  for (const line of reply.text.split('\n')) if (line.trim()) item.append(textLine(line, key, reply.lang));
  if (reply.kind === 'answer' && reply.citations.length) item.append(sourceList(reply, key, t));
  if (reply.kind === 'staff-answer' && reply.attachment) item.append(attachmentLink(reply.attachment, t));
  if (reply.kind === 'answer' || (reply.kind === 'no-position' && reply.offerTicket)) item.append(actions(reply));
  log.append(item);
  showNewest(item);
}

/** A document staff attached: downloaded from this conversation only (the server checks it is in its transcript). */
function attachmentLink(file, t) {
  const href = `api/chat/conversations/${encodeURIComponent(conversationId)}/files/${encodeURIComponent(file.id)}`;
  const size = file.size >= 1048576 ? `${(file.size / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(file.size / 1024))} KB`;
  return el('p', { class: 'attachment' }, `${t.attachment}: `, el('a', { href, download: file.filename, dir: 'auto' }, file.filename), ' ', el('span', { dir: 'ltr' }, `(${size})`));
}

/** The newest reply's start, in view above the sticky input box (desktop and phone alike). */
function showNewest(item) {
  item.scrollIntoView({ block: 'start' });
}

function actions(reply) {
  const t = replyStrings(reply);
  const bar = el('div', { class: 'actions' });
  if (reply.kind === 'answer') {
    bar.append(el('button', { type: 'button', onclick: () => sendAction({ type: 'feedback', replyId: reply.replyId, helpful: true }) }, t.helpful));
    bar.append(el('button', { type: 'button', onclick: () => sendAction({ type: 'feedback', replyId: reply.replyId, helpful: false }) }, t.unhelpful));
  }
  bar.append(el('button', { type: 'button', onclick: () => sendAction({ type: 'ask-secretariat', replyId: reply.replyId }) }, t.askStaff));
  return bar;
}

function renderMine(text) {
  log.append(el('li', { class: 'msg me', dir: 'auto' }, el('div', { class: 'meta' }, STRINGS[uiLang].you), el('p', { dir: 'auto' }, text)));
}

async function post(body) {
  const res = await fetch('api/chat/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messageId: newId(), conversationId, ...body }),
  });
  if (!res.ok) throw new Error((await res.json().catch(() => ({}))).message || res.statusText);
  return res.json();
}

async function send(text) {
  if (!text.trim()) return;
  renderMine(text);
  $('#examples').hidden = true;
  await deliver({ text });
}

async function sendAction(action) {
  await deliver({ text: '', action });
}

async function deliver(body) {
  const button = $('#send');
  button.disabled = true;
  try {
    const { reply } = await post(body);
    renderReply(reply);
  } catch (err) {
    log.append(el('li', { class: 'msg error', role: 'alert' }, `${STRINGS[uiLang].failed} (${err.message})`));
  } finally {
    button.disabled = false;
  }
}

/** Picks up replies made later (staff answers), and the history after a reload. */
async function poll() {
  try {
    const res = await fetch(`api/chat/conversations/${conversationId}/messages?after=${lastSeen}`);
    if (res.ok) {
      const { messages } = await res.json();
      for (const m of messages) {
        lastSeen = Math.max(lastSeen, m.id);
        if (m.direction === 'out') renderReply(m.reply);
        else if (!initialised && m.text) renderMine(m.text);
      }
      if (messages.length) $('#examples').hidden = true;
    }
  } finally {
    initialised = true;
  }
}
let initialised = false;

$('#composer').addEventListener('submit', (e) => {
  e.preventDefault();
  const q = $('#question');
  const text = q.value;
  q.value = '';
  void send(text);
});
$('#question').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey) {
    e.preventDefault();
    $('#composer').requestSubmit();
  }
});
$('#lang-toggle').addEventListener('click', () => {
  uiLang = uiLang === 'ar' ? 'en' : 'ar';
  localStorage.setItem('arcp.uiLang', uiLang);
  applyLang();
});
$('#new-chat').addEventListener('click', () => {
  conversationId = newId();
  localStorage.setItem('arcp.conversation', conversationId);
  log.replaceChildren();
  rendered.clear();
  lastSeen = 0;
  $('#examples').hidden = false;
});

applyLang();
void poll();
setInterval(poll, 3000);
