// Staff console enhancements: file upload with ingest progress, and the insights charts.
// Pages work without this script except for these two. Text from the server is set with
// textContent only, never as HTML.
'use strict';

const csrfToken = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content') ?? '';

function api(path, init = {}) {
  return fetch(path, {
    ...init,
    credentials: 'same-origin',
    headers: { 'x-csrf-token': csrfToken, ...(init.headers ?? {}) },
  });
}

// --- Upload and ingest progress -----------------------------------------------------------------

// Fields left empty are left out: the ingest reads them from the file (title, date, language, id).
function uploadMeta(form) {
  const value = (name) => form.elements.namedItem(name)?.value.trim() ?? '';
  const title = {};
  if (value('titleAr')) title.ar = value('titleAr');
  if (value('titleEn')) title.en = value('titleEn');
  return {
    id: value('id'),
    title,
    type: value('type'),
    forum: value('forum').split(/[,،]/).map((s) => s.trim()).filter(Boolean),
    date: value('date'),
    language: [...form.querySelectorAll('input[name="language"]:checked')].map((i) => i.value),
    status: value('status'),
  };
}

function statusLabel(status) {
  const tpl = document.getElementById('ingest-labels');
  return tpl?.content.querySelector(`[data-status="${status}"]`)?.textContent ?? status;
}

function showJob(job) {
  const bar = document.getElementById('ingest-bar');
  const line = document.getElementById('ingest-status');
  bar.max = Math.max(1, job.total);
  bar.value = job.status === 'done' || job.status === 'failed' ? bar.max : job.done;
  line.replaceChildren();
  line.append(`${statusLabel(job.status)} ${job.file}`);
  if (job.error) line.append(` — ${job.error}`);
  const docId = job.documentId;
  if (job.status === 'done' && docId) {
    const link = document.createElement('a');
    link.href = `/console/corpus/${encodeURIComponent(docId)}`;
    link.textContent = docId;
    line.append(' — ', link);
  }
}

async function followJob(id) {
  for (;;) {
    const res = await api(`/console/api/ingest/${encodeURIComponent(id)}`);
    if (!res.ok) return;
    const { job } = await res.json();
    showJob(job);
    if (job.status === 'done' || job.status === 'failed') return;
    await new Promise((r) => setTimeout(r, 400));
  }
}

function initUpload() {
  const form = document.getElementById('upload-form');
  if (!form) return;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = form.elements.namedItem('file').files[0];
    if (!file) return;
    const button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    document.getElementById('upload-progress').hidden = false;
    try {
      const query = new URLSearchParams({ name: file.name, meta: JSON.stringify(uploadMeta(form)) });
      const res = await api(`/console/api/corpus/upload?${query}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      const body = await res.json().catch(() => ({}));
      if (!res.ok) {
        showJob({ status: 'failed', file: file.name, error: body.message ?? res.statusText, total: 1, done: 1 });
        return;
      }
      showJob(body.job);
      await followJob(body.job.id);
    } finally {
      button.disabled = false;
    }
  });
}

// --- Insights charts -----------------------------------------------------------------------------

const PALETTE = ['#0b4f6c', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c', '#495057'];

function initCharts() {
  const block = document.getElementById('insights-data');
  if (!block || typeof window.Chart !== 'function') return;
  const data = JSON.parse(block.textContent);
  const Chart = window.Chart;
  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1b1f24';
  const legend = { position: 'bottom', rtl: data.rtl, textDirection: data.rtl ? 'rtl' : 'ltr' };
  const tooltip = { rtl: data.rtl, textDirection: data.rtl ? 'rtl' : 'ltr' };
  new Chart(document.getElementById('chart-per-day'), {
    type: 'bar',
    data: {
      labels: data.days.map((d) => d.slice(5)),
      datasets: data.perChannel.map((s, i) => ({ label: s.label, data: s.data, backgroundColor: PALETTE[i % PALETTE.length] })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      layout: { padding: { left: 8, right: 8 } },
      scales: {
        x: { stacked: true, reverse: data.rtl },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, position: data.rtl ? 'right' : 'left' },
      },
      plugins: { legend, tooltip },
    },
  });
  new Chart(document.getElementById('chart-outcomes'), {
    type: 'doughnut',
    data: {
      labels: data.outcomes.labels,
      datasets: [{ data: data.outcomes.data, backgroundColor: ['#2b8a3e', '#d9480f', '#0b4f6c', '#adb5bd'] }],
    },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend, tooltip } },
  });
}

initUpload();
initCharts();

// --- Send once ----------------------------------------------------------------------------------

// A reply form is sent once: its button is disabled from the first click until the page reloads.
for (const form of document.querySelectorAll('form[data-send-once]')) {
  form.addEventListener('submit', () => {
    for (const button of form.querySelectorAll('button[type="submit"]')) button.disabled = true;
  });
}

// --- Reply attachment: a file over the cap is refused before it is uploaded (the server checks too) ---
for (const input of document.querySelectorAll('input[type="file"][data-max-bytes]')) {
  input.addEventListener('change', () => {
    const file = input.files && input.files[0];
    input.setCustomValidity(file && file.size > Number(input.dataset.maxBytes) ? input.dataset.tooLarge : '');
    input.reportValidity();
  });
}
