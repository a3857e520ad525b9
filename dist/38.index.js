export const id = 38;
export const ids = [38];
export const modules = {

/***/ 64038:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULTS: () => (/* binding */ DEFAULTS),
  readCluster: () => (/* binding */ readCluster)
});

// EXTERNAL MODULE: ./node_modules/@kubernetes/client-node/dist/index.js + 874 modules
var dist = __webpack_require__(41547);
// EXTERNAL MODULE: ./.build/src/core/cluster/snapshot.js
var cluster_snapshot = __webpack_require__(24544);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/kube/kubeconfig-limits.js
var kubeconfig_limits = __webpack_require__(93663);
;// CONCATENATED MODULE: ./.build/src/kube/kubeconfig.js






/** Why a kubeconfig cannot be used; the message never quotes the file's content. */
class KubeconfigError extends Error {
    name = 'KubeconfigError';
}
/**
 * Load a kubeconfig and select `context` (or the file's current-context).
 * The YAML is checked with our own parser first: the loader's parser quotes
 * the offending lines in its errors, and those lines may hold a token. Paths
 * inside a kubeconfig file (certificate-authority, client-key) are relative
 * to the file, as kubectl reads them.
 */
function loadKubeconfig(source, context) {
    const text = 'content' in source ? source.content : readKubeconfigFile((0,external_node_path_.resolve)(source.cwd, source.path));
    if (Buffer.byteLength(text) > kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.P)
        throw new KubeconfigError(`larger than ${kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.P} bytes; not a kubeconfig`);
    checkYaml(text);
    const config = new dist/* KubeConfig */.ypW();
    try {
        config.loadFromString(text);
    }
    catch (err) {
        // The loader's own messages name fields (`clusters[0].cluster.server is missing`), never values.
        throw new KubeconfigError(`not a usable kubeconfig: ${err instanceof Error ? err.message : String(err)}`);
    }
    if ('path' in source)
        config.makePathsAbsolute((0,external_node_path_.dirname)((0,external_node_path_.resolve)(source.cwd, source.path)));
    const names = config.getContexts().map((c) => c.name);
    const wanted = context ?? config.getCurrentContext();
    if (wanted === '' || wanted === undefined) {
        throw new KubeconfigError(`it sets no current-context; name one of its contexts (${list(names)})`);
    }
    const ctx = config.getContextObject(wanted);
    if (ctx === null)
        throw new KubeconfigError(`context "${wanted}" is not in it (contexts: ${list(names)})`);
    config.setCurrentContext(wanted);
    if (config.getCurrentCluster() === null)
        throw new KubeconfigError(`context "${wanted}" names cluster "${ctx.cluster}", which is not in it`);
    return { config, context: wanted };
}
/**
 * Read a kubeconfig file; a FIFO or a device (a mistyped path, /dev/zero) is
 * refused before it is read: reading one would wait for a writer or never end.
 */
function readKubeconfigFile(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO does not wait for a writer; the type is judged on what was opened.
        fd = (0,external_node_fs_.openSync)(path, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            throw new KubeconfigError('not a regular file');
        if (st.size > kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.P)
            throw new KubeconfigError(`larger than ${kubeconfig_limits/* MAX_KUBECONFIG_BYTES */.P} bytes; not a kubeconfig`);
        return (0,external_node_fs_.readFileSync)(fd, 'utf8');
    }
    catch (err) {
        if (err instanceof KubeconfigError)
            throw err;
        const code = (0,values/* isRecord */.u4)(err) && typeof err.code === 'string' ? err.code : '';
        throw new KubeconfigError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code || 'error'})`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function checkYaml(text) {
    const lineCounter = new yaml_dist/* LineCounter */.HN();
    const doc = (0,yaml_dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const err = doc.errors[0];
    if (err !== undefined)
        throw new KubeconfigError(`not valid YAML (line ${lineCounter.linePos(err.pos[0]).line})`);
    if (!(0,yaml_dist/* isMap */.jh)(doc.contents))
        throw new KubeconfigError('not a kubeconfig (expected a YAML map with clusters, users and contexts)');
}
function list(names) {
    return names.length === 0 ? 'none' : names.map((n) => `"${n}"`).join(', ');
}

;// CONCATENATED MODULE: ./.build/src/kube/objects.js

/**
 * Raw API objects (parsed JSON, unknown shape) to the snapshot's types.
 * Every field is checked before use; an object without a name is skipped
 * (null), a field of the wrong type reads as absent.
 */
function field(o, ...path) {
    let cur = o;
    for (const k of path) {
        if (!(0,values/* isRecord */.u4)(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
function str(v) {
    return typeof v === 'string' ? v : null;
}
function stringMap(v) {
    const out = {};
    if (!(0,values/* isRecord */.u4)(v))
        return out;
    for (const [k, val] of Object.entries(v))
        if (typeof val === 'string')
            out[k] = val;
    return out;
}
function readyCondition(status) {
    const conds = field(status, 'conditions');
    if (!Array.isArray(conds))
        return null;
    for (const c of conds) {
        if (field(c, 'type') !== 'Ready')
            continue;
        return {
            type: 'Ready',
            status: str(field(c, 'status')) ?? 'Unknown',
            reason: str(field(c, 'reason')) ?? '',
            message: str(field(c, 'message')) ?? ''
        };
    }
    return null;
}
function meta(o) {
    const name = str(field(o, 'metadata', 'name'));
    if (name === null || name === '')
        return null;
    return { name, namespace: str(field(o, 'metadata', 'namespace')), labels: stringMap(field(o, 'metadata', 'labels')) };
}
function toNamespace(o) {
    const m = meta(o);
    return m === null ? null : { name: m.name, labels: m.labels };
}
function toStore(o) {
    const m = meta(o);
    if (m === null)
        return null;
    return { name: m.name, labels: m.labels, spec: field(o, 'spec') ?? null, ready: readyCondition(field(o, 'status')) };
}
function toClusterExternalSecret(o) {
    const m = meta(o);
    if (m === null)
        return null;
    const provisioned = field(o, 'status', 'provisionedNamespaces');
    const failed = field(o, 'status', 'failedNamespaces');
    return {
        name: m.name,
        labels: m.labels,
        spec: field(o, 'spec') ?? null,
        provisionedNamespaces: Array.isArray(provisioned) ? provisioned.filter((n) => typeof n === 'string') : [],
        failedNamespaces: Array.isArray(failed)
            ? failed.flatMap((f) => {
                const namespace = str(field(f, 'namespace'));
                return namespace === null ? [] : [{ namespace, reason: str(field(f, 'reason')) ?? '' }];
            })
            : [],
        ready: readyCondition(field(o, 'status'))
    };
}
function toExternalSecret(o) {
    const m = meta(o);
    if (m === null || m.namespace === null)
        return null;
    const owners = field(o, 'metadata', 'ownerReferences');
    const owner = Array.isArray(owners)
        ? (owners.map((r) => (field(r, 'kind') === 'ClusterExternalSecret' ? str(field(r, 'name')) : null)).find((n) => n !== null) ?? null)
        : null;
    const generation = field(o, 'metadata', 'generation');
    // "<generation>-<hash of the spec>" (ESO's format), so the part before the dash is the synced generation.
    const synced = str(field(o, 'status', 'syncedResourceVersion'));
    const syncedGeneration = synced !== null && /^\d+-/.test(synced) ? Number(synced.slice(0, synced.indexOf('-'))) : null;
    const target = str(field(o, 'spec', 'target', 'name'));
    return {
        namespace: m.namespace,
        name: m.name,
        owner,
        targetName: target !== null && target !== '' ? target : m.name,
        generation: typeof generation === 'number' ? generation : null,
        syncedGeneration,
        ready: readyCondition(field(o, 'status')),
        boundSecret: str(field(o, 'status', 'binding', 'name')) || null,
        refreshTime: str(field(o, 'status', 'refreshTime'))
    };
}

;// CONCATENATED MODULE: ./.build/src/kube/reads.js
const ESO_GROUP = 'external-secrets.io';
const CLUSTER_READS = [
    { what: 'namespaces', group: '', resource: 'namespaces', verb: 'list' },
    { what: 'stores', group: ESO_GROUP, resource: 'clustersecretstores', verb: 'list' },
    { what: 'clusterExternalSecrets', group: ESO_GROUP, resource: 'clusterexternalsecrets', verb: 'list' },
    { what: 'externalSecrets', group: ESO_GROUP, resource: 'externalsecrets', verb: 'list' }
];
/** `list namespaces` / `list clusterexternalsecrets.external-secrets.io`: the permission as `kubectl auth can-i` spells it. */
function permissionText(r) {
    return `${r.verb} ${r.group === '' ? r.resource : `${r.resource}.${r.group}`}`;
}

;// CONCATENATED MODULE: ./.build/src/kube/read-cluster.js






/** The bounds of one cluster read (docs/threat-model.md quotes them). */
const DEFAULTS = { callTimeoutMs: 10_000, totalTimeoutMs: 60_000, retries: 2, pageSize: 500, maxItems: 50_000 };
/** What each list is called in a notice. */
const LABEL = {
    namespaces: 'Namespaces',
    stores: 'ClusterSecretStores',
    clusterExternalSecrets: 'ClusterExternalSecrets',
    externalSecrets: 'ExternalSecrets'
};
/** ESO served `v1` from 0.16 on; older installs serve only `v1beta1`. */
const ESO_VERSIONS = ['v1', 'v1beta1'];
/**
 * Read what the review needs from a cluster: namespaces with their labels,
 * ClusterSecretStores, ClusterExternalSecrets and ExternalSecrets, with
 * their status (docs/cluster.md). Never throws and never writes: a
 * kubeconfig that cannot be used, an unreachable server, refused
 * credentials or a timeout give a snapshot with `reachable: false` and one
 * notice saying what was tried; a missing permission or CRD leaves that one
 * list null with a notice naming it, and the other lists are still read.
 */
async function readCluster(source, context, options = {}) {
    const o = { ...DEFAULTS, sleep: (ms) => new Promise((r) => setTimeout(r, ms)), ...options };
    let loaded;
    try {
        loaded = loadKubeconfig(source, context);
    }
    catch (err) {
        const what = 'content' in source ? 'the kubeconfig' : `the kubeconfig ${source.path}`;
        const why = err instanceof KubeconfigError ? err.message : 'cannot be loaded';
        return (0,cluster_snapshot/* unreachableSnapshot */.LL)(context ?? '(none)', `Cluster not read: ${what}: ${why}.`);
    }
    const reader = new Reader(loaded, o);
    const snapshot = {
        context: loaded.context,
        reachable: true,
        namespaces: null,
        stores: null,
        clusterExternalSecrets: null,
        externalSecrets: null,
        notices: []
    };
    let read = 0;
    for (const r of CLUSTER_READS) {
        const res = await reader.list(r);
        if (res.kind === 'fatal') {
            // The server, the credentials or the clock failed us: nothing more will work, so stop at one notice.
            const rest = read > 0 ? ' The rest was not read.' : '';
            if (read === 0)
                return (0,cluster_snapshot/* unreachableSnapshot */.LL)(loaded.context, `${res.notice}${rest}`);
            snapshot.notices.push(`${res.notice}${rest}`);
            break;
        }
        if (res.kind === 'missing') {
            snapshot.notices.push(res.notice);
            continue;
        }
        read++;
        switch (r.what) {
            case 'namespaces':
                snapshot.namespaces = res.items.map(toNamespace).filter((x) => x !== null);
                break;
            case 'stores':
                snapshot.stores = res.items.map(toStore).filter((x) => x !== null);
                break;
            case 'clusterExternalSecrets':
                snapshot.clusterExternalSecrets = res.items.map(toClusterExternalSecret).filter((x) => x !== null);
                break;
            case 'externalSecrets':
                snapshot.externalSecrets = res.items.map(toExternalSecret).filter((x) => x !== null);
                break;
        }
    }
    return snapshot;
}
class Reader {
    kc;
    o;
    core;
    custom;
    deadline;
    /** Whether the user's credentials come from a program (an exec plugin or an auth provider), whose errors are not ours to repeat. */
    plugin;
    /** The ESO API version the cluster serves, once known. */
    esoVersion = null;
    esoMissing = false;
    constructor(kc, o) {
        this.kc = kc;
        this.o = o;
        this.core = kc.config.makeApiClient(dist/* CoreV1Api */.f5Y);
        this.custom = kc.config.makeApiClient(dist/* CustomObjectsApi */.aVm);
        this.deadline = Date.now() + o.totalTimeoutMs;
        const user = kc.config.getCurrentUser();
        this.plugin = user !== null && (user.exec != null || user.authProvider != null);
    }
    async list(r) {
        if (r.group === '')
            return this.pages(r, (signal, cont) => this.core.listNamespace({ limit: this.o.pageSize, _continue: cont }, withSignal(signal)));
        if (this.esoMissing)
            return { kind: 'missing', notFound: true, notice: `${LABEL[r.what]} not read: ESO's API is not served by the cluster.` };
        const versions = this.esoVersion === null ? ESO_VERSIONS : [this.esoVersion];
        for (const version of versions) {
            const res = await this.pages(r, (signal, cont) => this.custom.listClusterCustomObject({ group: ESO_GROUP, version, plural: r.resource, limit: this.o.pageSize, _continue: cont }, withSignal(signal)));
            if (res.kind !== 'missing' || !res.notFound) {
                if (res.kind === 'ok')
                    this.esoVersion = version;
                return res;
            }
        }
        if (this.esoVersion === null)
            this.esoMissing = true;
        return {
            kind: 'missing',
            notFound: true,
            notice: `${LABEL[r.what]} not read: ESO's API (${ESO_GROUP} v1 or v1beta1) is not served by the cluster; is ESO installed?`
        };
    }
    /** Every page of one list, each call bounded and retried where worth it. */
    async pages(r, call) {
        const items = [];
        let cont;
        do {
            let page;
            try {
                page = await this.attempt(call, cont);
            }
            catch (f) {
                const failure = classify(f, r, this.o.callTimeoutMs, this.plugin);
                const where = `context "${this.kc.context}"`;
                if (failure.fatal) {
                    return { kind: 'fatal', notice: `Cluster not read (${where}): ${permissionText(r)} failed: ${failure.text}.` };
                }
                return { kind: 'missing', notFound: failure.notFound, notice: `${LABEL[r.what]} not read (${where}): ${failure.text}.` };
            }
            // Anything that is not a list (a sign-in page of a proxy, a web server at the kubeconfig's address) is no
            // cluster: reading it as an empty list would tell the review that nothing exists there.
            if (!(0,values/* isRecord */.u4)(page) || !Array.isArray(page.items)) {
                return {
                    kind: 'fatal',
                    notice: `Cluster not read (context "${this.kc.context}"): ${permissionText(r)} failed: ` +
                        'the answer is not a Kubernetes list; is the server of the kubeconfig a Kubernetes API server?'
                };
            }
            items.push(...page.items);
            // Typed lists (namespaces) come deserialized, where the field is `_continue`; custom objects come as raw JSON.
            const meta = (0,values/* isRecord */.u4)(page.metadata) ? page.metadata : {};
            const next = meta.continue ?? meta._continue;
            cont = typeof next === 'string' && next !== '' ? next : undefined;
            if (items.length > this.o.maxItems) {
                return {
                    kind: 'missing',
                    notFound: false,
                    notice: `${LABEL[r.what]} not used: more than ${this.o.maxItems}; nothing is said from a partial list.`
                };
            }
        } while (cont !== undefined);
        return { kind: 'ok', items };
    }
    async attempt(call, cont) {
        for (let i = 0;; i++) {
            const left = this.deadline - Date.now();
            if (left <= 0)
                throw new DeadlineError();
            try {
                return await bounded(Math.min(this.o.callTimeoutMs, left), (signal) => call(signal, cont));
            }
            catch (err) {
                if (!retryable(err) || i >= this.o.retries)
                    throw err;
                await this.o.sleep(backoffMs(err, i));
            }
        }
    }
}
class DeadlineError extends Error {
    name = 'DeadlineError';
}
class CallTimeout extends Error {
    name = 'CallTimeout';
}
/**
 * Run `fn` with a signal that aborts after `ms`, and give up at that time
 * even if `fn` ignores the signal (a credential plugin run before the
 * request cannot be aborted).
 */
async function bounded(ms, fn) {
    const controller = new AbortController();
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => {
            controller.abort();
            reject(new CallTimeout());
        }, ms);
    });
    try {
        return await Promise.race([fn(controller.signal), expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** Per-call options that hand the abort signal to the request (client-node sends with fetch). */
function withSignal(signal) {
    const mw = {
        pre: (ctx) => {
            ctx.setSignal(signal);
            return new dist/* Observable */.cPK(Promise.resolve(ctx));
        },
        post: (res) => new dist/* Observable */.cPK(Promise.resolve(res))
    };
    return { middleware: [mw], middlewareMergeStrategy: 'append' };
}
/** 250 ms, then 1 s; a server's Retry-After (capped at 5 s) wins. */
function backoffMs(err, attempt) {
    if (err instanceof dist/* ApiException */.UJ4) {
        const h = Number(err.headers['retry-after']);
        if (Number.isFinite(h) && h > 0)
            return Math.min(h, 5) * 1000;
    }
    return attempt === 0 ? 250 : 1000;
}
const NETWORK_WORDS = {
    ECONNREFUSED: 'connection refused',
    ENOTFOUND: 'host name not found',
    EAI_AGAIN: 'host name lookup failed',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed',
    ETIMEDOUT: 'connection timed out',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
    UND_ERR_SOCKET: 'connection closed',
    UND_ERR_HEADERS_TIMEOUT: 'no answer',
    CERT_HAS_EXPIRED: 'TLS: the server certificate has expired',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'TLS: the server certificate is not signed by the kubeconfig CA',
    SELF_SIGNED_CERT_IN_CHAIN: 'TLS: the server certificate is not signed by the kubeconfig CA',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS: the server certificate is not signed by the kubeconfig CA',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS: the server certificate is not signed by the kubeconfig CA',
    ERR_TLS_CERT_ALTNAME_INVALID: 'TLS: the server certificate does not name this host'
};
/** Network failures that a second try may not meet: the connection dropped mid-call. */
const RETRY_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
/**
 * Worth another try: 429 and 5xx answers (the server says "later") and a
 * connection dropped mid-call. Not retried: a refused connection, a timeout,
 * 401, 403 and 404 (trying again cannot change the answer, only the wait).
 */
function retryable(err) {
    if (err instanceof dist/* ApiException */.UJ4)
        return err.code === 429 || err.code >= 500;
    const code = errorCode(err);
    return code !== null && RETRY_CODES.has(code);
}
/**
 * Turn any failure into words that name what was tried, never a response
 * body or a credential: HTTP errors by status, network errors by their
 * code. Fatal failures (the server, the credentials or the clock) end the
 * read; the others (a permission, a resource not served, a server error on
 * one list) leave only that list unread. `plugin`: the credentials come
 * from a program, whose failure is told without its text.
 */
function classify(err, r, callTimeoutMs, plugin) {
    const failure = (fatal, text, notFound = false) => ({ fatal, text, notFound });
    if (err instanceof DeadlineError)
        return failure(true, 'the time for reading the cluster ran out');
    if (err instanceof CallTimeout || (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))) {
        return failure(true, `no answer within ${callTimeoutMs < 1000 ? `${callTimeoutMs} ms` : `${Math.round(callTimeoutMs / 1000)} s`}`);
    }
    if (err instanceof dist/* ApiException */.UJ4) {
        const code = err.code;
        if (code === 401)
            return failure(true, 'the API server refused the credentials (HTTP 401); the token may have expired');
        if (code === 403) {
            return failure(false, `permission denied (HTTP 403): the credentials may not "${permissionText(r)}" at cluster scope (docs/cluster.md)`);
        }
        // Every API server serves namespaces: a 404 there means the address is not one (a proxy path left out),
        // and the ESO lists would then be blamed on a missing ESO.
        if (code === 404 && r.group === '')
            return failure(true, 'not served (HTTP 404); the server of the kubeconfig does not serve the Kubernetes API at that address');
        if (code === 404)
            return failure(false, 'not served (HTTP 404)', true);
        return failure(false, `the API server answered HTTP ${code}`);
    }
    const code = errorCode(err);
    const syscall = (0,values/* isRecord */.u4)(err) && typeof err.syscall === 'string' ? err.syscall : '';
    // System errors of this machine carry a code like a failed connection does; what failed is in `syscall`.
    if (code !== null && syscall.startsWith('spawn'))
        return failure(true, `the kubeconfig's exec credential plugin could not be run (${code})`);
    if (code !== null && syscall === 'open')
        return failure(true, `a certificate or key file the kubeconfig names cannot be read (${code})`);
    if (code !== null)
        return failure(true, NETWORK_WORDS[code] ?? `cannot connect (${code})`);
    // Anything else failed before the request. A plugin's error is its stderr, or a JSON parse error that quotes
    // its output: either can hold the very token it was to print, and this notice goes into a pull request.
    if (plugin)
        return failure(true, "the kubeconfig's credential plugin failed (its output is not repeated: it may hold a credential)");
    // Without a plugin the error is the client's own, about the kubeconfig (`HTTP protocol is not allowed when skipTLSVerify is not set`).
    const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.slice(0, 200) ?? '';
    return failure(true, `the request could not be made: ${msg.replace(/\.+$/, '')}`);
}
/** The system or undici error code of a failed fetch (`fetch failed` wraps it in `cause`). */
function errorCode(err) {
    for (let e = err, depth = 0; (0,values/* isRecord */.u4)(e) && depth < 4; e = e.cause, depth++) {
        if (typeof e.code === 'string' && e.code !== '')
            return e.code;
    }
    return null;
}


/***/ })

};
