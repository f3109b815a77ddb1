// Who is signed in. The session itself is the HttpOnly cookie; this only remembers the user object.

import {get} from './api.js';
import {LANGUAGES, getLang, hasChosenLang, setLang} from './i18n.js';

let user = null;

export function currentUser() {
    return user;
}

export function setUser(next) {
    user = next || null;
}

export function hasRole(role) {
    return !!user && Array.isArray(user.roles) && user.roles.includes(role);
}

export function hasAnyRole(roles) {
    return !roles || roles.length === 0 || roles.some(hasRole);
}

/** Asks the server who we are (GET /me): the user, or null when not signed in. */
export async function loadUser() {
    try {
        user = await get('/me', undefined, {redirectOn401: false});
    } catch (e) {
        if (e.status !== 401) {
            throw e;
        }
        user = null;
    }
    return user;
}

/**
 * Until someone picks a language on this device, the UI follows the user's profile language
 * (without recording it as a choice). Returns true when the language changed.
 */
export function followProfileLanguage(profile, {silent = false} = {}) {
    if (!profile || hasChosenLang() || !LANGUAGES.includes(profile.language) || profile.language === getLang()) {
        return false;
    }
    setLang(profile.language, {remember: false, silent});
    return true;
}
