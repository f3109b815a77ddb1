// "1–20 of 57  [Previous] [Next]" for {items, total} lists (page numbers start at 0).

import {h} from '../dom.js';
import {t} from '../i18n.js';

export function pager({page, size, total, onPage, testid = 'pager'}) {
    const from = total === 0 ? 0 : page * size + 1;
    const to = Math.min(total, (page + 1) * size);
    const last = Math.max(0, Math.ceil(total / size) - 1);
    return h('nav', {class: 'pager', testid, 'aria-label': t('common.pageInfo', {from, to, total})},
        h('span', {class: 'pager__info', testid: testid + '-info'},
            total === 0 ? t('common.pageEmpty') : t('common.pageInfo', {from, to, total})),
        h('button', {type: 'button', class: 'btn btn--small', testid: testid + '-prev', disabled: page <= 0,
            onclick: () => onPage(page - 1)}, t('common.prev')),
        h('button', {type: 'button', class: 'btn btn--small', testid: testid + '-next', disabled: page >= last,
            onclick: () => onPage(page + 1)}, t('common.next')));
}
