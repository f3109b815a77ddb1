// The sign-in page (#/login?next=/admin&reason=expired). POST /session sets the HttpOnly cookie;
// the page never sees or stores the token.

import {post} from '../api.js';
import {h, icon} from '../dom.js';
import {t} from '../i18n.js';
import {navigate} from '../router.js';
import {homeFor} from '../routes.js';
import {followProfileLanguage, setUser} from '../session.js';
import {langSwitch} from '../ui/lang-switch.js';

// Kept across re-renders (a language switch redraws the page).
let draftUsername = '';
let lastError = '';
let lockedUntil = 0;
let lockedName = '';
let countdown = null;

export function render(container, {query = {}}) {
    const username = h('input', {
        type: 'text', id: 'login-username', name: 'username', class: 'input input--large', testid: 'login-username',
        autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false', required: true, value: draftUsername,
        oninput: () => {
            draftUsername = username.value;
            if (countdown) {
                tick();
            }
        },
    });
    const password = h('input', {
        type: 'password', id: 'login-password', name: 'password', class: 'input input--large', testid: 'login-password',
        autocomplete: 'current-password', required: true,
    });
    const submit = h('button', {type: 'submit', class: 'btn btn--primary btn--large btn--block', testid: 'login-submit'}, t('login.submit'));
    const error = h('div', {class: 'alert alert--error', role: 'alert', testid: 'login-error', hidden: !lastError}, lastError);
    const notice = noticeFor(query);

    const form = h('form', {class: 'login-form', testid: 'login-form', novalidate: true, 'aria-labelledby': 'login-heading'},
        h('h2', {id: 'login-heading', class: 'login-form__heading'}, t('login.heading')),
        h('p', {class: 'login-form__intro'}, t('login.intro')),
        notice,
        error,
        h('div', {class: 'field'}, h('label', {class: 'field__label', for: 'login-username'}, t('login.username')), username),
        h('div', {class: 'field'}, h('label', {class: 'field__label', for: 'login-password'}, t('login.password')), password),
        submit);

    function showError(message) {
        lastError = message || '';
        error.textContent = lastError;
        error.hidden = !lastError;
    }

    function setPending(pending) {
        submit.disabled = pending;
        submit.setAttribute('aria-busy', String(pending));
        submit.textContent = pending ? t('login.pending') : t('login.submit');
    }

    /** While the server refuses this account, the button counts down; another username may try. */
    function tick() {
        const seconds = Math.ceil((lockedUntil - Date.now()) / 1000);
        if (seconds > 0 && submit.isConnected) {
            const locked = username.value.trim() === lockedName;
            submit.disabled = locked;
            submit.textContent = locked ? t('login.wait', {time: duration(seconds)}) : t('login.submit');
            return;
        }
        clearInterval(countdown);
        countdown = null;
        if (submit.isConnected) {
            setPending(false);
        }
    }

    function startCountdown() {
        clearInterval(countdown);
        countdown = setInterval(tick, 1000);
        tick();
    }

    form.addEventListener('submit', async event => {
        event.preventDefault();
        if (submit.disabled) {
            return;
        }
        const name = username.value.trim();
        if (!name || !password.value) {
            showError(t('login.required'));
            (name ? password : username).focus();
            return;
        }
        showError('');
        if (notice) {
            notice.hidden = true;
        }
        setPending(true);
        try {
            const session = await post('/session', {username: name, password: password.value}, {redirectOn401: false});
            draftUsername = '';
            setUser(session.user);
            followProfileLanguage(session.user, {silent: true});
            navigate(safeNext(query.next) || homeFor(session.user), undefined, {replace: true});
        } catch (e) {
            setPending(false);
            showError(e.detail || e.message);
            password.value = '';
            if (e.status === 429 && e.retryAfter) {
                lockedUntil = Date.now() + e.retryAfter * 1000;
                lockedName = name;
                startCountdown();
            }
            password.focus();
        }
    });

    container.replaceChildren(h('div', {class: 'login-page'},
        h('section', {class: 'login-brand'},
            h('div', {class: 'login-brand__top'}, langSwitch({compact: true})),
            h('div', {class: 'login-brand__content'},
                h('div', {class: 'brand brand--large'}, h('span', {class: 'brand__mark'}, icon('sun')),
                    h('span', {class: 'brand__name', testid: 'brand'}, t('app.name'))),
                h('p', {class: 'login-brand__tagline'}, t('app.tagline')),
                h('p', {class: 'login-brand__features'}, t('login.features')))),
        h('main', {class: 'login-main', id: 'main'}, form)));

    if (lockedUntil > Date.now()) {
        if (!lastError) {
            showError(t('login.throttled'));  // redrawn in another language: the server's text is gone
        }
        startCountdown();
    }
    (username.value ? password : username).focus();
    return () => {
        clearInterval(countdown);
        countdown = null;
        lastError = '';
    };
}

function noticeFor(query) {
    const key = query.reason === 'expired' ? 'login.sessionEnded' : query.out ? 'login.signedOut' : null;
    return key ? h('div', {class: 'alert alert--info', role: 'status', testid: 'login-notice'}, t(key)) : null;
}

/** 95 -> "1:35", 42 -> "42 s"/"42 秒" via the message. */
function duration(seconds) {
    if (seconds < 60) {
        return t('login.seconds', {seconds});
    }
    return Math.floor(seconds / 60) + ':' + String(seconds % 60).padStart(2, '0');
}

/** Only in-app paths, never back to the login page itself. */
function safeNext(next) {
    return typeof next === 'string' && /^\/[A-Za-z0-9/_-]*$/.test(next) && !next.startsWith('/login') ? next : null;
}
