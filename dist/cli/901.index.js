export const id = 901;
export const ids = [901];
export const modules = {

/***/ 93510:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lC: () => (/* binding */ CLUSTER_FLAGS),
  FC: () => (/* binding */ CLUSTER_FLAGS_HELP),
  Ix: () => (/* binding */ readClusterFromFlags)
});

// EXTERNAL MODULE: ./.build/src/core/cluster/snapshot.js
var snapshot = __webpack_require__(24544);
;// CONCATENATED MODULE: ./.build/src/kube/on-demand.js

/**
 * The oldest Node the Kubernetes client runs on: @kubernetes/client-node 2
 * sends its requests with undici 8, which needs Node 22.19 (on Node 20 it
 * fails while loading). The CLI itself runs on Node 20.
 */
const KUBE_CLIENT_MIN_NODE = '22.19.0';
/** Why this Node cannot load the Kubernetes client, or null when it can. */
function nodeProblem(version) {
    const [major = 0, minor = 0] = version.split('.').map(Number);
    const [minMajor = 0, minMinor = 0] = KUBE_CLIENT_MIN_NODE.split('.').map(Number);
    if (major > minMajor || (major === minMajor && minor >= minMinor))
        return null;
    return `reading a cluster needs Node ${KUBE_CLIENT_MIN_NODE} or later; this is Node ${version}`;
}
/**
 * `readCluster`, with the Kubernetes client loaded only now: it takes
 * hundreds of milliseconds to import, which every run without a kubeconfig
 * would pay for nothing. A runtime that cannot load it is one notice, like
 * any other cluster that cannot be read: never an error of the run.
 */
async function readClusterOnDemand(source, context, options = {}) {
    const problem = nodeProblem(process.versions.node);
    if (problem !== null)
        return (0,snapshot/* unreachableSnapshot */.LL)(context ?? '(none)', `Cluster not read: ${problem}.`);
    let readCluster;
    try {
        const loaded = await Promise.all(/* import() */[__webpack_require__.e(830), __webpack_require__.e(547), __webpack_require__.e(184)]).then(__webpack_require__.bind(__webpack_require__, 43184));
        readCluster = loaded.readCluster;
    }
    catch (err) {
        const why = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
        return (0,snapshot/* unreachableSnapshot */.LL)(context ?? '(none)', `Cluster not read: the Kubernetes client could not be loaded (${why.slice(0, 200)}).`);
    }
    return readCluster(source, context, options);
}

// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/cluster.js


/** The flags every cluster-aware command takes, for parseCommandArgs. */
const CLUSTER_FLAGS = {
    kubeconfig: { type: 'string' },
    context: { type: 'string' }
};
/** Help lines for CLUSTER_FLAGS, aligned with the other options. */
const CLUSTER_FLAGS_HELP = `  --kubeconfig FILE       read the cluster through this kubeconfig (read only: namespaces,
                          ClusterSecretStores, ClusterExternalSecrets, ExternalSecrets;
                          never Secrets; see docs/cluster.md)
  --context NAME          kubeconfig context to use (default: its current-context)`;
/**
 * Read the cluster when --kubeconfig is given, else null (the Kubernetes
 * client is loaded only then). A cluster that cannot be read is never an
 * error of the command: its notices go to stderr and the caller goes on
 * with what was read.
 */
async function readClusterFromFlags(values, io) {
    if (values.kubeconfig === undefined) {
        if (values.context !== undefined)
            throw new cli_io/* UsageError */.eb('--context needs --kubeconfig');
        return null;
    }
    if (values.kubeconfig === '')
        throw new cli_io/* UsageError */.eb('--kubeconfig needs a file');
    if (values.context === '')
        throw new cli_io/* UsageError */.eb('--context needs a name');
    const snapshot = await readClusterOnDemand({ path: values.kubeconfig, cwd: io.cwd }, values.context ?? null);
    for (const n of snapshot.notices)
        io.stderr(`secrets-injector: ${n}\n`);
    return snapshot;
}


/***/ }),

/***/ 26939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jb: () => (/* binding */ secretStatus),
/* harmony export */   TN: () => (/* binding */ oneLine)
/* harmony export */ });
/* unused harmony export MAX_MESSAGE */
/** Controller messages can quote whole provider responses; the review needs the first sentence or so. */
const MAX_MESSAGE = 300;
/** One line of at most MAX_MESSAGE characters. */
function oneLine(s) {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > MAX_MESSAGE ? `${flat.slice(0, MAX_MESSAGE - 1)}…` : flat;
}
/**
 * The status of the Secret `name` in `namespace`, which the values expect
 * the ClusterExternalSecret `clusterExternalSecret` to make. The Secret is
 * found by the name ExternalSecrets write to (`spec.target.name`), not by
 * the ExternalSecret's name, so a Secret whose ClusterExternalSecret a
 * change renames is still found; an ExternalSecret owned by the expected
 * ClusterExternalSecret wins over any other.
 */
function secretStatus(snapshot, namespace, name, clusterExternalSecret) {
    const base = { namespace, name, externalSecret: null, reason: null, message: null, refreshTime: null };
    if (snapshot.externalSecrets === null)
        return { ...base, state: 'unknown', message: 'ExternalSecrets could not be read' };
    const es = findExternalSecret(snapshot.externalSecrets, namespace, name, clusterExternalSecret);
    if (es !== null) {
        const at = { ...base, externalSecret: es.name, refreshTime: es.refreshTime };
        const ready = es.ready;
        if (ready?.status === 'True')
            return { ...at, state: 'ready', reason: nonEmpty(ready.reason) };
        if (ready?.status === 'False') {
            return { ...at, state: 'failing', reason: nonEmpty(ready.reason), message: ready.message ? oneLine(ready.message) : null };
        }
        return { ...at, state: 'pending', message: 'ESO has not reported on the ExternalSecret yet' };
    }
    const ces = snapshot.clusterExternalSecrets?.find((c) => c.name === clusterExternalSecret);
    const failed = ces?.failedNamespaces.find((f) => f.namespace === namespace);
    if (failed !== undefined) {
        return {
            ...base,
            state: 'failing',
            reason: 'ClusterExternalSecretFailed',
            message: oneLine(`ClusterExternalSecret ${clusterExternalSecret} could not create its ExternalSecret here: ${failed.reason}`)
        };
    }
    let why;
    if (snapshot.clusterExternalSecrets === null)
        why = 'no ExternalSecret makes it';
    else if (ces === undefined)
        why = `ClusterExternalSecret ${clusterExternalSecret} is not in the cluster`;
    else
        why = `ClusterExternalSecret ${clusterExternalSecret} has not made an ExternalSecret in this namespace`;
    return { ...base, state: 'not-created', message: why };
}
function findExternalSecret(all, namespace, secret, clusterExternalSecret) {
    const here = all.filter((e) => e.namespace === namespace && e.targetName === secret);
    if (here.length === 0)
        return null;
    const rank = (e) => (e.owner === clusterExternalSecret ? 0 : e.owner !== null ? 1 : 2);
    return [...here].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0] ?? null;
}
function nonEmpty(s) {
    return s === '' ? null : s;
}


/***/ }),

/***/ 24544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hl: () => (/* binding */ liveInventory),
/* harmony export */   LL: () => (/* binding */ unreachableSnapshot),
/* harmony export */   VW: () => (/* binding */ sortedBy)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79072);

/** A snapshot of a cluster that could not be read at all: one notice, every list unknown. */
function unreachableSnapshot(context, notice) {
    return {
        context,
        reachable: false,
        namespaces: null,
        stores: null,
        clusterExternalSecrets: null,
        externalSecrets: null,
        notices: [notice]
    };
}
/** Kubernetes sets this label on every namespace; a namespaces file may leave it out. */
const NAME_LABEL = 'kubernetes.io/metadata.name';
/**
 * The cluster's namespaces as the inventory selectors are expanded with,
 * normalized exactly as `parseNamespaceInventory` normalizes a namespaces
 * file (sorted by name, labels sorted, the name label added when absent, the
 * first of two equal names kept), so a live inventory and a file holding the
 * same namespaces expand every selector the same way.
 */
function liveInventory(namespaces) {
    const seen = new Map();
    for (const ns of namespaces) {
        if (seen.has(ns.name))
            continue;
        const labels = NAME_LABEL in ns.labels ? { ...ns.labels } : { ...ns.labels, [NAME_LABEL]: ns.name };
        seen.set(ns.name, sortLabels(labels));
    }
    const names = [...seen.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { namespaces: names.map((name) => ({ name, labels: seen.get(name) ?? {} })) };
}
function sortLabels(l) {
    const out = {};
    for (const k of Object.keys(l).sort())
        out[k] = l[k] ?? '';
    return out;
}
/** Sorted copy by a string key, for deterministic output whatever order the API server lists in. */
function sortedBy(items, key) {
    return [...items].sort((a, b) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(key(a), key(b)));
}


/***/ }),

/***/ 84597:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F1: () => (/* binding */ secretJson),
/* harmony export */   sh: () => (/* binding */ statusToJson)
/* harmony export */ });
/* unused harmony export STATUS_JSON_VERSION */
/** Version of the JSON interface documented in docs/status-json.md; bump on any breaking change. */
const STATUS_JSON_VERSION = 1;
/**
 * `secrets-injector status --format json`: fixed key order, 2-space indent,
 * trailing newline; objects rebuilt field by field so nothing outside the
 * documented shape leaks in.
 */
function statusToJson(r) {
    const doc = {
        version: STATUS_JSON_VERSION,
        context: r.context,
        reachable: r.reachable,
        inventory: r.inventory,
        counts: {
            ready: r.counts.ready,
            failing: r.counts.failing,
            pending: r.counts.pending,
            notCreated: r.counts.notCreated,
            unknown: r.counts.unknown,
            drift: r.counts.drift
        },
        stores: r.stores.map((s) => ({ name: s.name, file: s.file, state: s.state, reason: s.reason, message: s.message })),
        clusterExternalSecrets: r.clusterExternalSecrets.map((c) => ({
            name: c.name,
            file: c.file,
            store: c.store,
            secretName: c.secretName,
            inCluster: c.inCluster,
            note: c.note,
            secrets: c.secrets.map(secretJson)
        })),
        drift: {
            items: r.drift.items.map((d) => ({ kind: d.kind, name: d.name, drift: d.drift, fields: [...d.fields], managedBy: d.managedBy })),
            notChecked: [...r.drift.notChecked]
        },
        notices: [...r.notices]
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
/** One Secret's status as JSON data (shared with the `cluster` part of the diff JSON). */
function secretJson(s) {
    return {
        namespace: s.namespace,
        name: s.name,
        externalSecret: s.externalSecret,
        state: s.state,
        reason: s.reason,
        message: s.message,
        refreshTime: s.refreshTime
    };
}


/***/ }),

/***/ 42594:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uH: () => (/* reexport */ diff/* diffSides */.uH),
  tM: () => (/* reexport */ diffToJson),
  vd: () => (/* reexport */ parseNamespaceInventory)
});

// UNUSED EXPORTS: DIFF_JSON_VERSION, comparisonOf, describeSecrets, diffComparison, diffRecords, diffReleases, essentialComparison, matchesSelector, selectorCovers, selectorToString

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(29902);
// EXTERNAL MODULE: ./.build/src/core/diff/diff.js
var diff = __webpack_require__(21776);
// EXTERNAL MODULE: ./.build/src/core/diff/stores.js
var stores = __webpack_require__(64525);
;// CONCATENATED MODULE: ./.build/src/core/diff/comparison.js


/**
 * The part of a comparison its diff depends on, so a report bundle stays
 * small however large the repository: a Secret described the same on both
 * sides changes nothing and is left out, unless it reads from a store that
 * changed (a store change lists the Secrets reading from it); a store defined
 * the same on both sides is left out too. `diffComparison` gives the same
 * diff for the result as for the whole comparison: the diff only ever looks
 * at the first record of an identity and the first store of a name, and the
 * order of what is kept does not change.
 */
function essentialComparison(c) {
    const baseStores = firstBy(c.base.stores, (s) => s.name);
    const headStores = firstBy(c.head.stores, (s) => s.name);
    const changedStores = new Set([...new Set([...baseStores.keys(), ...headStores.keys()])].filter((n) => !sameJson(baseStores.get(n), headStores.get(n))));
    const baseFirst = firstBy(c.base.records, identityOf);
    const headFirst = firstBy(c.head.records, identityOf);
    const unchanged = (id) => sameJson(baseFirst.get(id), headFirst.get(id));
    const records = (rs, first) => rs.filter((r) => changedStores.has(r.store) || (first.get(identityOf(r)) === r && !unchanged(identityOf(r))));
    const stores = (ss, first) => ss.filter((s) => first.get(s.name) === s && changedStores.has(s.name));
    return {
        base: { records: records(c.base.records, baseFirst), stores: stores(c.base.stores, baseStores) },
        head: { records: records(c.head.records, headFirst), stores: stores(c.head.stores, headStores) },
        invalid: c.invalid
    };
}
function firstBy(items, key) {
    const m = new Map();
    for (const item of items)
        if (!m.has(key(item)))
            m.set(key(item), item);
    return m;
}
/** Both present and equal as data (absent on one side is a difference). */
function sameJson(a, b) {
    return a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);
}

// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(79072);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
;// CONCATENATED MODULE: ./.build/src/core/diff/json.js


/**
 * Version of the JSON interface documented in docs/diff-json.md; bump on any
 * breaking change. 2: a changed selector, or a switch between named
 * namespaces and a selector, is one `changed` item (field `selector`)
 * instead of a removal and an addition; store fields carry ESO's names
 * (`authType`, `identityId`, ...). Version 2 is not released yet (1.0.0
 * writes version 1), so the switch joined it without a bump.
 */
const DIFF_JSON_VERSION = 2;
/**
 * The diff as the stable JSON interface of docs/diff-json.md: fixed key
 * order, 2-space indent, trailing newline. Objects are rebuilt field by field
 * so that nothing outside the documented shape leaks into it. `extra.cluster`
 * (the cluster part of a review, already in its documented shape) is added
 * last when given.
 */
function diffToJson(d, extra = {}) {
    const doc = {
        version: DIFF_JSON_VERSION,
        counts: {
            added: d.counts.added,
            removed: d.counts.removed,
            changed: d.counts.changed,
            moved: d.counts.moved,
            storesChanged: d.counts.storesChanged
        },
        invalid: d.invalid.map((i) => ({
            side: i.side,
            file: i.file,
            line: i.line,
            column: i.column,
            scope: i.scope,
            externalSecret: i.externalSecret,
            store: i.store,
            rule: i.rule,
            message: i.message
        })),
        secrets: d.secrets.map((s) => ({
            namespace: s.namespace,
            selector: s.selector,
            name: s.name,
            change: s.change,
            externalSecret: (s.after ?? s.before)?.externalSecret ?? null,
            movedFrom: s.movedFrom ?? null,
            movedTo: s.movedTo ?? null,
            changes: s.changes.map((c) => ({ field: c.field, before: plain(c.before), after: plain(c.after) })),
            danger: [...s.danger],
            before: s.before ? record(s.before) : null,
            after: s.after ? record(s.after) : null
        })),
        stores: d.stores.map((s) => ({
            name: s.name,
            change: s.change,
            changes: s.changes.map((c) => ({ field: c.field, before: plain(c.before), after: plain(c.after) })),
            affects: s.affects.map((a) => ({ namespace: a.namespace, selector: a.selector, name: a.name })),
            danger: [...s.danger]
        })),
        ...(extra.cluster === undefined ? {} : { cluster: extra.cluster })
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
function record(r) {
    return {
        namespace: r.namespace,
        selector: r.selector,
        name: r.name,
        externalSecret: r.externalSecret,
        kind: r.kind,
        type: r.type,
        keys: [...r.keys],
        store: r.store,
        remoteRefs: [...r.remoteRefs],
        labels: plain(r.labels),
        refreshInterval: r.refreshInterval,
        refreshTime: r.refreshTime,
        creationPolicy: r.creationPolicy,
        deletionPolicy: r.deletionPolicy,
        file: r.file
    };
}
/** A field value as JSON data: undefined becomes null, object keys are sorted. */
function plain(v) {
    if (v === undefined)
        return null;
    if (Array.isArray(v))
        return v.map(plain);
    if ((0,values/* isRecord */.u4)(v)) {
        // Keys may be user labels: no prototype, so `__proto__` is a key like any other.
        const out = Object.create(null);
        for (const [k, val] of Object.entries(v).sort(([a], [b]) => (0,compare/* compareStrings */.K)(a, b)))
            out[k] = plain(val);
        return out;
    }
    return v;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/core/limits.js
var limits = __webpack_require__(21827);
// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(29414);
// EXTERNAL MODULE: ./.build/src/core/parse.js + 4 modules
var parse = __webpack_require__(27367);
;// CONCATENATED MODULE: ./.build/src/core/diff/inventory.js




/** Kubernetes sets this label on every namespace; selectors by name rely on it. */
const NAME_LABEL = 'kubernetes.io/metadata.name';
/**
 * Read the namespaces of a cluster with their labels, in one of three shapes:
 * the output of `kubectl get namespaces -o json` (`{items: [{metadata: {name,
 * labels}}]}`), a JSON/YAML list of `{name, labels}` (or bare names), or a
 * YAML map `name: {label: value}`. Never throws: problems are findings with a
 * position, and any error yields `inventory: null` so a wrong expansion of
 * selectors is never shown as if it were right.
 */
function parseNamespaceInventory(text, file) {
    const findings = [];
    const lineCounter = new dist/* LineCounter */.HN();
    const position = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const at = (node, message) => {
        findings.push((0,rules/* finding */.gk)('namespaces-file', file, position((0,dist/* isNode */.Ll)(node) ? (node.range?.[0] ?? 0) : 0), message));
    };
    // The same bounds as a values file: a pull request can put anything in this file too.
    const over = text.length > limits/* LIMITS */.b.fileBytes ? { offset: 0, message: `the file is larger than ${limits/* LIMITS */.b.fileBytes} bytes (limit)` } : (0,parse/* prescan */.Jj)(text);
    if (over !== null) {
        findings.push((0,rules/* finding */.gk)('namespaces-file', file, { line: 1, column: 1 }, over.message));
        return { inventory: null, findings };
    }
    let doc;
    try {
        // uniqueKeys: the library's check compares every key with every earlier one; names are checked below, in one pass.
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    }
    catch (err) {
        at(null, `cannot parse: ${err instanceof Error ? err.message : String(err)}`);
        return { inventory: null, findings };
    }
    for (const e of doc.errors)
        findings.push((0,rules/* finding */.gk)('namespaces-file', file, position(e.pos[0]), firstLine(e.message)));
    if (findings.length > 0)
        return { inventory: null, findings };
    const root = doc.contents;
    const out = [];
    if ((0,dist/* isMap */.jh)(root) && (0,dist/* isSeq */.oP)(root.get('items', true))) {
        const items = root.get('items', true);
        if ((0,dist/* isSeq */.oP)(items))
            for (const item of items.items)
                readItem(item, out, at);
    }
    else if ((0,dist/* isSeq */.oP)(root)) {
        for (const item of root.items)
            readItem(item, out, at);
    }
    else if ((0,dist/* isMap */.jh)(root)) {
        for (const pair of root.items) {
            const key = pair.key;
            const name = (0,dist/* isScalar */.jn)(key) && typeof key.value === 'string' ? key.value : '';
            if (!name) {
                at(key, 'namespace name must be a non-empty string');
                continue;
            }
            const labels = readLabels(pair.value, at);
            if (labels)
                out.push({ name, labels });
        }
    }
    else {
        at(root, 'expected `kubectl get namespaces -o json` output, a list of {name, labels}, or a map of name to labels');
    }
    const seen = new Map();
    for (const ns of out) {
        if (seen.has(ns.name)) {
            findings.push((0,rules/* warningFinding */.oL)('namespaces-file', file, { line: 1, column: 1 }, `namespace ${ns.name} is listed more than once; the first entry is used`));
            continue;
        }
        // Kubernetes adds this label itself; hand-written lists usually leave it out.
        if (!(NAME_LABEL in ns.labels))
            ns.labels = sortLabels({ ...ns.labels, [NAME_LABEL]: ns.name });
        seen.set(ns.name, ns);
    }
    if (findings.some((f) => f.severity === 'error'))
        return { inventory: null, findings: sortFindings(findings) };
    const namespaces = [...seen.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { inventory: { namespaces }, findings: sortFindings(findings) };
}
/** One list item: a bare name, `{name, labels}`, or a kubectl item `{metadata: {name, labels}}`. */
function readItem(item, out, at) {
    if ((0,dist/* isScalar */.jn)(item)) {
        if (typeof item.value === 'string' && item.value !== '')
            out.push({ name: item.value, labels: {} });
        else
            at(item, 'namespace name must be a non-empty string');
        return;
    }
    if (!(0,dist/* isMap */.jh)(item)) {
        at(item, 'expected a namespace: a name or {name, labels}');
        return;
    }
    const meta = item.get('metadata', true);
    const holder = (0,dist/* isMap */.jh)(meta) ? meta : item;
    const nameNode = holder.get('name', true);
    if (!(0,dist/* isScalar */.jn)(nameNode) || typeof nameNode.value !== 'string' || nameNode.value === '') {
        at(nameNode ?? holder, 'namespace without a name (expected `name:` or `metadata.name`)');
        return;
    }
    const labels = readLabels(holder.get('labels', true), at);
    if (labels)
        out.push({ name: nameNode.value, labels });
}
/** A labels map; scalar values that YAML typed (true, 1) are read as the text written. */
function readLabels(node, at) {
    if (node === null || node === undefined || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return {};
    if (!(0,dist/* isMap */.jh)(node)) {
        at(node, 'labels must be a map of label name to value');
        return null;
    }
    // Label names index it: no prototype, so `constructor` is a label like any other.
    const labels = Object.create(null);
    let ok = true;
    for (const pair of node.items) {
        if (!(0,dist/* isPair */.tO)(pair))
            continue;
        const k = pair.key;
        const v = pair.value;
        if (!(0,dist/* isScalar */.jn)(k) || typeof k.value !== 'string') {
            at(k, 'label name must be a string');
            ok = false;
            continue;
        }
        if (!(0,dist/* isScalar */.jn)(v) || v.value === null || typeof v.value === 'object') {
            at(v ?? k, `label ${k.value}: value must be a string`);
            ok = false;
            continue;
        }
        labels[k.value] = typeof v.value === 'string' ? v.value : (v.source ?? String(v.value));
    }
    return ok ? sortLabels(labels) : null;
}
function sortLabels(l) {
    const out = Object.create(null);
    for (const k of Object.keys(l).sort())
        out[k] = l[k] ?? '';
    return out;
}
/** Sorted, and each message cut: names and labels in it come from the file and must not make it grow without bound. */
function sortFindings(f) {
    return f
        .map((x) => (x.message.length > 300 ? { ...x, message: `${x.message.slice(0, 300)}…` } : x))
        .sort((a, b) => a.line - b.line || a.column - b.column);
}
function firstLine(s) {
    return (s.split('\n')[0] ?? s).replace(/"([^"]{60})[^"]+"/g, '"$1…"');
}

// EXTERNAL MODULE: ./.build/src/core/diff/selector.js
var selector = __webpack_require__(11330);
;// CONCATENATED MODULE: ./.build/src/core/diff/index.js
/**
 * The per-namespace Secret diff: pure functions over the normalized model.
 * The shells import these names, and docs/diff-json.md documents the JSON.
 */








/***/ })

};
