// Purchase orders (#/purchase-orders/:tab?project=ID): a project's orders with the PO editor (live price
// check per line: verdict badge and explanation), submit / order / receive; the approval inbox; the
// material plan vs ordered, received and consumed; the budget per cost category. Text nodes only.
import {get, post, put} from '../api.js';
import {addMessages, getLang, t} from '../i18n.js';
import {h, replace} from '../dom.js';
import {currentUser} from '../session.js';
import {messages} from '../i18n/purchase-orders.js';

addMessages('zh-CN', messages['zh-CN']);
addMessages('en', messages.en);

const TABS = ['orders', 'inbox', 'materials', 'budget'];
const CATEGORIES = ['MODULES', 'INVERTERS', 'RACKING', 'CABLE', 'CIVIL', 'LABOUR', 'OTHER'];

const money = (m) => (m ? Number(m.amount).toLocaleString(getLang(), {minimumFractionDigits: 2, maximumFractionDigits: 2}) + ' ' + m.currency : '–');
const qty = (q) => (q ? Number(q.value).toLocaleString(getLang()) + ' ' + q.unit : '–');

function problemText(error) {
    const fields = (error.errors || []).map((e) => (e.field ? e.field + ': ' : '') + e.message);
    return fields.length ? fields.join('; ') : (error.detail || error.message);
}

function errorBox(error) {
    return h('p', {class: 'alert alert--error', role: 'alert', testid: 'po-error'}, problemText(error));
}

function verdictBadge(verdict, testid) {
    return h('span', {class: 'badge verdict verdict-' + verdict.toLowerCase(), testid, dataset: {verdict}}, t('po.verdict.' + verdict));
}

export async function render(container, params = {}) {
    const tab = TABS.includes(params.tab) ? params.tab : 'orders';
    const query = params.query || {};
    let projects;
    try {
        projects = (await get('/projects', {size: 200})).items || [];
    } catch (error) {
        replace(container, errorBox(error));
        return;
    }
    const projectId = query.project && projects.some((p) => String(p.id) === String(query.project))
        ? String(query.project) : (projects[0] ? String(projects[0].id) : '');
    const select = h('select', {id: 'po-project', testid: 'po-project', onchange: () => go(tab, select.value)},
        projects.map((p) => h('option', {value: String(p.id), selected: String(p.id) === projectId}, p.code + ' · ' + p.name)));
    const body = h('div', {class: 'po-body', testid: 'po-body'});
    replace(container, h('section', {class: 'purchase-orders'},
        h('h1', {}, t('po.title')),
        h('div', {class: 'toolbar'}, h('label', {for: 'po-project'}, t('po.project')), select),
        h('nav', {class: 'tabs', role: 'tablist'}, TABS.map((name) => h('a', {
            href: '#/purchase-orders/' + name + (projectId ? '?project=' + projectId : ''), role: 'tab', testid: 'po-tab-' + name,
            'aria-selected': name === tab ? 'true' : 'false', class: name === tab ? 'tab is-active' : 'tab'}, t('po.tab.' + name)))),
        body));
    if (tab === 'inbox') {
        return renderInbox(body);
    }
    if (!projectId) {
        replace(body, h('p', {class: 'muted'}, t('po.noProjects')));
        return;
    }
    const views = {orders: renderOrders, materials: renderMaterials, budget: renderBudget};
    return views[tab](body, projectId);
}

function go(tab, projectId) {
    location.hash = '#/purchase-orders/' + tab + '?project=' + encodeURIComponent(projectId);
}

// ---- orders of a project ----

async function renderOrders(body, projectId) {
    const list = h('div', {testid: 'po-list'});
    const editorBox = h('div');
    const newButton = h('button', {class: 'btn btn--primary', type: 'button', testid: 'po-new',
        onclick: () => openEditor(editorBox, projectId, () => { replace(editorBox); load(); })}, t('po.new'));
    replace(body, h('div', {class: 'toolbar'}, newButton), editorBox, list);
    async function load() {
        try {
            const page = await get('/projects/' + projectId + '/purchase-orders', {size: 100});
            replace(list, page.items.length ? ordersTable(page.items, load) : h('p', {class: 'muted'}, t('po.empty')));
        } catch (error) {
            replace(list, errorBox(error));
        }
    }
    await load();
}

function ordersTable(orders, reload) {
    return h('div', {class: 'table-wrap'}, h('table', {class: 'table'},
        h('thead', {}, h('tr', {}, ['id', 'title', 'status', 'total', 'requester', 'approvals', 'actions']
            .map((c) => h('th', {scope: 'col'}, t('po.col.' + c))))),
        h('tbody', {}, orders.map((o) => orderRow(o, reload)))));
}

function chainText(o) {
    return o.approvals.map((s) => t('po.level.' + s.level) + ' ' + s.approverName + ' · ' + t('po.step.' + s.status)).join(' → ');
}

function orderRow(o, reload) {
    const actions = h('td', {});
    const extra = h('tr', {hidden: true}, h('td', {colspan: 7}));
    const step = async (name, payload = {}) => {
        try {
            await post('/purchase-orders/' + o.id + '/' + name, {version: o.version, ...payload});
            reload();
        } catch (error) {
            replace(extra.firstChild, errorBox(error));
            extra.hidden = false;
        }
    };
    if (o.status === 'DRAFT') {
        actions.append(h('button', {class: 'btn btn--small', type: 'button', testid: 'po-submit-' + o.id, onclick: () => step('submit')}, t('po.submit')));
    } else if (o.status === 'APPROVED') {
        actions.append(h('button', {class: 'btn btn--small', type: 'button', testid: 'po-order-' + o.id, onclick: () => step('order')}, t('po.order')));
    } else if (o.status === 'ORDERED' || o.status === 'PARTIALLY_RECEIVED') {
        actions.append(h('button', {class: 'btn btn--small', type: 'button', testid: 'po-receive-' + o.id,
            onclick: () => { replace(extra.firstChild, receiveForm(o, step)); extra.hidden = false; }}, t('po.receive')));
    } else if (o.status === 'SUBMITTED' && o.currentApproverId === currentUser()?.id) {
        actions.append(h('button', {class: 'btn btn--small', type: 'button',
            onclick: () => { replace(extra.firstChild, decisionForm(o, step)); extra.hidden = false; }}, t('po.approve') + ' / ' + t('po.reject')));
    }
    const verdicts = o.lines.filter((l) => l.verdict).map((l) => verdictBadge(l.verdict));
    return [h('tr', {testid: 'po-row-' + o.id},
        h('td', {}, '#' + o.id), h('td', {}, o.title, ' ', verdicts),
        h('td', {testid: 'po-status-' + o.id}, t('po.status.' + o.status)), h('td', {}, money(o.total)),
        h('td', {}, o.requesterName), h('td', {class: 'muted'}, chainText(o)), actions), extra];
}

function receiveForm(o, step) {
    const inputs = o.lines.map((l) => {
        const left = Number(l.quantity.value) - Number(l.received.value);
        return {line: l, input: h('input', {type: 'number', min: '0', step: 'any', value: left > 0 ? String(left) : '0', testid: 'po-receive-qty-' + l.id})};
    });
    return h('form', {class: 'po-receive', onsubmit: (e) => {
        e.preventDefault();
        const lines = inputs.filter((i) => Number(i.input.value) > 0).map((i) => ({lineId: i.line.id, quantity: Number(i.input.value)}));
        step('receive', {lines});
    }}, inputs.map((i) => h('label', {class: 'field'},
        h('span', {}, (i.line.materialCode || '') + ' ' + i.line.materialName + ' (' + t('po.outstanding',
            {qty: (Number(i.line.quantity.value) - Number(i.line.received.value)) + ' ' + i.line.quantity.unit}) + ')'), i.input)),
    h('button', {class: 'btn btn--primary btn--small', type: 'submit'}, t('po.receiveSave')));
}

function decisionForm(o, step) {
    const comment = h('textarea', {rows: 2, testid: 'po-comment-' + o.id, 'aria-label': t('po.comment'), placeholder: t('po.comment')});
    return h('div', {class: 'po-decision'}, comment,
        h('button', {class: 'btn btn--primary btn--small', type: 'button', testid: 'po-approve-' + o.id,
            onclick: () => step('approve', {comment: comment.value})}, t('po.approve')),
        h('button', {class: 'btn btn--danger-outline btn--small', type: 'button', testid: 'po-reject-' + o.id,
            onclick: () => step('reject', {reason: comment.value})}, t('po.reject')));
}

// ---- the editor with the live price check ----

async function openEditor(box, projectId, done) {
    let materials;
    let suppliers;
    try {
        [materials, suppliers] = await Promise.all([get('/materials', {size: 500}), get('/suppliers', {size: 500})]);
    } catch (error) {
        replace(box, errorBox(error));
        return;
    }
    materials = materials.items || [];
    const title = h('input', {id: 'po-title', testid: 'po-title', maxlength: 200});
    const supplier = h('select', {id: 'po-supplier', testid: 'po-supplier'}, h('option', {value: ''}, t('po.noSupplier')),
        (suppliers.items || []).map((s) => h('option', {value: String(s.id)}, s.code + ' · ' + s.name)));
    const rows = h('tbody', {});
    const totalBox = h('strong', {testid: 'po-total'}, '–');
    const message = h('div', {});
    const lines = [];

    function addLine() {
        const i = lines.length;
        const material = h('select', {testid: 'po-line-material-' + i, 'aria-label': t('po.line.material')},
            materials.map((m) => h('option', {value: String(m.id)}, m.code + ' · ' + m.name)));
        const quantity = h('input', {type: 'number', min: '0', step: 'any', testid: 'po-line-quantity-' + i, 'aria-label': t('po.line.quantity')});
        const unit = h('select', {testid: 'po-line-unit-' + i, 'aria-label': t('po.line.unit')});
        const price = h('input', {type: 'number', min: '0', step: 'any', testid: 'po-line-price-' + i, 'aria-label': t('po.line.price')});
        const tax = h('input', {type: 'number', min: '0', max: '0.99', step: '0.01', value: '0.13', testid: 'po-line-tax-' + i,
            'aria-label': t('po.line.tax')});
        const delivery = h('input', {type: 'date', testid: 'po-line-delivery-' + i, 'aria-label': t('po.line.delivery')});
        const check = h('div', {class: 'po-check', 'aria-live': 'polite', testid: 'po-line-check-' + i}, t('po.line.waiting'));
        const line = {material, quantity, unit, price, tax, delivery, check, removed: false, seq: 0, timer: null};
        const row = h('tr', {testid: 'po-line-' + i}, [material, quantity, unit, price, tax, delivery].map((c) => h('td', {}, c)),
            h('td', {class: 'po-check-cell'}, check),
            h('td', {}, h('button', {class: 'btn btn--ghost btn--small', type: 'button',
                onclick: () => { line.removed = true; row.remove(); updateTotal(); }}, t('po.line.remove'))));
        const units = () => {
            const m = materials.find((x) => String(x.id) === material.value);
            const options = m ? [...new Set([m.unit, m.priceUnit])] : [];
            replace(unit, options.map((u) => h('option', {value: u}, u)));
        };
        const schedule = () => {
            clearTimeout(line.timer);
            line.timer = setTimeout(() => runCheck(line), 250);
            updateTotal();
        };
        material.addEventListener('change', () => { units(); schedule(); });
        for (const input of [quantity, unit, price, tax]) {
            input.addEventListener('input', schedule);
            input.addEventListener('change', schedule);
        }
        units();
        lines.push(line);
        rows.append(row);
    }

    async function runCheck(line) {
        const price = line.price.value.trim();
        if (!price) {
            delete line.check.dataset.verdict;
            replace(line.check, t('po.line.waiting'));
            return;
        }
        const seq = ++line.seq;
        try {
            const r = await post('/price-checks', {materialId: Number(line.material.value), unitPrice: Number(price), unit: line.unit.value,
                currency: 'CNY', supplierId: supplier.value ? Number(supplier.value) : undefined});
            if (seq === line.seq) {
                line.check.dataset.verdict = r.verdict;
                const i = lines.indexOf(line);
                replace(line.check, verdictBadge(r.verdict, 'po-line-verdict-' + i),
                    h('span', {class: 'explanation', testid: 'po-line-explanation-' + i}, r.explanation));
            }
        } catch (error) {
            if (seq === line.seq) {
                line.check.dataset.verdict = 'ERROR';
                replace(line.check, h('span', {role: 'alert'}, problemText(error)));
            }
        }
    }

    function updateTotal() {
        let sum = 0;
        for (const l of lines.filter((x) => !x.removed)) {
            sum += (Number(l.quantity.value) || 0) * (Number(l.price.value) || 0) * (1 + (Number(l.tax.value) || 0));
        }
        totalBox.textContent = sum.toLocaleString(getLang(), {minimumFractionDigits: 2, maximumFractionDigits: 2}) + ' CNY';
    }

    async function save(submit) {
        const payload = {
            title: title.value.trim() || undefined,
            supplierId: supplier.value ? Number(supplier.value) : undefined,
            lines: lines.filter((l) => !l.removed).map((l) => ({
                materialId: Number(l.material.value), quantity: l.quantity.value === '' ? null : Number(l.quantity.value), unit: l.unit.value,
                unitPrice: l.price.value === '' ? null : Number(l.price.value), currency: 'CNY', taxRate: Number(l.tax.value),
                deliveryDate: l.delivery.value || undefined})),
        };
        try {
            let order = await post('/projects/' + projectId + '/purchase-orders', payload,
                {headers: {'Idempotency-Key': 'po-' + Date.now() + '-' + Math.random().toString(36).slice(2)}});
            if (submit) {
                order = await post('/purchase-orders/' + order.id + '/submit', {version: order.version});
            }
            done(order);
        } catch (error) {
            replace(message, errorBox(error));
        }
    }

    replace(box, h('section', {class: 'card po-editor', testid: 'po-editor'},
        h('h2', {}, t('po.new')),
        h('div', {class: 'form-row'}, h('label', {for: 'po-title'}, t('po.orderTitle')), title,
            h('label', {for: 'po-supplier'}, t('po.supplier')), supplier),
        h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact'},
            h('thead', {}, h('tr', {}, ['material', 'quantity', 'unit', 'price', 'tax', 'delivery', 'check'].map((c) =>
                h('th', {scope: 'col'}, t('po.line.' + c))), h('th', {}))),
            rows)),
        h('p', {}, h('button', {class: 'btn btn--small', type: 'button', testid: 'po-line-add', onclick: addLine}, t('po.line.add'))),
        h('p', {}, t('po.total'), ': ', totalBox),
        message,
        h('div', {class: 'toolbar'},
            h('button', {class: 'btn', type: 'button', testid: 'po-save-draft', onclick: () => save(false)}, t('po.saveDraft')),
            h('button', {class: 'btn btn--primary', type: 'button', testid: 'po-save-submit', onclick: () => save(true)}, t('po.saveSubmit')),
            h('button', {class: 'btn btn--ghost', type: 'button', onclick: () => replace(box)}, t('po.cancel')))));
    addLine();
}

// ---- approval inbox ----

async function renderInbox(body) {
    let inbox;
    try {
        inbox = await get('/purchase-orders', {awaiting: 'me'});
    } catch (error) {
        replace(body, errorBox(error));
        return;
    }
    if (!inbox.items.length) {
        replace(body, h('p', {class: 'muted', testid: 'po-inbox-empty'}, t('po.inbox.empty')));
        return;
    }
    replace(body, h('div', {testid: 'po-inbox'}, inbox.items.map((o) => {
        const result = h('div', {});
        const step = async (name, payload) => {
            try {
                await post('/purchase-orders/' + o.id + '/' + name, {version: o.version, ...payload});
                renderInbox(body);
            } catch (error) {
                replace(result, errorBox(error));
            }
        };
        return h('article', {class: 'card po-inbox-item', testid: 'po-inbox-' + o.id},
            h('h2', {}, '#' + o.id + ' ' + o.title + ' · ' + money(o.total)),
            h('p', {class: 'muted'}, t('po.inbox.project', {id: o.projectId}) + ' · ' + o.requesterName + ' · ' + chainText(o)),
            h('ul', {class: 'po-lines'}, o.lines.map((l) => h('li', {},
                (l.materialCode || '') + ' ' + (l.materialName || '') + ' · ' + qty(l.quantity) + ' × ' + money(l.unitPrice) + ' ',
                l.verdict ? verdictBadge(l.verdict, 'po-inbox-verdict-' + l.id) : null,
                l.explanation ? h('p', {class: 'explanation'}, l.explanation) : null))),
            decisionForm(o, step), result);
    })));
}

// ---- material plan ----

async function renderMaterials(body, projectId) {
    let m;
    try {
        m = await get('/projects/' + projectId + '/materials');
    } catch (error) {
        replace(body, errorBox(error));
        return;
    }
    const cols = ['planned', 'ordered', 'received', 'consumed', 'toOrder', 'onSite'];
    replace(body, h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact', testid: 'po-materials'},
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('po.line.material')), cols.map((c) => h('th', {scope: 'col'}, t('po.mat.' + c))),
            h('th', {scope: 'col'}, t('po.mat.warnings')))),
        h('tbody', {}, m.items.map((r) => h('tr', {testid: 'po-material-' + r.materialCode, class: r.warnings.length ? 'has-warning' : ''},
            h('td', {}, r.name), cols.map((c) => h('td', {}, qty(r[c]))),
            h('td', {}, r.warnings.map((w) => h('span', {class: 'badge badge--warn'}, t('po.warn.' + w))))))))),
    m.unplanned.length ? [h('h2', {}, t('po.mat.unplanned')), h('ul', {}, m.unplanned.map((u) =>
        h('li', {}, u.materialCode + ' ' + u.name + ': ' + qty(u.ordered) + ' / ' + qty(u.received))))] : null);
}

// ---- budget ----

async function renderBudget(body, projectId) {
    let b;
    try {
        b = await get('/projects/' + projectId + '/budget');
    } catch (error) {
        replace(body, errorBox(error));
        return;
    }
    const inputs = {};
    const message = h('div', {});
    const row = (l, editable) => h('tr', {testid: 'po-budget-' + l.category},
        h('td', {}, l.category === 'TOTAL' ? t('po.budget.total') : t('po.cat.' + l.category)),
        h('td', {}, editable ? (inputs[l.category] = h('input', {type: 'number', min: '0', step: '0.01', value: l.budget.amount,
            'aria-label': t('po.budget.budget') + ' ' + t('po.cat.' + l.category)})) : money(l.budget)),
        h('td', {}, money(l.committed)), h('td', {}, money(l.received)),
        h('td', {class: l.overBudget ? 'is-negative' : ''}, money(l.variance)),
        h('td', {}, l.usedPct === null || l.usedPct === undefined ? '–' : l.usedPct + '%'));
    async function saveBudget() {
        const amounts = {};
        for (const c of CATEGORIES) {
            amounts[c] = inputs[c].value === '' ? null : inputs[c].value;
        }
        try {
            await put('/projects/' + projectId + '/budget', {version: b.version, amounts});
            renderBudget(body, projectId);
        } catch (error) {
            replace(message, errorBox(error));
        }
    }
    replace(body, b.fromPlan ? h('p', {class: 'muted'}, t('po.budget.fromPlan')) : null,
        h('div', {class: 'table-wrap'}, h('table', {class: 'table table--compact', testid: 'po-budget'},
            h('thead', {}, h('tr', {}, ['category', 'budget', 'committed', 'received', 'variance', 'used']
                .map((c) => h('th', {scope: 'col'}, t('po.budget.' + c))))),
            h('tbody', {}, b.categories.map((l) => row(l, true)), row(b.total, false)))),
        message,
        h('div', {class: 'toolbar'}, h('button', {class: 'btn btn--primary', type: 'button', testid: 'po-budget-save', onclick: saveBudget},
            t('po.budget.save'))));
}
