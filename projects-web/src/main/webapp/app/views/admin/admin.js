// Administration (#/admin/users, #/admin/branches, #/admin/audit): tabs over three sub-views.

import {h} from '../../dom.js';
import {t} from '../../i18n.js';
import {href} from '../../router.js';

const TABS = [
    {id: 'users', label: 'admin.tab.users', view: () => import('./users.js')},
    {id: 'branches', label: 'admin.tab.branches', view: () => import('./branches.js')},
    {id: 'audit', label: 'admin.tab.audit', view: () => import('./audit.js')},
];

export async function render(container, params) {
    const tab = TABS.find(x => x.id === params.tab) || TABS[0];
    const panel = h('div', {class: 'tab-panel', role: 'tabpanel', id: 'admin-panel', testid: 'admin-' + tab.id});
    container.replaceChildren(
        h('header', {class: 'page-header'}, h('h1', {class: 'page-title', testid: 'page-title'}, t('admin.title'))),
        h('nav', {class: 'tabs', 'aria-label': t('admin.title')},
            TABS.map(x => h('a', {
                class: 'tabs__tab', href: href('/admin/' + x.id), testid: 'admin-tab-' + x.id,
                'aria-current': x === tab ? 'page' : null,
            }, t(x.label)))),
        panel);
    const module = await tab.view();
    return module.render(panel, params);
}
