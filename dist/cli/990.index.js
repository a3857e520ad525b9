export const id = 990;
export const ids = [990];
export const modules = {

/***/ 97990:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vaultDirectory: () => (/* binding */ vaultDirectory),
/* harmony export */   vaultJwtLogin: () => (/* binding */ vaultJwtLogin)
/* harmony export */ });
/* unused harmony export vaultRequest */
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58789);

/**
 * Vault and OpenBao over their HTTP API, by hand: there is no official
 * Vault SDK for Node (node-vault is a community client as wide as the whole
 * API), and `verify` needs three calls: a JWT login, a KV v2 `metadata`
 * read and a `LIST`. None returns a secret value: KV v2 `data/` and KV v1
 * reads are never made.
 */
/**
 * Attempts per request: Vault answers 429 when a rate-limit quota is hit and
 * 5xx while a node is sealed or on standby behind a balancer.
 */
const ATTEMPTS = 3;
const BASE_DELAY_MS = 250;
/** The longest Retry-After we wait for; beyond it the per-store timeout is the better judge. */
const MAX_DELAY_MS = 5_000;
const RETRY_STATUS = new Set([429, 500, 502, 503, 504]);
/**
 * One Vault request with a small bounded retry: up to 3 attempts on 429 and
 * 5xx, waiting Retry-After when the server sends one (at most 5 s) or an
 * exponential backoff with jitter, so a rate-limited Vault is not hammered
 * and one blip does not leave a store unchecked.
 */
async function vaultRequest(conn, method, path, signal, body) {
    const url = `${conn.address.replace(/\/+$/, '')}/v1/${path}`;
    const headers = { accept: 'application/json' };
    if (conn.token !== undefined)
        headers['x-vault-token'] = conn.token;
    if (conn.namespace)
        headers['x-vault-namespace'] = conn.namespace;
    if (body !== undefined)
        headers['content-type'] = 'application/json';
    for (let attempt = 1;; attempt++) {
        let res;
        try {
            res = await fetch(url, { method, headers, signal, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
        }
        catch (err) {
            if ((0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .isAbort */ .rV)(err, signal))
                throw new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('timeout', `Vault did not answer in time`);
            throw new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('unreachable', `Vault at ${origin(conn.address)} is unreachable (${(0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .networkCode */ .e8)(err) ?? (0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .shortMessage */ .Sq)(err)})`);
        }
        const text = await res.text().catch(() => '');
        if (!RETRY_STATUS.has(res.status) || attempt >= ATTEMPTS)
            return { status: res.status, body: parseJson(text) };
        await sleep(retryDelay(res.headers.get('retry-after'), attempt), signal);
    }
}
/**
 * Log in with a JWT (the workflow's OIDC token) at `auth/<authPath>/login`
 * for `role`; returns the client token. The JWT and the token never appear
 * in an error message.
 */
async function vaultJwtLogin(conn, authPath, role, jwt, signal) {
    const path = `auth/${segments(authPath.replace(/^\/+|\/+$/g, ''))}/login`;
    const res = await vaultRequest(conn, 'POST', path, signal, { role, jwt });
    const auth = field(res.body, 'auth');
    const token = field(auth, 'client_token');
    if (res.status === 200 && typeof token === 'string' && token !== '')
        return token;
    throw new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('denied', `Vault JWT login at auth/${authPath} for role "${role}" failed (${res.status}${vaultErrors(res.body)})`);
}
/**
 * The secrets of one KV mount. KV v2: a `metadata/<path>` read per secret
 * (a current version that is deleted or destroyed counts as missing: ESO
 * cannot read it). KV v1 has no metadata endpoint, so a `LIST` of the parent
 * folder, one per folder however many of its secrets are checked.
 */
function vaultDirectory(conn, mount, version) {
    const folders = new Map();
    const list = (folder, signal) => {
        let p = folders.get(folder);
        if (p === undefined) {
            const path = [mount, folder].filter((s) => s !== '').join('/');
            p = vaultRequest(conn, 'GET', `${segments(path)}/?list=true`, signal).then((res) => {
                if (res.status === 404)
                    return null;
                if (res.status !== 200)
                    throw statusError(res, `LIST ${path}/`, conn);
                const keys = field(field(res.body, 'data'), 'keys');
                return new Set(Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : []);
            });
            folders.set(folder, p);
        }
        return p;
    };
    return {
        batchSize: 1,
        async check(names, signal) {
            const out = new Map();
            for (const name of names) {
                refuseDotSegments(mount, name);
                if (version === 'v1') {
                    const cut = name.lastIndexOf('/');
                    const keys = await list(cut < 0 ? '' : name.slice(0, cut), signal);
                    out.set(name, keys?.has(name.slice(cut + 1)) === true ? { state: 'present' } : { state: 'missing' });
                    continue;
                }
                const path = `${mount}/metadata/${name}`;
                const res = await vaultRequest(conn, 'GET', segments(path), signal);
                if (res.status === 404)
                    out.set(name, { state: 'missing' });
                else if (res.status === 200)
                    out.set(name, currentVersion(field(res.body, 'data')));
                else
                    throw statusError(res, `read of ${path}`, conn);
            }
            return out;
        }
    };
}
/**
 * The URL parser applies `.` and `..` segments (encodeURIComponent leaves
 * dots as they are), so `<mount>/metadata/../data/db` would be a read of a
 * secret's value, and a `..` in the mount could reach any path the token may
 * read. Such a path is not asked at all.
 */
function refuseDotSegments(mount, name) {
    const dots = (path) => path.split('/').some((s) => s === '.' || s === '..');
    if (dots(mount))
        throw new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('failed', `the mount "${mount}" has a "." or ".." segment; verify does not ask for such a path`);
    if (dots(name)) {
        throw new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('failed', `remote secret "${name}" has a "." or ".." path segment; verify does not ask for such a path (Vault would resolve it to another one)`);
    }
}
/** KV v2 metadata: is the current version readable? */
function currentVersion(data) {
    const current = field(data, 'current_version');
    const v = field(field(data, 'versions'), String(current));
    if (field(v, 'destroyed') === true)
        return { state: 'missing', note: `its current version ${String(current)} is destroyed` };
    const deleted = field(v, 'deletion_time');
    if (typeof deleted === 'string' && deleted !== '' && Date.parse(deleted) <= Date.now())
        return { state: 'missing', note: `its current version ${String(current)} is deleted` };
    return { state: 'present' };
}
function statusError(res, call, conn) {
    const detail = `${res.status}${vaultErrors(res.body)}`;
    if (res.status === 403 || res.status === 401)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('denied', `permission denied for ${call} at ${origin(conn.address)} (${detail})`);
    if (res.status === 429)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('throttled', `${call} was still rate-limited after ${ATTEMPTS} attempts (${detail})`);
    return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('failed', `${call} at ${origin(conn.address)} failed (${detail})`);
}
function vaultErrors(body) {
    const errors = field(body, 'errors');
    const texts = Array.isArray(errors) ? errors.filter((e) => typeof e === 'string' && e !== '') : [];
    return texts.length > 0 ? `: ${texts.join('; ').slice(0, 200)}` : '';
}
function retryDelay(retryAfter, attempt) {
    const seconds = retryAfter === null ? NaN : Number(retryAfter);
    if (Number.isFinite(seconds) && seconds >= 0)
        return Math.min(seconds * 1000, MAX_DELAY_MS);
    return Math.min(BASE_DELAY_MS * 2 ** (attempt - 1) * (0.5 + Math.random() / 2), MAX_DELAY_MS);
}
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('timeout', 'Vault did not answer in time'));
        const t = setTimeout(() => {
            signal.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        const onAbort = () => {
            clearTimeout(t);
            reject(new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('timeout', 'Vault did not answer in time'));
        };
        signal.addEventListener('abort', onAbort, { once: true });
    });
}
/** Each path segment URL-encoded, the slashes kept. */
function segments(path) {
    return path
        .split('/')
        .map((s) => encodeURIComponent(s))
        .join('/');
}
function origin(address) {
    try {
        return new URL(address).origin;
    }
    catch {
        return address;
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function field(v, key) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v[key] : undefined;
}


/***/ })

};
