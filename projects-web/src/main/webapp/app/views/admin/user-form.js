// The create / edit user dialog. Validation is the server's: problem errors[] appear next to
// their fields (username, displayName, password, phone, email, language, branchId, supervisorId, roles).

import {get, patch, post} from '../../api.js';
import {h} from '../../dom.js';
import {LANGUAGES, ROLES, roleName, t} from '../../i18n.js';
import {openDialog} from '../../ui/dialog.js';
import {clearErrors, field, formAlert, showErrors} from '../../ui/form.js';
import {toast} from '../../ui/toast.js';

/** Opens the form; user null creates. onSaved(account) runs after a successful save. */
export async function openUserForm({user = null, onSaved}) {
    let branches;
    let people;
    try {
        [branches, people] = await Promise.all([get('/branches'), get('/users', {size: 500})]);
    } catch (e) {
        toast(e.detail, 'error');
        return;
    }
    const editing = !!user;
    let version = user?.version;

    const input = (name, props = {}) => h('input', {class: 'input', name, testid: 'user-form-' + name, ...props});
    const controls = {
        username: editing ? null : input('username', {autocomplete: 'off', autocapitalize: 'none', spellcheck: 'false'}),
        displayName: input('displayName', {autocomplete: 'off'}),
        password: editing ? null : input('password', {type: 'password', autocomplete: 'new-password'}),
        phone: input('phone', {type: 'tel', inputmode: 'tel', autocomplete: 'off'}),
        email: input('email', {type: 'email', inputmode: 'email', autocomplete: 'off'}),
        language: h('select', {class: 'input', name: 'language', testid: 'user-form-language'},
            LANGUAGES.map(lang => h('option', {value: lang}, t('lang.' + lang)))),
        branchId: h('select', {class: 'input', name: 'branchId', testid: 'user-form-branch'},
            h('option', {value: ''}, t('field.branch.none')),
            branches.filter(b => b.active || b.id === user?.branch?.id)
                .map(b => h('option', {value: String(b.id)}, `${b.name} (${b.code})`))),
        supervisorId: h('select', {class: 'input', name: 'supervisorId', testid: 'user-form-supervisor'},
            h('option', {value: ''}, t('field.supervisor.none')),
            people.items.filter(p => p.id !== user?.id && (p.active || p.id === user?.supervisor?.id))
                .map(p => h('option', {value: String(p.id)}, `${p.displayName} (${p.username})`))),
        roles: h('div', {class: 'checks', role: 'group', testid: 'user-form-roles'},
            ROLES.map(role => h('label', {class: 'check'},
                h('input', {type: 'checkbox', name: 'roles', value: role, testid: 'user-form-role-' + role}),
                h('span', null, roleName(role))))),
    };

    function fill(account) {
        controls.displayName.value = account?.displayName || '';
        controls.phone.value = account?.phone || '';
        controls.email.value = account?.email || '';
        controls.language.value = account?.language || 'zh-CN';
        controls.branchId.value = account?.branch ? String(account.branch.id) : '';
        controls.supervisorId.value = account?.supervisor ? String(account.supervisor.id) : '';
        const roles = new Set(account?.roles || []);
        controls.roles.querySelectorAll('input').forEach(box => { box.checked = roles.has(box.value); });
    }
    fill(user);

    const submit = h('button', {type: 'submit', class: 'btn btn--primary', testid: 'user-form-submit'},
        t(editing ? 'common.save' : 'common.create'));
    const form = h('form', {class: 'form', novalidate: true, testid: 'user-form'},
        formAlert(),
        h('div', {class: 'form-grid'},
            editing
                ? h('div', {class: 'field'}, h('span', {class: 'field__label'}, t('field.username')),
                    h('p', {class: 'field__static mono'}, user.username))
                : field({name: 'username', label: t('field.username'), control: controls.username, hint: t('field.username.hint'), required: true}),
            field({name: 'displayName', label: t('field.displayName'), control: controls.displayName, required: true}),
            editing ? null : field({name: 'password', label: t('field.password'), control: controls.password, hint: t('field.password.hint'), required: true}),
            field({name: 'phone', label: t('field.phone'), control: controls.phone}),
            field({name: 'email', label: t('field.email'), control: controls.email}),
            field({name: 'language', label: t('field.language'), control: controls.language}),
            field({name: 'branchId', label: t('field.branch'), control: controls.branchId}),
            field({name: 'supervisorId', label: t('field.supervisor'), control: controls.supervisorId})),
        field({name: 'roles', label: t('field.roles'), control: controls.roles}),
        h('div', {class: 'form-actions'},
            h('button', {type: 'button', class: 'btn', testid: 'user-form-cancel', onclick: () => dialog.close()}, t('common.cancel')),
            submit));

    function body() {
        const value = name => controls[name].value.trim();
        const id = name => (controls[name].value ? Number(controls[name].value) : null);
        const data = {
            displayName: value('displayName'),
            phone: value('phone') || null,
            email: value('email') || null,
            language: controls.language.value,
            branchId: id('branchId'),
            supervisorId: id('supervisorId'),
            roles: [...controls.roles.querySelectorAll('input:checked')].map(box => box.value),
        };
        if (editing) {
            data.version = version;
        } else {
            data.username = value('username');
            data.password = controls.password.value;
        }
        return data;
    }

    form.addEventListener('submit', async event => {
        event.preventDefault();
        if (submit.disabled) {
            return;
        }
        clearErrors(form);
        submit.disabled = true;
        submit.textContent = t('common.saving');
        try {
            const saved = editing ? await patch('/users/' + user.id, body()) : await post('/users', body());
            dialog.close();
            onSaved?.(saved);
        } catch (e) {
            if (editing && e.status === 409) {
                await reloadAfterConflict(e);
            } else {
                showErrors(form, e);
            }
        } finally {
            submit.disabled = false;
            submit.textContent = t(editing ? 'common.save' : 'common.create');
        }
    });

    /** Someone else saved first: load their version so the admin can redo the change on top of it. */
    async function reloadAfterConflict(error) {
        try {
            const fresh = await get('/users/' + user.id);
            version = fresh.version;
            fill(fresh);
            showErrors(form, {detail: error.detail + ' ' + t('users.stale'), errors: []});
        } catch (e) {
            showErrors(form, e);
        }
    }

    const dialog = openDialog({
        title: editing ? t('users.editTitle', {username: user.username}) : t('users.createTitle'),
        content: form, testid: 'user-dialog', wide: true,
    });
    (controls.username || controls.displayName).focus();
}
