// Procurement (#/procurement): live price check with verdict and explanation, price history chart per
// material (ECharts), supplier comparison, and price history import with progress and error list.
// Data is only ever put into the page as text nodes or attributes, never as HTML.
import * as apiModule from '../api.js';
import * as i18n from '../i18n.js';
import { messages } from '../i18n/procurement.js';

const ECHARTS_SRC = 'webjars/echarts/5.5.0/echarts.min.js';
const WINDOW_DAYS = 180;

// ---- the shell contract: api.get/post(path, body), api.upload(path, formData); t(key), lang ----

const api = apiModule.api && typeof apiModule.api.get === 'function' ? apiModule.api : {
    get: (path) => apiModule.get(path),
    post: (path, body) => apiModule.post(path, body),
    upload: (path, formData) => uploadWithFetch(path, formData),
};

function currentLang() {
    const l = typeof i18n.lang === 'function' ? i18n.lang() : (i18n.lang || (i18n.getLang && i18n.getLang()));
    return l === 'en' ? 'en' : 'zh-CN';
}

if (typeof i18n.addMessages === 'function') {
    i18n.addMessages('zh-CN', messages['zh-CN']);
    i18n.addMessages('en', messages.en);
}

function tr(key, params) {
    let text = (messages[currentLang()] || {})[key];
    if (text === undefined) {
        text = typeof i18n.t === 'function' ? i18n.t(key, params) : key;
        return text;
    }
    return text.replace(/\{(\w+)\}/g, (m, name) => (params && params[name] !== undefined ? String(params[name]) : m));
}

async function uploadWithFetch(path, formData) {
    const response = await fetch('api/v1' + path, {
        method: 'POST', body: formData, credentials: 'same-origin',
        headers: { 'Accept-Language': currentLang() },
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
        const error = new Error(body.detail || body.title || String(response.status));
        error.status = response.status;
        error.detail = body.detail;
        error.errors = body.errors;
        throw error;
    }
    return body;
}

// ---- small DOM helper: text children only ----

function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            node.addEventListener(name.slice(2).toLowerCase(), value);
        } else if (name === 'className') {
            node.className = value;
        } else if (name === 'value') {
            node.value = value;
        } else if (name === 'checked') {
            node.checked = Boolean(value);
        } else {
            node.setAttribute(name, value === true ? '' : String(value));
        }
    }
    for (const child of children.flat(Infinity)) {
        if (child !== null && child !== undefined && child !== false) {
            node.append(child instanceof Node ? child : document.createTextNode(String(child)));
        }
    }
    return node;
}

function errorText(error) {
    if (error && error.errors && error.errors.length) {
        return error.errors.map((e) => (e.field ? e.field + ': ' : '') + e.message).join('; ');
    }
    return (error && (error.detail || error.message)) || tr('proc.error');
}

function isoDaysAgo(days) {
    const d = new Date();
    d.setDate(d.getDate() - days);
    return d.toISOString().slice(0, 10);
}

function fmt(value, digits = 3) {
    if (value === null || value === undefined) {
        return '–';
    }
    const n = Number(value);
    return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(2) : n.toFixed(digits);
}

function median(values) {
    const s = [...values].sort((a, b) => a - b);
    if (!s.length) {
        return null;
    }
    const mid = (s.length - 1) / 2;
    return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
}

let echartsPromise;
function loadEcharts() {
    if (window.echarts) {
        return Promise.resolve(window.echarts);
    }
    if (!echartsPromise) {
        echartsPromise = new Promise((resolve, reject) => {
            const script = el('script', { src: ECHARTS_SRC, async: true });
            script.addEventListener('load', () => resolve(window.echarts));
            script.addEventListener('error', () => { echartsPromise = undefined; reject(new Error('echarts')); });
            document.head.append(script);
        });
    }
    return echartsPromise;
}

// ---- the view ----

export async function render(container, params = {}) {
    const state = { materials: [], suppliers: [], material: null, history: [], chart: null, poll: null };
    container.replaceChildren(el('p', { className: 'loading' }, tr('proc.check.checking')));
    try {
        const [materials, suppliers] = await Promise.all([api.get('/materials?size=500'), api.get('/suppliers?size=500')]);
        state.materials = materials.items || [];
        state.suppliers = suppliers.items || [];
    } catch (error) {
        container.replaceChildren(el('p', { className: 'error', role: 'alert' }, errorText(error)));
        return;
    }
    const supplierName = (id) => (state.suppliers.find((s) => s.id === id) || { name: id === null ? '–' : '#' + id }).name;

    // material picker shared by all panels
    const materialSelect = el('select', { id: 'proc-material', name: 'material' },
        state.materials.map((m) => el('option', { value: m.id }, m.code + ' · ' + m.name)));
    const wanted = params.materialId ? String(params.materialId) : null;
    if (wanted && state.materials.some((m) => String(m.id) === wanted)) {
        materialSelect.value = wanted;
    }

    // price check panel
    const priceInput = el('input', { id: 'proc-price', type: 'number', min: '0', step: 'any', inputmode: 'decimal', autocomplete: 'off' });
    const unitSelect = el('select', { id: 'proc-unit' });
    const dateInput = el('input', { id: 'proc-date', type: 'date', value: isoDaysAgo(0) });
    const supplierSelect = el('select', { id: 'proc-supplier' },
        el('option', { value: '' }, tr('proc.noSupplier')),
        state.suppliers.map((s) => el('option', { value: s.id }, s.code + ' · ' + s.name)));
    const verdictBox = el('div', { className: 'price-verdict', 'aria-live': 'polite', 'data-verdict': '' }, tr('proc.check.waiting'));

    // history panel
    const fromInput = el('input', { id: 'proc-from', type: 'date', value: isoDaysAgo(730) });
    const toInput = el('input', { id: 'proc-to', type: 'date', value: isoDaysAgo(0) });
    const historySupplier = el('select', { id: 'proc-history-supplier' },
        el('option', { value: '' }, tr('proc.anySupplier')),
        state.suppliers.map((s) => el('option', { value: s.id }, s.name)));
    const chartBox = el('div', { className: 'price-chart', style: 'width:100%;height:320px' });
    const chartNote = el('p', { className: 'muted' });
    const historyDownload = el('a', { className: 'btn', 'data-testid': 'price-history-xlsx', download: '' }, tr('proc.history.download'));
    const compareBox = el('div', { className: 'supplier-compare' });

    // import panel
    const fileInput = el('input', { id: 'proc-file', type: 'file', accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    const validOnly = el('input', { id: 'proc-valid-only', type: 'checkbox' });
    const progress = el('progress', { max: '1', value: '0', hidden: true });
    const importStatus = el('p', { className: 'import-status', 'aria-live': 'polite' });
    const importErrors = el('div', { className: 'import-errors' });
    const importButton = el('button', { type: 'submit' }, tr('proc.import.submit'));

    container.replaceChildren(el('section', { className: 'procurement' },
        el('h1', {}, tr('proc.title')),
        el('label', { for: 'proc-material' }, tr('proc.material')), materialSelect,
        el('section', { className: 'card' },
            el('h2', {}, tr('proc.check.title')),
            el('p', { className: 'muted' }, tr('proc.check.intro', { days: WINDOW_DAYS })),
            el('div', { className: 'form-row' },
                el('label', { for: 'proc-price' }, tr('proc.check.price')), priceInput,
                el('label', { for: 'proc-unit' }, tr('proc.check.unit')), unitSelect,
                el('label', { for: 'proc-date' }, tr('proc.check.date')), dateInput,
                el('label', { for: 'proc-supplier' }, tr('proc.supplier')), supplierSelect),
            verdictBox),
        el('section', { className: 'card' },
            el('h2', {}, tr('proc.history.title')),
            el('div', { className: 'form-row' },
                el('label', { for: 'proc-from' }, tr('proc.history.from')), fromInput,
                el('label', { for: 'proc-to' }, tr('proc.history.to')), toInput,
                el('label', { for: 'proc-history-supplier' }, tr('proc.supplier')), historySupplier,
                historyDownload),
            chartBox, chartNote),
        el('section', { className: 'card' },
            el('h2', {}, tr('proc.compare.title', { days: WINDOW_DAYS })), compareBox),
        el('section', { className: 'card' },
            el('h2', {}, tr('proc.import.title')),
            el('p', { className: 'muted' }, tr('proc.import.intro')),
            el('p', {}, el('a', { href: '#', onClick: downloadTemplate }, tr('proc.import.template'))),
            el('form', { onSubmit: startImport },
                el('label', { for: 'proc-file' }, tr('proc.import.file')), fileInput,
                el('label', { for: 'proc-valid-only', className: 'checkbox' }, validOnly, ' ', tr('proc.import.validOnly')),
                importButton),
            progress, importStatus, importErrors)));

    // ---- price check, live ----
    let checkTimer;
    let checkSeq = 0;
    function scheduleCheck() {
        clearTimeout(checkTimer);
        checkTimer = setTimeout(runCheck, 250);
    }

    async function runCheck() {
        const price = priceInput.value.trim();
        if (!price || !state.material) {
            verdictBox.dataset.verdict = '';
            verdictBox.replaceChildren(tr('proc.check.waiting'));
            return;
        }
        const seq = ++checkSeq;
        verdictBox.replaceChildren(tr('proc.check.checking'));
        const body = { materialId: state.material.id, unitPrice: Number(price), currency: 'CNY', unit: unitSelect.value };
        if (dateInput.value) {
            body.date = dateInput.value;
        }
        if (supplierSelect.value) {
            body.supplierId = Number(supplierSelect.value);
        }
        try {
            const r = await api.post('/price-checks', body);
            if (seq === checkSeq) {
                showVerdict(r);
            }
        } catch (error) {
            if (seq === checkSeq) {
                verdictBox.dataset.verdict = 'ERROR';
                verdictBox.replaceChildren(el('span', { role: 'alert' }, errorText(error)));
            }
        }
    }

    function showVerdict(r) {
        const unit = 'CNY/' + r.priceUnit;
        verdictBox.dataset.verdict = r.verdict;
        const stats = [
            [tr('proc.stat.normalised'), fmt(r.normalisedPrice) + ' ' + unit],
            [tr('proc.stat.median'), fmt(r.median)],
            [tr('proc.stat.band'), r.p10 === null ? '–' : fmt(r.p10) + ' – ' + fmt(r.p90)],
            [tr('proc.stat.samples'), r.sampleSize],
        ];
        if (r.trendApplied) {
            stats.push([tr('proc.stat.expected'), fmt(r.expectedPrice)], [tr('proc.stat.trend'), fmt(r.trendPctPerMonth, 1) + '%']);
        }
        if (r.deviationPct !== null && r.deviationPct !== undefined) {
            stats.push([tr('proc.stat.deviation'), (r.deviationPct > 0 ? '+' : '') + r.deviationPct + '%']);
        }
        verdictBox.replaceChildren(...[
            el('strong', { className: 'verdict verdict-' + r.verdict.toLowerCase() }, tr('proc.verdict.' + r.verdict)),
            el('p', { className: 'explanation' }, r.explanation),
            r.basis === 'SPEC_CLASS' ? el('p', { className: 'muted' }, tr('proc.stat.basis.SPEC_CLASS')) : null,
            el('dl', { className: 'stats' }, stats.map(([k, v]) => [el('dt', {}, k), el('dd', {}, v)])),
        ].filter(Boolean));
    }

    // ---- history chart and supplier comparison ----
    async function loadHistory() {
        if (!state.material) {
            return;
        }
        let path = '/materials/' + state.material.id + '/price-history?from=' + fromInput.value + '&to=' + toInput.value;
        if (historySupplier.value) {
            path += '&supplierId=' + historySupplier.value;
        }
        historyDownload.href = 'api/v1' + path.replace('/price-history?', '/price-history.xlsx?') + '&lang=' + encodeURIComponent(currentLang());
        try {
            const page = await api.get(path);
            state.history = page.items || [];
        } catch (error) {
            state.history = [];
            chartNote.textContent = errorText(error);
            return;
        }
        chartNote.textContent = state.history.length ? '' : tr('proc.history.empty');
        drawChart();
        drawComparison();
    }

    async function drawChart() {
        let echarts;
        try {
            echarts = await loadEcharts();
        } catch (e) {
            chartNote.textContent = tr('proc.history.chartUnavailable');
            return;
        }
        if (!state.chart) {
            state.chart = echarts.init(chartBox);
        }
        const bySupplier = new Map();
        const byMonth = new Map();
        for (const p of state.history) {
            const name = supplierName(p.supplierId);
            if (!bySupplier.has(name)) {
                bySupplier.set(name, []);
            }
            bySupplier.get(name).push([p.date, Number(p.normalisedPrice)]);
            const month = p.date.slice(0, 7);
            if (!byMonth.has(month)) {
                byMonth.set(month, []);
            }
            byMonth.get(month).push(Number(p.normalisedPrice));
        }
        const medianLine = [...byMonth.entries()].sort().map(([m, v]) => [m + '-15', median(v)]);
        const unit = 'CNY/' + (state.material.priceUnit || '');
        state.chart.setOption({
            tooltip: { trigger: 'item' },
            legend: { type: 'scroll', top: 0 },
            grid: { left: 56, right: 16, top: 40, bottom: 40 },
            xAxis: { type: 'time' },
            yAxis: { type: 'value', name: unit, scale: true },
            series: [
                ...[...bySupplier.entries()].map(([name, data]) => ({ name, type: 'scatter', symbolSize: 6, data })),
                { name: tr('proc.history.median'), type: 'line', smooth: true, showSymbol: false, data: medianLine },
            ],
        }, true);
    }

    function drawComparison() {
        const since = isoDaysAgo(WINDOW_DAYS);
        const groups = new Map();
        for (const p of state.history) {
            if (p.date < since) {
                continue;
            }
            const key = p.supplierId === null ? 'none' : p.supplierId;
            if (!groups.has(key)) {
                groups.set(key, []);
            }
            groups.get(key).push(p);
        }
        if (!groups.size) {
            compareBox.replaceChildren(el('p', { className: 'muted' }, tr('proc.compare.none')));
            return;
        }
        const rows = [...groups.values()].map((points) => {
            const last = points[points.length - 1];
            return { name: supplierName(last.supplierId), count: points.length,
                median: median(points.map((p) => Number(p.normalisedPrice))), last: Number(last.normalisedPrice), lastDate: last.date };
        }).sort((a, b) => a.median - b.median);
        compareBox.replaceChildren(el('table', { className: 'table' },
            el('thead', {}, el('tr', {}, ['proc.compare.supplier', 'proc.compare.count', 'proc.compare.median', 'proc.compare.last',
                'proc.compare.lastDate'].map((k) => el('th', { scope: 'col' }, tr(k))))),
            el('tbody', {}, rows.map((r) => el('tr', {}, el('td', {}, r.name), el('td', {}, r.count), el('td', {}, fmt(r.median)),
                el('td', {}, fmt(r.last)), el('td', {}, r.lastDate))))));
    }

    // ---- import ----
    async function downloadTemplate(event) {
        event.preventDefault();
        try {
            const response = await fetch('api/v1/templates/price-history-import.xlsx',
                { credentials: 'same-origin', headers: { 'Accept-Language': currentLang() } });
            if (!response.ok) {
                throw Object.assign(new Error(String(response.status)), { status: response.status });
            }
            const url = URL.createObjectURL(await response.blob());
            const a = el('a', { href: url, download: 'price-history-import.xlsx' });
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
        } catch (error) {
            importStatus.textContent = errorText(error);
        }
    }

    async function startImport(event) {
        event.preventDefault();
        const file = fileInput.files && fileInput.files[0];
        if (!file) {
            importStatus.textContent = tr('proc.import.chooseFile');
            return;
        }
        const data = new FormData();
        data.append('file', file, file.name);
        importButton.disabled = true;
        importErrors.replaceChildren();
        importStatus.textContent = tr('proc.import.uploading');
        progress.hidden = false;
        progress.removeAttribute('value');
        try {
            const accepted = await api.upload('/imports/price-history' + (validOnly.checked ? '?mode=valid-only' : ''), data);
            pollImport(accepted.jobId);
        } catch (error) {
            importButton.disabled = false;
            progress.hidden = true;
            importStatus.textContent = errorText(error);
        }
    }

    function pollImport(jobId) {
        clearTimeout(state.poll);
        const tick = async () => {
            let job;
            try {
                job = await api.get('/imports/' + encodeURIComponent(jobId));
            } catch (error) {
                importStatus.textContent = errorText(error);
                importButton.disabled = false;
                return;
            }
            if (job.total > 0) {
                progress.max = job.total;
                progress.value = Math.min(job.processed, job.total);
            } else {
                progress.removeAttribute('value');
            }
            const finished = ['COMPLETED', 'REJECTED', 'FAILED'].includes(job.status);
            importStatus.textContent = tr('proc.import.status.' + job.status) + (finished ? ' · ' + tr('proc.import.summary',
                { total: job.total, inserted: job.inserted, duplicates: job.duplicates, errors: job.errorCount }) : '');
            if (finished) {
                progress.max = 1;
                progress.value = 1;
                importButton.disabled = false;
                showImportErrors(job);
                loadHistory();
            } else if (container.isConnected) {
                state.poll = setTimeout(tick, 500);
            }
        };
        tick();
    }

    function showImportErrors(job) {
        if (!job.errors || !job.errors.length) {
            importErrors.replaceChildren();
            return;
        }
        importErrors.replaceChildren(...[
            job.errorCount > job.errors.length
                ? el('p', { className: 'muted' }, tr('proc.import.moreErrors', { shown: job.errors.length, total: job.errorCount })) : null,
            el('table', { className: 'table' },
                el('thead', {}, el('tr', {}, ['proc.import.row', 'proc.import.column', 'proc.import.message']
                    .map((k) => el('th', { scope: 'col' }, tr(k))))),
                el('tbody', {}, job.errors.map((e) => el('tr', {}, el('td', {}, e.row), el('td', {}, e.column), el('td', {}, e.message))))),
        ].filter(Boolean));
    }

    // ---- wiring ----
    function selectMaterial() {
        state.material = state.materials.find((m) => String(m.id) === materialSelect.value) || null;
        const units = state.material ? [...new Set([state.material.priceUnit, state.material.unit])] : [];
        unitSelect.replaceChildren(...units.map((u) => el('option', { value: u }, 'CNY/' + u)));
        loadHistory();
        scheduleCheck();
    }

    materialSelect.addEventListener('change', selectMaterial);
    for (const input of [priceInput, unitSelect, dateInput, supplierSelect]) {
        input.addEventListener('input', scheduleCheck);
        input.addEventListener('change', scheduleCheck);
    }
    for (const input of [fromInput, toInput, historySupplier]) {
        input.addEventListener('change', loadHistory);
    }
    window.addEventListener('resize', () => state.chart && state.chart.resize());
    selectMaterial();
}
