// The inbox (#/notifications): the signed-in user's messages, newest first, with "unread only" and
// "mark read". The header bell (shell.js) shows the unread count.
import {get, post} from '../api.js';
import {addMessages, formatDateTime, t} from '../i18n.js';
import {h, replace} from '../dom.js';
import {messages} from '../i18n/milestones.js';

addMessages('zh-CN', messages['zh-CN']);
addMessages('en', messages.en);

export async function render(container) {
    const unreadOnly = h('input', {type: 'checkbox', testid: 'inbox-unread-only', onchange: () => load()});
    const summary = h('p', {class: 'muted', testid: 'inbox-summary'});
    const list = h('ul', {class: 'inbox', testid: 'inbox-list'});
    replace(container, h('section', null, h('h1', null, t('inbox.title')),
        h('label', {class: 'field field--inline'}, unreadOnly, h('span', null, t('inbox.unreadOnly'))), summary, list));

    async function load() {
        try {
            const page = await get('/notifications', {unread: unreadOnly.checked ? 'true' : '', size: 50});
            summary.textContent = t('inbox.unread', {count: page.unread});
            document.dispatchEvent(new CustomEvent('solarpm:unread', {detail: page.unread}));
            if (!page.items.length) {
                replace(list, h('li', {class: 'muted'}, t('inbox.empty')));
                return;
            }
            replace(list, page.items.map(n => h('li', {class: 'inbox__item' + (n.readAt ? '' : ' inbox__item--unread'), testid: 'inbox-item'},
                h('strong', null, n.title), h('div', {class: 'inbox__body'}, n.body),
                h('small', {class: 'muted'}, formatDateTime ? formatDateTime(n.createdAt) : n.createdAt),
                n.link ? h('a', {href: n.link}, '→') : null,
                n.readAt ? null : h('button', {type: 'button', class: 'btn btn--ghost', testid: 'inbox-read',
                    onclick: async () => { await post('/notifications/' + n.id + '/read'); await load(); }}, t('inbox.markRead')))));
        } catch (err) {
            replace(list, h('li', {class: 'error', role: 'alert'}, err.detail || err.message));
        }
    }
    await load();
}
