// Start-up and the render loop: who is signed in, which route is shown, inside the shell or not,
// and re-rendering everything when the language changes.

import {del, get, onUnauthorized} from './api.js';
import {h} from './dom.js';
import {applyDocumentLang, onLangChange, t} from './i18n.js';
import {currentLocation, href, matchRoute, navigate, startRouter} from './router.js';
import {homeFor, routes} from './routes.js';
import {currentUser, followProfileLanguage, hasAnyRole, loadUser, setUser} from './session.js';
import {createShell} from './views/shell.js';
import {emptyState, errorState, loading} from './ui/states.js';
import {toast} from './ui/toast.js';

const root = document.getElementById('app');
let shell = null;
let cleanup = null;
let controller = null;
let renderId = 0;

async function show(location) {
    const id = ++renderId;
    endCurrentView();
    const user = currentUser();
    if (location.path === '/') {
        navigate(user ? homeFor(user) : '/login', undefined, {replace: true});
        return;
    }
    const match = matchRoute(routes, location.path);
    if (match?.route.public) {
        if (user && location.path === '/login') {
            navigate(homeFor(user), undefined, {replace: true});
            return;
        }
        dropShell();
        await renderView(id, root, match, location);
        return;
    }
    if (!user) {
        navigate('/login', {next: location.path}, {replace: true});
        return;
    }
    const frame = ensureShell(user);
    frame.setActive(match?.route.nav?.id);
    window.scrollTo(0, 0);
    if (!match) {
        frame.main.replaceChildren(emptyState({
            iconName: 'sun', title: t('notFound.title'), text: t('notFound.text', {path: location.path}), testid: 'not-found',
            action: h('a', {class: 'btn btn--primary', href: href(homeFor(user))}, t('notFound.home')),
        }));
    } else if (!hasAnyRole(match.route.roles)) {
        frame.main.replaceChildren(emptyState({iconName: 'lock', title: t('forbidden.title'), text: t('forbidden.text'), testid: 'forbidden'}));
    } else {
        await renderView(id, frame.main, match, location);
    }
    if (!document.activeElement || document.activeElement === document.body || frame.element.querySelector('.nav')?.contains(document.activeElement)) {
        frame.main.focus({preventScroll: true});
    }
}

/**
 * Each view renders into a fresh element, so a slow view that finishes after the user moved on
 * writes into a detached node; params.signal is aborted when the view is left.
 */
async function renderView(id, container, match, location) {
    const viewRoot = h('div', {class: 'view'});
    const slow = setTimeout(() => viewRoot.replaceChildren(loading()), 150);
    container.replaceChildren(viewRoot);
    controller = new AbortController();
    const params = {...match.params, query: location.query, signal: controller.signal};
    try {
        const module = await match.route.view();
        clearTimeout(slow);
        if (id !== renderId) {
            return;
        }
        const result = await module.render(viewRoot, params);
        if (typeof result === 'function') {
            if (id === renderId) {
                cleanup = result;
            } else {
                result();
            }
        }
    } catch (e) {
        clearTimeout(slow);
        if (e.name !== 'AbortError' && id === renderId) {
            console.error(e);
            viewRoot.replaceChildren(errorState(e, () => show(currentLocation())));
        }
    }
}

function endCurrentView() {
    controller?.abort();
    controller = null;
    if (cleanup) {
        const fn = cleanup;
        cleanup = null;
        try {
            fn();
        } catch (e) {
            console.error(e);
        }
    }
}

function ensureShell(user) {
    if (shell && shell.user === user && shell.element.isConnected) {
        return shell;
    }
    dropShell();
    const items = routes.filter(r => r.nav && hasAnyRole(r.roles))
        .map(r => ({...r.nav, href: href(r.path.replace(/\/:[^/]+\?$/, ''))}));
    shell = createShell({user, items, onLogout: logout});
    shell.user = user;
    root.replaceChildren(shell.element);
    return shell;
}

function dropShell() {
    if (shell) {
        shell.destroy();
        shell = null;
    }
}

async function logout() {
    try {
        await del('/session', {redirectOn401: false});
    } catch (e) {
        if (e.status === 0) {
            toast(e.detail, 'error');
            return;
        }
        // 401: the session had already ended; either way we are signed out now.
    }
    setUser(null);
    dropShell();
    navigate('/login', {out: 1});
}

onUnauthorized(() => {
    const location = currentLocation();
    setUser(null);
    dropShell();
    if (location.path !== '/login') {
        navigate('/login', {reason: 'expired', next: location.path}, {replace: true});
    }
});

/**
 * Back in a tab after a while: ask who we are again, so a deactivated account lands on the login
 * page (GET /me answers 401) and changed roles or name show at once.
 */
let lastCheck = Date.now();
document.addEventListener('visibilitychange', async () => {
    const user = currentUser();
    if (document.visibilityState !== 'visible' || !user || Date.now() - lastCheck < 60_000) {
        return;
    }
    lastCheck = Date.now();
    try {
        const fresh = await get('/me');
        if (fresh.displayName !== user.displayName || [...fresh.roles].sort().join() !== [...user.roles].sort().join()) {
            setUser(fresh);
            show(currentLocation());
        }
    } catch {
        // offline, or already sent to the login page by the 401 handler
    }
});

async function boot() {
    applyDocumentLang();
    try {
        const user = await loadUser();
        followProfileLanguage(user, {silent: true});
        if (user) {
            // Daily reports saved on this phone while offline are sent as soon as the app is back.
            import('./views/reports/outbox.js').then(m => m.startOutbox(user.id)).catch(e => console.error(e));
        }
    } catch (e) {
        root.replaceChildren(h('div', {class: 'boot-error'}, errorState(e, () => location.reload())));
        return;
    }
    onLangChange(() => {
        dropShell();
        show(currentLocation());
    });
    startRouter(show);
}

boot();
