// Task boards (#/boards, #/boards/:projectId, #/boards/mine, #/boards/workload): a Kanban board per
// project with drag and drop (SortableJS, mouse and touch), keyboard moves, WIP limits, filters, a
// compact list view, the card panel and live updates (server-sent events). Text only via textContent.
import {api, get, post, patch, ApiError} from '../api.js';
import {addMessages, getLang, t} from '../i18n.js';
import {h, replace} from '../dom.js';
import {openDialog} from '../ui/dialog.js';
import {toast} from '../ui/toast.js';
import {errorState, loading} from '../ui/states.js';
import {messages} from '../i18n/board.js';
import {currentUser} from '../session.js';

addMessages('zh-CN', messages['zh-CN']);
addMessages('en', messages.en);

const SORTABLE = '/webjars/sortablejs/1.15.6/Sortable.min.js';
let sortableLoaded;

function loadSortable() {
    sortableLoaded ??= new Promise((resolve, reject) => {
        const s = h('script', {src: SORTABLE});
        s.onload = () => resolve(window.Sortable);
        s.onerror = reject;
        document.head.append(s);
    });
    return sortableLoaded;
}

export async function render(container, params = {}) {
    replace(container, loading());
    try {
        if (params.id === 'mine') {
            return await renderMine(container);
        }
        if (params.id === 'workload') {
            return await renderWorkload(container);
        }
        if (params.id) {
            return await renderBoard(container, Number(params.id), params.query || {});
        }
        return await renderPicker(container);
    } catch (e) {
        replace(container, errorState(e, () => render(container, params)));
    }
}

function pageTitle(text) {
    return h('header', {class: 'page-header'}, h('h1', {class: 'page-title', testid: 'page-title'}, text));
}

function tabs(active) {
    return h('nav', {class: 'board-tabs'},
        h('a', {href: '#/boards', class: active === 'projects' && 'active'}, t('board.projects')),
        h('a', {href: '#/boards/mine', class: active === 'mine' && 'active', testid: 'tab-mine'}, t('board.myCards')),
        h('a', {href: '#/boards/workload', class: active === 'workload' && 'active', testid: 'tab-workload'}, t('board.workload')));
}

async function renderPicker(container) {
    const page = await get('/projects', {size: 100});
    replace(container, pageTitle(t('nav.boards')), tabs('projects'), h('p', null, t('board.pickProject')),
        h('ul', {class: 'board-projects', testid: 'board-projects'}, page.items.map(p =>
            h('li', null, h('a', {href: '#/boards/' + p.id, testid: 'board-project'}, p.code + ' ' + p.name)))));
}

async function renderMine(container) {
    const page = await get('/me/cards');
    replace(container, pageTitle(t('board.myCards')), tabs('mine'), table(
        ['board.col.project', 'board.col.code', 'board.col.title', 'board.col.column', 'board.col.due', 'board.col.priority'],
        page.items.map(c => [h('a', {href: '#/boards/' + c.projectId}, c.projectCode), c.code, c.title, c.column,
            h('span', {class: c.overdue && 'overdue'}, (c.dueDate || '—') + (c.overdue ? ' · ' + t('board.overdue') : '')),
            t('priority.' + c.priority)]), 'my-cards'));
}

async function renderWorkload(container) {
    const page = await get('/workload');
    replace(container, pageTitle(t('board.workload')), tabs('workload'), table(
        ['board.col.person', 'board.col.open', 'board.col.overdue', 'board.col.projects'],
        page.items.map(w => [w.name, w.open, h('span', {class: w.overdue > 0 && 'overdue'}, w.overdue), w.projects]), 'workload'));
}

function table(headers, rows, testid) {
    if (!rows.length) {
        return h('p', {class: 'empty', testid: testid + '-empty'}, t('board.empty'));
    }
    return h('table', {class: 'table', testid},
        h('thead', null, h('tr', null, headers.map(k => h('th', {scope: 'col'}, t(k))))),
        h('tbody', null, rows.map(r => h('tr', null, r.map(c => h('td', null, c))))));
}

// ---- the board ----

async function renderBoard(container, projectId, query) {
    const filter = {assignee: query.assignee, label: query.label, due: query.due, q: query.q};
    const listView = query.view === 'list';
    const [board, members, Sortable] = await Promise.all([get(`/projects/${projectId}/board`, filter),
        get(`/projects/${projectId}/members`).catch(() => []), loadSortable()]);
    const state = {projectId, board, members, filter, cards: new Map(), lists: []};
    board.columns.forEach(col => col.cards.forEach(c => state.cards.set(c.id, c)));
    const status = h('p', {class: 'board-live', 'aria-live': 'polite', testid: 'board-live'});
    const surface = h('div', {class: 'board-surface'});
    replace(container, pageTitle(t('nav.boards')), tabs('projects'), toolbar(state, listView), status,
        h('p', {class: 'hint'}, t('board.keyboardHelp')), surface);
    const draw = () => listView ? drawList(surface, state) : drawBoard(surface, state, Sortable);
    state.redraw = draw;
    draw();
    const stream = connect(state, status, draw);
    return () => stream.close();
}

function toolbar(state, listView) {
    const {filter, members, projectId} = state;
    const form = h('form', {class: 'board-filters', testid: 'board-filters'},
        h('label', null, t('board.filter.assignee'), h('select', {name: 'assignee'}, h('option', {value: ''}, t('board.filter.any')),
            members.map(m => h('option', {value: m.userId, selected: String(m.userId) === String(filter.assignee)}, m.displayName)))),
        h('label', null, t('board.filter.label'), h('input', {name: 'label', value: filter.label || '', size: 10})),
        h('label', null, t('board.filter.due'), h('select', {name: 'due'}, h('option', {value: ''}, t('board.filter.any')),
            ['overdue', 'week', 'none'].map(d => h('option', {value: d, selected: filter.due === d}, t('board.due.' + d))))),
        h('label', null, t('board.filter.q'), h('input', {name: 'q', type: 'search', value: filter.q || ''})),
        h('button', {class: 'btn', type: 'submit'}, t('common.search')));
    form.addEventListener('submit', e => {
        e.preventDefault();
        const q = new URLSearchParams();
        for (const [k, v] of new FormData(form)) {
            if (v) {
                q.set(k, v);
            }
        }
        if (listView) {
            q.set('view', 'list');
        }
        location.hash = `#/boards/${projectId}` + (q.toString() ? '?' + q : '');
    });
    const here = new URLSearchParams(Object.entries(filter).filter(([, v]) => v));
    const other = new URLSearchParams(here);
    if (!listView) {
        other.set('view', 'list');
    }
    return h('div', {class: 'board-toolbar'}, form,
        h('a', {class: 'btn', href: `#/boards/${projectId}?${other}`, testid: 'toggle-view'}, t(listView ? 'board.view.board' : 'board.view.list')),
        h('a', {class: 'btn', href: `/api/v1/projects/${projectId}/board.xlsx?${here}`, download: '', testid: 'export'}, t('board.export')));
}

function drawList(surface, state) {
    const names = new Map(state.board.columns.map(c => [c.id, c.name]));
    const cards = state.board.columns.flatMap(c => c.cards);
    replace(surface, table(['board.col.code', 'board.col.title', 'board.col.column', 'board.col.assignees', 'board.col.due',
        'board.col.priority', 'board.col.labels'], cards.map(c => [c.code,
        h('a', {href: 'javascript:void 0', onclick: () => openCard(state, c.id)}, c.title), names.get(c.columnId),
        c.assignees.map(a => a.name).join(', '), c.dueDate || '—', t('priority.' + c.priority), c.labels.join(', ')]), 'board-list'));
}

function drawBoard(surface, state, Sortable) {
    state.lists.forEach(s => s.destroy());
    state.lists = [];
    const {board} = state;
    const lanes = board.swimlanes.length ? [...board.swimlanes, {id: 0, name: t('board.noLane')}] : [null];
    const grid = h('div', {class: 'board', testid: 'board', style: {gridTemplateColumns: `repeat(${board.columns.length}, minmax(220px, 1fr))`}});
    for (const col of board.columns) {
        // WIP counts every open card of the column, also those a filter hides
        const count = col.openCount ?? col.cards.length;
        const shown = col.cards.length < count ? t('board.shownOf', {shown: col.cards.length, count}) + ' · ' : '';
        const full = col.wipLimit != null && count >= col.wipLimit;
        grid.append(h('header', {class: ['board-col-head', full && 'full'], testid: 'column-head', dataset: {column: col.code}},
            h('h2', null, col.name),
            col.wipLimit != null ? h('span', {class: 'wip', testid: 'wip'}, shown + t('board.wip', {count, limit: col.wipLimit})
                + (full ? ' · ' + t('board.wipFull') : '')) : h('span', {class: 'wip'}, shown || String(count)),
            col.position === 0 ? addCardForm(state, col) : null));
    }
    for (const lane of lanes) {
        if (lane) {
            grid.append(h('div', {class: 'board-lane-head', style: {gridColumn: `1 / span ${board.columns.length}`}},
                lane.name + (lane.wipLimit ? ' · WIP ' + lane.wipLimit : '')));
        }
        for (const col of board.columns) {
            const cards = col.cards.filter(c => !lane || (lane.id === 0 ? c.swimlaneId == null : c.swimlaneId === lane.id));
            const list = h('ol', {class: 'board-cards', testid: 'column', dataset: {columnId: col.id, column: col.code, lane: lane ? lane.id : ''},
                'aria-label': col.name}, cards.map(c => cardEl(state, c)));
            grid.append(list);
            state.lists.push(Sortable.create(list, {
                group: 'board', animation: 120, forceFallback: true, fallbackTolerance: 3, delayOnTouchOnly: true, delay: 150, dataIdAttr: 'data-card-id',
                onEnd: ev => {
                    if (ev.from === ev.to && ev.oldIndex === ev.newIndex) {
                        return;
                    }
                    const prev = ev.item.previousElementSibling;
                    const laneId = ev.to.dataset.lane === '' ? null : Number(ev.to.dataset.lane);
                    move(state, Number(ev.item.dataset.cardId), Number(ev.to.dataset.columnId), laneId,
                        prev ? Number(prev.dataset.cardId) : null);
                },
            }));
        }
    }
    replace(surface, grid);
}

function cardEl(state, c) {
    const overdue = c.dueDate && c.dueDate < new Date().toISOString().slice(0, 10);
    const el = h('li', {class: ['card', 'prio-' + c.priority.toLowerCase()], tabindex: 0, testid: 'card',
            dataset: {cardId: c.id, code: c.code}, 'aria-label': c.code + ' ' + c.title},
        h('div', {class: 'card__title'}, c.title),
        h('div', {class: 'card__meta'}, c.code,
            c.dueDate ? h('span', {class: ['due', overdue && 'overdue']}, ' · ' + c.dueDate) : null,
            c.checklistTotal ? ' · ☑ ' + c.checklistDone + '/' + c.checklistTotal : null),
        c.labels.length ? h('div', {class: 'card__labels'}, c.labels.map(l => h('span', {class: 'label'}, l))) : null,
        c.assignees.length ? h('div', {class: 'card__people'}, c.assignees.map(a => a.name).join(', ')) : null);
    el.addEventListener('click', () => openCard(state, c.id));
    el.addEventListener('keydown', e => keyMove(state, c, e));
    return el;
}

/** Alt+arrows move the focused card; Enter opens it. */
function keyMove(state, c, e) {
    if (e.key === 'Enter') {
        openCard(state, c.id);
        return;
    }
    if (!e.altKey || !['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'].includes(e.key)) {
        return;
    }
    e.preventDefault();
    const cols = state.board.columns;
    const ci = cols.findIndex(col => col.id === c.columnId);
    const own = cols[ci].cards;
    const i = own.findIndex(x => x.id === c.id);
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        const target = cols[ci + (e.key === 'ArrowLeft' ? -1 : 1)];
        if (target) {
            const last = target.cards[target.cards.length - 1];
            move(state, c.id, target.id, null, last ? last.id : null, true);
        }
    } else if (e.key === 'ArrowUp' && i > 0) {
        move(state, c.id, c.columnId, null, i > 1 ? own[i - 2].id : null, true);
    } else if (e.key === 'ArrowDown' && i < own.length - 1) {
        move(state, c.id, c.columnId, null, own[i + 1].id, true);
    }
}

async function move(state, cardId, columnId, laneId, afterCardId, refocus = false, force = false, reason = undefined) {
    const card = state.cards.get(cardId);
    const body = {toColumnId: columnId, afterCardId, version: card.version, force, reason};
    if (laneId !== null && laneId !== undefined) {
        body.toSwimlaneId = laneId;
    }
    try {
        const r = await post(`/cards/${cardId}/move`, body);
        place(state, {cardId, columnId: r.columnId, swimlaneId: r.swimlaneId, rank: r.rank, version: r.version});
        const col = state.board.columns.find(x => x.id === r.columnId);
        toast(t('board.moved', {column: col ? col.name : ''}));
    } catch (e) {
        if (e instanceof ApiError && e.status === 409 && !force && /WIP|在制品/.test(e.detail) && canManage(state)) {
            askForce(state, e.detail, reason => move(state, cardId, columnId, laneId, afterCardId, refocus, true, reason));
        } else {
            toast(e.detail || e.message, 'error');
        }
        await reload(state);
    }
    state.redraw();
    if (refocus) {
        document.querySelector(`[data-card-id="${cardId}"]`)?.focus();
    }
}

function canManage(state) {
    const user = currentUser();
    const roles = user?.roles || [];
    return roles.includes('ADMIN') || roles.includes('BRANCH_HEAD') || state.members.some(m => m.userId === user?.id && m.role === 'PM');
}

function askForce(state, detail, onForce) {
    const reason = h('textarea', {name: 'reason', required: true, rows: 3, testid: 'force-reason'});
    const form = h('form', {class: 'stack'}, h('p', null, detail), h('label', null, t('board.forceReason'), reason),
        h('button', {class: 'btn btn--danger', type: 'submit', testid: 'force-ok'}, t('board.force')));
    const dlg = openDialog({title: t('board.forceTitle'), content: form, testid: 'force'});
    form.addEventListener('submit', e => {
        e.preventDefault();
        dlg.close();
        onForce(reason.value);
    });
}

async function reload(state) {
    state.board = await get(`/projects/${state.projectId}/board`, state.filter);
    state.cards = new Map();
    state.board.columns.forEach(col => col.cards.forEach(c => state.cards.set(c.id, c)));
}

/** Puts a card (known or new) at its column and rank in the local model. */
function place(state, e) {
    let card = state.cards.get(e.cardId);
    if (!card && e.code) {
        card = {id: e.cardId, code: e.code, assignees: [], labels: [], checklistDone: 0, checklistTotal: 0, priority: 'NORMAL'};
        state.cards.set(e.cardId, card);
    }
    if (!card) {
        return;
    }
    if (e.titleZh !== undefined) {
        Object.assign(card, {title: getLang() === 'en' ? e.titleEn : e.titleZh, dueDate: e.dueDate, priority: e.priority,
            assignees: e.assignees, labels: e.labels, checklistDone: e.checklistDone, checklistTotal: e.checklistTotal});
    }
    Object.assign(card, {columnId: e.columnId, swimlaneId: e.swimlaneId ?? null, rank: e.rank, version: e.version});
    for (const col of state.board.columns) {
        col.cards = col.cards.filter(c => c.id !== card.id);
    }
    if (e.archived) {
        state.cards.delete(card.id);
        return;
    }
    const col = state.board.columns.find(c => c.id === card.columnId);
    if (col) {
        col.cards.push(card);
        col.cards.sort((a, b) => a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : a.id - b.id);
    }
}

/** Live updates: every change on this board by anyone, applied in place. */
function connect(state, status, draw) {
    const source = new EventSource(`/api/v1/projects/${state.projectId}/board/events`);
    let connectedBefore = false;
    source.addEventListener('ready', async () => {
        if (connectedBefore) {
            // reconnected: changes made while the stream was down were not received
            await reload(state);
            draw();
        }
        connectedBefore = true;
        status.textContent = t('board.live');
        status.dataset.live = 'true';
    });
    source.onerror = () => {
        status.textContent = t('board.offline');
        status.dataset.live = 'false';
    };
    source.onmessage = async msg => {
        const e = JSON.parse(msg.data);
        if (e.type === 'CARD_MOVED' || e.type === 'CARD_CREATED' || e.type === 'CARD_UPDATED' || e.type === 'CARD_ARCHIVED') {
            const known = state.cards.get(e.cardId);
            if (known && known.version >= e.version && e.type === 'CARD_MOVED') {
                return;  // our own move, already placed
            }
            if (e.type === 'CARD_MOVED' && !known) {
                return;
            }
            place(state, e);
            if (e.type === 'CARD_MOVED' && e.byId !== currentUser()?.id) {
                status.textContent = t('board.movedBy', {by: e.by, card: known ? known.code : ''});
            }
        } else if (e.type === 'BOARD_CHANGED') {
            await reload(state);
        } else {
            return;
        }
        draw();
    };
    return source;
}

function addCardForm(state, col) {
    const input = h('input', {name: 'title', placeholder: t('board.newTitle'), maxlength: 300, required: true, testid: 'new-card-title'});
    const form = h('form', {class: 'board-add', testid: 'new-card'}, input, h('button', {class: 'btn', type: 'submit'}, t('board.addCard')));
    form.addEventListener('submit', async e => {
        e.preventDefault();
        try {
            const c = await post(`/projects/${state.projectId}/cards`, {title: input.value, columnId: col.id},
                {headers: {'Idempotency-Key': crypto.randomUUID ? crypto.randomUUID() : String(Date.now())}});
            toast(t('board.created'));
            place(state, {cardId: c.id, code: c.code, titleZh: c.title, titleEn: c.title, columnId: c.columnId, swimlaneId: c.swimlaneId,
                rank: c.rank, version: c.version, priority: c.priority, assignees: c.assignees, labels: c.labels, dueDate: c.dueDate,
                checklistDone: 0, checklistTotal: 0});
            state.redraw();
        } catch (err) {
            toast(err.detail || err.message, 'error');
        }
    });
    return form;
}

// ---- the card panel ----

async function openCard(state, cardId) {
    let card = await get(`/cards/${cardId}`);
    const body = h('div', {class: 'card-panel', testid: 'card-panel'});
    const dlg = openDialog({title: card.code, content: body, testid: 'card-dialog', wide: true});
    const draw = () => {
        const title = h('input', {name: 'title', value: card.title, maxlength: 300, required: true, testid: 'card-title'});
        const description = h('textarea', {name: 'description', rows: 4}, card.description || '');
        const due = h('input', {name: 'dueDate', type: 'date', value: card.dueDate || ''});
        const priority = h('select', {name: 'priority'}, ['LOW', 'NORMAL', 'HIGH', 'URGENT'].map(p =>
            h('option', {value: p, selected: card.priority === p}, t('priority.' + p))));
        const labels = h('input', {name: 'labels', value: card.labels.join(', ')});
        const people = h('fieldset', {class: 'assignees'}, h('legend', null, t('card.assignees')), state.members.map(m =>
            h('label', null, h('input', {type: 'checkbox', value: m.userId, checked: card.assignees.some(a => a.id === m.userId)}), m.displayName)));
        const items = card.checklist.map(i => ({...i}));
        const checklist = h('ul', {class: 'checklist'}, items.map(i => h('li', null,
            h('label', null, h('input', {type: 'checkbox', checked: i.done, onchange: e => { i.done = e.target.checked; }}), i.text))));
        const newItem = h('input', {placeholder: t('card.addItem'), maxlength: 300});
        const form = h('form', {class: 'stack', testid: 'card-form'},
            h('label', null, t('card.title'), title), h('label', null, t('card.description'), description),
            h('label', null, t('card.due'), due), h('label', null, t('card.priority'), priority), h('label', null, t('card.labels'), labels),
            people, h('h3', null, t('card.checklist')), checklist, newItem,
            h('button', {class: 'btn btn--primary', type: 'submit', testid: 'card-save'}, t('common.save')));
        form.addEventListener('submit', async e => {
            e.preventDefault();
            if (newItem.value.trim()) {
                items.push({text: newItem.value.trim(), done: false});
            }
            try {
                card = await patch(`/cards/${card.id}`, {version: card.version, title: title.value, description: description.value,
                    dueDate: due.value || undefined, clearDueDate: !due.value, priority: priority.value,
                    labels: labels.value.split(',').map(s => s.trim()).filter(Boolean),
                    assigneeIds: [...people.querySelectorAll('input:checked')].map(i => Number(i.value)),
                    checklist: items.map(i => ({text: i.text, done: i.done}))});
                toast(t('card.saved'));
            } catch (err) {
                if (err.status === 409) {
                    card = await get(`/cards/${card.id}`);
                    toast(t('card.stale'), 'error');
                } else {
                    toast(err.detail || err.message, 'error');
                }
            }
            draw();
        });
        const comment = h('textarea', {rows: 2, maxlength: 4000, testid: 'comment-body'});
        const commentForm = h('form', {class: 'stack'}, comment, h('button', {class: 'btn', type: 'submit'}, t('card.addComment')));
        commentForm.addEventListener('submit', async e => {
            e.preventDefault();
            await post(`/cards/${card.id}/comments`, {body: comment.value}).catch(err => toast(err.detail, 'error'));
            card = await get(`/cards/${card.id}`);
            draw();
        });
        const file = h('input', {type: 'file', name: 'file'});
        const upload = h('form', {class: 'inline'}, file, h('button', {class: 'btn', type: 'submit'}, t('card.upload')));
        upload.addEventListener('submit', async e => {
            e.preventDefault();
            const data = new FormData(upload);
            const r = await fetch(`/api/v1/cards/${card.id}/attachments`, {method: 'POST', body: data, credentials: 'same-origin',
                headers: {'Accept-Language': getLang()}});
            if (!r.ok) {
                toast((await r.json().catch(() => ({}))).detail || r.status, 'error');
            }
            card = await get(`/cards/${card.id}`);
            draw();
        });
        const archive = h('button', {class: 'btn btn--danger', type: 'button', testid: 'card-archive', onclick: async () => {
            await post(`/cards/${card.id}/archive`, {version: card.version}).catch(err => toast(err.detail, 'error'));
            dlg.close();
        }}, t('card.archive'));
        replace(body, form,
            h('h3', null, t('card.comments')), h('ul', {class: 'comments'}, card.comments.map(c =>
                h('li', null, h('strong', null, c.author), ' ', new Date(c.at).toLocaleString(getLang()), h('p', null, c.body)))), commentForm,
            h('h3', null, t('card.attachments')), h('ul', null, card.attachments.map(a =>
                h('li', null, h('a', {href: '/api/v1/' + a.contentUrl}, a.fileName)))), upload,
            h('h3', null, t('card.activity')), h('ul', {class: 'activity'}, card.activity.map(a =>
                h('li', null, new Date(a.at).toLocaleString(getLang()) + ' · ' + (a.by || '') + ' ' + t('activity.' + a.action)
                    + (a.detail ? ' · ' + a.detail : '')))), archive);
    };
    draw();
}
