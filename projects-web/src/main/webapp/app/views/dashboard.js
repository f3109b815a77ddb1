// Executive dashboard (#/dashboard): a "coming soon" placeholder until the feature is built; replace this module then.
import {comingSoon} from './coming-soon.js';

export const render = comingSoon('dashboard', 'dashboard');
