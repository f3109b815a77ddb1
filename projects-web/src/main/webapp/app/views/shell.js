// The frame around every signed-in page: top bar (product, user and roles, language, sign-out) and
// the navigation. Desktop: the navigation is a row of tabs under the top bar. Phone (< 900 px): a
// menu button opens a panel with large navigation items, the user and the sign-out button.

import {get} from '../api.js';
import {h, icon} from '../dom.js';
import {roleNames, t} from '../i18n.js';
import {langSwitch} from '../ui/lang-switch.js';

/**
 * Builds the shell. items: navigation entries {id, label, icon, href} the user may see.
 * Returns {element, main, setActive(id), destroy()}; views render into main.
 */
export function createShell({user, items, onLogout}) {
    const menuId = 'main-menu';
    const toggle = h('button', {
        type: 'button', class: 'btn btn--icon topbar__toggle', testid: 'nav-toggle',
        'aria-controls': menuId, 'aria-expanded': 'false', 'aria-label': t('nav.menu'),
        onclick: () => setOpen(!isOpen()),
    }, icon('menu'));

    const links = new Map();
    const nav = h('nav', {class: 'nav', 'aria-label': t('nav.main'), testid: 'nav'},
        h('ul', {class: 'nav__list'}, items.map(item => {
            const link = h('a', {class: 'nav__link', href: item.href, testid: 'nav-' + item.id, onclick: () => setOpen(false)},
                icon(item.icon, 'nav__icon'), h('span', {class: 'nav__label'}, t(item.label)));
            links.set(item.id, link);
            return h('li', {class: 'nav__item'}, link);
        })));

    const roles = roleNames(user.roles);
    const account = h('div', {class: 'account', testid: 'account'},
        h('span', {class: 'account__avatar', 'aria-hidden': 'true'}, initial(user.displayName || user.username)),
        h('span', {class: 'account__who'},
            h('span', {class: 'visually-hidden'}, t('shell.signedInAs') + ' '),
            h('span', {class: 'account__name', testid: 'user-name'}, user.displayName || user.username),
            h('span', {class: 'account__roles', testid: 'user-role'}, roles.join(' · '))),
        h('button', {type: 'button', class: 'btn btn--ghost account__logout', testid: 'logout', onclick: onLogout},
            icon('logout'), h('span', null, t('shell.logout'))));

    // The inbox bell with the unread count: polled every minute, and updated at once by the inbox view.
    const unreadBadge = h('span', {class: 'bell__count', testid: 'unread-count', hidden: true});
    const bell = h('a', {class: 'btn btn--icon bell', href: '#/notifications', testid: 'inbox-bell', 'aria-label': t('nav.notifications')},
        icon('bell'), unreadBadge);
    const showUnread = count => {
        unreadBadge.textContent = count > 99 ? '99+' : String(count);
        unreadBadge.hidden = !count;
        bell.setAttribute('aria-label', t('nav.notifications') + (count ? ' (' + count + ')' : ''));
    };
    const refreshUnread = () => get('/notifications/unread-count', null, {redirectOn401: false})
        .then(r => showUnread(r.unread)).catch(() => {});
    const onUnread = event => showUnread(event.detail);
    document.addEventListener('solarpm:unread', onUnread);
    refreshUnread();
    const unreadTimer = setInterval(refreshUnread, 60000);

    const menu = h('div', {class: 'menu', id: menuId, testid: 'menu'}, nav, account);
    const backdrop = h('div', {class: 'menu-backdrop', onclick: () => setOpen(false)});
    const main = h('main', {class: 'content', id: 'main', tabindex: '-1'});

    const element = h('div', {class: 'shell', testid: 'shell'},
        h('a', {class: 'skip-link', href: '#main', onclick: event => { event.preventDefault(); main.focus(); }}, t('shell.skip')),
        h('header', {class: 'topbar'},
            toggle,
            h('a', {class: 'brand', href: items.length ? items[0].href : '#/', testid: 'brand'},
                h('span', {class: 'brand__mark'}, icon('sun')), h('span', {class: 'brand__name'}, t('app.name'))),
            bell,
            langSwitch({compact: true}),
            menu),
        backdrop,
        main);

    function isOpen() {
        return element.classList.contains('shell--menu-open');
    }

    function setOpen(open) {
        element.classList.toggle('shell--menu-open', open);
        toggle.setAttribute('aria-expanded', String(open));
        toggle.setAttribute('aria-label', open ? t('nav.closeMenu') : t('nav.menu'));
        toggle.replaceChildren(icon(open ? 'close' : 'menu'));
        if (open) {
            links.values().next().value?.focus();
        }
    }

    const onKey = event => {
        if (event.key === 'Escape' && isOpen()) {
            setOpen(false);
            toggle.focus();
        }
    };
    document.addEventListener('keydown', onKey);

    return {
        element,
        main,
        setActive(id) {
            setOpen(false);
            for (const [itemId, link] of links) {
                if (itemId === id) {
                    link.setAttribute('aria-current', 'page');
                } else {
                    link.removeAttribute('aria-current');
                }
            }
        },
        destroy() {
            document.removeEventListener('keydown', onKey);
            document.removeEventListener('solarpm:unread', onUnread);
            clearInterval(unreadTimer);
        },
    };
}

function initial(name) {
    return [...(name || '?').trim()][0]?.toUpperCase() || '?';
}
