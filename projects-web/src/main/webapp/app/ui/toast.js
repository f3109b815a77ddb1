// Short confirmations ("User created") in a polite live region. The region is a popover so it
// shows above an open modal dialog too (both live in the browser's top layer).

import {h} from '../dom.js';

let region;

export function toast(message, kind = 'success') {
    if (!region || !region.isConnected) {
        region = h('div', {class: 'toasts', role: 'status', 'aria-live': 'polite', popover: 'manual', testid: 'toasts'});
        document.body.append(region);
    }
    const item = h('div', {class: 'toast toast--' + kind, testid: 'toast'}, message);
    region.append(item);
    raise();
    setTimeout(() => item.classList.add('toast--leaving'), 3500);
    setTimeout(() => {
        item.remove();
        if (!region.firstChild && region.matches(':popover-open')) {
            region.hidePopover();
        }
    }, 4000);
}

/** Shows the region on top of whatever else is in the top layer now. */
function raise() {
    if (typeof region.showPopover !== 'function') {
        return;
    }
    if (region.matches(':popover-open')) {
        region.hidePopover();
    }
    region.showPopover();
}
