// Milestone timeline (#/milestones): a Gantt-like grid for executives, one row per project, the months
// of the chosen period as columns, each milestone a mark at its planned date (hollow mark: baseline),
// coloured by status. Selecting a mark shows its dates and history and lets a manager replan it with a
// reason. Data goes into the page as text only.
import {get, patch} from '../api.js';
import {addMessages, t} from '../i18n.js';
import {h, replace} from '../dom.js';
import {messages} from '../i18n/milestones.js';

addMessages('zh-CN', messages['zh-CN']);
addMessages('en', messages.en);

const DAY = 86400000;

function iso(d) {
    return d.toISOString().slice(0, 10);
}

function parse(s) {
    return new Date(s + 'T00:00:00Z');
}

export async function render(container, params = {}) {
    const query = params.query || {};
    const today = new Date();
    const from = h('input', {type: 'date', value: query.from || iso(new Date(today.getTime() - 30 * DAY)), testid: 'ms-from'});
    const to = h('input', {type: 'date', value: query.to || iso(new Date(today.getTime() + 180 * DAY)), testid: 'ms-to'});
    const branch = h('select', {testid: 'ms-branch'}, h('option', {value: ''}, t('ms.allBranches')));
    const chart = h('div', {class: 'ms-chart', testid: 'ms-chart'});
    const detail = h('div', {class: 'ms-detail', testid: 'ms-detail'});
    const form = h('form', {class: 'ms-filters', onsubmit: e => { e.preventDefault(); load(); }},
        h('label', {class: 'field'}, h('span', null, t('ms.from')), from),
        h('label', {class: 'field'}, h('span', null, t('ms.to')), to),
        h('label', {class: 'field'}, h('span', null, t('ms.branch')), branch),
        h('button', {type: 'submit', class: 'btn btn--primary', testid: 'ms-apply'}, t('ms.apply')));
    replace(container, h('section', {class: 'ms'},
        h('h1', null, t('ms.title')), h('p', {class: 'muted'}, t('ms.intro')), form, legend(), chart, detail));

    get('/branches').then(list => (list || []).forEach(b => branch.append(h('option', {value: b.id}, b.name || b.code))))
        .catch(() => {});

    async function load() {
        replace(chart, h('p', {class: 'muted'}, '…'));
        try {
            const items = await get('/milestones', {from: from.value, to: to.value, branch: branch.value});
            drawChart(chart, items, parse(from.value), parse(to.value), item => showDetail(detail, item, load));
        } catch (err) {
            replace(chart, h('p', {class: 'error', role: 'alert'}, err.detail || err.message));
        }
    }
    await load();
}

function legend() {
    return h('ul', {class: 'ms-legend'}, ['UPCOMING', 'DUE_SOON', 'OVERDUE', 'DONE'].map(s =>
        h('li', null, h('span', {class: 'ms-mark ms-mark--' + s.toLowerCase()}), t('ms.status.' + s))));
}

function drawChart(chart, items, start, end, onSelect) {
    if (!items.length) {
        replace(chart, h('p', {class: 'muted', testid: 'ms-empty'}, t('ms.empty')));
        return;
    }
    const span = Math.max(1, end - start);
    const pos = date => Math.min(100, Math.max(0, (parse(date) - start) / span * 100)) + '%';
    const months = [];
    for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= end; d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
        months.push(d);
    }
    const header = h('div', {class: 'ms-row ms-row--head'}, h('div', {class: 'ms-label'}),
        h('div', {class: 'ms-track'}, months.filter(m => m >= start).map(m =>
            h('span', {class: 'ms-month', style: {left: pos(iso(m))}}, iso(m).slice(0, 7))),
            h('span', {class: 'ms-today', style: {left: pos(iso(new Date()))}, title: t('ms.today')})));
    const byProject = new Map();
    for (const item of items) {
        if (!byProject.has(item.projectId)) {
            byProject.set(item.projectId, []);
        }
        byProject.get(item.projectId).push(item);
    }
    const rows = [...byProject.values()].map(list => h('div', {class: 'ms-row', testid: 'ms-row'},
        h('div', {class: 'ms-label', title: list[0].projectName}, h('strong', null, list[0].projectCode), ' ', list[0].projectName),
        h('div', {class: 'ms-track'}, list.flatMap(item => [
            item.baselineDate !== item.plannedDate
                ? h('span', {class: 'ms-mark ms-mark--baseline', style: {left: pos(item.baselineDate)}, title: t('ms.baseline') + ' ' + item.baselineDate})
                : null,
            h('button', {type: 'button', class: 'ms-mark ms-mark--' + item.status.toLowerCase() + (item.key ? ' ms-mark--key' : ''),
                style: {left: pos(item.actualDate || item.plannedDate)}, testid: 'ms-mark', 'data-id': item.id,
                title: item.name + ' · ' + (item.actualDate || item.plannedDate) + ' · ' + t('ms.status.' + item.status),
                'aria-label': item.projectCode + ' ' + item.name + ' ' + (item.actualDate || item.plannedDate) + ' ' + t('ms.status.' + item.status),
                onclick: () => onSelect(item)}),
        ]))));
    replace(chart, header, rows);
}

async function showDetail(detail, item, reload) {
    const date = h('input', {type: 'date', value: item.plannedDate, required: true, testid: 'ms-new-date'});
    const reason = h('textarea', {maxlength: 1000, rows: 2, testid: 'ms-reason'});
    const message = h('p', {role: 'status', testid: 'ms-message'});
    const history = h('ul', {class: 'ms-history', testid: 'ms-history'});
    const slip = item.baselineDate && item.plannedDate ? Math.round((parse(item.plannedDate) - parse(item.baselineDate)) / DAY) : 0;
    replace(detail, h('div', {class: 'card'},
        h('h2', null, item.projectCode + ' · ' + item.name),
        h('p', null, t('ms.baseline') + ' ' + item.baselineDate + ' · ' + t('ms.planned') + ' ' + item.plannedDate
            + (item.actualDate ? ' · ' + t('ms.actual') + ' ' + item.actualDate : '') + (slip ? ' · ' + t('ms.slip', {days: slip}) : '')),
        item.status === 'DONE' ? null : h('form', {class: 'ms-replan', onsubmit: async e => {
            e.preventDefault();
            try {
                await patch('/milestones/' + item.id, {plannedDate: date.value, reason: reason.value});
                message.textContent = t('ms.saved');
                await reload();
            } catch (err) {
                message.textContent = [err.detail, ...(err.errors || []).map(fe => fe.message)].filter(Boolean).join(' ');
            }
        }},
            h('h3', null, t('ms.replan')),
            h('label', {class: 'field'}, h('span', null, t('ms.newDate')), date),
            h('label', {class: 'field'}, h('span', null, t('ms.reason')), reason),
            h('button', {type: 'submit', class: 'btn btn--primary', testid: 'ms-save'}, t('ms.save'))),
        message,
        h('h3', null, t('ms.history')), history,
        h('button', {type: 'button', class: 'btn btn--ghost', onclick: () => replace(detail)}, t('ms.close'))));
    try {
        const changes = await get('/milestones/' + item.id + '/history');
        replace(history, changes.map(c => h('li', null, (c.at || '').slice(0, 16).replace('T', ' ') + ' ' + (c.by || '') + ': '
            + (c.oldDate || '—') + ' → ' + (c.newDate || '—') + (c.reason ? ' (' + c.reason + ')' : ''))));
    } catch (err) {
        replace(history, h('li', {class: 'error'}, err.detail || err.message));
    }
}
