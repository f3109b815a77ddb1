// The tidy placeholder of a section that is not built yet. Replace a section's module when the
// feature arrives; nothing else has to change.

import {h} from '../dom.js';
import {t} from '../i18n.js';
import {emptyState} from '../ui/states.js';

export function comingSoon(section, iconName) {
    return function render(container) {
        container.replaceChildren(
            h('header', {class: 'page-header'}, h('h1', {class: 'page-title', testid: 'page-title'}, t('nav.' + section))),
            emptyState({
                iconName,
                badge: t('soon.badge'),
                title: t('soon.' + section + '.title'),
                text: t('soon.' + section + '.text'),
                action: h('p', {class: 'empty-state__note'}, t('soon.note')),
                testid: 'coming-soon',
            }));
    };
}
