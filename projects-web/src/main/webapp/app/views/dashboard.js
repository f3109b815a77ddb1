// Executive dashboard (#/dashboard?date=&branch=&project=): totals, the projects that need
// attention first, weekly installed MWp, report compliance by branch, rollups by branch and by
// manager, and for one project (drill-down) its S-curve planned vs actual and a link to its report.
// Charts are ECharts from the WebJar; every figure is also in a table.

import {get} from '../api.js';
import {h, icon} from '../dom.js';
import {getLang, t} from '../i18n.js';
import '../i18n/dashboard.js';
import '../i18n/dailyreports.js';
import {href, navigate} from '../router.js';
import {chartInto} from '../ui/charts.js';
import {emptyState, errorState, loading} from '../ui/states.js';
import {companyToday, fmtNumber} from './reports/widgets.js';

const COLORS = {onTime: '#137a47', late: '#d99a00', missing: '#b42318', pending: '#8fb4de', planned: '#8aa1b8', actual: '#1d5fa8', bar: '#f5a524'};

export async function render(container, {query = {}, signal}) {
    const today = companyToday();
    const date = /^\d{4}-\d{2}-\d{2}$/.test(query.date || '') && query.date <= today ? query.date : today;
    const branch = query.branch || '';
    const charts = [];
    const dispose = () => charts.splice(0).forEach(c => c.dispose());

    const dateInput = h('input', {type: 'date', class: 'input', id: 'dash-date', testid: 'dash-date', value: date, max: today});
    const branchSelect = h('select', {class: 'input', id: 'dash-branch', testid: 'dash-branch'},
        h('option', {value: ''}, t('dash.allBranches')));
    const apply = changes => navigate('/dashboard', {date: dateInput.value || today, branch: branchSelect.value, ...changes}, {replace: true});
    dateInput.addEventListener('change', () => apply({project: query.project}));
    branchSelect.addEventListener('change', () => apply());
    const content = h('div', {class: 'dash', 'aria-live': 'polite'}, loading());
    container.replaceChildren(
        h('header', {class: 'page-header'},
            h('h1', {class: 'page-title', testid: 'page-title'}, t('dash.title')),
            h('div', {class: 'toolbar dash-filters'},
                h('label', {class: 'toolbar__label', for: 'dash-date'}, t('dash.date')), dateInput,
                h('label', {class: 'toolbar__label', for: 'dash-branch'}, t('dash.branch')), branchSelect,
                ...downloads(date, branch))),
        content);

    get('/branches', undefined, {signal}).then(list => {
        (list.items || list).filter(b => b.active !== false).forEach(b => branchSelect.append(h('option', {value: String(b.id)}, b.name)));
        branchSelect.value = branch;
    }).catch(() => {});

    try {
        const data = await get('/dashboard/portfolio', {date, branch}, {signal});
        content.replaceChildren(...page(data, {date, branch, query, charts}));
        drawCharts(content, data, charts);
        if (query.project) {
            drillDown(content.querySelector('[data-testid="dash-drill"]'), data, query.project, {date, branch, signal, charts});
        }
    } catch (e) {
        if (e.name !== 'AbortError') {
            content.replaceChildren(errorState(e, () => apply({project: query.project})));
        }
    }
    return dispose;
}

/** The same day on paper and in Excel (the server watermarks and audits every download). */
function downloads(date, branch) {
    const query = new URLSearchParams({date, lang: getLang()});
    if (branch) {
        query.set('branch', branch);
    }
    return [
        h('a', {class: 'btn', href: '/api/v1/reports/daily-digest.pdf?' + query, download: '', testid: 'dash-digest-pdf'}, t('dash.digestPdf')),
        h('a', {class: 'btn', href: '/api/v1/dashboard/portfolio.xlsx?' + query, download: '', testid: 'dash-portfolio-xlsx'}, t('dash.portfolioXlsx')),
        h('a', {class: 'btn', href: '/api/v1/daily-reports.xlsx?' + reportsQuery(date, branch), download: '', testid: 'dash-reports-xlsx',
            title: t('dash.reportsXlsxHint')}, t('dash.reportsXlsx')),
    ];
}

/** Every visible project's daily reports of the 30 days up to the dashboard's day (the server streams the workbook). */
function reportsQuery(date, branch) {
    const to = date || new Date().toISOString().slice(0, 10);
    const start = new Date(to + 'T00:00:00Z');
    start.setUTCDate(start.getUTCDate() - 29);
    const query = new URLSearchParams({from: start.toISOString().slice(0, 10), to, lang: getLang()});
    if (branch) {
        query.set('branch', branch);
    }
    return query;
}

function page(data, {date, branch, query}) {
    const s = data.totals || {};
    const tile = (key, value, extra) => h('div', {class: 'dash-tile', testid: 'tile-' + key},
        h('span', {class: 'dash-tile__label'}, t('dash.tile.' + key)),
        h('span', {class: 'dash-tile__value', testid: 'tile-' + key + '-value'}, value),
        extra ? h('span', {class: 'dash-tile__extra'}, extra) : null);
    const share = s.designKwp ? fmtNumber(s.cumulativeKwp / s.designKwp * 100) + '%' : '';
    return [
        h('section', {class: 'dash-tiles', testid: 'dash-tiles', 'aria-label': t('dash.title')},
            tile('projects', fmtNumber(s.projects, 0)),
            tile('reports', h('span', null,
                h('span', {class: 'dash-ok'}, fmtNumber(s.reportsOnTime, 0)), ' / ',
                h('span', {class: 'dash-warn'}, fmtNumber(s.reportsLate, 0)), ' / ',
                h('span', {class: 'dash-bad'}, fmtNumber(s.reportsMissing, 0))),
            s.reportsPending ? t('dash.pending', {count: s.reportsPending}) : null),
            tile('installedToday', fmtNumber(s.installedTodayKwp) + ' kWp'),
            tile('cumulative', fmtNumber((s.cumulativeKwp || 0) / 1000, 2) + ' / ' + fmtNumber((s.designKwp || 0) / 1000, 1) + ' MWp', share),
            tile('manpower', fmtNumber(s.manpower, 0)),
            tile('openDelays', fmtNumber(s.openDelays, 0)),
            tile('incidents7d', h('span', {class: s.incidents7d ? 'dash-bad' : null}, fmtNumber(s.incidents7d, 0)))),
        h('div', {class: 'dash-drill', testid: 'dash-drill', hidden: true}),
        h('section', {class: 'dash-card'},
            h('h2', {class: 'dash-card__title'}, t('dash.projects')),
            projectTable(data.projects || [], {date, branch, query})),
        h('div', {class: 'dash-charts'},
            h('section', {class: 'dash-card'}, h('h2', {class: 'dash-card__title'}, t('dash.chart.weekly')),
                h('div', {class: 'dash-chart', testid: 'dash-chart-weekly'})),
            h('section', {class: 'dash-card'}, h('h2', {class: 'dash-card__title'}, t('dash.chart.compliance')),
                h('div', {class: 'dash-chart', testid: 'dash-chart-compliance'}))),
        h('div', {class: 'dash-charts'},
            h('section', {class: 'dash-card'}, h('h2', {class: 'dash-card__title'}, t('dash.byBranch')), rollupTable(data.byBranch || [], 'branch')),
            h('section', {class: 'dash-card'}, h('h2', {class: 'dash-card__title'}, t('dash.byManager')), rollupTable(data.byManager || [], 'manager'))),
    ];
}

function projectTable(projects, {date, branch}) {
    if (!projects.length) {
        return emptyState({iconName: 'projects', title: t('dash.noProjects'), testid: 'dash-empty'});
    }
    const cols = ['project', 'report', 'installedToday', 'progress', 'variance', 'manpower', 'delays', 'incidents', 'milestone', 'cost', 'attention'];
    const cell = (key, ...content) => h('td', {dataset: {label: t('dash.col.' + key)}}, content);
    return h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact table--stack dash-table', testid: 'dash-projects'},
        h('thead', null, h('tr', null, cols.map(c => h('th', {scope: 'col'}, t('dash.col.' + c))))),
        h('tbody', null, projects.map(p => h('tr', {testid: 'dash-row-' + p.code, class: p.attention?.length ? 'dash-row--attention' : null},
            cell('project',
                h('a', {href: href('/dashboard', {date, branch, project: p.projectId}), testid: 'dash-drill-' + p.code},
                    h('span', {class: 'mono'}, p.code), ' ', p.name),
                h('div', {class: 'muted dash-sub'}, [p.branch?.name, p.manager?.name].filter(Boolean).join(' · '))),
            cell('report', h('a', {href: href('/reports/view', {project: p.projectId, date}), class: 'dash-report-link', testid: 'dash-report-' + p.code},
                reportBadge(p.reportStatus))),
            cell('installedToday', h('span', {testid: 'dash-installed'}, fmtNumber(p.installedTodayKwp))),
            cell('progress', progress(p)),
            cell('variance', variance(p.scheduleVarianceDays)),
            cell('manpower', fmtNumber(p.manpower, 0)),
            cell('delays', fmtNumber(p.openDelays, 0)),
            cell('incidents', h('span', {class: p.incidents7d ? 'dash-bad' : null}, fmtNumber(p.incidents7d, 0))),
            cell('milestone', milestone(p.nextMilestone)),
            cell('cost', cost(p)),
            cell('attention', p.attention?.length ? h('span', {class: 'chips'}, p.attention.map(a => h('span', {class: 'chip dash-chip', dataset: {attention: a}},
                t('dash.attention.' + a)))) : ''))))));
}

function reportBadge(status) {
    return h('span', {class: 'badge dash-status dash-status--' + String(status || 'none').toLowerCase().replace(/_/g, '-'), testid: 'dash-status',
        dataset: {status: status || ''}}, status ? t('dash.report.' + status) : '–');
}

function progress(p) {
    const percent = p.percentComplete ?? (p.designKwp ? p.cumulativeKwp / p.designKwp * 100 : 0);
    return h('span', {class: 'dash-progress'},
        h('progress', {max: '100', value: String(Math.max(0, Math.min(100, percent || 0))), 'aria-hidden': 'true'}),
        h('span', {class: 'nowrap'}, fmtNumber(p.cumulativeKwp, 0) + ' / ' + fmtNumber(p.designKwp, 0) + ' kWp · ' + fmtNumber(percent) + '%'));
}

function variance(days) {
    if (days === null || days === undefined) {
        return '–';
    }
    const n = Number(days);
    if (Math.abs(n) < 0.05) {
        return h('span', {class: 'dash-ok'}, t('dash.onPlan'));
    }
    return h('span', {class: ['nowrap', n < 0 ? 'dash-bad' : 'dash-ok']}, t(n < 0 ? 'dash.behind' : 'dash.ahead', {days: fmtNumber(Math.abs(n))}));
}

function milestone(m) {
    if (!m) {
        return '–';
    }
    const when = m.daysTo === 0 ? t('dash.today') : m.daysTo < 0 ? t('dash.overdue', {days: -m.daysTo}) : t('dash.inDays', {days: m.daysTo});
    return h('span', null, m.name, h('div', {class: ['dash-sub', m.daysTo < 0 ? 'dash-bad' : 'muted']}, m.date + ' · ' + when));
}

function money(m) {
    if (!m || m.amount === null || m.amount === undefined) {
        return '–';
    }
    return new Intl.NumberFormat(getLang(), {style: 'currency', currency: m.currency || 'CNY', notation: 'compact', maximumFractionDigits: 1})
        .format(Number(m.amount));
}

function cost(p) {
    const over = p.budget && p.committedCost && Number(p.committedCost.amount) > Number(p.budget.amount);
    return h('span', {class: ['nowrap', over && 'dash-bad']}, money(p.committedCost) + ' / ' + money(p.budget),
        p.priceFlags ? h('span', {class: 'tag tag--warn dash-flag'}, '⚑ ' + p.priceFlags) : null);
}

function rollupTable(rows, kind) {
    const cols = kind === 'branch'
        ? [['branch', r => r.branch?.name], ['projects', r => fmtNumber(r.projects, 0)], ['onTime', r => fmtNumber(r.onTime, 0)],
            ['late', r => fmtNumber(r.late, 0)], ['missing', r => fmtNumber(r.missing, 0)], ['installedToday', r => fmtNumber(r.installedTodayKwp)],
            ['cumulative', r => fmtNumber(r.cumulativeKwp, 0) + (r.designKwp ? ' / ' + fmtNumber(r.designKwp, 0) : '')]]
        : [['manager', r => r.manager?.name], ['projects', r => fmtNumber(r.projects, 0)], ['onTime', r => fmtNumber(r.onTime, 0)],
            ['late', r => fmtNumber(r.late, 0)], ['missing', r => fmtNumber(r.missing, 0)], ['installedToday', r => fmtNumber(r.installedTodayKwp)],
            ['behindSchedule', r => fmtNumber(r.behindSchedule, 0)]];
    if (!rows.length) {
        return h('p', {class: 'muted'}, t('common.empty'));
    }
    return h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact table--stack', testid: 'dash-by-' + kind},
        h('thead', null, h('tr', null, cols.map(([key]) => h('th', {scope: 'col'}, t('dash.col.' + key))))),
        h('tbody', null, rows.map(r => h('tr', null, cols.map(([key, fn]) => h('td', {dataset: {label: t('dash.col.' + key)}}, fn(r) ?? '–')))))));
}

const axisStyle = {axisLabel: {color: '#5b6978'}, axisLine: {lineStyle: {color: '#b9c4d0'}}};

function drawCharts(root, data, charts) {
    const weekly = data.weeklyInstalledMwp || [];
    const branches = data.byBranch || [];
    const draw = (testid, option, label) => {
        const el = root.querySelector(`[data-testid="${testid}"]`);
        chartInto(el, option, label).then(c => charts.push(c)).catch(() => {
            el.replaceChildren(h('p', {class: 'muted'}, t('dash.chart.unavailable')));
        });
    };
    draw('dash-chart-weekly', {
        grid: {left: 48, right: 16, top: 32, bottom: 32},
        tooltip: {trigger: 'axis'},
        xAxis: {type: 'category', data: weekly.map(w => w.weekStart.slice(5)), ...axisStyle},
        yAxis: {type: 'value', name: 'MWp', ...axisStyle},
        series: [{type: 'bar', name: t('dash.series.mwp'), data: weekly.map(w => w.mwp), itemStyle: {color: COLORS.bar}}],
    }, t('dash.chart.weekly') + ': ' + weekly.map(w => w.weekStart + ' ' + fmtNumber(w.mwp, 2)).join(', '));
    draw('dash-chart-compliance', {
        grid: {left: 72, right: 16, top: 32, bottom: 24},
        tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
        legend: {top: 0},
        xAxis: {type: 'value', minInterval: 1, ...axisStyle},
        yAxis: {type: 'category', data: branches.map(b => b.branch?.name), ...axisStyle},
        series: [['onTime', 'onTime'], ['late', 'late'], ['missing', 'missing'], ['pending', 'pending']].map(([key, color]) => ({
            type: 'bar', stack: 'reports', name: t('dash.series.' + key), data: branches.map(b => b[key] || 0), itemStyle: {color: COLORS[color]},
        })),
    }, t('dash.chart.compliance') + ': ' + branches.map(b => `${b.branch?.name} ${b.onTime}/${b.late}/${b.missing}`).join(', '));
}

/** One project's S-curve and work items, above the table; the report of the day one tap away. */
async function drillDown(panel, data, projectId, {date, branch, signal, charts}) {
    const row = (data.projects || []).find(p => String(p.projectId) === String(projectId));
    panel.hidden = false;
    panel.replaceChildren(loading());
    panel.scrollIntoView({block: 'nearest'});
    try {
        const progress = await get(`/projects/${encodeURIComponent(projectId)}/progress`, {asOf: date}, {signal});
        const chartEl = h('div', {class: 'dash-chart dash-chart--tall', testid: 'dash-chart-scurve'});
        const closeHref = href('/dashboard', {date, branch});
        panel.replaceChildren(h('section', {class: 'dash-card dash-card--drill', 'aria-labelledby': 'dash-drill-title'},
            h('div', {class: 'dash-drill__head'},
                h('h2', {class: 'dash-card__title', id: 'dash-drill-title'},
                    row ? t('dash.drill.title', {code: row.code, name: row.name}) : '#' + projectId),
                h('span', {class: 'muted'}, t('dash.drill.asOf', {date: progress.asOf || date}), ' · ', variance(progress.scheduleVarianceDays)),
                h('span', {class: 'dash-drill__actions'},
                    h('a', {class: 'btn btn--primary', testid: 'dash-open-report', href: href('/reports/view', {project: projectId, date})},
                        icon('reports'), h('span', null, t('dash.drill.openReport', {date}))),
                    h('a', {class: 'btn', href: closeHref, testid: 'dash-drill-close'}, t('dash.drill.close')))),
            h('h3', {class: 'dr-sub'}, t('dash.chart.scurve')),
            chartEl,
            h('h3', {class: 'dr-sub'}, t('dash.drill.workItems')),
            workItemTable(progress.workItems || [])));
        const series = progress.series || [];
        chartInto(chartEl, {
            grid: {left: 48, right: 16, top: 32, bottom: 32},
            tooltip: {trigger: 'axis', valueFormatter: v => (v === null || v === undefined ? '–' : fmtNumber(v) + '%')},
            legend: {top: 0},
            xAxis: {type: 'category', data: series.map(p => p.date), boundaryGap: false, ...axisStyle},
            yAxis: {type: 'value', max: 100, axisLabel: {formatter: '{value}%', color: '#5b6978'}},
            series: [
                {type: 'line', name: t('dash.series.planned'), data: series.map(p => p.plannedPercent), showSymbol: false,
                    lineStyle: {type: 'dashed', color: COLORS.planned}, itemStyle: {color: COLORS.planned}},
                {type: 'line', name: t('dash.series.actual'), data: series.map(p => p.actualPercent), showSymbol: false,
                    lineStyle: {width: 3, color: COLORS.actual}, itemStyle: {color: COLORS.actual}},
            ],
        }, t('dash.chart.scurve') + ': ' + (series.length ? `${series[series.length - 1].date} ${fmtNumber(series[series.length - 1].plannedPercent)}% / ${fmtNumber(series[series.length - 1].actualPercent)}%` : ''))
            .then(c => charts.push(c))
            .catch(() => chartEl.replaceChildren(h('p', {class: 'muted'}, t('dash.chart.unavailable'))));
    } catch (e) {
        if (e.name !== 'AbortError') {
            panel.replaceChildren(errorState(e));
        }
    }
}

function workItemTable(items) {
    if (!items.length) {
        return h('p', {class: 'muted'}, t('dr.qty.noItems'));
    }
    const cols = [['project', w => w.name || w.code], ['design', w => fmtNumber(w.designQuantity, 3) + ' ' + (w.unit || '')],
        ['planned', w => fmtNumber(w.plannedQuantityToDate, 3)], ['actual', w => fmtNumber(w.cumulativeQuantity, 3)]];
    const label = key => (key === 'project' ? t('dash.drill.workItems') : t('dash.drill.' + key));
    return h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact table--stack', testid: 'dash-work-items'},
        h('thead', null, h('tr', null, cols.map(([key]) => h('th', {scope: 'col'}, label(key))))),
        h('tbody', null, items.map(w => h('tr', {class: Number(w.cumulativeQuantity) < Number(w.plannedQuantityToDate) ? 'dash-row--attention' : null},
            cols.map(([key, fn]) => h('td', {dataset: {label: label(key)}}, fn(w))))))));
}
