// Messages in zh-CN (default) and en. Feature modules may add their own keys with addMessages().
// Placeholders: {name}, filled from t(key, {name: ...}).

export const LANGUAGES = ['zh-CN', 'en'];
export const DEFAULT_LANG = 'zh-CN';
const STORAGE_KEY = 'solarpm.lang';

const messages = {
    'zh-CN': {
        'app.name': 'SolarPM',
        'app.tagline': '光伏电站 EPC 项目管理',
        'app.title': 'SolarPM 光伏项目管理',

        'lang.label': '界面语言',
        'lang.zh-CN': '中文',
        'lang.en': 'English',

        'login.heading': '登录',
        'login.intro': '使用公司账号登录',
        'login.username': '用户名',
        'login.password': '密码',
        'login.submit': '登录',
        'login.pending': '正在登录…',
        'login.wait': '请等待 {time}',
        'login.seconds': '{seconds} 秒',
        'login.throttled': '登录失败次数过多，请稍后再试。',
        'login.required': '请输入用户名和密码',
        'login.sessionEnded': '登录已失效，请重新登录',
        'login.signedOut': '您已安全退出',
        'login.features': '项目 · 看板 · 施工日报 · 采购 · 驾驶舱',

        'nav.main': '主导航',
        'nav.menu': '菜单',
        'nav.closeMenu': '关闭菜单',
        'nav.projects': '项目',
        'nav.boards': '看板',
        'nav.reports': '日报',
        'nav.procurement': '采购',
        'nav.purchaseOrders': '采购单',
        'nav.dashboard': '驾驶舱',
        'nav.milestones': '里程碑',
        'nav.notifications': '消息',
        'nav.admin': '管理',
        'shell.logout': '退出登录',
        'shell.skip': '跳到主要内容',
        'shell.signedInAs': '当前用户',

        'role.ADMIN': '系统管理员',
        'role.EXECUTIVE': '公司高管',
        'role.BRANCH_HEAD': '分公司负责人',
        'role.PROJECT_MANAGER': '项目经理',
        'role.SITE_LEAD': '现场负责人',
        'role.BUYER': '采购员',

        'soon.badge': '即将推出',
        'soon.note': '该功能正在建设中，上线后将显示在这里。',
        'soon.projects.title': '项目管理',
        'soon.projects.text': '从项目模板创建光伏项目，跟踪阶段关口、里程碑和项目成员。',
        'soon.boards.title': '任务看板',
        'soon.boards.text': '按项目查看任务看板，拖动卡片推进工作，控制在制品数量。',
        'soon.reports.title': '施工日报',
        'soon.reports.text': '现场负责人每天提交施工日报和现场照片，项目经理在线审核。',
        'soon.procurement.title': '采购管理',
        'soon.procurement.text': '物料、供应商和采购订单，并按历史价格核查报价。',
        'soon.dashboard.title': '管理驾驶舱',
        'soon.dashboard.text': '所有在建项目的进度、成本与风险一览，可按分公司查看。',

        'forbidden.title': '无权访问',
        'forbidden.text': '您的角色不能打开此页面。如需权限，请联系系统管理员。',
        'notFound.title': '页面不存在',
        'notFound.text': '地址 {path} 没有对应的页面。',
        'notFound.home': '返回首页',

        'common.loading': '加载中…',
        'common.retry': '重试',
        'common.cancel': '取消',
        'common.save': '保存',
        'common.create': '创建',
        'common.saving': '正在保存…',
        'common.confirm': '确定',
        'common.close': '关闭',
        'common.edit': '编辑',
        'common.search': '搜索',
        'common.none': '无',
        'common.empty': '暂无数据',
        'common.prev': '上一页',
        'common.next': '下一页',
        'common.pageInfo': '第 {from}–{to} 条，共 {total} 条',
        'common.pageEmpty': '共 0 条',
        'common.loadFailed': '加载失败',
        'common.required': '必填',

        'error.network': '无法连接服务器，请检查网络后重试。',
        'error.unexpected': '服务器返回了意外的响应（{status}）。',
        'error.form': '请修正标出的字段。',

        'admin.title': '系统管理',
        'admin.tab.users': '用户',
        'admin.tab.branches': '分公司',
        'admin.tab.audit': '审计日志',

        'users.searchLabel': '搜索用户',
        'users.searchPlaceholder': '用户名或姓名',
        'users.new': '新建用户',
        'users.col.username': '用户名',
        'users.col.displayName': '姓名',
        'users.col.branch': '分公司',
        'users.col.roles': '角色',
        'users.col.supervisor': '上级',
        'users.col.status': '状态',
        'users.col.actions': '操作',
        'users.status.active': '在职',
        'users.status.inactive': '已停用',
        'users.deactivate': '停用',
        'users.reactivate': '启用',
        'users.deactivateTitle': '停用账号？',
        'users.deactivateText': '停用后，{name}（{username}）将立即在所有设备上退出，并且无法再登录。',
        'users.reactivateTitle': '启用账号？',
        'users.reactivateText': '{name}（{username}）将可以再次登录。',
        'users.created': '已创建用户 {username}',
        'users.saved': '已保存用户 {username}',
        'users.deactivated': '已停用 {username}',
        'users.reactivated': '已启用 {username}',
        'users.createTitle': '新建用户',
        'users.editTitle': '编辑用户 {username}',
        'users.empty': '没有符合条件的用户',
        'users.noRoles': '未分配角色',
        'users.stale': '该用户已被他人修改，已重新加载最新数据。',

        'field.username': '用户名',
        'field.username.hint': '字母、数字、点、下划线或连字符，2–64 位',
        'field.displayName': '姓名',
        'field.password': '初始密码',
        'field.password.hint': '至少 6 位，用户登录后可自行修改',
        'field.phone': '手机号',
        'field.email': '邮箱',
        'field.language': '界面语言',
        'field.branch': '所属分公司',
        'field.branch.none': '无（总部）',
        'field.supervisor': '直接上级',
        'field.supervisor.none': '无',
        'field.roles': '角色',
        'field.code': '编码',
        'field.code.hint': '大写字母、数字、下划线或连字符，2–32 位，例如 EAST',
        'field.nameZh': '中文名称',
        'field.nameEn': '英文名称',

        'branches.new': '新建分公司',
        'branches.createTitle': '新建分公司',
        'branches.col.code': '编码',
        'branches.col.nameZh': '中文名称',
        'branches.col.nameEn': '英文名称',
        'branches.col.status': '状态',
        'branches.status.active': '启用',
        'branches.status.inactive': '停用',
        'branches.created': '已创建分公司 {code}',
        'branches.empty': '还没有分公司',

        'audit.filterLabel': '操作类型',
        'audit.all': '全部操作',
        'audit.col.time': '时间',
        'audit.col.actor': '操作人',
        'audit.col.action': '操作',
        'audit.col.target': '对象',
        'audit.col.detail': '详情',
        'audit.col.ip': 'IP 地址',
        'audit.system': '系统',
        'audit.empty': '暂无审计记录',
        'audit.action.LOGIN': '登录',
        'audit.action.LOGIN_FAILED': '登录失败',
        'audit.action.LOCKOUT': '账号锁定',
        'audit.action.LOGOUT': '退出登录',
        'audit.action.USER_CREATED': '创建用户',
        'audit.action.USER_UPDATED': '修改用户',
        'audit.action.USER_DEACTIVATED': '停用用户',
        'audit.action.USER_REACTIVATED': '启用用户',
        'audit.action.ROLES_CHANGED': '角色变更',
        'audit.action.PASSWORD_CHANGED': '修改密码',
        'audit.action.EXPORT': '导出',
    },
    en: {
        'app.name': 'SolarPM',
        'app.tagline': 'Project management for solar PV EPC',
        'app.title': 'SolarPM solar project management',

        'lang.label': 'Language',
        'lang.zh-CN': '中文',
        'lang.en': 'English',

        'login.heading': 'Sign in',
        'login.intro': 'Use your company account',
        'login.username': 'Username',
        'login.password': 'Password',
        'login.submit': 'Sign in',
        'login.pending': 'Signing in…',
        'login.wait': 'Wait {time}',
        'login.seconds': '{seconds} s',
        'login.throttled': 'Too many failed sign-ins. Please wait before trying again.',
        'login.required': 'Enter your username and password.',
        'login.sessionEnded': 'Your session has ended. Please sign in again.',
        'login.signedOut': 'You have signed out.',
        'login.features': 'Projects · Boards · Daily reports · Procurement · Dashboard',

        'nav.main': 'Main navigation',
        'nav.menu': 'Menu',
        'nav.closeMenu': 'Close menu',
        'nav.projects': 'Projects',
        'nav.boards': 'Boards',
        'nav.reports': 'Daily reports',
        'nav.procurement': 'Procurement',
        'nav.purchaseOrders': 'Purchase orders',
        'nav.dashboard': 'Dashboard',
        'nav.milestones': 'Milestones',
        'nav.notifications': 'Inbox',
        'nav.admin': 'Admin',
        'shell.logout': 'Sign out',
        'shell.skip': 'Skip to main content',
        'shell.signedInAs': 'Signed in as',

        'role.ADMIN': 'Administrator',
        'role.EXECUTIVE': 'Executive',
        'role.BRANCH_HEAD': 'Branch head',
        'role.PROJECT_MANAGER': 'Project manager',
        'role.SITE_LEAD': 'Site lead',
        'role.BUYER': 'Buyer',

        'soon.badge': 'Coming soon',
        'soon.note': 'This section is being built and will appear here.',
        'soon.projects.title': 'Projects',
        'soon.projects.text': 'Create PV projects from templates and track stage gates, milestones and team members.',
        'soon.boards.title': 'Task boards',
        'soon.boards.text': 'A board per project: move cards through the work and keep work in progress within limits.',
        'soon.reports.title': 'Daily construction reports',
        'soon.reports.text': 'Site leads file a daily report with site photos; project managers review it online.',
        'soon.procurement.title': 'Procurement',
        'soon.procurement.text': 'Materials, suppliers and purchase orders, with quotes checked against price history.',
        'soon.dashboard.title': 'Executive dashboard',
        'soon.dashboard.text': 'Progress, cost and risk of every active project at a glance, by branch.',

        'forbidden.title': 'No access',
        'forbidden.text': 'Your role cannot open this page. Ask an administrator if you need access.',
        'notFound.title': 'Page not found',
        'notFound.text': 'There is no page at {path}.',
        'notFound.home': 'Go to the start page',

        'common.loading': 'Loading…',
        'common.retry': 'Retry',
        'common.cancel': 'Cancel',
        'common.save': 'Save',
        'common.create': 'Create',
        'common.saving': 'Saving…',
        'common.confirm': 'Confirm',
        'common.close': 'Close',
        'common.edit': 'Edit',
        'common.search': 'Search',
        'common.none': 'None',
        'common.empty': 'Nothing here yet',
        'common.prev': 'Previous',
        'common.next': 'Next',
        'common.pageInfo': '{from}–{to} of {total}',
        'common.pageEmpty': '0 items',
        'common.loadFailed': 'Could not load',
        'common.required': 'Required',

        'error.network': 'Cannot reach the server. Check your connection and try again.',
        'error.unexpected': 'Unexpected response from the server ({status}).',
        'error.form': 'Please correct the marked fields.',

        'admin.title': 'Administration',
        'admin.tab.users': 'Users',
        'admin.tab.branches': 'Branches',
        'admin.tab.audit': 'Audit log',

        'users.searchLabel': 'Search users',
        'users.searchPlaceholder': 'Username or name',
        'users.new': 'New user',
        'users.col.username': 'Username',
        'users.col.displayName': 'Name',
        'users.col.branch': 'Branch',
        'users.col.roles': 'Roles',
        'users.col.supervisor': 'Supervisor',
        'users.col.status': 'Status',
        'users.col.actions': 'Actions',
        'users.status.active': 'Active',
        'users.status.inactive': 'Deactivated',
        'users.deactivate': 'Deactivate',
        'users.reactivate': 'Reactivate',
        'users.deactivateTitle': 'Deactivate account?',
        'users.deactivateText': '{name} ({username}) will be signed out on every device at once and can no longer sign in.',
        'users.reactivateTitle': 'Reactivate account?',
        'users.reactivateText': '{name} ({username}) will be able to sign in again.',
        'users.created': 'User {username} created',
        'users.saved': 'User {username} saved',
        'users.deactivated': '{username} deactivated',
        'users.reactivated': '{username} reactivated',
        'users.createTitle': 'New user',
        'users.editTitle': 'Edit user {username}',
        'users.empty': 'No users match',
        'users.noRoles': 'No roles',
        'users.stale': 'Someone else changed this user; the latest data has been loaded.',

        'field.username': 'Username',
        'field.username.hint': 'Letters, digits, dot, underscore or hyphen; 2–64 characters',
        'field.displayName': 'Display name',
        'field.password': 'Initial password',
        'field.password.hint': 'At least 6 characters; the user can change it after signing in',
        'field.phone': 'Mobile phone',
        'field.email': 'Email',
        'field.language': 'Language',
        'field.branch': 'Branch',
        'field.branch.none': 'None (head office)',
        'field.supervisor': 'Supervisor',
        'field.supervisor.none': 'None',
        'field.roles': 'Roles',
        'field.code': 'Code',
        'field.code.hint': 'Capital letters, digits, underscore or hyphen; 2–32 characters, e.g. EAST',
        'field.nameZh': 'Chinese name',
        'field.nameEn': 'English name',

        'branches.new': 'New branch',
        'branches.createTitle': 'New branch',
        'branches.col.code': 'Code',
        'branches.col.nameZh': 'Chinese name',
        'branches.col.nameEn': 'English name',
        'branches.col.status': 'Status',
        'branches.status.active': 'Active',
        'branches.status.inactive': 'Inactive',
        'branches.created': 'Branch {code} created',
        'branches.empty': 'No branches yet',

        'audit.filterLabel': 'Action',
        'audit.all': 'All actions',
        'audit.col.time': 'Time',
        'audit.col.actor': 'Actor',
        'audit.col.action': 'Action',
        'audit.col.target': 'Target',
        'audit.col.detail': 'Detail',
        'audit.col.ip': 'IP address',
        'audit.system': 'System',
        'audit.empty': 'No audit entries',
        'audit.action.LOGIN': 'Sign-in',
        'audit.action.LOGIN_FAILED': 'Failed sign-in',
        'audit.action.LOCKOUT': 'Account locked',
        'audit.action.LOGOUT': 'Sign-out',
        'audit.action.USER_CREATED': 'User created',
        'audit.action.USER_UPDATED': 'User changed',
        'audit.action.USER_DEACTIVATED': 'User deactivated',
        'audit.action.USER_REACTIVATED': 'User reactivated',
        'audit.action.ROLES_CHANGED': 'Roles changed',
        'audit.action.PASSWORD_CHANGED': 'Password changed',
        'audit.action.EXPORT': 'Export',
    },
};

export const ROLES = ['ADMIN', 'EXECUTIVE', 'BRANCH_HEAD', 'PROJECT_MANAGER', 'SITE_LEAD', 'BUYER'];

let current = readStoredLang();
const listeners = new Set();

function readStoredLang() {
    try {
        const stored = localStorage.getItem(STORAGE_KEY);
        return LANGUAGES.includes(stored) ? stored : DEFAULT_LANG;
    } catch {
        return DEFAULT_LANG;
    }
}

/** The UI language: 'zh-CN' or 'en'. Also what every API request sends as Accept-Language. */
export function getLang() {
    return current;
}

/** True once the user picked a language on this device (so a sign-in should not override it). */
export function hasChosenLang() {
    try {
        return LANGUAGES.includes(localStorage.getItem(STORAGE_KEY));
    } catch {
        return false;
    }
}

/**
 * Switches the language, remembers it on this device and tells listeners (which re-render).
 * remember: false follows a user's profile language without recording a choice; silent: true
 * skips the listeners (the caller renders next anyway).
 */
export function setLang(lang, {remember = true, silent = false} = {}) {
    if (!LANGUAGES.includes(lang)) {
        return;
    }
    if (remember) {
        try {
            localStorage.setItem(STORAGE_KEY, lang);
        } catch {
            // private mode: the choice lasts for this page only
        }
    }
    if (lang === current) {
        return;
    }
    current = lang;
    applyDocumentLang();
    if (!silent) {
        listeners.forEach(fn => fn(lang));
    }
}

export function onLangChange(fn) {
    listeners.add(fn);
    return () => listeners.delete(fn);
}

export function applyDocumentLang() {
    document.documentElement.lang = current;
    document.title = t('app.title');
}

/** Adds or overrides messages of one language (for feature modules). */
export function addMessages(lang, dict) {
    Object.assign(messages[lang] || (messages[lang] = {}), dict);
}

/** The message for key in the current language, with {placeholders} filled from params. */
export function t(key, params) {
    const text = messages[current]?.[key] ?? messages[DEFAULT_LANG][key];
    if (text === undefined) {
        console.warn('[i18n] missing message', key);
        return key;
    }
    if (!params) {
        return text;
    }
    return text.replace(/\{(\w+)}/g, (m, name) => (params[name] === undefined || params[name] === null ? m : String(params[name])));
}

export function roleName(role) {
    return ROLES.includes(role) ? t('role.' + role) : role;
}

/** Roles in a stable order (most senior first), localised. */
export function roleNames(roles) {
    return [...(roles || [])].sort((a, b) => rank(a) - rank(b)).map(roleName);
}

function rank(role) {
    const i = ROLES.indexOf(role);
    return i < 0 ? ROLES.length : i;
}

const COMPANY_TIME_ZONE = 'Asia/Shanghai';

/** Date and time in the company time zone, in the UI language. */
export function formatDateTime(iso) {
    if (!iso) {
        return '';
    }
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) {
        return String(iso);
    }
    return new Intl.DateTimeFormat(current, {
        timeZone: COMPANY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
        hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false,
    }).format(date);
}
