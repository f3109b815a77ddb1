// Audit log (#/admin/audit?action=&page=): newest first, filtered by action, paged.

import {get} from '../../api.js';
import {h} from '../../dom.js';
import {formatDateTime, t} from '../../i18n.js';
import {href} from '../../router.js';
import {pager} from '../../ui/pager.js';
import {emptyState, errorState, loading} from '../../ui/states.js';

const PAGE_SIZE = 25;
const ACTIONS = ['LOGIN', 'LOGIN_FAILED', 'LOCKOUT', 'LOGOUT', 'USER_CREATED', 'USER_UPDATED', 'USER_DEACTIVATED',
    'USER_REACTIVATED', 'ROLES_CHANGED', 'PASSWORD_CHANGED', 'EXPORT'];

export function render(container, {query = {}, signal}) {
    let action = ACTIONS.includes(query.action) ? query.action : '';
    let page = Math.max(0, (parseInt(query.page, 10) || 1) - 1);
    let sequence = 0;

    const filter = h('select', {class: 'input', id: 'audit-action', testid: 'audit-action'},
        h('option', {value: ''}, t('audit.all')),
        ACTIONS.map(a => h('option', {value: a}, actionName(a))));
    filter.value = action;
    filter.addEventListener('change', () => {
        action = filter.value;
        page = 0;
        load();
    });
    const results = h('div', {class: 'results', 'aria-live': 'polite'}, loading());
    container.replaceChildren(
        h('div', {class: 'toolbar'},
            h('label', {class: 'toolbar__label', for: 'audit-action'}, t('audit.filterLabel')), filter),
        results);

    async function load() {
        const mine = ++sequence;
        history.replaceState(history.state, '', href('/admin/audit', {action, page: page > 0 ? page + 1 : undefined}));
        results.setAttribute('aria-busy', 'true');
        try {
            const data = await get('/audit-log', {action, page, size: PAGE_SIZE}, {signal});
            if (mine === sequence) {
                results.replaceChildren(draw(data));
            }
        } catch (e) {
            if (e.name !== 'AbortError' && mine === sequence) {
                results.replaceChildren(errorState(e, load));
            }
        } finally {
            results.removeAttribute('aria-busy');
        }
    }

    function draw({items, total}) {
        if (items.length === 0) {
            return emptyState({iconName: 'clock', title: t('audit.empty'), testid: 'audit-empty'});
        }
        const cell = (column, ...content) => h('td', {dataset: {label: t('audit.col.' + column)}}, content);
        return h('div', null,
            h('div', {class: 'table-wrap'},
                h('table', {class: 'table table--stack table--compact', testid: 'audit-table'},
                    h('thead', null, h('tr', null, ['time', 'actor', 'action', 'target', 'detail', 'ip'].map(c => h('th', {scope: 'col'}, t('audit.col.' + c))))),
                    h('tbody', null, items.map(e => h('tr', {testid: 'audit-row'},
                        cell('time', h('time', {datetime: e.occurredAt, class: 'nowrap'}, formatDateTime(e.occurredAt))),
                        cell('actor', e.actorName || h('span', {class: 'muted'}, t('audit.system'))),
                        cell('action', h('span', {class: ['tag', 'tag--' + tone(e.action)]}, actionName(e.action))),
                        cell('target', h('span', {class: 'nowrap'}, e.targetType ? `${e.targetType} #${e.targetId ?? ''}` : '')),
                        cell('detail', h('span', {class: 'wrap'}, e.detail || '')),
                        cell('ip', h('span', {class: 'mono'}, e.clientIp || ''))))))),
            pager({page, size: PAGE_SIZE, total, onPage: p => { page = p; load(); }}));
    }

    load();
}

function actionName(action) {
    return ACTIONS.includes(action) ? t('audit.action.' + action) : action;
}

function tone(action) {
    if (action === 'LOGIN_FAILED' || action === 'LOCKOUT' || action === 'USER_DEACTIVATED') {
        return 'warn';
    }
    return action === 'LOGIN' || action === 'LOGOUT' ? 'plain' : 'info';
}
