// Modal dialogs on the native <dialog> element (focus trap, Escape and backdrop for free).

import {h, icon} from '../dom.js';
import {t} from '../i18n.js';

/**
 * Opens a modal. content: a Node (often a form). Returns {dialog, body, close()}. onClose runs once
 * when it closes, however it closes. The dialog removes itself from the page when closed.
 */
export function openDialog({title, content, testid = 'dialog', wide = false, onClose}) {
    const titleId = 'dlg-' + Math.random().toString(36).slice(2);
    const body = h('div', {class: 'dialog__body'}, content);
    const dialog = h('dialog', {class: ['dialog', wide && 'dialog--wide'], testid, 'aria-labelledby': titleId},
        h('header', {class: 'dialog__header'},
            h('h2', {id: titleId, class: 'dialog__title'}, title),
            h('button', {type: 'button', class: 'btn btn--icon', 'aria-label': t('common.close'), testid: testid + '-close',
                onclick: () => dialog.close()}, icon('close'))),
        body);
    dialog.addEventListener('click', event => {
        if (event.target === dialog) {
            dialog.close();  // click on the backdrop
        }
    });
    dialog.addEventListener('close', () => {
        dialog.remove();
        onClose?.();
    }, {once: true});
    document.body.append(dialog);
    dialog.showModal();
    return {dialog, body, close: () => dialog.close()};
}

/** Asks a yes/no question; resolves true when confirmed. */
export function confirmDialog({title, text, confirmLabel, danger = false, testid = 'confirm'}) {
    return new Promise(resolve => {
        let confirmed = false;
        const ok = h('button', {type: 'submit', class: ['btn', danger ? 'btn--danger' : 'btn--primary'], testid: testid + '-ok'},
            confirmLabel || t('common.confirm'));
        const form = h('form', {method: 'dialog', class: 'confirm'},
            h('p', null, text),
            h('div', {class: 'form-actions'},
                h('button', {type: 'button', class: 'btn', testid: testid + '-cancel', onclick: () => handle.close()}, t('common.cancel')),
                ok));
        form.addEventListener('submit', event => {
            event.preventDefault();
            confirmed = true;
            handle.close();
        });
        const handle = openDialog({title, content: form, testid, onClose: () => resolve(confirmed)});
        ok.focus();
    });
}
