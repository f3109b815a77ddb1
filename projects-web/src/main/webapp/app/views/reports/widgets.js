// Building blocks of the daily report form, made for a thumb on a phone: collapsible section cards,
// labelled inputs bound to one property of the report body, and editable row lists (manpower,
// equipment, incidents...). Every field wrapper carries data-field with the API's field path
// ("manpower[0].headcount") so server errors can be shown next to it.

import {h, icon} from '../../dom.js';
import {t} from '../../i18n.js';

let counter = 0;

/** A collapsible card: <details> gives keyboard and screen reader support for free. */
export function section({id, title, summary, open = false, children}) {
    const summaryText = h('span', {class: 'dr-section__summary', testid: 'section-' + id + '-summary'}, summary || '');
    const details = h('details', {class: 'dr-section', testid: 'section-' + id, open},
        h('summary', {class: 'dr-section__head', testid: 'section-' + id + '-toggle'},
            h('span', {class: 'dr-section__title'}, title), summaryText),
        h('div', {class: 'dr-section__body'}, children));
    details.setSummary = text => { summaryText.textContent = text || ''; };
    return details;
}

/** Turns an input's text into the value the API expects for kind. */
function parse(kind, control) {
    if (kind === 'check') {
        return control.checked;
    }
    const raw = control.value.trim();
    if (kind === 'int' || kind === 'decimal') {
        if (raw === '') {
            return null;
        }
        const n = Number(raw.replace(',', '.'));
        return Number.isFinite(n) ? n : raw;  // keep what was typed: the server explains what is wrong
    }
    if (kind === 'select' && raw === '' ) {
        return null;
    }
    if (kind === 'select' && /^\d+$/.test(raw) && control.dataset.numeric) {
        return Number(raw);
    }
    return raw === '' ? null : raw;
}

/**
 * A labelled control bound to obj[key]: every input writes the parsed value back and calls
 * onChange. col: {key, label, kind: text|textarea|int|decimal|select|check, options [[value,
 * label]], numeric (select values are ids), min, max, step, hint}. path: the API field path;
 * testid names the control.
 */
export function boundField({obj, col, path, testid, onChange, disabled = false}) {
    const id = 'dr-' + (++counter);
    const value = obj[col.key];
    let control;
    if (col.kind === 'select') {
        control = h('select', {class: 'input input--large', id, testid, disabled, dataset: col.numeric ? {numeric: '1'} : null},
            h('option', {value: ''}, t('dr.choose')),
            col.options.map(([v, label]) => h('option', {value: String(v)}, label)));
        control.value = value === null || value === undefined ? '' : String(value);
    } else if (col.kind === 'textarea') {
        control = h('textarea', {class: 'input dr-textarea', id, testid, rows: col.rows || 3, disabled, maxlength: col.max || 4000});
        control.value = value ?? '';
    } else if (col.kind === 'check') {
        control = h('input', {type: 'checkbox', id, testid, disabled, checked: !!value});
    } else {
        const numeric = col.kind === 'int' || col.kind === 'decimal';
        control = h('input', {
            class: 'input input--large', id, testid, disabled,
            type: numeric ? 'number' : 'text',
            inputmode: col.kind === 'int' ? 'numeric' : col.kind === 'decimal' ? 'decimal' : null,
            min: col.min, max: col.max, step: numeric ? (col.step || (col.kind === 'int' ? '1' : 'any')) : null,
            autocomplete: 'off', enterkeyhint: 'next', maxlength: numeric ? null : (col.maxLength || 200),
        });
        control.value = value === null || value === undefined ? '' : String(value);
    }
    const update = () => {
        obj[col.key] = parse(col.kind, control);
        badInput(control);
        onChange?.(col.key);
    };
    control.addEventListener(col.kind === 'check' || col.kind === 'select' ? 'change' : 'input', update);
    const errorId = id + '-error';
    control.setAttribute('aria-describedby', (col.hint ? id + '-hint ' : '') + errorId);
    const label = h('label', {class: 'field__label', for: id}, col.label);
    const error = h('p', {class: 'field__error', id: errorId, 'aria-live': 'polite'});
    const hint = col.hint ? h('p', {class: 'field__hint', id: id + '-hint'}, col.hint) : null;
    const generic = path.replace(/\[\d+]/g, '');
    if (col.kind === 'check') {
        return h('div', {class: 'field dr-check', dataset: {field: path, generic}},
            h('label', {class: 'check dr-check__label', for: id}, control, h('span', null, col.label)), hint, error);
    }
    return h('div', {class: ['field', col.wide && 'dr-wide'], dataset: {field: path, generic}}, label, control, hint, error);
}

/**
 * An editable list of rows (manpower, equipment...). rows: the array in the report body (changed in
 * place); columns: see boundField; newRow(): a fresh row. Adding or removing redraws the list and
 * moves focus sensibly; typing only calls onChange.
 */
export function rowList({name, rows, columns, newRow, onChange, addLabel, disabled = false}) {
    const list = h('div', {class: 'dr-rows', testid: name + '-rows'});
    const add = h('button', {type: 'button', class: 'btn btn--large dr-add', testid: name + '-add', disabled,
        onclick: () => {
            rows.push(newRow());
            draw();
            onChange?.();
            list.lastElementChild?.querySelector('input, select, textarea')?.focus();
        }}, icon('plus'), h('span', null, addLabel || t('dr.addRow')));

    function draw() {
        list.replaceChildren(...rows.map((row, i) => h('fieldset', {class: 'dr-row', testid: name + '-row-' + i, dataset: {field: `${name}[${i}]`}},
            h('legend', {class: 'visually-hidden'}, t('dr.row', {n: i + 1})),
            h('div', {class: 'dr-row__fields'}, columns.map(col => boundField({
                obj: row, col, path: `${name}[${i}].${col.key}`, testid: `${name}-${i}-${col.key}`, onChange, disabled,
            }))),
            disabled ? null : h('button', {type: 'button', class: 'btn btn--icon dr-row__remove', testid: `${name}-${i}-remove`,
                'aria-label': t('dr.removeRow', {n: i + 1}), onclick: () => {
                    rows.splice(i, 1);
                    draw();
                    onChange?.();
                    (list.children[Math.min(i, rows.length - 1)]?.querySelector('input, select') || add).focus();
                }}, icon('close')))));
    }

    draw();
    return h('div', {class: 'dr-rowlist'}, list, add);
}

/** A number field the browser cannot read ("1..2") says so at once instead of sending nothing. */
function badInput(control) {
    const wrapper = control.closest('.field');
    const slot = wrapper?.querySelector('.field__error');
    if (!slot) {
        return;
    }
    if (control.validity?.badInput) {
        wrapper.classList.add('field--invalid');
        control.setAttribute('aria-invalid', 'true');
        slot.textContent = t('dr.badNumber');
        slot.dataset.local = '1';
    } else if (slot.dataset.local) {
        wrapper.classList.remove('field--invalid');
        control.removeAttribute('aria-invalid');
        slot.textContent = '';
        delete slot.dataset.local;
    }
}

/** [[value, label]] of an enum with messages under prefix. */
export function options(prefix, values) {
    return values.map(v => [v, t(prefix + v)]);
}

export function fmtNumber(value, digits = 1) {
    if (value === null || value === undefined || value === '') {
        return '–';
    }
    const n = Number(value);
    if (!Number.isFinite(n)) {
        return String(value);
    }
    return n.toLocaleString(document.documentElement.lang || 'zh-CN', {maximumFractionDigits: digits});
}

/** Today in the company time zone as yyyy-mm-dd. */
export function companyToday() {
    return new Intl.DateTimeFormat('en-CA', {timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit'})
        .format(new Date());
}

/** The status badge of a report (DRAFT, SUBMITTED...), NEW for a day without one. */
export function statusBadge(status, testid = 'report-status') {
    const s = status || 'NEW';
    return h('span', {class: 'badge dr-badge dr-badge--' + s.toLowerCase(), testid, dataset: {status: s}}, t('dr.status.' + s));
}

export function timelinessBadge(timeliness, testid) {
    if (!timeliness) {
        return null;
    }
    return h('span', {class: 'badge dr-badge dr-badge--' + timeliness.toLowerCase().replace(/_/g, '-'), testid, dataset: {timeliness}},
        t('dr.timeliness.' + timeliness));
}
