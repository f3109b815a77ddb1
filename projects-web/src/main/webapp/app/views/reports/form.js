// The site lead's daily report (#/reports/form?project=&date=), made for a phone: pick the project
// and the day, fill the sections (collapsible cards), save the draft or submit. Every change is kept
// on the device at once; saving and submitting go through the outbox, so without signal they wait
// on the phone and are sent when the network returns. A returned report shows the PM's comment.

import {del, get, post} from '../../api.js';
import {h, icon, replace} from '../../dom.js';
import {formatDateTime, getLang, t} from '../../i18n.js';
import {navigate} from '../../router.js';
import {currentUser} from '../../session.js';
import {clearErrors, formAlert} from '../../ui/form.js';
import {emptyState} from '../../ui/states.js';
import {toast} from '../../ui/toast.js';
import {draftKey, dropDraft, flush, loadDraft, onSent, reportPath, storeDraft} from './outbox.js';
import {reportView, reviewNote} from './readonly.js';
import {boundField, companyToday, fmtNumber, options, rowList, section, statusBadge} from './widgets.js';

const WEATHER = ['SUNNY', 'CLOUDY', 'OVERCAST', 'LIGHT_RAIN', 'HEAVY_RAIN', 'SNOW', 'FOG', 'SANDSTORM'];
const TRADES = ['INSTALLER', 'ELECTRICIAN', 'CIVIL', 'PILING', 'LABOURER', 'SUPERVISOR', 'OTHER'];
const EQUIPMENT = ['PILE_DRIVER', 'EXCAVATOR', 'CRANE', 'FORKLIFT', 'TRUCK', 'GENERATOR', 'OTHER'];
const SEVERITIES = ['MINOR', 'MODERATE', 'SERIOUS', 'FATAL'];
const CAUSES = ['WEATHER', 'MATERIAL_SHORTAGE', 'DESIGN_CHANGE', 'GRID_COMPANY', 'PERMIT', 'OTHER'];
const LAST_PROJECT = 'solarpm.daily.lastProject';

export async function render(container, {query = {}, signal}) {
    const user = currentUser();
    const today = companyToday();
    const projects = await cached('solarpm.daily.projects.' + user.id,
        () => get('/projects', {stage: 'CONSTRUCTION', size: 100}, {signal}).then(page => page.items.map(p => ({id: p.id, code: p.code, name: p.name}))));
    if (!projects.length) {
        container.replaceChildren(emptyState({iconName: 'reports', title: t('dr.noProjects'), text: t('dr.noProjectsText'), testid: 'report-no-projects'}));
        return undefined;
    }
    const known = id => projects.some(p => String(p.id) === String(id));
    const remembered = readLocal(LAST_PROJECT);
    const projectId = String(known(query.project) ? query.project : known(remembered) ? remembered : projects[0].id);
    const future = /^\d{4}-\d{2}-\d{2}$/.test(query.date || '') && query.date > today;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(query.date || '') && !future ? query.date : today;
    writeLocal(LAST_PROJECT, projectId);

    const projectSelect = h('select', {class: 'input input--large', id: 'dr-project', testid: 'report-project'},
        projects.map(p => h('option', {value: String(p.id)}, p.code + ' · ' + p.name)));
    projectSelect.value = projectId;
    const dateInput = h('input', {type: 'date', class: 'input input--large', id: 'dr-date', testid: 'report-date', value: date, max: today, required: true});
    const go = () => {
        if (dateInput.value && dateInput.value > today) {
            dateInput.value = today;
            toast(t('dr.futureDate'), 'error');
        }
        navigate('/reports/form', {project: projectSelect.value, date: dateInput.value || today}, {replace: true});
    };
    projectSelect.addEventListener('change', go);
    dateInput.addEventListener('change', go);

    const offlineNote = h('p', {class: 'alert alert--info dr-offline', role: 'status', testid: 'report-offline', hidden: navigator.onLine},
        t('dr.offline'));
    const onLine = () => { offlineNote.hidden = navigator.onLine; };
    window.addEventListener('online', onLine);
    window.addEventListener('offline', onLine);
    const body = h('div', {class: 'dr-body', testid: 'report-body', dataset: {project: projectId, date}});
    replace(container,
        h('div', {class: 'dr-pick'},
            h('div', {class: 'field'}, h('label', {class: 'field__label', for: 'dr-project'}, t('dr.project')), projectSelect),
            h('div', {class: 'field'}, h('label', {class: 'field__label', for: 'dr-date'}, t('dr.date')), dateInput)),
        future ? h('p', {class: 'alert alert--error', role: 'alert', testid: 'report-future'}, t('dr.futureDate')) : null,
        offlineNote, body);

    const stops = [() => window.removeEventListener('online', onLine), () => window.removeEventListener('offline', onLine)];
    stops.push(await openReport(body, {user, projectId, date, signal}));
    return () => stops.forEach(fn => fn?.());
}

/** Loads one project's report of one day and shows the form or the read-only report. */
async function openReport(container, {user, projectId, date, signal}) {
    const key = draftKey(user.id, projectId, date);
    const path = reportPath(projectId, date);
    const OFFLINE = {};
    if (loadDraft(key)?.pending && navigator.onLine) {
        await flush(user.id);  // send what waits first, so the form opens on the server's answer
    }
    const [server, workItems, materials] = await Promise.all([
        get(path, undefined, {signal}).catch(e => {
            if (e.status === 404) {
                return null;
            }
            if (e.status === 0) {
                return OFFLINE;
            }
            throw e;
        }),
        cached('solarpm.daily.wi.' + projectId, () => get(`/projects/${projectId}/work-items`, undefined, {signal}).then(d => d.items || d))
            .catch(() => []),
        cached('solarpm.daily.mat.' + projectId, () => get(`/projects/${projectId}/materials`, undefined, {signal}).then(d => d.items || d))
            .catch(() => []),
    ]);
    const report = server === OFFLINE ? null : server;
    const local = loadDraft(key);
    const unsent = !!local && (local.dirty || !!local.pending);
    const state = {
        report,
        status: report?.status || local?.status || null,
        version: unsent ? local.version : (report?.version ?? local?.version ?? null),
        body: unsent ? local.body : report ? fromReport(report) : local?.body || emptyBody(),
        editing: false,
    };
    if (report && local && !unsent && local.version !== report.version) {
        dropDraft(key);  // an old copy: the server's is newer
    }
    // GET /projects/{id}/materials: {items: [{planLineId, materialCode, name, planned: {value, unit}, ...}]}
    const materialLines = materials.map(m => [m.planLineId ?? m.id ?? m.materialPlanLineId,
        [m.materialCode || m.code, m.name, (m.unit || m.planned?.unit) ? '(' + (m.unit || m.planned.unit) + ')' : ''].filter(Boolean).join(' ')]);
    const materialName = id => materialLines.find(([v]) => String(v) === String(id))?.[1] || '#' + id;

    let userAction = false;
    let form = null;
    let sync = null;

    function draw() {
        const readOnly = !unsentNow() && (state.status === 'SUBMITTED' || (state.status === 'APPROVED' && !state.editing));
        if (readOnly && state.report) {
            replace(container,
                state.status === 'SUBMITTED' ? h('p', {class: 'alert alert--info', testid: 'report-readonly'}, t('dr.readOnlySubmitted')) : null,
                state.status === 'APPROVED' ? h('div', {class: 'toolbar'}, h('button', {type: 'button', class: 'btn btn--large', testid: 'report-edit',
                    onclick: () => { state.editing = true; draw(); }}, icon('edit'), h('span', null, t('dr.editRevision')))) : null,
                reportView(state.report, {materialName}));
            form = null;
            return;
        }
        form = buildForm();
        container.replaceChildren(form);
        const pending = loadDraft(key);
        if (pending?.pending) {
            setSync('queued');
        } else if (pending?.error) {
            showErrors(pending.error);
        } else if (pending?.dirty) {
            setSync('local');
        } else if (state.report) {
            setSync('server');
        }
    }

    function unsentNow() {
        const r = loadDraft(key);
        return !!r && (r.dirty || !!r.pending);
    }

    function buildForm() {
        const b = state.body;
        const changed = () => {
            b.quantities = quantityEntries.filter(q => q.quantity !== null || q.note);
            const ok = storeDraft(key, {...(loadDraft(key) || {}), projectId, date, body: b, version: state.version, status: state.status, dirty: true, error: null});
            setSync(loadDraft(key)?.pending ? 'queued' : ok ? 'local' : 'error');
            summaries();
        };
        const quantityEntries = workItems.map(w => {
            const existing = b.quantities.find(q => String(q.workItemId) === String(w.id));
            return existing || {workItemId: w.id, quantity: null, note: null};
        });
        const weatherCols = [
            {key: 'condition', label: t('dr.weather.condition'), kind: 'select', options: options('dr.weather.', WEATHER), wide: true},
            {key: 'minTempC', label: t('dr.weather.minTempC'), kind: 'decimal', min: -60, max: 60},
            {key: 'maxTempC', label: t('dr.weather.maxTempC'), kind: 'decimal', min: -60, max: 60},
            {key: 'windLevel', label: t('dr.weather.windLevel'), kind: 'int', min: 0, max: 17},
            {key: 'workableHours', label: t('dr.weather.workableHours'), kind: 'decimal', min: 0, max: 24},
            {key: 'weatherDelay', label: t('dr.weather.weatherDelay'), kind: 'check', wide: true},
        ];
        const field = (obj, col, prefix) => boundField({obj, col, path: prefix + col.key, testid: prefix.replace(/\.$/, '-') + col.key, onChange: changed});
        const sections = {
            weather: section({id: 'weather', title: t('dr.section.weather'), open: true, children:
                h('div', {class: 'dr-grid'}, weatherCols.map(col => field(b.weather, col, 'weather.')))}),
            manpower: section({id: 'manpower', title: t('dr.section.manpower'), open: true, children: rowList({name: 'manpower', rows: b.manpower, onChange: changed,
                newRow: () => ({trade: null, company: null, headcount: null, hours: null}), columns: [
                    {key: 'trade', label: t('dr.manpower.trade'), kind: 'select', options: options('dr.trade.', TRADES)},
                    {key: 'company', label: t('dr.manpower.company'), kind: 'text'},
                    {key: 'headcount', label: t('dr.manpower.headcount'), kind: 'int', min: 0},
                    {key: 'hours', label: t('dr.manpower.hours'), kind: 'decimal', min: 0}]})}),
            equipment: section({id: 'equipment', title: t('dr.section.equipment'), children: rowList({name: 'equipment', rows: b.equipment, onChange: changed,
                newRow: () => ({type: null, count: null, operatingHours: null, idleHours: null}), columns: [
                    {key: 'type', label: t('dr.equipment.type'), kind: 'select', options: options('dr.equip.', EQUIPMENT)},
                    {key: 'count', label: t('dr.equipment.count'), kind: 'int', min: 0},
                    {key: 'operatingHours', label: t('dr.equipment.operatingHours'), kind: 'decimal', min: 0},
                    {key: 'idleHours', label: t('dr.equipment.idleHours'), kind: 'decimal', min: 0}]})}),
            quantities: section({id: 'quantities', title: t('dr.section.quantities'), open: true,
                children: quantityList(workItems, quantityEntries, state.report, changed)}),
            materials: section({id: 'materials', title: t('dr.section.materials'), children: materialLines.length ? [
                h('h3', {class: 'dr-sub'}, t('dr.materials.received')),
                rowList({name: 'materialsReceived', rows: b.materialsReceived, onChange: changed,
                    newRow: () => ({materialPlanLineId: null, poLineId: null, quantity: null, note: null}), columns: [
                        {key: 'materialPlanLineId', label: t('dr.materials.line'), kind: 'select', options: materialLines, numeric: true},
                        {key: 'quantity', label: t('dr.materials.quantity'), kind: 'decimal', min: 0},
                        {key: 'note', label: t('dr.materials.note'), kind: 'text'}]}),
                h('h3', {class: 'dr-sub'}, t('dr.materials.consumed')),
                rowList({name: 'materialsConsumed', rows: b.materialsConsumed, onChange: changed,
                    newRow: () => ({materialPlanLineId: null, quantity: null}), columns: [
                        {key: 'materialPlanLineId', label: t('dr.materials.line'), kind: 'select', options: materialLines, numeric: true},
                        {key: 'quantity', label: t('dr.materials.quantity'), kind: 'decimal', min: 0}]})]
                : h('p', {class: 'muted'}, t('dr.materials.none'))}),
            safety: section({id: 'safety', title: t('dr.section.safety'), children: [
                h('div', {class: 'dr-grid'},
                    field(b.safety, {key: 'toolboxTalk', label: t('dr.safety.toolboxTalk'), kind: 'check', wide: true}, 'safety.'),
                    field(b.safety, {key: 'nearMisses', label: t('dr.safety.nearMisses'), kind: 'int', min: 0}, 'safety.')),
                h('h3', {class: 'dr-sub'}, t('dr.safety.incidents')),
                rowList({name: 'safety.incidents', rows: b.safety.incidents, onChange: changed,
                    newRow: () => ({severity: null, description: null}), columns: [
                        {key: 'severity', label: t('dr.safety.severity'), kind: 'select', options: options('dr.severity.', SEVERITIES)},
                        {key: 'description', label: t('dr.safety.description'), kind: 'textarea', rows: 2, wide: true}]})]}),
            quality: section({id: 'quality', title: t('dr.section.quality'), children: rowList({name: 'qualityIssues', rows: b.qualityIssues, onChange: changed,
                newRow: () => ({description: null, resolved: false}), columns: [
                    {key: 'description', label: t('dr.quality.description'), kind: 'textarea', rows: 2, wide: true},
                    {key: 'resolved', label: t('dr.quality.resolved'), kind: 'check'}]})}),
            delays: section({id: 'delays', title: t('dr.section.delays'), children: rowList({name: 'delays', rows: b.delays, onChange: changed,
                newRow: () => ({cause: null, hoursLost: null, description: null}), columns: [
                    {key: 'cause', label: t('dr.delay.cause'), kind: 'select', options: options('dr.cause.', CAUSES)},
                    {key: 'hoursLost', label: t('dr.delay.hoursLost'), kind: 'decimal', min: 0},
                    {key: 'description', label: t('dr.delay.description'), kind: 'textarea', rows: 2, wide: true}]})}),
            pm: section({id: 'pm', title: t('dr.section.pm'), children:
                field(b, {key: 'issuesForPm', label: t('dr.issuesForPm'), kind: 'textarea'}, '')}),
            tomorrow: section({id: 'tomorrow', title: t('dr.section.tomorrow'), children:
                field(b, {key: 'tomorrowPlan', label: t('dr.tomorrowPlan'), kind: 'textarea'}, '')}),
            photos: section({id: 'photos', title: t('dr.section.photos'), children: photoPanel()}),
            notes: section({id: 'notes', title: t('dr.section.notes'), children: field(b, {key: 'notes', label: t('dr.notes'), kind: 'textarea'}, '')}),
        };

        function summaries() {
            const w = b.weather;
            sections.weather.setSummary([w.condition ? t('dr.weather.' + w.condition) : '',
                w.minTempC !== null || w.maxTempC !== null ? fmtNumber(w.minTempC) + '~' + fmtNumber(w.maxTempC) + '°C' : ''].filter(Boolean).join(' '));
            const heads = b.manpower.reduce((s, r) => s + (Number(r.headcount) || 0), 0);
            const hours = b.manpower.reduce((s, r) => s + (Number(r.hours) || 0), 0);
            sections.manpower.setSummary(b.manpower.length ? t('dr.manpower.total', {headcount: heads, hours: fmtNumber(hours)}) : '');
            const count = (id, n) => sections[id].setSummary(n ? t('dr.count', {count: n}) : '');
            count('equipment', b.equipment.length);
            count('quantities', quantityEntries.filter(q => q.quantity).length);
            count('materials', b.materialsReceived.length + b.materialsConsumed.length);
            count('safety', b.safety.incidents.length);
            count('quality', b.qualityIssues.length);
            count('delays', b.delays.length);
            count('photos', state.report?.photos?.length || 0);
        }

        sync = h('p', {class: 'dr-sync', role: 'status', 'aria-live': 'polite', testid: 'report-sync'});
        const save = h('button', {type: 'button', class: 'btn btn--large', testid: 'report-save', onclick: () => sendNow('save')},
            t('dr.save'));
        const submit = h('button', {type: 'submit', class: 'btn btn--primary btn--large', testid: 'report-submit'}, t('dr.submit'));
        const empty = !state.report && !state.version && !unsentNow();
        const node = h('form', {class: 'dr-form', novalidate: true, testid: 'report-form', 'aria-label': t('dr.title'),
            onsubmit: event => { event.preventDefault(); sendNow('submit'); }},
        h('div', {class: 'dr-state'}, statusBadge(state.status), sync),
        state.status === 'RETURNED' && state.report?.review?.comment ? reviewNote(state.report.review, 'RETURNED') : null,
        empty ? h('div', {class: 'alert alert--info dr-empty', testid: 'report-empty'},
            h('span', null, t('dr.empty')),
            h('button', {type: 'button', class: 'btn', testid: 'report-copy', onclick: copyPrevious}, t('dr.copyYesterday'))) : null,
        formAlert(),
        Object.values(sections),
        h('div', {class: 'dr-actions'}, save, submit));
        // Enter on a phone keyboard ("Go") moves to the next field instead of submitting the report.
        node.addEventListener('keydown', event => {
            const target = event.target;
            if (event.key !== 'Enter' || target.tagName !== 'INPUT' || target.type === 'checkbox' || target.type === 'file') {
                return;
            }
            event.preventDefault();
            const controls = [...node.querySelectorAll('input:not([type=file]), select, textarea')].filter(c => c.offsetParent !== null && !c.disabled);
            controls[controls.indexOf(target) + 1]?.focus();
        });
        node.saveButton = save;
        node.submitButton = submit;
        summaries();
        return node;
    }

    function quantityList(items, entries, current, changed) {
        if (!items.length) {
            return h('p', {class: 'muted'}, t('dr.qty.noItems'));
        }
        return h('ul', {class: 'dr-qty'}, items.map((w, i) => {
            const entry = entries[i];
            const fromReport = current?.quantities?.find(q => String(q.workItemId) === String(w.id));
            const before = Number(fromReport?.cumulativeBefore ?? w.cumulativeQuantity ?? 0);
            const design = Number(w.designQuantity) || 0;
            const meter = h('progress', {class: 'dr-qty__meter', max: '100', value: String(Math.min(100, design ? before / design * 100 : 0)),
                'aria-hidden': 'true'});
            const warn = h('p', {class: 'field__hint dr-qty__warn', hidden: true}, t('dr.qty.overDesign'));
            const check = () => {
                const total = before + (Number(entry.quantity) || 0);
                warn.hidden = !(design && total > design);
                meter.value = Math.min(100, design ? total / design * 100 : 0);
            };
            const onChange = () => { check(); changed(); };
            check();
            const code = w.code || String(w.id);
            return h('li', {class: 'dr-qty__item', testid: 'quantity-item-' + code},
                h('div', {class: 'dr-qty__head'},
                    h('span', {class: 'dr-qty__name'}, w.name || code),
                    h('span', {class: 'dr-qty__figures muted'},
                        t('dr.qty.design', {design: fmtNumber(design, 3) + ' ' + (w.unit || '')}) + ' · '
                        + t('dr.qty.cumulative', {cumulative: fmtNumber(before, 3)}) + ' · '
                        + t('dr.qty.percent', {percent: fmtNumber(design ? before / design * 100 : 0)}))),
                meter,
                h('div', {class: 'dr-grid'},
                    boundField({obj: entry, col: {key: 'quantity', label: t('dr.qty.today', {unit: w.unit || ''}), kind: 'decimal', min: 0},
                        path: `quantity-${w.id}`, testid: 'quantity-' + code, onChange}),
                    boundField({obj: entry, col: {key: 'note', label: t('dr.qty.note'), kind: 'text'},
                        path: `quantity-${w.id}-note`, testid: 'quantity-' + code + '-note', onChange})),
                warn);
        }));
    }

    function photoPanel() {
        const list = h('ul', {class: 'dr-photos', testid: 'report-photos'});
        const drawList = () => {
            const photos = state.report?.photos || [];
            list.replaceChildren(...(photos.length ? photos.map(p => h('li', {class: 'dr-photo'},
                h('a', {href: p.url, target: '_blank', rel: 'noopener'}, h('img', {src: p.url, alt: p.fileName, loading: 'lazy'})),
                h('button', {type: 'button', class: 'btn btn--icon dr-photo__remove', 'aria-label': t('dr.photos.remove', {name: p.fileName}),
                    onclick: () => removePhoto(p, drawList)}, icon('close'))))
                : [h('li', {class: 'muted'}, t('dr.photos.none'))]));
        };
        drawList();
        const input = h('input', {type: 'file', class: 'visually-hidden', accept: 'image/jpeg,image/png,image/webp,image/*',
            capture: 'environment', testid: 'report-photo-input'});
        const status = h('p', {class: 'field__hint', 'aria-live': 'polite'});
        input.addEventListener('change', async () => {
            const file = input.files?.[0];
            input.value = '';
            if (!file) {
                return;
            }
            if (!navigator.onLine) {
                toast(t('dr.photos.offline'), 'error');
                return;
            }
            status.textContent = t('dr.photos.uploading', {name: file.name});
            try {
                if (!state.report) {
                    await sendNow('save');
                    if (!state.report) {
                        status.textContent = '';
                        return;
                    }
                }
                const photo = await upload(reportPath(projectId, date) + '/photos', file);
                state.report.photos = [...(state.report.photos || []), photo];
                drawList();
                status.textContent = t('dr.photos.uploaded', {name: file.name});
            } catch (e) {
                status.textContent = '';
                toast(e.detail || e.message, 'error');
            }
        });
        return [list,
            h('label', {class: 'btn btn--large dr-photo-take'}, input, icon('plus'), h('span', null, t('dr.photos.take'))),
            status, h('p', {class: 'field__hint'}, t('dr.photos.offline'))];
    }

    async function removePhoto(photo, redraw) {
        try {
            await del('/daily-report-photos/' + encodeURIComponent(photo.id));
            state.report.photos = state.report.photos.filter(p => p.id !== photo.id);
            redraw();
        } catch (e) {
            toast(e.detail, 'error');
        }
    }

    async function copyPrevious() {
        try {
            const copy = await post(reportPath(projectId, date) + '/copy-previous');
            state.report = copy;
            state.status = copy.status;
            state.version = copy.version;
            state.body = fromReport(copy);
            storeDraft(key, {projectId, date, body: state.body, version: state.version, status: state.status, dirty: false});
            draw();
            toast(t('dr.copied'));
        } catch (e) {
            toast(e.detail, 'error');
        }
    }

    async function sendNow(op) {
        if (!form) {
            return;
        }
        clearErrors(form);
        const record = {...(loadDraft(key) || {}), projectId, date, body: state.body, version: state.version, status: state.status,
            dirty: true, pending: op, error: null};
        storeDraft(key, record);
        setSync('sending');
        const buttons = [form.saveButton, form.submitButton];
        buttons.forEach(b => b.setAttribute('aria-busy', 'true'));
        userAction = true;
        try {
            await flush(user.id);
        } finally {
            userAction = false;
            buttons.forEach(b => b.removeAttribute('aria-busy'));
        }
        if (loadDraft(key)?.pending) {
            setSync('queued');
        }
    }

    function setSync(kind, report) {
        if (!sync) {
            return;
        }
        sync.dataset.state = kind;
        const time = report?.submittedAt && kind === 'submitted' ? formatDateTime(report.submittedAt) : formatDateTime(new Date().toISOString());
        sync.replaceChildren(icon(kind === 'queued' || kind === 'local' ? 'clock' : kind === 'error' ? 'close' : 'sun'),
            h('span', null, t('dr.sync.' + kind, {time})));
    }

    function showErrors(error) {
        setSync('error');
        const alert = form?.querySelector('.form-alert');
        if (!form || !alert) {
            toast(error.detail, 'error');
            return;
        }
        const unmatched = [];
        for (const {field, message} of error.errors || []) {
            const wrapper = wrapperFor(form, field, state.body);
            if (!wrapper) {
                unmatched.push(message);
                continue;
            }
            wrapper.classList.add('field--invalid');
            const slot = wrapper.querySelector('.field__error');
            slot.textContent = slot.textContent ? slot.textContent + '\n' + message : message;
            wrapper.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
            const details = wrapper.closest('details');
            if (details) {
                details.open = true;
            }
        }
        const text = unmatched.length ? unmatched.join('; ') : error.errors?.length ? t('error.form') : error.detail;
        alert.replaceChildren(h('span', null, text));
        if (error.status === 409) {
            alert.append(h('button', {type: 'button', class: 'btn btn--small', testid: 'report-reload', onclick: () => {
                dropDraft(key);
                navigate('/reports/form', {project: projectId, date}, {replace: true});
            }}, t('dr.reloadServer')));
        }
        alert.hidden = !text;
        (form.querySelector('[aria-invalid="true"]') || alert).focus?.();
    }

    const stop = onSent(({key: sentKey, record, report, error}) => {
        if (sentKey !== key) {
            if (report) {
                toast(t('dr.sentLater', {date: record.date}));
            }
            return;
        }
        if (error) {
            showErrors(error);
            return;
        }
        const background = !userAction;
        state.report = report;
        state.version = report.version;
        state.status = report.status;
        if (report.status === 'SUBMITTED' || report.status === 'APPROVED') {
            state.editing = false;
            draw();
            container.scrollIntoView({block: 'start'});
            toast(background ? t('dr.sentLater', {date}) : t('dr.submitted'));
            return;
        }
        if (record.dirty) {
            setSync('local');
        } else {
            setSync('saved', report);
            toast(background ? t('dr.sentLater', {date}) : t('dr.saved'));
        }
        form?.querySelector('[data-testid="report-status"]')?.replaceWith(statusBadge(report.status));
    });

    draw();
    return stop;
}

/** Where a server error about field goes: its exact wrapper, a quantity by work item, or the first of its kind. */
function wrapperFor(form, field, body) {
    const exact = form.querySelector(`[data-field="${CSS.escape(field)}"]`);
    if (exact?.classList.contains('field')) {
        return exact;
    }
    const quantity = /^quantities\[(\d+)](?:\.(\w+))?/.exec(field);
    if (quantity) {
        const entry = body.quantities[Number(quantity[1])];
        if (entry) {
            return form.querySelector(`[data-field="quantity-${CSS.escape(String(entry.workItemId))}${quantity[2] === 'note' ? '-note' : ''}"]`);
        }
    }
    const generic = field.replace(/\[\d+]/g, '');
    return form.querySelector(`.field[data-generic="${CSS.escape(generic)}"]`)
        || (exact ? exact.querySelector('.field') : null);
}

function emptyBody() {
    return {
        weather: {condition: null, minTempC: null, maxTempC: null, windLevel: null, workableHours: null, weatherDelay: false},
        manpower: [], equipment: [], quantities: [], materialsReceived: [], materialsConsumed: [],
        safety: {toolboxTalk: false, nearMisses: 0, incidents: []},
        qualityIssues: [], delays: [], issuesForPm: null, tomorrowPlan: null, notes: null,
    };
}

/** The editable content of a report from the server (what a PUT sends). */
export function fromReport(report) {
    const empty = emptyBody();
    const list = (rows, keys) => (rows || []).map(r => Object.fromEntries(keys.map(k => [k, r[k] ?? null])));
    return {
        weather: {...empty.weather, ...(report.weather || {})},
        manpower: list(report.manpower, ['trade', 'company', 'headcount', 'hours']),
        equipment: list(report.equipment, ['type', 'count', 'operatingHours', 'idleHours']),
        quantities: list(report.quantities, ['workItemId', 'quantity', 'note']).filter(q => q.quantity !== null || q.note),
        materialsReceived: list(report.materialsReceived, ['materialPlanLineId', 'poLineId', 'quantity', 'note']),
        materialsConsumed: list(report.materialsConsumed, ['materialPlanLineId', 'quantity']),
        safety: {toolboxTalk: !!report.safety?.toolboxTalk, nearMisses: report.safety?.nearMisses ?? 0,
            incidents: list(report.safety?.incidents, ['severity', 'description'])},
        qualityIssues: list(report.qualityIssues, ['description', 'resolved']),
        delays: list(report.delays, ['cause', 'hoursLost', 'description']),
        issuesForPm: report.issuesForPm ?? null, tomorrowPlan: report.tomorrowPlan ?? null, notes: report.notes ?? null,
    };
}

/** Loads through the network and keeps a copy on the device, so the form opens without signal. */
async function cached(key, load) {
    try {
        const value = await load();
        writeLocal(key, JSON.stringify(value));
        return value;
    } catch (e) {
        const kept = e.status === 0 ? readLocal(key) : null;
        if (kept) {
            return JSON.parse(kept);
        }
        throw e;
    }
}

function readLocal(key) {
    try {
        return localStorage.getItem(key);
    } catch {
        return null;
    }
}

function writeLocal(key, value) {
    try {
        localStorage.setItem(key, value);
    } catch {
        // full or disabled: the network copy is enough
    }
}

/** POSTs one file as multipart field "file"; resolves to the JSON answer, rejects like api(). */
async function upload(path, file) {
    const data = new FormData();
    data.append('file', file, file.name);
    let response;
    try {
        response = await fetch('/api/v1' + path, {method: 'POST', body: data, credentials: 'same-origin',
            headers: {'Accept': 'application/json, application/problem+json', 'Accept-Language': getLang()}});
    } catch {
        throw Object.assign(new Error(t('error.network')), {status: 0, detail: t('error.network')});
    }
    const json = await response.json().catch(() => null);
    if (!response.ok) {
        throw Object.assign(new Error(json?.detail || String(response.status)), {status: response.status, detail: json?.detail || json?.title
            || t('error.unexpected', {status: response.status}), errors: json?.errors || []});
    }
    return json;
}
