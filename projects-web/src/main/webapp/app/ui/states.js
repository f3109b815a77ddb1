// Empty, loading and error states shared by the views.

import {h, icon} from '../dom.js';
import {t} from '../i18n.js';

export function emptyState({iconName = 'sun', title, text, badge, action, testid = 'empty-state'}) {
    return h('section', {class: 'empty-state', testid},
        h('div', {class: 'empty-state__icon'}, icon(iconName)),
        badge ? h('span', {class: 'badge badge--soon'}, badge) : null,
        h('h2', {class: 'empty-state__title'}, title),
        text ? h('p', {class: 'empty-state__text'}, text) : null,
        action || null);
}

export function loading() {
    return h('div', {class: 'loading', role: 'status', testid: 'loading'},
        h('span', {class: 'spinner', 'aria-hidden': 'true'}), t('common.loading'));
}

/** A failed load: the problem detail and a retry button. */
export function errorState(error, onRetry) {
    return h('div', {class: 'alert alert--error', role: 'alert', testid: 'load-error'},
        h('strong', null, t('common.loadFailed')), ' ',
        h('span', null, error?.detail || error?.message || ''),
        onRetry ? h('button', {type: 'button', class: 'btn btn--small', onclick: onRetry}, t('common.retry')) : null);
}
