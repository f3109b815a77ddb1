// Users (#/admin/users?q=&page=): search, page, create, edit, deactivate and reactivate.

import {get, post} from '../../api.js';
import {h, icon} from '../../dom.js';
import {roleNames, t} from '../../i18n.js';
import {href} from '../../router.js';
import {confirmDialog} from '../../ui/dialog.js';
import {pager} from '../../ui/pager.js';
import {emptyState, errorState, loading} from '../../ui/states.js';
import {toast} from '../../ui/toast.js';
import {openUserForm} from './user-form.js';

const PAGE_SIZE = 20;

export function render(container, {query = {}, signal}) {
    let q = query.q || '';
    let page = Math.max(0, (parseInt(query.page, 10) || 1) - 1);
    let sequence = 0;

    const search = h('input', {
        type: 'search', class: 'input', id: 'user-search', testid: 'user-search', value: q,
        placeholder: t('users.searchPlaceholder'), autocomplete: 'off', enterkeyhint: 'search',
    });
    let debounce;
    search.addEventListener('input', () => {
        clearTimeout(debounce);
        debounce = setTimeout(() => apply(search.value.trim()), 300);
    });
    const searchForm = h('form', {class: 'toolbar__search', role: 'search', onsubmit: event => {
        event.preventDefault();
        clearTimeout(debounce);
        apply(search.value.trim());
    }},
    h('label', {class: 'visually-hidden', for: 'user-search'}, t('users.searchLabel')),
    icon('search', 'toolbar__search-icon'),
    search);

    const createButton = h('button', {type: 'button', class: 'btn btn--primary', testid: 'user-new',
        onclick: () => openUserForm({onSaved: saved => { toast(t('users.created', {username: saved.username})); load(); }})},
    icon('plus'), h('span', null, t('users.new')));

    const results = h('div', {class: 'results', 'aria-live': 'polite'});
    container.replaceChildren(h('div', {class: 'toolbar'}, searchForm, createButton), results);

    function apply(nextQ) {
        if (nextQ === q) {
            return;
        }
        q = nextQ;
        page = 0;
        load();
    }

    async function load() {
        const mine = ++sequence;
        // Keep the address in step (refresh, sharing a link) without re-rendering the page.
        history.replaceState(history.state, '', href('/admin/users', {q, page: page > 0 ? page + 1 : undefined}));
        if (!results.firstChild) {
            results.replaceChildren(loading());
        }
        results.setAttribute('aria-busy', 'true');
        try {
            const data = await get('/users', {q, page, size: PAGE_SIZE}, {signal});
            if (mine !== sequence) {
                return;
            }
            if (data.items.length === 0 && page > 0 && data.total > 0) {
                page = Math.max(0, Math.ceil(data.total / PAGE_SIZE) - 1);
                load();
                return;
            }
            results.replaceChildren(draw(data));
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
            return emptyState({iconName: 'search', title: t('users.empty'), testid: 'users-empty'});
        }
        return h('div', null,
            h('div', {class: 'table-wrap'},
                h('table', {class: 'table table--stack', testid: 'users-table'},
                    h('thead', null, h('tr', null,
                        ['username', 'displayName', 'branch', 'roles', 'supervisor', 'status', 'actions']
                            .map(c => h('th', {scope: 'col'}, t('users.col.' + c))))),
                    h('tbody', null, items.map(row)))),
            pager({page, size: PAGE_SIZE, total, onPage: p => { page = p; load(); }}));
    }

    function row(user) {
        const cell = (column, ...content) => h('td', {dataset: {label: t('users.col.' + column)}}, content);
        return h('tr', {testid: 'user-row-' + user.username, class: user.active ? null : 'is-inactive'},
            cell('username', h('span', {class: 'mono'}, user.username)),
            cell('displayName', user.displayName),
            cell('branch', user.branch ? user.branch.name : h('span', {class: 'muted'}, t('common.none'))),
            cell('roles', user.roles.length
                ? h('span', {class: 'chips'}, roleNames(user.roles).map(r => h('span', {class: 'chip'}, r)))
                : h('span', {class: 'muted'}, t('users.noRoles'))),
            cell('supervisor', user.supervisor ? user.supervisor.displayName : h('span', {class: 'muted'}, t('common.none'))),
            cell('status', h('span', {class: ['status', user.active ? 'status--ok' : 'status--off'], testid: 'user-status'},
                t(user.active ? 'users.status.active' : 'users.status.inactive'))),
            cell('actions', h('span', {class: 'row-actions'},
                h('button', {type: 'button', class: 'btn btn--small', testid: 'user-edit',
                    onclick: () => openUserForm({user, onSaved: saved => { toast(t('users.saved', {username: saved.username})); load(); }})},
                icon('edit'), h('span', null, t('common.edit'))),
                user.active
                    ? h('button', {type: 'button', class: 'btn btn--small btn--danger-outline', testid: 'user-deactivate',
                        onclick: () => changeActive(user, false)}, t('users.deactivate'))
                    : h('button', {type: 'button', class: 'btn btn--small', testid: 'user-reactivate',
                        onclick: () => changeActive(user, true)}, t('users.reactivate')))));
    }

    async function changeActive(user, activate) {
        const names = {name: user.displayName, username: user.username};
        const ok = await confirmDialog({
            title: t(activate ? 'users.reactivateTitle' : 'users.deactivateTitle'),
            text: t(activate ? 'users.reactivateText' : 'users.deactivateText', names),
            confirmLabel: t(activate ? 'users.reactivate' : 'users.deactivate'),
            danger: !activate,
        });
        if (!ok) {
            return;
        }
        try {
            await post(`/users/${user.id}/${activate ? 'reactivate' : 'deactivate'}`);
            toast(t(activate ? 'users.reactivated' : 'users.deactivated', names));
            load();
        } catch (e) {
            toast(e.detail, 'error');
        }
    }

    load();
    return () => clearTimeout(debounce);
}
