// A daily report read-only, section by section: for the PM's review, the dashboard drill-down and
// the author once the report is submitted. Empty sections say so instead of disappearing, so a
// reviewer sees what was left out.

import {h} from '../../dom.js';
import {formatDateTime, t} from '../../i18n.js';
import {fmtNumber, statusBadge, timelinessBadge} from './widgets.js';

export function reportView(report, {materialName = id => '#' + id} = {}) {
    const none = () => h('p', {class: 'muted'}, t('dr.view.none'));
    const yesNo = v => t(v ? 'dr.yes' : 'dr.no');
    const w = report.weather || {};
    const safety = report.safety || {};
    const block = (id, title, ...content) => h('section', {class: 'dr-view__section', testid: 'view-' + id},
        h('h3', {class: 'dr-view__title'}, title), content);
    const table = (rows, cols) => rows?.length
        ? h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact table--stack'},
            h('thead', null, h('tr', null, cols.map(([label]) => h('th', {scope: 'col'}, label)))),
            h('tbody', null, rows.map(r => h('tr', null, cols.map(([label, fn]) => h('td', {dataset: {label}}, fn(r))))))))
        : none();
    const text = value => value ? h('p', {class: 'dr-view__text wrap'}, value) : none();

    return h('div', {class: 'dr-view', testid: 'report-view'},
        h('div', {class: 'dr-view__meta'},
            statusBadge(report.status), ' ', timelinessBadge(report.timeliness, 'report-timeliness'),
            report.author ? h('span', {class: 'muted'}, t('dr.author') + '：' + report.author.name) : null,
            report.submittedAt ? h('span', {class: 'muted'}, t('dr.submittedAt') + '：' + formatDateTime(report.submittedAt)) : null),
        report.review?.comment ? reviewNote(report.review, report.status) : null,
        block('weather', t('dr.section.weather'), report.weather ? h('dl', {class: 'dr-facts'},
            fact(t('dr.weather.condition'), w.condition ? t('dr.weather.' + w.condition) : '–'),
            fact(t('dr.weather.minTempC'), fmtNumber(w.minTempC)), fact(t('dr.weather.maxTempC'), fmtNumber(w.maxTempC)),
            fact(t('dr.weather.windLevel'), fmtNumber(w.windLevel)), fact(t('dr.weather.workableHours'), fmtNumber(w.workableHours)),
            fact(t('dr.weather.weatherDelay'), yesNo(w.weatherDelay))) : none()),
        block('manpower', t('dr.section.manpower'), table(report.manpower, [
            [t('dr.manpower.trade'), r => r.trade ? t('dr.trade.' + r.trade) : '–'], [t('dr.manpower.company'), r => r.company || '–'],
            [t('dr.manpower.headcount'), r => fmtNumber(r.headcount)], [t('dr.manpower.hours'), r => fmtNumber(r.hours)]])),
        block('equipment', t('dr.section.equipment'), table(report.equipment, [
            [t('dr.equipment.type'), r => r.type ? t('dr.equip.' + r.type) : '–'], [t('dr.equipment.count'), r => fmtNumber(r.count)],
            [t('dr.equipment.operatingHours'), r => fmtNumber(r.operatingHours)], [t('dr.equipment.idleHours'), r => fmtNumber(r.idleHours)]])),
        block('quantities', t('dr.section.quantities'), table((report.quantities || []).filter(q => q.quantity), [
            [t('dr.section.quantities'), q => (q.name || q.code || '#' + q.workItemId)],
            [t('dr.qty.today', {unit: ''}).replace(/\s*\(\)/, ''), q => fmtNumber(q.quantity, 3) + ' ' + (q.unit || '')],
            [t('dr.qty.cumulative', {cumulative: ''}).trim(), q => q.cumulativeBefore === undefined ? '–'
                : fmtNumber(Number(q.cumulativeBefore) + Number(q.quantity || 0), 3) + ' / ' + fmtNumber(q.designQuantity, 3)],
            [t('dr.qty.note'), q => q.note || '']])),
        block('materials', t('dr.section.materials'),
            h('h4', {class: 'dr-view__sub'}, t('dr.materials.received')),
            table(report.materialsReceived, [[t('dr.materials.line'), r => materialName(r.materialPlanLineId)],
                [t('dr.materials.quantity'), r => fmtNumber(r.quantity, 3)], [t('dr.materials.note'), r => r.note || '']]),
            h('h4', {class: 'dr-view__sub'}, t('dr.materials.consumed')),
            table(report.materialsConsumed, [[t('dr.materials.line'), r => materialName(r.materialPlanLineId)],
                [t('dr.materials.quantity'), r => fmtNumber(r.quantity, 3)]])),
        block('safety', t('dr.section.safety'), h('dl', {class: 'dr-facts'},
            fact(t('dr.safety.toolboxTalk'), yesNo(safety.toolboxTalk)), fact(t('dr.safety.nearMisses'), fmtNumber(safety.nearMisses))),
        table(safety.incidents, [[t('dr.safety.severity'), r => r.severity ? t('dr.severity.' + r.severity) : '–'],
            [t('dr.safety.description'), r => r.description || '']])),
        block('quality', t('dr.section.quality'), table(report.qualityIssues, [
            [t('dr.quality.description'), r => r.description || ''], [t('dr.quality.resolved'), r => yesNo(r.resolved)]])),
        block('delays', t('dr.section.delays'), table(report.delays, [
            [t('dr.delay.cause'), r => r.cause ? t('dr.cause.' + r.cause) : '–'], [t('dr.delay.hoursLost'), r => fmtNumber(r.hoursLost)],
            [t('dr.delay.description'), r => r.description || '']])),
        block('pm', t('dr.section.pm'), text(report.issuesForPm)),
        block('tomorrow', t('dr.section.tomorrow'), text(report.tomorrowPlan)),
        block('photos', t('dr.section.photos'), report.photos?.length
            ? h('ul', {class: 'dr-photos'}, report.photos.map(p => h('li', null,
                h('a', {href: p.url, target: '_blank', rel: 'noopener'}, h('img', {src: p.url, alt: p.fileName, loading: 'lazy'})))))
            : none()),
        block('notes', t('dr.section.notes'), text(report.notes)),
        report.revisions?.length ? block('revisions', t('dr.revisions'), h('ol', {class: 'dr-revisions'},
            report.revisions.map(r => h('li', null, t('dr.revision', {revision: r.revision, status: t('dr.status.' + r.status),
                by: r.by?.name || '', at: formatDateTime(r.at)}))))) : null);
}

/** The PM's comment (on a returned report: what to correct), shown above the form and the report. */
export function reviewNote(review, status) {
    return h('div', {class: 'alert alert--warn dr-review-note', role: 'note', testid: 'report-review-comment'},
        h('strong', null, t(status === 'RETURNED' ? 'dr.returnedBy' : 'dr.reviewedBy', {name: review.by?.name || ''})), ' ',
        h('span', {class: 'wrap', testid: 'report-review-text'}, review.comment));
}

function fact(label, value) {
    return h('div', {class: 'dr-fact'}, h('dt', null, label), h('dd', null, value));
}
