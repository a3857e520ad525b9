export const id = 500;
export const ids = [500];
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

/***/ 90119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/src/core/cluster/status-json.js
var status_json = __webpack_require__(84597);
;// CONCATENATED MODULE: ./.build/src/core/cluster/review-json.js

/**
 * The `cluster` object of the diff JSON (docs/diff-json.md), present only
 * when a cluster was given: fixed key order, documented fields only.
 */
function clusterReviewJson(r) {
    return {
        context: r.context,
        reachable: r.reachable,
        inventory: r.inventory,
        fileWon: r.fileWon,
        secrets: r.changes.map((c) => ({ change: c.change, ...(0,status_json/* secretJson */.F1)(c.status) })),
        failingElsewhere: r.failingElsewhere.map(status_json/* secretJson */.F1),
        drift: r.drift !== null
            ? {
                items: r.drift.items.map((d) => ({
                    kind: d.kind,
                    name: d.name,
                    drift: d.drift,
                    fields: [...d.fields],
                    managedBy: d.managedBy
                })),
                notChecked: [...r.drift.notChecked]
            }
            : null,
        driftAgainst: r.driftAgainst,
        notices: [...r.notices]
    };
}

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(29902);
// EXTERNAL MODULE: ./.build/src/core/diff/withheld.js
var withheld = __webpack_require__(49616);
// EXTERNAL MODULE: ./.build/src/core/render/index.js
var render = __webpack_require__(28316);
// EXTERNAL MODULE: ./.build/src/core/cluster/drift.js
var drift = __webpack_require__(6897);
// EXTERNAL MODULE: ./.build/src/core/cluster/secret-status.js
var secret_status = __webpack_require__(26939);
;// CONCATENATED MODULE: ./.build/src/core/cluster/review.js





/**
 * Current status per Secret of the diff (the Secret as the cluster has it
 * now: for an added one usually `not-created`), the head's Secrets that fail
 * today outside the change, and drift of the cluster against the base.
 * Drift is judged against the base, because the head differs from the
 * cluster on purpose: that is the change under review.
 */
function reviewCluster(input) {
    const { diff, snapshot } = input;
    if (!snapshot.reachable) {
        // Nothing is known: every status would read "unknown", which says less than the one notice.
        const none = {
            changes: [],
            failingElsewhere: [],
            drift: null,
            driftNote: null,
            driftAgainst: 'base',
            notices: [...snapshot.notices]
        };
        return { context: snapshot.context, reachable: false, inventory: input.inventorySource, fileWon: input.fileWon, ...none };
    }
    const usable = (0,withheld/* withhold */.s)(input.base, input.head);
    const changes = [];
    const touched = new Set();
    for (const s of diff.secrets) {
        if (s.namespace === null)
            continue;
        const ces = (s.before ?? s.after)?.externalSecret ?? s.name;
        touched.add(key(s.namespace, s.name));
        changes.push({ change: s.change, status: (0,secret_status/* secretStatus */.Jb)(snapshot, s.namespace, s.name, ces) });
    }
    const against = input.driftAgainstHead === true ? 'head' : 'base';
    const baseWithheld = usable.invalid.some((i) => i.side === against);
    const failingElsewhere = [];
    const seen = new Set();
    for (const r of (0,describe/* describeSecrets */.tA)(usable.head, input.inventory)) {
        if (r.namespace === null || touched.has(key(r.namespace, r.name)) || seen.has(key(r.namespace, r.name)))
            continue;
        seen.add(key(r.namespace, r.name));
        const st = (0,secret_status/* secretStatus */.Jb)(snapshot, r.namespace, r.name, r.externalSecret);
        if (st.state === 'failing')
            failingElsewhere.push(st);
    }
    return {
        context: snapshot.context,
        reachable: snapshot.reachable,
        inventory: input.inventorySource,
        fileWon: input.fileWon,
        changes,
        failingElsewhere,
        // A base entry lint withheld would read as "in no values file" while it is applied: say nothing rather than that.
        drift: baseWithheld ? null : (0,drift/* detectDrift */.D9)((0,render/* renderReleases */.Rd)(against === 'head' ? usable.head : usable.base), snapshot),
        driftNote: baseWithheld ? `the ${against} values have lint errors` : null,
        driftAgainst: against,
        notices: [...snapshot.notices]
    };
}
function key(namespace, name) {
    return `${namespace}\u0000${name}`;
}

// EXTERNAL MODULE: ./.build/src/core/cluster/snapshot.js
var cluster_snapshot = __webpack_require__(24544);
// EXTERNAL MODULE: ./.build/src/core/diff/index.js + 3 modules
var core_diff = __webpack_require__(42594);
// EXTERNAL MODULE: ./.build/src/core/format/report.js + 8 modules
var report = __webpack_require__(18902);
// EXTERNAL MODULE: ./.build/src/core/lint/index.js + 13 modules
var lint = __webpack_require__(90233);
// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(96329);
// EXTERNAL MODULE: ./.build/src/cli/cluster.js + 1 modules
var cli_cluster = __webpack_require__(93510);
// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var files = __webpack_require__(45744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/commands/diff.js










const HELP = `Usage: secrets-injector diff [--base FILE]... [--head FILE]... [options]

Render the base and the head values files and compare the Kubernetes Secrets
they make, per namespace: added, removed, changed (keys, type, store, remote
references, labels, policies), plus changes of ClusterSecretStores with the
Secrets that read from them. No secret value is ever read.

Options:
  --base FILE             values file before the change (repeat for several releases)
  --head FILE             values file after the change (repeat for several releases)
                          Leave one side out, or give an empty file (/dev/null),
                          for files added or deleted: they diff against nothing.
                          With as many --base as --head files, the n-th of each
                          are two versions of one file (a file that cannot be
                          read on one side is then left out on the other too).
  --namespaces-file FILE  namespaces with labels, to expand label selectors into
                          namespaces: \`kubectl get namespaces -o json\` output, a
                          list of {name, labels}, or a YAML map name -> labels
${cli_cluster/* CLUSTER_FLAGS_HELP */.FC}
                          With a cluster: label selectors are expanded with its
                          namespaces (a --namespaces-file wins), and the output adds
                          what the cluster says now about each changed Secret and the
                          drift between the cluster and the base files.
  --format markdown|json  markdown (default) or the stable JSON of docs/diff-json.md
  -h, --help              show this help

Lint findings of base and head go to stderr. An entry, store or file with a
lint error is left out of the comparison on both sides (listed under
"invalid" in JSON, and first in Markdown); the rest is still compared.
Exit status: 0 diff printed (a diff is not a failure), 1 lint errors in base or
head or an unreadable namespaces file (the diff of the valid part is still
printed), 2 usage error. A cluster that cannot be read is not an error: the
reason goes to stderr and the diff is made without it.
`;
/** `secrets-injector diff`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        base: { type: 'string', multiple: true },
        head: { type: 'string', multiple: true },
        'namespaces-file': { type: 'string' },
        ...cli_cluster/* CLUSTER_FLAGS */.lC,
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (positionals.length > 0)
        throw new cli_io/* UsageError */.eb(`unexpected argument "${positionals[0]}"; give files with --base and --head`);
    const format = (0,args/* choice */.Y)('format', values.format, ['markdown', 'json'], 'markdown');
    const basePaths = values.base ?? [];
    const headPaths = values.head ?? [];
    if (basePaths.length === 0 && headPaths.length === 0)
        throw new cli_io/* UsageError */.eb('give at least one --base or --head file');
    const base = lintSide(basePaths, io.cwd);
    const head = lintSide(headPaths, io.cwd);
    const findings = [...base.findings, ...head.findings];
    let inventory;
    const nsFile = values['namespaces-file'];
    if (nsFile !== undefined) {
        const parsed = (0,files/* readNamespacesFile */.P2)(nsFile, io.cwd);
        findings.push(...parsed.findings);
        if (parsed.inventory)
            inventory = parsed.inventory;
    }
    if (findings.length > 0)
        io.stderr((0,lint/* formatFindingsText */.$u)(findings));
    const snapshot = await (0,cli_cluster/* readClusterFromFlags */.Ix)(values, io);
    let source = inventory === undefined ? 'none' : 'file';
    if (snapshot !== null && inventory === undefined && snapshot.namespaces !== null) {
        inventory = (0,cluster_snapshot/* liveInventory */.Hl)(snapshot.namespaces);
        source = 'cluster';
    }
    // --base and --head given as many times each are the versions of the same files, in order.
    const pairs = basePaths.length === headPaths.length ? new Map(basePaths.map((b, i) => [b, headPaths[i] ?? b])) : undefined;
    const diff = (0,core_diff/* diffSides */.uH)(base, head, inventory, pairs);
    const cluster = snapshot === null
        ? null
        : reviewCluster({
            diff,
            base,
            head,
            snapshot,
            inventory,
            inventorySource: source,
            fileWon: source === 'file',
            // No base files: what the cluster should hold is the head.
            driftAgainstHead: basePaths.length === 0
        });
    if (format === 'json')
        io.stdout((0,core_diff/* diffToJson */.tM)(diff, cluster === null ? {} : { cluster: clusterReviewJson(cluster) }));
    else
        io.stdout((0,report/* formatCliMarkdown */.nt)({ title: 'Secrets diff', findings: head.findings, diff, ...(cluster === null ? {} : { cluster }) }));
    return (0,lint/* hasErrors */.Cs)(findings) ? cli_io/* EXIT */.dc.findings : cli_io/* EXIT */.dc.ok;
}
/**
 * Lint one side. An empty file stands for a file that does not exist on
 * that side (added or deleted by the change), so it makes no release
 * instead of an "empty file" error.
 */
function lintSide(paths, cwd) {
    if (paths.length === 0)
        return { releases: [], invalid: [], findings: [] };
    // A refused file (a link out of the workspace, a device) has no text either, but is not an absent side.
    const sources = (0,files/* readSources */.tW)(paths, cwd).filter((s) => s.refused !== undefined || s.text.trim() !== '');
    if (sources.length === 0)
        return { releases: [], invalid: [], findings: [] };
    return (0,lint/* lintFiles */.ji)(sources);
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


/***/ })

};
