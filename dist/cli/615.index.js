export const id = 615;
export const ids = [615];
export const modules = {

/***/ 67615:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/src/core/lint/index.js + 13 modules
var core_lint = __webpack_require__(90233);
// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var lint_format = __webpack_require__(33882);
// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(79072);
// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(44436);
// EXTERNAL MODULE: ./.build/src/core/parse.js + 3 modules
var parse = __webpack_require__(33072);
// EXTERNAL MODULE: ./.build/src/core/diff/selector.js
var selector = __webpack_require__(11330);
;// CONCATENATED MODULE: ./.build/src/core/verify/plan.js




/**
 * What `verify` must check: every remote secret the entries read, grouped by
 * the store they read it from, each with the entries (and so the Secrets)
 * that read it. Built from the lint model of files that passed lint, so every
 * entry has a store name and a remote name; `sources` are the same files,
 * parsed again only to point each reader at its `keyvaultsecretname` line.
 *
 * Deduplicates: a remote secret read by several entries is one check.
 */
function planVerify(releases, sources) {
    const stores = new Map();
    for (const r of releases)
        for (const s of r.stores)
            if (!stores.has(s.name))
                stores.set(s.name, s);
    const parsed = new Positions(sources);
    const plans = new Map();
    const checks = new Map();
    for (const release of releases) {
        for (const entry of release.entries) {
            let plan = plans.get(entry.store);
            if (plan === undefined) {
                plan = storePlan(entry, stores.get(entry.store), parsed);
                plans.set(entry.store, plan);
                checks.set(entry.store, new Map());
            }
            const byName = checks.get(entry.store) ?? new Map();
            const at = parsed.of(entry.file, [...entry.path, 'keyvaultsecretname']);
            for (const read of remoteReads(entry)) {
                const name = plan.location === null ? read.name : providerName(plan.location, read.name);
                let check = byName.get(name);
                if (check === undefined) {
                    check = { name, key: read.name, readers: [] };
                    byName.set(name, check);
                }
                const reader = {
                    file: entry.file,
                    ...at,
                    entry: entry.name,
                    kind: entry.kind,
                    secrets: targetsOf(entry),
                    properties: read.properties
                };
                check.readers.push(reader);
            }
        }
    }
    for (const [store, plan] of plans) {
        plan.checks = [...(checks.get(store)?.values() ?? [])].sort((a, b) => (0,compare/* compareStrings */.K)(a.name, b.name));
    }
    return { stores: [...plans.values()] };
}
/** Human name of a location, for messages: `Azure Key Vault https://x.vault.azure.net`, `Vault https://v:8200 (KV v2 mount "secret")`. */
function describeLocation(l) {
    switch (l.provider) {
        case 'azurekv':
            return `Azure Key Vault ${l.vaultUrl}`;
        case 'aws':
            return `${l.service === 'ParameterStore' ? 'AWS Parameter Store' : 'AWS Secrets Manager'} in ${l.region}`;
        case 'vault':
            return `Vault ${l.server} (KV ${l.version} mount "${l.mount}")`;
    }
}
/** A stable identity of a location: two stores with the same key are checked once. */
function locationKey(l) {
    switch (l.provider) {
        case 'azurekv':
            return `azurekv ${l.vaultUrl.replace(/\/+$/, '').toLowerCase()}`;
        case 'aws':
            return `aws ${l.service} ${l.region}`;
        case 'vault':
            return `vault ${l.server.replace(/\/+$/, '')} ${l.version} ${l.mount}`;
    }
}
/** Where a provider block points. */
function locationOf(p) {
    switch (p.type) {
        case 'azurekv':
            return { provider: 'azurekv', vaultUrl: p.vaultUrl };
        case 'aws':
            return { provider: 'aws', service: p.service, region: p.region };
        case 'vault':
            return { provider: 'vault', server: p.server, mount: p.path.replace(/^\/+|\/+$/g, ''), version: p.version };
    }
}
/**
 * The path inside a Vault mount that ESO reads for a key, as its vault
 * provider builds it (`buildPath`): a key that starts with the mount has the
 * mount (and, on KV v2, a following `data/`) removed; otherwise the key is
 * the path. Other providers use the key as it is.
 */
function providerName(l, key) {
    if (l.provider !== 'vault')
        return key;
    const mount = `${l.mount}/`;
    if (l.mount === '' || !key.startsWith(mount))
        return key;
    const rest = key.slice(mount.length);
    return l.version === 'v2' && rest.startsWith('data/') ? rest.slice('data/'.length) : rest;
}
/**
 * The remote secrets an entry reads, each with the properties taken from it:
 * the kind module's secrets, and its `R#property` references for the properties.
 */
function remoteReads(entry) {
    const refs = (0,kinds/* remoteRefsOf */.OC)(entry);
    return (0,kinds/* remoteSecretsOf */.nH)(entry).map((name) => ({
        name,
        properties: refs.filter((r) => r.startsWith(`${name}#`)).map((r) => r.slice(name.length + 1))
    }));
}
function storePlan(entry, store, parsed) {
    if (store === undefined) {
        const at = parsed.of(entry.file, [...entry.path, 'clustersecstore']);
        return { store: entry.store, file: entry.file, ...at, location: null, checks: [] };
    }
    const at = parsed.of(store.file, [...store.path, 'name']);
    const plan = { store: store.name, file: store.file, ...at, location: locationOf(store.provider), checks: [] };
    if (store.provider.type === 'vault')
        plan.vaultAuth = store.provider.auth.mode;
    return plan;
}
function targetsOf(e) {
    if (e.target.kind === 'selector')
        return [{ namespace: null, selector: (0,selector/* selectorToString */.CI)(e.target.selector), name: e.secretName }];
    return [...new Set(e.target.namespaces)].map((namespace) => ({ namespace, selector: null, name: e.secretName }));
}
/** Source positions of value paths, parsing each file once and only when asked. */
class Positions {
    texts = new Map();
    parsed = new Map();
    constructor(sources) {
        for (const s of sources)
            if (!this.texts.has(s.name))
                this.texts.set(s.name, s);
    }
    of(file, path) {
        let p = this.parsed.get(file);
        if (p === undefined) {
            const source = this.texts.get(file);
            if (source === undefined)
                return { line: 1, column: 1 };
            p = (0,parse/* parseValuesFile */.gX)(source);
            this.parsed.set(file, p);
        }
        return p.positionOf(path);
    }
}

// EXTERNAL MODULE: ./.build/src/providers/directory.js
var directory = __webpack_require__(58789);
;// CONCATENATED MODULE: ./.build/src/verify/runner.js


/** Calls in flight per provider location: enough to hide latency, few enough not to trip rate limits. */
const CONCURRENCY = 8;
/**
 * A store is listed instead of checked name by name from this many
 * references on: below it, one call per name is at most a few calls anyway.
 */
const LIST_FROM = 2 * CONCURRENCY;
/** Default time one store (credentials included) may take before its unchecked names are reported. */
const STORE_TIMEOUT_MS = 30_000;
/**
 * Ask the providers about every remote secret of the plan. Stores that point
 * at the same location (same vault, account region, mount) are checked
 * together, each remote secret once. Per location:
 *
 * - from LIST_FROM references on, and where the provider lists names, the
 *   store is listed first, for at most ceil(references / concurrency) pages:
 *   that many sequential pages take no longer than the name-by-name calls
 *   would (which run `concurrency` at a time) and make far fewer calls. A
 *   listing that ends within that budget settles every name (absent means
 *   missing); a longer one is abandoned and the names it has not shown are
 *   checked one by one, so the worst case costs twice the time, never more;
 * - otherwise, or for what is left, names are checked in the provider's
 *   batch size, `concurrency` calls at a time.
 *
 * Each location gets `storeTimeoutMs` in all; a provider failure or the
 * timeout stops its remaining calls, and the names not settled by then are
 * reported as unchecked with the reason. Never throws for a provider's
 * failure.
 */
async function runVerify(plan, options) {
    const concurrency = options.concurrency ?? CONCURRENCY;
    const timeoutMs = options.storeTimeoutMs ?? STORE_TIMEOUT_MS;
    const groups = new Map();
    const results = [];
    for (const store of plan.stores) {
        if (store.location === null) {
            results.push({
                store: store.store,
                presence: {},
                unchecked: { names: store.checks.map((c) => c.name), reason: 'no given values file defines this store, so its provider is unknown' }
            });
            continue;
        }
        const key = locationKey(store.location);
        const group = groups.get(key) ?? { location: store.location, stores: [] };
        group.stores.push(store);
        groups.set(key, group);
    }
    const answers = await Promise.all([...groups.values()].map(async (g) => {
        const names = [...new Set(g.stores.flatMap((s) => s.checks.map((c) => c.name)))];
        return { g, answer: await checkLocation(g.location, names, options.connect, concurrency, timeoutMs) };
    }));
    for (const { g, answer } of answers) {
        for (const store of g.stores) {
            const presence = {};
            const left = [];
            for (const c of store.checks) {
                const p = answer.presence.get(c.name);
                if (p !== undefined)
                    presence[c.name] = p;
                else
                    left.push(c.name);
            }
            const result = { store: store.store, presence };
            if (left.length > 0) {
                const reason = answer.failure ?? 'no answer (internal error; please report it)';
                result.unchecked = { names: left, reason: answer.failureKind === 'no-credentials' ? reason + storeAuthNote(store) : reason };
            }
            results.push(result);
        }
    }
    const order = new Map(plan.stores.map((s, i) => [s.store, i]));
    return results.sort((a, b) => (order.get(a.store) ?? 0) - (order.get(b.store) ?? 0));
}
/** Why CI lacks what the cluster has: the store's own credentials only exist inside the cluster. */
function storeAuthNote(store) {
    switch (store.vaultAuth) {
        case 'kubernetes':
            return '; the store itself uses Kubernetes auth, which only works inside the cluster';
        case 'appRole':
            return '; the store itself uses AppRole with a Secret in the cluster, which verify does not use';
        case 'token':
            return '; the store itself uses a token from a Secret in the cluster, which verify does not use';
        case undefined:
            return '';
    }
}
async function checkLocation(location, names, connect, concurrency, timeoutMs) {
    const presence = new Map();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new directory/* ProviderError */.mZ('timeout', `no answer within ${timeoutMs / 1000} s from ${describeLocation(location)}`)), timeoutMs);
    const signal = controller.signal;
    const work = async () => {
        const dir = await connect(location, signal);
        if (dir.listPages !== undefined && names.length >= LIST_FROM)
            await listFirst(dir, names, presence, Math.ceil(names.length / concurrency), signal);
        const left = names.filter((n) => !presence.has(n));
        const batches = [];
        for (let i = 0; i < left.length; i += dir.batchSize)
            batches.push(left.slice(i, i + dir.batchSize));
        await forEachConcurrent(batches, concurrency, signal, async (batch) => {
            for (const [name, p] of await dir.check(batch, signal))
                if (!signal.aborted)
                    presence.set(name, p);
        });
    };
    try {
        // Raced against the timeout as well, so a call that ignores the abort signal cannot hold the run.
        await Promise.race([work(), rejectOnAbort(signal)]);
        return { presence };
    }
    catch (err) {
        // The timeout wins over whatever error the aborted call surfaced as.
        const reason = signal.aborted ? signal.reason : err;
        if (reason instanceof directory/* ProviderError */.mZ)
            return { presence: new Map(presence), failure: reason.message, failureKind: reason.kind };
        return { presence: new Map(presence), failure: `internal error: ${String(reason)}` };
    }
    finally {
        clearTimeout(timer);
    }
}
/** The listing pass of runVerify; a listing the provider refuses falls back to name-by-name checks. */
async function listFirst(dir, names, presence, budget, signal) {
    const key = (name) => dir.listingKey?.(name) ?? name;
    // Several references can be one listed name when the provider ignores case.
    const wanted = new Map();
    for (const name of names)
        wanted.set(key(name), [...(wanted.get(key(name)) ?? []), name]);
    let pages = 0;
    let complete = true;
    try {
        for await (const page of dir.listPages?.(signal) ?? []) {
            for (const [name, p] of page)
                for (const ref of wanted.get(key(name)) ?? [])
                    presence.set(ref, p);
            if (++pages >= budget) {
                complete = false;
                break;
            }
        }
    }
    catch (err) {
        // Listing is an optimisation: without the list permission (AWS ListSecrets) the per-name calls still work.
        if (err instanceof directory/* ProviderError */.mZ && err.kind === 'denied' && !signal.aborted)
            return;
        throw err;
    }
    if (!complete)
        return;
    for (const name of names)
        if (!presence.has(name) && (dir.listingCovers?.(name) ?? true))
            presence.set(name, { state: 'missing' });
}
/**
 * Run `fn` over `items`, at most `limit` at a time; the first failure stops
 * new calls and is rethrown once the running ones settle. By hand because
 * it is ten lines and must stop on the store's abort signal.
 */
async function forEachConcurrent(items, limit, signal, fn) {
    let next = 0;
    let failed = null;
    const worker = async () => {
        while (failed === null && !signal.aborted && next < items.length) {
            const item = items[next++];
            try {
                await fn(item);
            }
            catch (err) {
                failed ??= { err };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failed !== null)
        throw failed.err;
    if (signal.aborted)
        throw signal.reason;
}
function rejectOnAbort(signal) {
    return new Promise((_, reject) => {
        if (signal.aborted)
            reject(signal.reason);
        else
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
}

// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(29414);
;// CONCATENATED MODULE: ./.build/src/core/verify/findings.js



/** Secrets named in one message; the rest are counted, so a selector over many namespaces stays one readable line. */
const MAX_SECRETS_LISTED = 10;
/** Remote names listed in one `remote-unchecked` message. */
const MAX_NAMES_LISTED = 5;
/**
 * Turn what the providers answered into findings: one `remote-missing` per
 * remote secret that does not exist (at the first entry that reads it,
 * naming every Secret that would fail), one `remote-unchecked` per store
 * that could not be (fully) checked. `level` is the severity of
 * `remote-missing`; `remote-unchecked` is always a warning, since nothing is
 * known to be wrong. Sorted like lint findings.
 */
function verifyFindings(plan, results, level = 'error') {
    const byStore = new Map(results.map((r) => [r.store, r]));
    const out = [];
    for (const store of plan.stores) {
        const result = byStore.get(store.store);
        if (result === undefined) {
            out.push(unchecked(store, store.checks, 'it was not checked (internal error: no answer for this store; please report it)'));
            continue;
        }
        for (const check of store.checks) {
            const p = result.presence[check.name];
            if (p?.state === 'missing')
                out.push(missing(store, check, level, p.note));
        }
        if (result.unchecked !== undefined && result.unchecked.names.length > 0) {
            const names = new Set(result.unchecked.names);
            out.push(unchecked(store, store.checks.filter((c) => names.has(c.name)), result.unchecked.reason));
        }
    }
    const order = new Map();
    for (const s of plan.stores) {
        if (!order.has(s.file))
            order.set(s.file, order.size);
        for (const c of s.checks)
            for (const r of c.readers)
                if (!order.has(r.file))
                    order.set(r.file, order.size);
    }
    return out.sort((0,compare/* compareFindings */.E)(order));
}
function missing(store, check, level, note) {
    const [first, ...others] = check.readers;
    const where = store.location === null ? '' : ` in ${describeLocation(store.location)}`;
    const what = note === undefined ? 'does not exist' : `does not exist (${note})`;
    const name = check.key === check.name ? `"${check.name}"` : `"${check.key}" (path "${check.name}")`;
    const properties = [...new Set(check.readers.flatMap((r) => r.properties))];
    const secrets = [...new Set(check.readers.flatMap((r) => r.secrets.map(secretText)))];
    let message = `remote secret ${name} ${what}${where} (store "${store.store}"); ` +
        `${secrets.length === 1 ? 'this Secret' : `these ${secrets.length} Secrets`} would fail to sync (SecretSyncedError): ${listed(secrets)}`;
    if (properties.length > 0)
        message += `; properties read from it: ${properties.join(', ')}`;
    if (others.length > 0)
        message += `; also read at ${listed(others.map((r) => `${r.file}:${r.line}:${r.column}`), MAX_NAMES_LISTED)}`;
    // `level` is the action's and CLI's choice: at `warning` a missing secret never fails the run.
    return { ...(0,rules/* finding */.gk)('remote-missing', first?.file ?? store.file, first ?? store, message), severity: level };
}
function unchecked(store, checks, reason) {
    const where = store.location === null ? '' : ` (${describeLocation(store.location)})`;
    const names = checks.map((c) => c.key);
    const secrets = new Set(checks.flatMap((c) => c.readers.flatMap((r) => r.secrets.map(secretText))));
    const shown = names.slice(0, MAX_NAMES_LISTED).map((n) => `"${n}"`);
    if (names.length > MAX_NAMES_LISTED)
        shown.push(`${names.length - MAX_NAMES_LISTED} more`);
    return (0,rules/* finding */.gk)('remote-unchecked', store.file, store, `store "${store.store}"${where} was not checked: ${reason}; ` +
        `${names.length} remote ${names.length === 1 ? 'secret' : 'secrets'} read by ${secrets.size} ` +
        `${secrets.size === 1 ? 'Secret' : 'Secrets'} unverified: ${shown.join(', ')}`);
}
/** `namespace/name`, or `name (selector env=prod)`. */
function secretText(s) {
    return s.namespace !== null ? `${s.namespace}/${s.name}` : `${s.name} (selector ${s.selector ?? ''})`;
}
function listed(texts, max = MAX_SECRETS_LISTED) {
    const shown = texts.slice(0, max);
    return texts.length > max ? `${shown.join(', ')} and ${texts.length - max} more` : shown.join(', ');
}

;// CONCATENATED MODULE: ./.build/src/core/verify/report.js


/** The report of one verify run; deterministic (sorted by store, then remote name). */
function verifyReport(plan, results, level) {
    const byStore = new Map(results.map((r) => [r.store, r]));
    const missing = [];
    const unchecked = [];
    let checked = 0;
    for (const store of plan.stores) {
        const result = byStore.get(store.store);
        const location = store.location === null ? null : describeLocation(store.location);
        checked += store.checks.length;
        for (const check of store.checks) {
            const p = result?.presence[check.name];
            const first = check.readers[0];
            if (p?.state !== 'missing' || first === undefined)
                continue;
            const secrets = uniqueTargets(check.readers.flatMap((r) => r.secrets));
            missing.push({
                store: store.store,
                location: location ?? '',
                remote: check.key,
                ...(p.note !== undefined ? { note: p.note } : {}),
                file: first.file,
                line: first.line,
                column: first.column,
                secrets
            });
        }
        const names = result === undefined ? null : new Set(result.unchecked?.names ?? []);
        const left = store.checks.filter((c) => names === null || names.has(c.name));
        if (left.length > 0)
            unchecked.push({
                store: store.store,
                location,
                reason: result?.unchecked?.reason ?? 'no answer (internal error)',
                count: left.length,
                secrets: uniqueTargets(left.flatMap((c) => c.readers.flatMap((r) => r.secrets)))
            });
    }
    missing.sort((a, b) => (0,compare/* compareStrings */.K)(a.store, b.store) || (0,compare/* compareStrings */.K)(a.remote, b.remote));
    unchecked.sort((a, b) => (0,compare/* compareStrings */.K)(a.store, b.store));
    return { level, checked, missing, unchecked };
}
function uniqueTargets(targets) {
    const seen = new Map();
    for (const t of targets)
        seen.set(`${t.namespace ?? ''}\0${t.selector ?? ''}\0${t.name}`, t);
    return [...seen.values()].sort((a, b) => Number(a.namespace === null) - Number(b.namespace === null) ||
        (0,compare/* compareStrings */.K)(a.namespace ?? '', b.namespace ?? '') ||
        (0,compare/* compareStrings */.K)(a.selector ?? '', b.selector ?? '') ||
        (0,compare/* compareStrings */.K)(a.name, b.name));
}

;// CONCATENATED MODULE: ./.build/src/verify/connect.js

/**
 * The production Connect: one provider wrapper per location. The SDKs are
 * loaded on first use, so `lint` and `render` never pay for them.
 */
function providerConnector(settings) {
    const vaultTokens = new Map();
    let azure = settings.azureCredential;
    return async (location, signal) => {
        switch (location.provider) {
            case 'azurekv': {
                const { keyVaultDirectory } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(690), __webpack_require__.e(336), __webpack_require__.e(903)]).then(__webpack_require__.bind(__webpack_require__, 50903));
                if (azure === undefined) {
                    const { DefaultAzureCredential } = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(690), __webpack_require__.e(563)]).then(__webpack_require__.bind(__webpack_require__, 25563));
                    azure = new DefaultAzureCredential();
                }
                return keyVaultDirectory(location.vaultUrl, azure);
            }
            case 'aws':
                if (location.service === 'ParameterStore') {
                    const { parameterStoreDirectory } = await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(736), __webpack_require__.e(61)]).then(__webpack_require__.bind(__webpack_require__, 36061));
                    return parameterStoreDirectory(location.region);
                }
                return (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(994), __webpack_require__.e(509)]).then(__webpack_require__.bind(__webpack_require__, 32509))).secretsManagerDirectory(location.region);
            case 'vault': {
                const { vaultDirectory } = await __webpack_require__.e(/* import() */ 990).then(__webpack_require__.bind(__webpack_require__, 97990));
                const address = settings.env.VAULT_ADDR || location.server;
                const namespace = settings.env.VAULT_NAMESPACE || undefined;
                refuseCleartext(address);
                let token = vaultTokens.get(address);
                if (token === undefined) {
                    token = vaultToken(settings, address, namespace, signal);
                    vaultTokens.set(address, token);
                }
                return vaultDirectory({ address, token: await token, ...(namespace ? { namespace } : {}) }, location.mount, location.version);
            }
        }
    };
}
/** VAULT_TOKEN, else a JWT login with the workflow's OIDC token, else a ProviderError naming what is missing. */
async function vaultToken(settings, address, namespace, signal) {
    const fromEnv = settings.env.VAULT_TOKEN;
    if (fromEnv)
        return fromEnv;
    if (!settings.vaultRole)
        throw new directory/* ProviderError */.mZ('no-credentials', "no Vault token: set VAULT_TOKEN, or vault-role to log in with the workflow's OIDC token");
    if (settings.getIdToken === undefined)
        throw new directory/* ProviderError */.mZ('no-credentials', `no OIDC token for the Vault JWT login of role "${settings.vaultRole}" (only available in GitHub Actions)`);
    let jwt;
    try {
        jwt = await settings.getIdToken();
    }
    catch (err) {
        throw new directory/* ProviderError */.mZ('no-credentials', `no OIDC token for the Vault JWT login (the workflow needs "permissions: id-token: write"): ${(0,directory/* shortMessage */.Sq)(err)}`);
    }
    const { vaultJwtLogin } = await __webpack_require__.e(/* import() */ 990).then(__webpack_require__.bind(__webpack_require__, 97990));
    const token = await vaultJwtLogin({ address, ...(namespace ? { namespace } : {}) }, settings.vaultAuthPath || 'jwt', settings.vaultRole, jwt, signal);
    settings.onToken?.(token);
    return token;
}
/**
 * A Vault token is a bearer credential: it is only sent over https, or over
 * plain http to this machine (a local dev or test server).
 */
function refuseCleartext(address) {
    let url;
    try {
        url = new URL(address);
    }
    catch {
        throw new directory/* ProviderError */.mZ('failed', `the Vault address "${address}" is not a URL`);
    }
    // 127.0.0.0/8 as an address: a host name such as 127.example.com is anywhere.
    const loopback = ['localhost', '[::1]'].includes(url.hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(url.hostname);
    if (url.protocol === 'https:' || (url.protocol === 'http:' && loopback))
        return;
    throw new directory/* ProviderError */.mZ('failed', `refusing to send a Vault token to ${url.origin} over plain http; use https`);
}

;// CONCATENATED MODULE: ./.build/src/verify/verify.js





/**
 * Check every remote secret the releases read (files that passed lint).
 * Never throws for a provider's failure: that is a `remote-unchecked` finding.
 */
async function verifyReleases(releases, sources, settings) {
    const plan = planVerify(releases, sources);
    const results = await runVerify(plan, {
        connect: settings.connect ?? providerConnector(settings),
        ...(settings.storeTimeoutMs !== undefined ? { storeTimeoutMs: settings.storeTimeoutMs } : {})
    });
    const findings = verifyFindings(plan, results, settings.level);
    return {
        plan,
        results,
        findings,
        report: verifyReport(plan, results, settings.level),
        summary: {
            stores: plan.stores.length,
            remoteSecrets: plan.stores.reduce((n, s) => n + s.checks.length, 0),
            missing: findings.filter((f) => f.rule === 'remote-missing').length,
            unchecked: results.reduce((n, r) => n + (r.unchecked?.names.length ?? 0), 0)
        }
    };
}
/**
 * `12 remote secrets in 2 stores: 8 present, 1 missing, 3 unchecked`. Not "checked 12": a run without
 * credentials checks none of them.
 */
function summaryLine(s) {
    const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
    const present = Math.max(0, s.remoteSecrets - s.missing - s.unchecked);
    return (`${plural(s.remoteSecrets, 'remote secret', 'remote secrets')} in ${plural(s.stores, 'store', 'stores')}: ` +
        `${present} present, ${s.missing} missing, ${s.unchecked} unchecked`);
}

// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(96329);
// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var files = __webpack_require__(45744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/commands/verify.js







const HELP = `Usage: secrets-injector verify [--format text|json] [options] <values files...>

Check that every remote secret the values read exists in the provider of its
store (Azure Key Vault, AWS Secrets Manager / Parameter Store, Vault/OpenBao
KV), asking for names and metadata only, never a value. Lint runs first; with
lint errors nothing is asked. See docs/verify.md for the permissions needed.

Credentials come from each SDK's default chain (azure/login or AZURE_* for
Azure, aws-actions/configure-aws-credentials or AWS_* for AWS) and, for Vault,
from VAULT_TOKEN or a JWT login with the GitHub Actions OIDC token
(--vault-role). VAULT_ADDR overrides every Vault store's server;
VAULT_NAMESPACE sets the namespace.

Options:
  --format text|json       text: file:line:col: severity: message [rule-id] (default);
                           json: an array of findings, as lint --format json
  --level error|warning    severity of remote-missing (default error; warning never fails)
  --vault-role ROLE        Vault role for the JWT login when VAULT_TOKEN is not set
  --vault-auth-path PATH   mount path of Vault's JWT auth method (default jwt)
  --timeout SECONDS        time each store may take (default ${STORE_TIMEOUT_MS / 1000})
  -h, --help               show this help

Findings: remote-missing (the remote secret does not exist: the Secrets that
read it would fail to sync), remote-unchecked (a store could not be asked:
no credentials, permission denied, unreachable, throttled or too slow).
Exit status: 0 nothing missing (warnings allowed), 1 lint errors or a
remote-missing error, 2 usage error.
`;
/** `secrets-injector verify`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        format: { type: 'string' },
        level: { type: 'string' },
        'vault-role': { type: 'string' },
        'vault-auth-path': { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,args/* choice */.Y)('format', values.format, ['text', 'json'], 'text');
    const level = (0,args/* choice */.Y)('level', values.level, ['error', 'warning'], 'error');
    const timeout = values.timeout === undefined ? STORE_TIMEOUT_MS / 1000 : Number(values.timeout);
    if (!Number.isFinite(timeout) || timeout <= 0 || timeout > 600)
        throw new cli_io/* UsageError */.eb(`--timeout must be a number of seconds between 0 and 600; got "${values.timeout ?? ''}"`);
    const sources = (0,files/* readSources */.tW)(positionals, io.cwd);
    const lint = (0,core_lint/* lintFiles */.ji)(sources);
    if ((0,core_lint/* hasErrors */.Cs)(lint.findings)) {
        const errors = lint.findings.filter((f) => f.severity === 'error');
        io.stdout(format === 'json' ? (0,lint_format/* formatFindingsJson */.gC)(errors) : (0,lint_format/* formatFindingsText */.$u)(errors));
        io.stderr('secrets-injector verify: lint errors (above); no provider was asked\n');
        return cli_io/* EXIT */.dc.findings;
    }
    const outcome = await verifyReleases(lint.releases, sources, {
        env: io.env,
        level,
        storeTimeoutMs: timeout * 1000,
        ...(values['vault-role'] ? { vaultRole: values['vault-role'] } : {}),
        ...(values['vault-auth-path'] ? { vaultAuthPath: values['vault-auth-path'] } : {}),
        ...(io.env.ACTIONS_ID_TOKEN_REQUEST_URL ? { getIdToken: githubIdToken } : {})
    });
    if (format === 'json')
        io.stdout((0,lint_format/* formatFindingsJson */.gC)(outcome.findings));
    else if (outcome.findings.length > 0)
        io.stdout((0,lint_format/* formatFindingsText */.$u)(outcome.findings));
    io.stderr(`secrets-injector verify: ${summaryLine(outcome.summary)}\n`);
    return (0,core_lint/* hasErrors */.Cs)(outcome.findings) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
/** The workflow's OIDC token, when the CLI runs inside GitHub Actions with `id-token: write`. */
async function githubIdToken() {
    const core = await Promise.all(/* import() */[__webpack_require__.e(119), __webpack_require__.e(421)]).then(__webpack_require__.bind(__webpack_require__, 96421));
    return core.getIDToken();
}


/***/ }),

/***/ 58789:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sq: () => (/* binding */ shortMessage),
/* harmony export */   e8: () => (/* binding */ networkCode),
/* harmony export */   mZ: () => (/* binding */ ProviderError),
/* harmony export */   rV: () => (/* binding */ isAbort)
/* harmony export */ });
/**
 * A provider's failure, translated at the wrapper: `message` is one sentence
 * for the `remote-unchecked` finding (what was tried, what was missing),
 * never a token or a value.
 */
class ProviderError extends Error {
    kind;
    name = 'ProviderError';
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** True when an error is the abort of our own signal (the store's timeout). */
function isAbort(err, signal) {
    if (signal?.aborted === true)
        return true;
    return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError');
}
/** The first line of an error's message, short, for findings. */
function shortMessage(err) {
    const msg = err instanceof Error ? err.message : String(err);
    const line = msg.split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
/** Node's socket error codes that mean the endpoint cannot be reached. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
/** The socket error code of an error or of its causes, if any. */
function networkCode(err) {
    for (let e = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
        const code = 'code' in e ? e.code : undefined;
        if (typeof code === 'string' && NETWORK_CODES.has(code))
            return code;
        e = 'cause' in e ? e.cause : undefined;
    }
    return undefined;
}


/***/ })

};
