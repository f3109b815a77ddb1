// Daily construction reports (#/reports/form, #/reports/review, #/reports/view?project=&date=):
// the site lead's form, the PM's review queue and one report read-only (also the dashboard's
// drill-down). Tabs show what the user's roles may use.

import {h, replace} from '../dom.js';
import {t} from '../i18n.js';
import '../i18n/dailyreports.js';
import {href} from '../router.js';
import {currentUser, hasAnyRole} from '../session.js';
import {startOutbox} from './reports/outbox.js';

const TABS = [
    {id: 'form', label: 'dr.tab.form', roles: ['SITE_LEAD', 'PROJECT_MANAGER', 'ADMIN'], view: () => import('./reports/form.js')},
    {id: 'review', label: 'dr.tab.review', roles: ['PROJECT_MANAGER', 'BRANCH_HEAD', 'EXECUTIVE', 'ADMIN'], view: () => import('./reports/review.js')},
    {id: 'view', label: 'dr.tab.view', hidden: true, view: () => import('./reports/review.js')},
];

export async function render(container, params) {
    startOutbox(currentUser().id);
    const allowed = TABS.filter(x => !x.roles || hasAnyRole(x.roles));
    const fallback = hasAnyRole(['SITE_LEAD']) || !hasAnyRole(['PROJECT_MANAGER', 'BRANCH_HEAD', 'EXECUTIVE']) ? 'form' : 'review';
    const tab = allowed.find(x => x.id === params.tab) || allowed.find(x => x.id === fallback) || allowed[0];
    const shown = allowed.filter(x => !x.hidden || x === tab);
    const panel = h('div', {class: 'tab-panel', role: 'tabpanel', testid: 'reports-' + tab.id});
    replace(container,
        h('header', {class: 'page-header'}, h('h1', {class: 'page-title', testid: 'page-title'}, t('dr.title'))),
        shown.length > 1 ? h('nav', {class: 'tabs', 'aria-label': t('dr.title')},
            shown.map(x => h('a', {
                class: 'tabs__tab', href: href('/reports/' + x.id), testid: 'reports-tab-' + x.id,
                'aria-current': x === tab ? 'page' : null,
            }, t(x.label)))) : null,
        panel);
    const module = await tab.view();
    return module.render(panel, {...params, tab: tab.id});
}
