// Form fields with a label, an optional hint and a slot for the server's message for that field.

import {h} from '../dom.js';
import {t} from '../i18n.js';

let counter = 0;

/**
 * A labelled field. control: an <input>, <select> or <textarea> (or a group element for checkboxes).
 * name is the API's field name, used to show problem errors[] next to it.
 */
export function field({name, label, control, hint, required = false, testid}) {
    const id = control.id || 'f-' + name + '-' + (++counter);
    control.id = id;
    if (!control.name && control.tagName !== 'FIELDSET' && control.tagName !== 'DIV') {
        control.name = name;
    }
    const hintId = id + '-hint';
    const errorId = id + '-error';
    control.setAttribute('aria-describedby', (hint ? hintId + ' ' : '') + errorId);
    const isGroup = control.tagName === 'DIV' || control.tagName === 'FIELDSET';
    if (isGroup) {
        control.setAttribute('aria-labelledby', id + '-label');
    }
    return h('div', {class: 'field', dataset: {field: name}, testid: testid || 'field-' + name},
        isGroup
            ? h('span', {class: 'field__label', id: id + '-label'}, label, required ? requiredMark() : null)
            : h('label', {class: 'field__label', for: id}, label, required ? requiredMark() : null),
        control,
        hint ? h('p', {class: 'field__hint', id: hintId}, hint) : null,
        h('p', {class: 'field__error', id: errorId, testid: 'error-' + name, 'aria-live': 'polite'}));
}

function requiredMark() {
    return h('span', {class: 'field__required', title: t('common.required')}, ' *');
}

/** Clears all field messages and the form-level alert. */
export function clearErrors(form) {
    form.querySelectorAll('.field--invalid').forEach(f => f.classList.remove('field--invalid'));
    form.querySelectorAll('.field__error').forEach(e => { e.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach(c => c.removeAttribute('aria-invalid'));
    const alert = form.querySelector('.form-alert');
    if (alert) {
        alert.textContent = '';
        alert.hidden = true;
    }
}

/**
 * Shows an ApiError on a form: each errors[] entry next to its field; whatever has no field on the
 * form (or the detail, when there are no field errors) in the form-level alert. Focuses the first
 * invalid field.
 */
export function showErrors(form, error) {
    clearErrors(form);
    const unmatched = [];
    for (const {field: name, message} of error.errors || []) {
        const wrapper = form.querySelector(`.field[data-field="${CSS.escape(name)}"]`);
        if (!wrapper) {
            unmatched.push(name + ': ' + message);
            continue;
        }
        wrapper.classList.add('field--invalid');
        const slot = wrapper.querySelector('.field__error');
        slot.textContent = slot.textContent ? slot.textContent + '\n' + message : message;
        wrapper.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
    }
    const alert = form.querySelector('.form-alert');
    if (alert) {
        const text = unmatched.length ? unmatched.join('; ') : error.errors?.length ? t('error.form') : error.detail;
        alert.textContent = text;
        alert.hidden = !text;
    }
    form.querySelector('[aria-invalid="true"]')?.focus();  // the first in page order
}

/** The form-level alert element (place it at the top of a form). */
export function formAlert() {
    return h('div', {class: 'form-alert alert alert--error', role: 'alert', testid: 'form-error', hidden: true});
}
