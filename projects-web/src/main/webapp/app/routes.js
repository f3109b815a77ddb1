// The screens of SolarPM. To add one: create a module under views/ exporting
// render(container, params) (params: the route's :segments plus `query`; it may return a cleanup
// function), and add an entry here. Entries with `nav` appear in the navigation, in this order.
//
//   path:   hash path pattern, ':name' segments, optional with '?'
//   view:   () => import(...) of the view module (loaded on first visit)
//   nav:    {id, label (i18n key), icon (dom.js icon name)} to list it in the navigation
//   roles:  roles that may open it (any of them); omitted = every signed-in user
//   public: true for pages shown without signing in (drawn without the navigation shell)

export const routes = [
    {path: '/login', public: true, view: () => import('./views/login.js')},
    {path: '/projects/:id?/:view?', nav: {id: 'projects', label: 'nav.projects', icon: 'projects'}, view: () => import('./views/projects.js')},
    {path: '/boards', nav: {id: 'boards', label: 'nav.boards', icon: 'boards'}, view: () => import('./views/boards.js')},
    {path: '/reports', nav: {id: 'reports', label: 'nav.reports', icon: 'reports'}, view: () => import('./views/reports.js')},
    {path: '/procurement', nav: {id: 'procurement', label: 'nav.procurement', icon: 'procurement'}, view: () => import('./views/procurement.js')},
    {path: '/purchase-orders/:tab?', nav: {id: 'purchase-orders', label: 'nav.purchaseOrders', icon: 'reports'},
        view: () => import('./views/purchase-orders.js')},
    {path: '/dashboard', nav: {id: 'dashboard', label: 'nav.dashboard', icon: 'dashboard'}, view: () => import('./views/dashboard.js')},
    {path: '/admin/:tab?', nav: {id: 'admin', label: 'nav.admin', icon: 'admin'}, roles: ['ADMIN'],
        view: () => import('./views/admin/admin.js')},
];

/** Where a user lands after signing in (and for '#/'), by their main role. */
export function homeFor(user) {
    const roles = user?.roles || [];
    if (roles.length === 1 && roles[0] === 'ADMIN') {
        return '/admin';
    }
    if (roles.includes('EXECUTIVE')) {
        return '/dashboard';
    }
    if (roles.includes('BUYER') && !roles.includes('PROJECT_MANAGER')) {
        return '/procurement';
    }
    if (roles.includes('SITE_LEAD') && !roles.includes('PROJECT_MANAGER')) {
        return '/reports';
    }
    return '/projects';
}
