// 中文 | English: switches the UI language at once (no reload); main.js re-renders on the change.

import {h} from '../dom.js';
import {LANGUAGES, getLang, setLang, t} from '../i18n.js';

export function langSwitch({compact = false} = {}) {
    return h('div', {class: ['lang-switch', compact && 'lang-switch--compact'], role: 'group', 'aria-label': t('lang.label'), testid: 'lang-switch'},
        LANGUAGES.map(lang => h('button', {
            type: 'button',
            class: 'lang-switch__option',
            lang,
            testid: lang === 'en' ? 'lang-en' : 'lang-zh',
            'aria-pressed': String(lang === getLang()),
            onclick: () => setLang(lang),
        }, t('lang.' + lang))));
}
