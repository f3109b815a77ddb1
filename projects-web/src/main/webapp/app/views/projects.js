// Project screens: list with filters, create from a template, overview (stages, gates, members,
// documents, history, similar projects); the board itself is views/boards.js. DOM is built with textContent only.
import * as http from '../api.js';
import { t, getLang } from '../i18n.js';
import strings from '../i18n/projects.js';

const lang = getLang;

// The calls this screen makes, over the shared client (JSON, language, problem+json -> ApiError).
const api = {
  get: path => http.get(path),
  post: (path, body, headers) => http.post(path, body, headers ? { headers } : undefined),
  del: path => http.del(path),
  upload: (path, formData) => http.upload(path, formData)
};

const STAGES = ['SURVEY', 'BID', 'FILING', 'DESIGN', 'PROCUREMENT', 'CONSTRUCTION', 'COMMISSIONING', 'GRID_CONNECTION', 'OM', 'CLOSED', 'LOST'];
const ROLES = ['PM', 'SITE_LEAD', 'BUYER', 'ENGINEER', 'VIEWER'];

function tr(key) {
  const table = strings[lang()] || strings['zh-CN'];
  return table[key] || (typeof t === 'function' ? t(key) : key);
}

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}

function field(label, input) {
  return el('label', { class: 'field' }, el('span', { text: label }), input);
}

function showError(container, err) {
  const box = el('div', { class: 'error', role: 'alert', 'data-testid': 'error' }, err.detail || err.message || String(err));
  if (err.errors) for (const fe of err.errors) box.append(el('div', { text: `${fe.field}: ${fe.message}` }));
  container.prepend(box);
  setTimeout(() => box.remove(), 8000);
}

function money(m) {
  return m ? `${Number(m.amount).toLocaleString(lang())} ${m.currency}` : '—';
}

export async function render(container, params = {}) {
  container.replaceChildren();
  try {
    if (params.id === 'new') await renderCreate(container);
    else if (params.id && params.view === 'board') location.replace(`#/boards/${params.id}`);
    else if (params.id) await renderOverview(container, params.id);
    else await renderList(container, { ...params, ...params.query });
  } catch (err) {
    showError(container, err);
  }
}

function go(hash) {
  location.hash = hash;
}

async function renderList(container, params) {
  const q = el('input', { name: 'q', type: 'search', placeholder: tr('projects.search'), value: params.q || '' });
  const stage = el('select', { name: 'stage' }, el('option', { value: '', text: tr('projects.any') }),
    ...STAGES.map(s => el('option', { value: s, text: s })));
  stage.value = params.stage || '';
  const branches = await api.get('/branches').catch(() => []);
  const branch = el('select', { name: 'branch' }, el('option', { value: '', text: tr('projects.any') }),
    ...branches.map(b => el('option', { value: b.id, text: b.name })));
  const manager = el('input', { name: 'manager', type: 'number', placeholder: tr('projects.manager') });
  const table = el('tbody');
  const total = el('span', { class: 'total' });
  async function load() {
    const qs = new URLSearchParams();
    if (q.value) qs.set('q', q.value);
    if (stage.value) qs.set('stage', stage.value);
    if (branch.value) qs.set('branch', branch.value);
    if (manager.value) qs.set('manager', manager.value);
    const page = await api.get('/projects?' + qs);
    total.textContent = `(${page.total})`;
    table.replaceChildren(...(page.items.length ? page.items.map(p => el('tr', { 'data-project': p.code },
      el('td', {}, el('a', { href: `#/projects/${p.id}`, text: p.code })), el('td', { text: p.name }),
      el('td', { text: p.customer }), el('td', { text: `${p.capacity.value} ${p.capacity.unit}` }),
      el('td', { text: p.stageName }), el('td', { text: p.branch.name }), el('td', { text: p.manager.name })))
      : [el('tr', {}, el('td', { colspan: 7, text: tr('projects.empty') }))]));
  }
  const form = el('form', { class: 'filters', onsubmit: e => { e.preventDefault(); load().catch(err => showError(container, err)); } },
    q, stage, branch, manager, el('button', { type: 'submit', text: tr('projects.filter') }));
  container.append(el('h1', {}, tr('projects.title'), ' ', total),
    el('p', {}, el('a', { href: '#/projects/new', class: 'btn btn--primary', 'data-testid': 'new-project', text: tr('projects.new') })),
    form, el('div', { class: 'table-wrap' }, el('table', { class: 'projects' }, el('thead', {}, el('tr', {},
      ...['code', 'name', 'customer', 'capacity', 'stage', 'branch', 'manager'].map(k => el('th', { text: tr('projects.' + k) })))), table)));
  await load();
}

async function renderCreate(container) {
  const [templates, branches, me] = await Promise.all([api.get('/project-templates'), api.get('/branches'), api.get('/me')]);
  const inputs = {
    templateCode: el('select', { name: 'templateCode', required: '' }, ...templates.map(x => el('option', { value: x.code, text: x.name }))),
    code: el('input', { name: 'code', required: '', pattern: '[A-Za-z0-9][A-Za-z0-9_-]{1,39}' }),
    name: el('input', { name: 'name', required: '' }),
    customer: el('input', { name: 'customer', required: '' }),
    address: el('input', { name: 'address', required: '' }),
    latitude: el('input', { name: 'latitude', type: 'number', step: 'any' }),
    longitude: el('input', { name: 'longitude', type: 'number', step: 'any' }),
    capacityKwp: el('input', { name: 'capacityKwp', type: 'number', step: 'any', min: '0', required: '' }),
    plannedStart: el('input', { name: 'plannedStart', type: 'date', required: '' }),
    plannedCod: el('input', { name: 'plannedCod', type: 'date' }),
    contractValue: el('input', { name: 'contractValue', type: 'number', step: '0.01', min: '0' }),
    branchId: el('select', { name: 'branchId' }, ...branches.map(b => el('option', { value: b.id, text: b.name })))
  };
  const chosen = templates.find(x => x.code === inputs.templateCode.value);
  if (chosen) inputs.capacityKwp.value = chosen.typicalCapacity.value;
  inputs.templateCode.addEventListener('change', () => {
    const tpl = templates.find(x => x.code === inputs.templateCode.value);
    if (tpl) inputs.capacityKwp.value = tpl.typicalCapacity.value;
  });
  if (me.branch) inputs.branchId.value = me.branch.id;
  const key = crypto.randomUUID ? crypto.randomUUID() : String(Date.now());
  const form = el('form', { class: 'create-project', onsubmit: async e => {
    e.preventDefault();
    const v = k => inputs[k].value.trim();
    const body = {
      templateCode: v('templateCode'), code: v('code'), name: v('name'), customer: v('customer'),
      site: { address: v('address'), latitude: v('latitude') ? Number(v('latitude')) : null, longitude: v('longitude') ? Number(v('longitude')) : null },
      capacityKwp: Number(v('capacityKwp')), plannedStart: v('plannedStart'), plannedCod: v('plannedCod') || null,
      contractValue: v('contractValue') || null, branchId: Number(v('branchId')), managerId: me.id
    };
    try {
      const created = await api.post('/projects', body, { 'Idempotency-Key': key });
      go(`#/projects/${created.id}`);
    } catch (err) {
      showError(container, err);
    }
  } },
  field(tr('projects.template'), inputs.templateCode), field(tr('projects.code'), inputs.code), field(tr('projects.name'), inputs.name),
  field(tr('projects.customer'), inputs.customer), field(tr('projects.address'), inputs.address),
  field(tr('projects.latitude'), inputs.latitude), field(tr('projects.longitude'), inputs.longitude),
  field(tr('projects.capacity'), inputs.capacityKwp), field(tr('projects.plannedStart'), inputs.plannedStart),
  field(tr('projects.plannedCod'), inputs.plannedCod), field(tr('projects.contractValue'), inputs.contractValue),
  field(tr('projects.branch'), inputs.branchId),
  el('div', { class: 'actions' }, el('button', { type: 'submit', 'data-testid': 'create', text: tr('projects.create') }),
    el('a', { href: '#/projects', text: tr('projects.cancel') })));
  container.append(el('h1', { text: tr('projects.new') }), form);
}

/** Downloads of this project: the monthly report, the last 30 days of daily reports, the material plan (UI language via ?lang=). */
function exportLinks(id) {
  const q = `lang=${encodeURIComponent(lang())}`;
  const today = new Date();
  const month = today.toISOString().slice(0, 7);
  const from = new Date(today.getTime() - 29 * 86400000).toISOString().slice(0, 10);
  const link = (href, key, testid) => el('a', { href, download: '', class: 'btn', 'data-testid': testid, text: tr(key) });
  return [
    link(`api/v1/projects/${id}/monthly-report.pdf?month=${month}&${q}`, 'projects.export.monthly', 'export-monthly'), ' ',
    link(`api/v1/projects/${id}/daily-reports.xlsx?from=${from}&${q}`, 'projects.export.dailyReports', 'export-daily-reports'), ' ',
    link(`api/v1/projects/${id}/materials.xlsx?${q}`, 'projects.export.materials', 'export-materials')
  ];
}

async function renderOverview(container, id) {
  const p = await api.get(`/projects/${id}`);
  const reload = () => render(container, { id });
  const act = fn => async e => { e.preventDefault(); try { await fn(); await reload(); } catch (err) { showError(container, err); } };

  const timeline = el('ol', { class: 'timeline' }, ...p.stages.map(s => el('li',
    { class: s.current ? 'current' : s.passed ? 'passed' : 'todo', 'data-stage': s.code }, s.name)));

  const docs = await api.get(`/projects/${id}/documents`);
  const gates = el('ul', { class: 'gates' }, ...p.gateItems.map(g => {
    const li = el('li', { 'data-gate': g.code }, el('span', { class: 'stage-tag', text: g.stage }), ' ', g.name, ' ');
    if (g.ticked) li.append(el('span', { class: 'ok', text: `✓ ${tr('projects.ticked')} · ${g.tickedBy || ''}` }));
    else {
      const doc = el('select', {}, el('option', { value: '', text: '—' }), ...docs.map(d => el('option', { value: d.id, text: d.fileName })));
      if (g.documentRequired) li.append(field(tr('projects.documentId'), doc));
      li.append(el('button', { onclick: act(() => api.post(`/projects/${id}/gate-items/${encodeURIComponent(g.code)}/tick`,
        doc.value ? { documentId: Number(doc.value) } : {})), text: tr('projects.tick') }));
    }
    return li;
  }));

  const to = el('select', { name: 'to' }, ...STAGES.map(s => el('option', { value: s, text: s })));
  const next = STAGES.indexOf(p.stage.code) + 1;
  if (next > 0 && next < STAGES.length) to.value = STAGES[next];
  const note = el('input', { name: 'note', placeholder: tr('projects.note') });
  const override = el('input', { type: 'checkbox', name: 'override' });
  const reason = el('input', { name: 'overrideReason', placeholder: tr('projects.overrideReason') });
  const stageForm = el('form', { class: 'stage-form', onsubmit: act(() => api.post(`/projects/${id}/stage`,
    { to: to.value, note: note.value, override: override.checked, overrideReason: reason.value || null })) },
  field(tr('projects.advance'), to), note, el('label', {}, override, tr('projects.override')), reason,
  el('button', { type: 'submit', text: tr('projects.advance') }));

  const members = await api.get(`/projects/${id}/members`);
  const userId = el('input', { type: 'number', name: 'userId', placeholder: tr('projects.userId'), required: '' });
  const role = el('select', { name: 'role' }, ...ROLES.map(r => el('option', { value: r, text: r })));
  const memberList = el('ul', { class: 'members' }, ...members.map(m => el('li', {}, `${m.displayName} (${m.username}) · ${m.role} `,
    el('button', { onclick: act(() => api.del(`/projects/${id}/members/${m.userId}`)), text: tr('projects.remove') }))));
  const memberForm = el('form', { onsubmit: act(() => api.post(`/projects/${id}/members`, { userId: Number(userId.value), role: role.value })) },
    userId, role, el('button', { type: 'submit', text: tr('projects.addMember') }));

  const file = el('input', { type: 'file', name: 'file', required: '' });
  const uploadForm = el('form', { onsubmit: act(() => { const fd = new FormData(); fd.append('file', file.files[0]); return api.upload(`/projects/${id}/documents`, fd); }) },
    file, el('button', { type: 'submit', text: tr('projects.upload') }));
  const docList = el('ul', { class: 'documents' }, ...docs.map(d => el('li', {},
    el('a', { href: `api/v1/documents/${d.id}/content`, download: d.fileName, text: d.fileName }), ` · ${(d.sizeBytes / 1024).toFixed(1)} KiB`)));

  const history = el('ol', { class: 'history' }, ...p.history.map(h => el('li', {},
    `${new Date(h.at).toLocaleString(lang())} · ${h.from || '—'} → ${h.to} · ${h.by || ''}${h.note ? ' · ' + h.note : ''}${h.overrideReason ? ' · ⚠ ' + h.overrideReason : ''}`)));

  const similar = await api.get(`/projects/${id}/similar`).catch(() => []);
  const similarList = el('ul', { class: 'similar' }, ...similar.map(s => el('li', {},
    `${s.code} ${s.name} · ${s.capacity.value} kWp · ${money(s.contractValue)} · ${s.contractValuePerWp ? s.contractValuePerWp.amount : '—'} ${tr('projects.perWp')}`)));

  container.append(
    el('p', {}, el('a', { href: '#/projects', text: tr('projects.back') }), ' · ',
      el('a', { href: `#/boards/${id}`, 'data-testid': 'open-board', text: tr('projects.board') }), ' · ',
      ...exportLinks(id)),
    el('h1', { 'data-testid': 'project-title' }, `${p.code} ${p.name}`),
    el('dl', { class: 'facts' },
      el('dt', { text: tr('projects.customer') }), el('dd', { text: p.customer }),
      el('dt', { text: tr('projects.capacity') }), el('dd', { text: `${p.capacity.value} ${p.capacity.unit}` }),
      el('dt', { text: tr('projects.contractValue') }), el('dd', { text: money(p.contractValue) }),
      el('dt', { text: tr('projects.branch') }), el('dd', { text: p.branch.name }),
      el('dt', { text: tr('projects.manager') }), el('dd', { text: p.manager.name }),
      el('dt', { text: tr('projects.plannedStart') }), el('dd', { text: p.plannedStart }),
      el('dt', { text: tr('projects.plannedCod') }), el('dd', { text: p.plannedCod || '—' })),
    el('h2', { text: tr('projects.timeline') }), timeline, stageForm,
    el('h2', { text: tr('projects.gates') }), gates,
    el('h2', { text: tr('projects.members') }), memberList, memberForm,
    el('h2', { text: tr('projects.documents') }), docList, uploadForm,
    el('h2', { text: tr('projects.history') }), history,
    el('h2', { text: tr('projects.similar') }), similarList);
}
