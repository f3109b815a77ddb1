// Branches (#/admin/branches): the list and creating a branch.

import {get, post} from '../../api.js';
import {h, icon} from '../../dom.js';
import {t} from '../../i18n.js';
import {openDialog} from '../../ui/dialog.js';
import {clearErrors, field, formAlert, showErrors} from '../../ui/form.js';
import {emptyState, errorState, loading} from '../../ui/states.js';
import {toast} from '../../ui/toast.js';

export function render(container, {signal}) {
    const results = h('div', {class: 'results'}, loading());
    container.replaceChildren(
        h('div', {class: 'toolbar toolbar--end'},
            h('button', {type: 'button', class: 'btn btn--primary', testid: 'branch-new', onclick: openCreate},
                icon('plus'), h('span', null, t('branches.new')))),
        results);

    async function load() {
        try {
            const branches = await get('/branches', undefined, {signal});
            results.replaceChildren(draw(branches));
        } catch (e) {
            if (e.name !== 'AbortError') {
                results.replaceChildren(errorState(e, load));
            }
        }
    }

    function draw(branches) {
        if (branches.length === 0) {
            return emptyState({iconName: 'admin', title: t('branches.empty'), testid: 'branches-empty'});
        }
        const cell = (column, ...content) => h('td', {dataset: {label: t('branches.col.' + column)}}, content);
        return h('div', {class: 'table-wrap'},
            h('table', {class: 'table table--stack', testid: 'branches-table'},
                h('thead', null, h('tr', null, ['code', 'nameZh', 'nameEn', 'status'].map(c => h('th', {scope: 'col'}, t('branches.col.' + c))))),
                h('tbody', null, branches.map(b => h('tr', {testid: 'branch-row-' + b.code, class: b.active ? null : 'is-inactive'},
                    cell('code', h('span', {class: 'mono'}, b.code)),
                    cell('nameZh', h('span', {lang: 'zh-CN'}, b.nameZh)),
                    cell('nameEn', h('span', {lang: 'en'}, b.nameEn)),
                    cell('status', h('span', {class: ['status', b.active ? 'status--ok' : 'status--off']},
                        t(b.active ? 'branches.status.active' : 'branches.status.inactive'))))))));
    }

    function openCreate() {
        const code = h('input', {class: 'input mono', testid: 'branch-form-code', autocomplete: 'off', autocapitalize: 'characters',
            spellcheck: 'false', maxlength: '32'});
        code.addEventListener('input', () => {
            const at = code.selectionStart;
            code.value = code.value.toUpperCase();
            code.setSelectionRange(at, at);
        });
        const nameZh = h('input', {class: 'input', testid: 'branch-form-nameZh', autocomplete: 'off', lang: 'zh-CN', maxlength: '100'});
        const nameEn = h('input', {class: 'input', testid: 'branch-form-nameEn', autocomplete: 'off', lang: 'en', maxlength: '100'});
        const submit = h('button', {type: 'submit', class: 'btn btn--primary', testid: 'branch-form-submit'}, t('common.create'));
        const form = h('form', {class: 'form', novalidate: true, testid: 'branch-form'},
            formAlert(),
            field({name: 'code', label: t('field.code'), control: code, hint: t('field.code.hint'), required: true}),
            field({name: 'nameZh', label: t('field.nameZh'), control: nameZh, required: true}),
            field({name: 'nameEn', label: t('field.nameEn'), control: nameEn, required: true}),
            h('div', {class: 'form-actions'},
                h('button', {type: 'button', class: 'btn', onclick: () => dialog.close()}, t('common.cancel')),
                submit));
        form.addEventListener('submit', async event => {
            event.preventDefault();
            if (submit.disabled) {
                return;
            }
            clearErrors(form);
            submit.disabled = true;
            try {
                const created = await post('/branches', {code: code.value.trim(), nameZh: nameZh.value.trim(), nameEn: nameEn.value.trim()});
                dialog.close();
                toast(t('branches.created', {code: created.code}));
                load();
            } catch (e) {
                showErrors(form, e);
            } finally {
                submit.disabled = false;
            }
        });
        const dialog = openDialog({title: t('branches.createTitle'), content: form, testid: 'branch-dialog'});
        code.focus();
    }

    load();
}
