// Tiny DOM helpers. All text goes through text nodes or textContent: never innerHTML with data.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an element: h('button', {class: 'btn', testid: 'login-submit', onclick: fn}, 'text', child...).
 * Props: class, testid (data-testid), dataset {}, style {}, on<event> handlers, boolean attributes
 * (true sets, false/null omits), and any other attribute or property by name. Children: strings,
 * numbers, Nodes, arrays; null, undefined and false are skipped.
 */
export function h(tag, props, ...children) {
    const el = document.createElement(tag);
    applyProps(el, props);
    append(el, children);
    return el;
}

function applyProps(el, props) {
    if (!props) {
        return;
    }
    for (const [key, value] of Object.entries(props)) {
        if (value === undefined || value === null || value === false) {
            continue;
        }
        if (key === 'class') {
            el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
        } else if (key === 'testid') {
            el.setAttribute('data-testid', value);
        } else if (key === 'dataset') {
            Object.assign(el.dataset, value);
        } else if (key === 'style') {
            Object.assign(el.style, value);
        } else if (key.startsWith('on') && typeof value === 'function') {
            el.addEventListener(key.slice(2).toLowerCase(), value);
        } else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'textContent') {
            el[key] = value;
        } else if (value === true) {
            el.setAttribute(key, '');
        } else {
            el.setAttribute(key, String(value));
        }
    }
}

/** Appends children (see h) to a parent. */
export function append(parent, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return parent;
}

/** Replaces all children of el. */
export function replace(el, ...children) {
    el.replaceChildren();
    return append(el, children);
}

// Icons: 24x24 stroke paths (static constants, never data).
const ICONS = {
    sun: 'M12 3v2M12 19v2M4.2 4.2l1.4 1.4M18.4 18.4l1.4 1.4M3 12h2M19 12h2M4.2 19.8l1.4-1.4M18.4 5.6l1.4-1.4M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z',
    projects: 'M3 7h18v13H3zM8 7V4h8v3M3 12h18',
    boards: 'M4 4h4v16H4zM10 4h4v10h-4zM16 4h4v13h-4z',
    reports: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
    procurement: 'M3 4h2l2.4 11h10.2L20 8H7M9 20a1 1 0 1 0 0-2a1 1 0 1 0 0 2zM17 20a1 1 0 1 0 0-2a1 1 0 1 0 0 2z',
    dashboard: 'M4 20h16M6 16v-5M11 16V8M16 16v-3M20 4l-5 4-4-2-6 4',
    admin: 'M12 3l8 3v6c0 5-3.5 8-8 9c-4.5-1-8-4-8-9V6zM9 12l2 2 4-4',
    milestones: 'M5 21V4M5 4h11l-2 4 2 4H5',
    bell: 'M6 16V11a6 6 0 0 1 12 0v5l2 2H4zM10 20a2 2 0 0 0 4 0',
    menu: 'M4 7h16M4 12h16M4 17h16',
    close: 'M6 6l12 12M18 6L6 18',
    logout: 'M15 4h4v16h-4M10 8l-4 4 4 4M6 12h10',
    globe: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18',
    plus: 'M12 5v14M5 12h14',
    search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM20 20l-4-4',
    edit: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
    clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 7v5l3 2',
    lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
};

export function icon(name, className) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.setAttribute('class', className ? 'icon ' + className : 'icon');
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', ICONS[name] || ICONS.sun);
    svg.append(path);
    return svg;
}
