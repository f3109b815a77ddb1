// Hash routing: '#/admin/users?q=li' -> {path: '/admin/users', query: {q: 'li'}}.
// Route patterns use ':name' segments, optional with a trailing '?': '/admin/:tab?'.

/** The current location as {path, query}. */
export function currentLocation() {
    return parseHash(location.hash);
}

export function parseHash(hash) {
    const raw = (hash || '').replace(/^#/, '') || '/';
    const [pathPart, queryPart = ''] = raw.split('?', 2);
    const path = '/' + pathPart.split('/').filter(Boolean).join('/');
    const query = Object.fromEntries(new URLSearchParams(queryPart));
    return {path, query, href: raw};
}

/** Builds '#/path?query' (empty query values are left out). */
export function href(path, query) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query || {})) {
        if (value !== undefined && value !== null && value !== '') {
            params.append(key, String(value));
        }
    }
    const s = params.toString();
    return '#' + path + (s ? '?' + s : '');
}

/** Goes to a path. With replace, the current history entry is replaced (no extra Back step). */
export function navigate(path, query, {replace = false} = {}) {
    const target = href(path, query);
    if (target === location.hash) {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else if (replace) {
        history.replaceState(history.state, '', target);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
        location.hash = target;
    }
}

/** Finds the route whose pattern matches path: {route, params} or null. */
export function matchRoute(routes, path) {
    const segments = path.split('/').filter(Boolean);
    for (const route of routes) {
        const params = matchPattern(route.path, segments);
        if (params) {
            return {route, params};
        }
    }
    return null;
}

function matchPattern(pattern, segments) {
    const parts = pattern.split('/').filter(Boolean);
    if (segments.length > parts.length) {
        return null;
    }
    const params = {};
    for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        const segment = segments[i];
        if (part.startsWith(':')) {
            const optional = part.endsWith('?');
            const name = part.slice(1, optional ? -1 : undefined);
            if (segment === undefined) {
                if (!optional) {
                    return null;
                }
                continue;
            }
            params[name] = decodeURIComponent(segment);
        } else if (part !== segment) {
            return null;
        }
    }
    return params;
}

/** Calls onChange(location) now and on every hash change. */
export function startRouter(onChange) {
    window.addEventListener('hashchange', () => onChange(currentLocation()));
    onChange(currentLocation());
}
