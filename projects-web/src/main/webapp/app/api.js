// The one way the UI talks to /api/v1: JSON in and out, the session cookie (same origin), the UI
// language as Accept-Language (the server localises every message), and problem+json errors
// turned into ApiError. A 401 on an ordinary call means the session is gone: go to the login page.

import {getLang, t} from './i18n.js';

const BASE = '/api/v1';

/** An API failure: status (0 = network), the problem's title/detail/type, and per-field errors. */
export class ApiError extends Error {
    constructor({status, title, detail, type, errors, details, retryAfter}) {
        super(detail || title || 'HTTP ' + status);
        this.name = 'ApiError';
        this.status = status;
        this.title = title || '';
        this.detail = detail || title || '';
        this.type = type || '';
        this.errors = Array.isArray(errors) ? errors : [];
        this.details = Array.isArray(details) ? details : [];
        this.retryAfter = retryAfter;
    }

    /** The message of one field, or undefined. */
    fieldError(field) {
        return this.errors.find(e => e.field === field)?.message;
    }
}

let unauthorizedHandler = () => {
    const here = location.hash.replace(/^#/, '') || '/';
    if (!here.startsWith('/login')) {
        location.hash = '#/login?reason=expired&next=' + encodeURIComponent(here);
    }
};

/** Replaces what happens on a 401 (main.js also forgets the signed-in user). */
export function onUnauthorized(handler) {
    unauthorizedHandler = handler;
}

/**
 * Calls the API. Options: method, body (sent as JSON), form (a FormData, sent as multipart), query (object; empty values are left out),
 * headers, signal, redirectOn401 (default true; false for sign-in and the start-up check).
 * Resolves to the parsed JSON (null for 204); rejects with ApiError.
 */
export async function api(path, {method = 'GET', body, form, query, headers = {}, signal, redirectOn401 = true} = {}) {
    const init = {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        signal,
        headers: {
            'Accept': 'application/json, application/problem+json',
            'Accept-Language': getLang(),
            ...headers,
        },
    };
    if (form !== undefined) {
        init.body = form; // FormData: the browser sets multipart/form-data with its boundary
    } else if (body !== undefined) {
        init.headers['Content-Type'] = 'application/json';
        init.body = JSON.stringify(body);
    }
    let response;
    try {
        response = await fetch(BASE + path + queryString(query), init);
    } catch (e) {
        if (e.name === 'AbortError') {
            throw e;
        }
        throw new ApiError({status: 0, detail: t('error.network')});
    }
    const data = await readBody(response);
    if (response.ok) {
        return data;
    }
    const error = toError(response, data);
    if (response.status === 401 && redirectOn401) {
        unauthorizedHandler(error);
    }
    throw error;
}

export const get = (path, query, options) => api(path, {...options, query});
export const post = (path, body, options) => api(path, {...options, method: 'POST', body});
export const patch = (path, body, options) => api(path, {...options, method: 'PATCH', body});
export const put = (path, body, options) => api(path, {...options, method: 'PUT', body});
export const del = (path, options) => api(path, {...options, method: 'DELETE'});
/** Posts a FormData (file uploads) with the same errors and 401 handling as the JSON calls. */
export const upload = (path, form, options) => api(path, {...options, method: 'POST', form});

function queryString(query) {
    if (!query) {
        return '';
    }
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && value !== '') {
            params.append(key, String(value));
        }
    }
    const s = params.toString();
    return s ? '?' + s : '';
}

async function readBody(response) {
    if (response.status === 204 || response.status === 205) {
        return null;
    }
    const type = response.headers.get('Content-Type') || '';
    const text = await response.text().catch(() => '');
    if (!text) {
        return null;
    }
    if (type.includes('json')) {
        try {
            return JSON.parse(text);
        } catch {
            return null;
        }
    }
    return text;
}

function toError(response, data) {
    const problem = data && typeof data === 'object' ? data : {};
    return new ApiError({
        status: response.status,
        title: problem.title,
        detail: problem.detail || problem.title || t('error.unexpected', {status: response.status}),
        type: problem.type,
        errors: problem.errors,
        details: problem.details,
        retryAfter: retryAfterSeconds(response.headers.get('Retry-After')),
    });
}

/** Retry-After as seconds (it may be a number of seconds or an HTTP date). */
function retryAfterSeconds(value) {
    if (!value) {
        return undefined;
    }
    if (/^\d+$/.test(value.trim())) {
        return Number(value.trim());
    }
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(1, Math.ceil((at - Date.now()) / 1000));
}
