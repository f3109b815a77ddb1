// The daily report drafts kept on this device, and the queue of saves and submissions that could
// not reach the server yet. A site often has no signal: every change is written to localStorage at
// once (keyed by user, project and date), and a save or submit that fails for lack of network stays
// marked `pending` and is sent again when the browser comes back online, on the next page load and
// every 30 seconds while something waits. PUT replaces the whole draft, so sending twice never
// makes two reports; a retry whose first attempt did land is recognised by the version conflict.

import {get, post, put} from '../../api.js';

const PREFIX = 'solarpm.daily.';
const RETRY_MS = 30_000;

const listeners = new Set();
let chain = Promise.resolve();
let timer = null;
let userId = null;

/** The storage key of one report draft. */
export function draftKey(user, projectId, date) {
    return PREFIX + user + '.' + projectId + '.' + date;
}

export function reportPath(projectId, date) {
    return `/projects/${encodeURIComponent(projectId)}/daily-reports/${encodeURIComponent(date)}`;
}

/**
 * The draft record kept on this device, or null: {projectId, date, body, version, dirty,
 * pending: null|'save'|'submit', attempts, savedAt, error}.
 */
export function loadDraft(key) {
    try {
        const raw = localStorage.getItem(key);
        return raw ? JSON.parse(raw) : null;
    } catch {
        return null;
    }
}

/** Stores a record; false when the device refused (storage full or disabled). */
export function storeDraft(key, record) {
    try {
        localStorage.setItem(key, JSON.stringify({...record, savedAt: new Date().toISOString()}));
        return true;
    } catch {
        return false;
    }
}

export function dropDraft(key) {
    try {
        localStorage.removeItem(key);
    } catch {
        // nothing kept
    }
}

/** Is told {key, record, report} after a queued record reached the server. */
export function onSent(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
}

/**
 * Sends one record: PUT the content (with the version this device last saw), then submit when
 * asked. When an earlier attempt may have landed (attempts > 0) and the server answers 409, the
 * report is read again: already submitted means done; otherwise the content is put on top of the
 * current version. Resolves to the server's report; rejects with the ApiError.
 */
export async function send(record) {
    const path = reportPath(record.projectId, record.date);
    let report;
    try {
        report = await put(path, {...record.body, version: record.version ?? undefined});
    } catch (e) {
        if (e.status !== 409 || !record.attempts) {
            throw e;
        }
        const current = await get(path);
        if (record.pending === 'submit' && (current.status === 'SUBMITTED' || current.status === 'APPROVED')) {
            return current;
        }
        report = await put(path, {...record.body, version: current.version});
    }
    if (record.pending === 'submit' && report.status !== 'SUBMITTED' && report.status !== 'APPROVED') {
        report = await post(path + '/submit', {version: report.version});
    }
    return report;
}

/** Records of this user still waiting to be sent. */
export function pendingKeys(user) {
    const keys = [];
    try {
        for (let i = 0; i < localStorage.length; i++) {
            const key = localStorage.key(i);
            if (key && key.startsWith(PREFIX + user + '.') && loadDraft(key)?.pending) {
                keys.push(key);
            }
        }
    } catch {
        // storage unavailable: nothing queued
    }
    return keys;
}

/**
 * Sends every waiting record of the user, one after another; stops at the first network failure.
 * A record the server rejects keeps its content, loses its pending mark and remembers the error
 * for the form to show.
 */
export function flush(user = userId) {
    if (user === null || user === undefined) {
        return Promise.resolve();
    }
    userId = user;
    // Runs queue up behind each other, so a record marked pending during a run is still sent now.
    chain = chain.then(() => run(user)).catch(e => console.error(e)).finally(schedule);
    return chain;
}

async function run(user) {
    for (const key of pendingKeys(user)) {
        const record = loadDraft(key);
        if (!record?.pending) {
            continue;
        }
        try {
            const report = await send(record);
            const latest = loadDraft(key) || record;
            const changedMeanwhile = JSON.stringify(latest.body) !== JSON.stringify(record.body);
            const next = {...latest, version: report.version, status: report.status, error: null, attempts: 0,
                dirty: changedMeanwhile, pending: changedMeanwhile ? latest.pending : null};
            if (!next.dirty && (report.status === 'SUBMITTED' || report.status === 'APPROVED')) {
                dropDraft(key);  // the server has it all now
            } else {
                storeDraft(key, next);
            }
            listeners.forEach(fn => fn({key, record: next, report}));
        } catch (e) {
            if (retryable(e)) {
                storeDraft(key, {...record, attempts: (record.attempts || 0) + 1});
                return;
            }
            const next = {...record, pending: null, attempts: 0, error: {status: e.status, detail: e.detail, errors: e.errors}};
            storeDraft(key, next);
            listeners.forEach(fn => fn({key, record: next, error: e}));
        }
    }
}

/** Worth trying again later: no network, signed out meanwhile (sent after signing in), busy or failing server. */
function retryable(e) {
    return e.name === 'AbortError' || [0, 401, 408, 429].includes(e.status) || e.status >= 500;
}

function schedule() {
    clearTimeout(timer);
    if (userId !== null && pendingKeys(userId).length) {
        timer = setTimeout(() => flush(), RETRY_MS);
    }
}

/** Starts the background sending for a signed-in user (idempotent). */
export function startOutbox(user) {
    userId = user;
    flush(user);
}

window.addEventListener('online', () => flush());
