// The PM's review queue (#/reports/review) and one report read-only (#/reports/view?project=&date=)
// with approve / return-with-comment when it waits for review. The dashboard drills down here.

import {get, post} from '../../api.js';
import {h, replace} from '../../dom.js';
import {formatDateTime, t} from '../../i18n.js';
import {href, navigate} from '../../router.js';
import {hasAnyRole} from '../../session.js';
import {emptyState} from '../../ui/states.js';
import {toast} from '../../ui/toast.js';
import {reportView} from './readonly.js';
import {reportPath} from './outbox.js';
import {timelinessBadge} from './widgets.js';

export function render(container, params) {
    return params.tab === 'view' ? renderReport(container, params) : renderQueue(container, params);
}

async function renderQueue(container, {signal}) {
    const data = await get('/daily-reports/review-queue', undefined, {signal});
    if (!data.items.length) {
        container.replaceChildren(emptyState({iconName: 'reports', title: t('dr.review.queueEmpty'), testid: 'review-empty'}));
        return;
    }
    const col = key => t('dr.review.col.' + key);
    const cell = (key, ...content) => h('td', {dataset: {label: col(key)}}, content);
    container.replaceChildren(h('div', {class: 'table-wrap'}, h('table', {class: 'table table--stack', testid: 'review-table'},
        h('thead', null, h('tr', null, ['project', 'date', 'author', 'submittedAt', 'timeliness', 'actions']
            .map(key => h('th', {scope: 'col'}, col(key))))),
        h('tbody', null, data.items.map(item => h('tr', {testid: `review-row-${item.projectCode}-${item.date}`},
            cell('project', h('span', {class: 'mono'}, item.projectCode), ' ', item.projectName),
            cell('date', h('span', {class: 'nowrap'}, item.date)),
            cell('author', item.author?.name || ''),
            cell('submittedAt', formatDateTime(item.submittedAt)),
            cell('timeliness', timelinessBadge(item.timeliness)),
            cell('actions', h('a', {class: 'btn btn--small btn--primary', testid: 'review-open',
                href: href('/reports/view', {project: item.projectId, date: item.date})}, t('dr.review.open')))))))));
}

async function renderReport(container, {query = {}, signal}) {
    const projectId = query.project;
    const date = query.date;
    if (!projectId || !/^\d{4}-\d{2}-\d{2}$/.test(date || '')) {
        navigate('/reports', undefined, {replace: true});
        return;
    }
    const [project, report, materials] = await Promise.all([
        get('/projects/' + encodeURIComponent(projectId), undefined, {signal}).catch(() => null),
        get(reportPath(projectId, date), undefined, {signal}).catch(e => {
            if (e.status === 404) {
                return null;
            }
            throw e;
        }),
        get(`/projects/${encodeURIComponent(projectId)}/materials`, undefined, {signal}).then(d => d.items || d).catch(() => []),
    ]);
    const title = h('h2', {class: 'dr-view__heading', testid: 'report-heading'},
        project ? project.code + ' · ' + project.name : '#' + projectId, ' · ', date);
    if (!report) {
        container.replaceChildren(title, emptyState({iconName: 'reports', title: t('dr.view.notFound'), testid: 'report-missing'}));
        return;
    }
    const materialName = id => {
        const m = materials.find(x => String(x.id ?? x.materialPlanLineId) === String(id));
        return m ? [m.materialCode || m.code, m.name].filter(Boolean).join(' ') : '#' + id;
    };
    replace(container, title, reportView(report, {materialName}),
        report.status === 'SUBMITTED' && hasAnyRole(['PROJECT_MANAGER', 'BRANCH_HEAD', 'ADMIN']) ? reviewPanel(report, projectId, date) : null);
}

/** Approve, or return with a comment (required: the author must know what to fix). */
function reviewPanel(report, projectId, date) {
    const comment = h('textarea', {class: 'input dr-textarea', id: 'dr-review-comment', testid: 'review-comment', rows: 3, maxlength: 2000,
        'aria-describedby': 'dr-review-hint dr-review-error'});
    const error = h('p', {class: 'field__error', id: 'dr-review-error', testid: 'review-error', 'aria-live': 'polite'});
    const wrapper = h('div', {class: 'field'},
        h('label', {class: 'field__label', for: 'dr-review-comment'}, t('dr.review.comment')),
        comment, h('p', {class: 'field__hint', id: 'dr-review-hint'}, t('dr.review.commentHint')), error);
    const approve = h('button', {type: 'button', class: 'btn btn--primary btn--large', testid: 'review-approve', onclick: () => decide('APPROVE')},
        t('dr.review.approve'));
    const giveBack = h('button', {type: 'button', class: 'btn btn--danger-outline btn--large', testid: 'review-return', onclick: () => decide('RETURN')},
        t('dr.review.return'));

    async function decide(decision) {
        error.textContent = '';
        wrapper.classList.remove('field--invalid');
        comment.removeAttribute('aria-invalid');
        const text = comment.value.trim();
        if (decision === 'RETURN' && !text) {
            fail(t('dr.review.commentRequired'));
            return;
        }
        [approve, giveBack].forEach(b => b.setAttribute('aria-busy', 'true'));
        try {
            await post(reportPath(projectId, date) + '/review', {decision, comment: text || null, version: report.version});
            toast(decision === 'APPROVE' ? t('dr.review.approved') : t('dr.review.returned', {name: report.author?.name || ''}));
            navigate('/reports/review');
        } catch (e) {
            fail(e.errors?.find(x => x.field === 'comment')?.message || e.detail);
        } finally {
            [approve, giveBack].forEach(b => b.removeAttribute('aria-busy'));
        }
    }

    function fail(message) {
        error.textContent = message;
        wrapper.classList.add('field--invalid');
        comment.setAttribute('aria-invalid', 'true');
        comment.focus();
    }

    return h('section', {class: 'dr-review', testid: 'review-panel', 'aria-labelledby': 'dr-review-title'},
        h('h3', {class: 'dr-view__title', id: 'dr-review-title'}, t('dr.review.open')),
        wrapper,
        h('div', {class: 'form-actions'}, giveBack, approve));
}
