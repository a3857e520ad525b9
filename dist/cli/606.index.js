export const id = 606;
export const ids = [606];
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

/***/ 97606:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT_UNREACHABLE: () => (/* binding */ EXIT_UNREACHABLE),
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(29902);
// EXTERNAL MODULE: ./.build/src/core/cluster/drift.js
var cluster_drift = __webpack_require__(6897);
// EXTERNAL MODULE: ./.build/src/core/cluster/secret-status.js
var secret_status = __webpack_require__(26939);
// EXTERNAL MODULE: ./.build/src/core/cluster/snapshot.js
var cluster_snapshot = __webpack_require__(24544);
;// CONCATENATED MODULE: ./.build/src/core/cluster/status-report.js




/**
 * The status of every ClusterSecretStore, ClusterExternalSecret and Secret
 * the releases define, plus drift between their render and the cluster.
 * Selectors are expanded with `inventory` (the cluster's namespaces, or a
 * namespaces file); without one, a selector's namespaces are the ones where
 * the ClusterExternalSecret has an ExternalSecret.
 */
function buildStatusReport(releases, rendered, snapshot, inventory) {
    const stores = (0,cluster_snapshot/* sortedBy */.VW)(releases.flatMap((r) => r.stores.map((s) => storeStatus(s.name, s.file, snapshot))), (s) => s.name);
    const records = (0,describe/* describeSecrets */.tA)([...releases], inventory.inventory ?? undefined);
    const entries = (0,cluster_snapshot/* sortedBy */.VW)(releases.flatMap((r) => r.entries), (e) => e.name);
    const clusterExternalSecrets = [];
    for (const e of entries) {
        const mine = records.filter((r) => r.externalSecret === e.name && r.file === e.file);
        const secrets = [];
        let note = null;
        const named = new Set();
        for (const r of mine) {
            if (r.namespace !== null) {
                if (!named.has(r.namespace))
                    secrets.push((0,secret_status/* secretStatus */.Jb)(snapshot, r.namespace, r.name, e.name));
                named.add(r.namespace);
                continue;
            }
            // A selector with no inventory: the namespaces where it has ExternalSecrets are all the cluster can say.
            const owned = (snapshot.externalSecrets ?? []).filter((x) => x.owner === e.name);
            for (const ns of new Set(owned.map((x) => x.namespace))) {
                if (!named.has(ns))
                    secrets.push((0,secret_status/* secretStatus */.Jb)(snapshot, ns, r.name, e.name));
                named.add(ns);
            }
            note = 'namespaces not known (no inventory): listed where it has ExternalSecrets';
        }
        const inCluster = snapshot.clusterExternalSecrets === null ? null : snapshot.clusterExternalSecrets.some((c) => c.name === e.name);
        clusterExternalSecrets.push({
            name: e.name,
            file: e.file,
            store: e.store,
            secretName: e.secretName,
            inCluster,
            secrets: (0,cluster_snapshot/* sortedBy */.VW)(secrets, (s) => s.namespace),
            note
        });
    }
    const drift = (0,cluster_drift/* detectDrift */.D9)(rendered, snapshot);
    const all = clusterExternalSecrets.flatMap((c) => c.secrets);
    const count = (s) => all.filter((x) => x.state === s).length;
    return {
        context: snapshot.context,
        reachable: snapshot.reachable,
        inventory: inventory.source,
        stores,
        clusterExternalSecrets,
        drift,
        counts: {
            ready: count('ready'),
            failing: count('failing'),
            pending: count('pending'),
            notCreated: count('not-created'),
            unknown: count('unknown'),
            drift: drift.items.length
        },
        notices: [...snapshot.notices]
    };
}
function storeStatus(name, file, snapshot) {
    const base = { name, file, reason: null, message: null };
    if (snapshot.stores === null)
        return { ...base, state: 'unknown', message: 'ClusterSecretStores could not be read' };
    const live = snapshot.stores.find((s) => s.name === name);
    if (live === undefined)
        return { ...base, state: 'not-created', message: 'not in the cluster' };
    const ready = live.ready;
    if (ready?.status === 'True')
        return { ...base, state: 'ready', reason: ready.reason || null };
    if (ready?.status === 'False') {
        return { ...base, state: 'failing', reason: ready.reason || null, message: ready.message ? (0,secret_status/* oneLine */.TN)(ready.message) : null };
    }
    return { ...base, state: 'pending', message: 'ESO has not validated the store yet' };
}

;// CONCATENATED MODULE: ./.build/src/core/cluster/status-text.js

const STATE_WORD = {
    ready: 'ready',
    failing: 'failing',
    pending: 'pending',
    'not-created': 'not created',
    unknown: 'unknown'
};
const WIDTH = Math.max(...Object.values(STATE_WORD).map((w) => w.length));
/** A state word padded to a column, so a terminal reader scans states down one column. */
function stateWord(s) {
    return STATE_WORD[s].padEnd(WIDTH);
}
/** Why a status is what it is: `reason: message`, either part optional. */
function statusDetail(s) {
    if (s.state === 'ready')
        return '';
    const parts = [s.reason, s.message].filter((p) => p !== null && p !== '');
    return parts.join(': ');
}
/** `secrets-injector status` for a terminal: counts, stores, ClusterExternalSecrets with their namespaces, drift, notices. */
function formatStatusText(r) {
    const out = [`Cluster context "${r.context}"`];
    if (!r.reachable) {
        out.push('The cluster could not be read:', ...r.notices.map((n) => `  ${n}`));
        return out.join('\n') + '\n';
    }
    const c = r.counts;
    out.push(`Secrets: ${c.ready} ready, ${c.failing} failing, ${c.pending} pending, ${c.notCreated} not created, ${c.unknown} unknown. ` +
        `Drift: ${c.drift === 0 && r.drift.notChecked.length === 0 ? 'none' : c.drift}.`);
    if (r.inventory === 'file')
        out.push('Selectors expanded with the namespaces file (it wins over the cluster).');
    out.push('', 'ClusterSecretStores');
    if (r.stores.length === 0)
        out.push('  (none in the values)');
    for (const s of r.stores)
        out.push(`  ${stateWord(s.state)}  ${s.name} (${s.file})${suffix(statusDetail(s))}`);
    out.push('', 'ClusterExternalSecrets');
    if (r.clusterExternalSecrets.length === 0)
        out.push('  (none in the values)');
    for (const ces of r.clusterExternalSecrets) {
        const where = ces.inCluster === null ? 'presence unknown' : ces.inCluster ? 'in the cluster' : 'not in the cluster';
        out.push(`  ${ces.name} (${ces.file}; Secret ${ces.secretName}; store ${ces.store}; ${where})`);
        if (ces.note !== null)
            out.push(`    (${ces.note})`);
        if (ces.secrets.length === 0)
            out.push('    (no namespace)');
        for (const s of ces.secrets)
            out.push(`    ${secretLine(s)}`);
    }
    out.push('', 'Drift');
    if (r.drift.items.length === 0 && r.drift.notChecked.length === 0)
        out.push('  none');
    for (const d of r.drift.items)
        out.push(`  ${(0,cluster_drift/* describeDrift */.ZP)(d)}`);
    for (const k of r.drift.notChecked)
        out.push(`  ${k}s not checked: they could not be read`);
    if (r.notices.length > 0)
        out.push('', 'Notices', ...r.notices.map((n) => `  ${n}`));
    return out.join('\n') + '\n';
}
function secretLine(s) {
    return `${stateWord(s.state)}  ${s.namespace}${suffix(statusDetail(s))}`;
}
function suffix(detail) {
    return detail === '' ? '' : `: ${detail}`;
}

// EXTERNAL MODULE: ./.build/src/core/cluster/status-json.js
var status_json = __webpack_require__(84597);
// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var lint_format = __webpack_require__(33882);
// EXTERNAL MODULE: ./.build/src/core/lint/index.js + 13 modules
var lint = __webpack_require__(90233);
// EXTERNAL MODULE: ./.build/src/core/pipeline.js
var pipeline = __webpack_require__(41773);
// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(96329);
// EXTERNAL MODULE: ./.build/src/cli/cluster.js + 1 modules
var cluster = __webpack_require__(93510);
// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var files = __webpack_require__(45744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/commands/status.js











const HELP = `Usage: secrets-injector status --kubeconfig FILE [options] <values files...>

What the cluster says now about everything the values files define: each
ClusterSecretStore (ready or failing), each ClusterExternalSecret and the
namespaces that got its ExternalSecret (ready, failing and why, not created
yet), and drift: resources marked as this tool's that no values file has,
resources the values define that are missing, and resources edited by hand.
Give every values file applied to the cluster: a marked resource of a file
left out is reported as in no values file.

Options:
${cluster/* CLUSTER_FLAGS_HELP */.FC}
  --namespaces-file FILE  expand label selectors with these namespaces instead of the
                          cluster's (same formats as for diff)
  --format text|json      text (default) or the stable JSON of docs/status-json.md
  -h, --help              show this help

Exit status: 0 status printed (failing Secrets and drift are reported, not
failures of the command), 1 lint errors, 2 usage error, 3 the cluster could
not be read at all (the reason is on stderr).
`;
/** The cluster could not be read at all; only `status` exits with it (for every other command a cluster is optional). */
const EXIT_UNREACHABLE = 3;
/** `secrets-injector status`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        ...cluster/* CLUSTER_FLAGS */.lC,
        'namespaces-file': { type: 'string' },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const format = (0,args/* choice */.Y)('format', values.format, ['text', 'json'], 'text');
    if (values.kubeconfig === undefined)
        throw new cli_io/* UsageError */.eb('give the cluster with --kubeconfig FILE');
    const { findings, releases, resources } = (0,pipeline/* lintAndRender */.R)((0,files/* readSources */.tW)(positionals, io.cwd));
    let fileInventory = null;
    const nsFile = values['namespaces-file'];
    if (nsFile !== undefined) {
        const parsed = (0,files/* readNamespacesFile */.P2)(nsFile, io.cwd);
        findings.push(...parsed.findings);
        fileInventory = parsed.inventory;
    }
    if (findings.length > 0)
        io.stderr((0,lint_format/* formatFindingsText */.$u)(findings));
    if (resources === null || (0,lint/* hasErrors */.Cs)(findings))
        return cli_io/* EXIT */.dc.findings;
    const snapshot = await (0,cluster/* readClusterFromFlags */.Ix)(values, io);
    if (snapshot === null)
        throw new cli_io/* UsageError */.eb('give the cluster with --kubeconfig FILE');
    let inventory = fileInventory;
    let source = fileInventory === null ? 'none' : 'file';
    if (inventory === null && snapshot.namespaces !== null) {
        inventory = (0,cluster_snapshot/* liveInventory */.Hl)(snapshot.namespaces);
        source = 'cluster';
    }
    const report = buildStatusReport(releases, resources, snapshot, { inventory, source });
    io.stdout(format === 'json' ? (0,status_json/* statusToJson */.sh)(report) : formatStatusText(report));
    return snapshot.reachable ? cli_io/* EXIT */.dc.ok : EXIT_UNREACHABLE;
}


/***/ }),

/***/ 6897:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ detectDrift),
/* harmony export */   ZP: () => (/* binding */ describeDrift)
/* harmony export */ });
/* unused harmony exports MAX_DRIFT_FIELDS, specDifferences, durationSeconds */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38917);
/* harmony import */ var _render_marking_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29619);


/** A hand edit is shown by where it is; ten paths say enough. */
const MAX_DRIFT_FIELDS = 10;
/**
 * Maps the tool writes in full from the values: a key in the live object
 * that the render lacks is an edit, because the API server never adds keys
 * there (labels of a selector, the template's data and metadata).
 */
const CLOSED_MAPS = [
    /^spec\.namespaceSelectors\[\d+\]\.matchLabels$/,
    /^spec\.conditions\[\d+\]\.namespaceSelector\.matchLabels$/,
    /^spec\.externalSecretSpec\.target\.template\.data$/,
    /^spec\.externalSecretSpec\.target\.template\.metadata\.labels$/,
    /^spec\.externalSecretSpec\.target\.template\.metadata\.annotations$/
];
/**
 * Fields of a ClusterExternalSecret the tool does not render, but which
 * change where or what ESO writes when set: each with the value that means
 * "unset" (the API server's default, where ESO's schema has one). Every
 * other field the tool leaves out is not compared, so a default a newer ESO
 * adds never shows as drift.
 */
const UNRENDERED_CES_FIELDS = [
    // `{}` selects every namespace, so only an absent selector is unset.
    { path: ['spec', 'namespaceSelector'], unset: (v) => v === undefined || v === null },
    { path: ['spec', 'namespaces'], unset: isEmpty },
    { path: ['spec', 'externalSecretName'], unset: isEmpty },
    { path: ['spec', 'externalSecretMetadata'], unset: isEmpty },
    { path: ['spec', 'externalSecretSpec', 'target', 'deletionPolicy'], unset: (v) => isEmpty(v) || v === 'Retain' },
    { path: ['spec', 'externalSecretSpec', 'target', 'immutable'], unset: (v) => isEmpty(v) || v === false },
    { path: ['spec', 'externalSecretSpec', 'target', 'template', 'mergePolicy'], unset: (v) => isEmpty(v) || v === 'Replace' },
    { path: ['spec', 'externalSecretSpec', 'target', 'template', 'templateFrom'], unset: isEmpty }
];
/**
 * Compare the rendered resources with the cluster. A resource is matched by
 * kind and name; only live resources carrying this tool's marking can be
 * reported as `not-in-values`, so nothing made by hand or by another tool
 * is ever called left over. Spec comparison covers the fields the tool
 * renders (see `specDifferences`), after the API server's defaulting.
 */
function detectDrift(rendered, snapshot) {
    const items = [];
    const notChecked = [];
    const lists = [
        { kind: 'ClusterSecretStore', live: snapshot.stores },
        { kind: 'ClusterExternalSecret', live: snapshot.clusterExternalSecrets }
    ];
    for (const { kind, live } of lists) {
        if (live === null) {
            notChecked.push(kind);
            continue;
        }
        const wanted = rendered.filter((r) => r.kind === kind);
        const byName = new Map(live.map((l) => [l.name, l]));
        for (const r of wanted) {
            const l = byName.get(r.metadata.name);
            if (l === undefined) {
                items.push({ kind, name: r.metadata.name, drift: 'missing', fields: [], managedBy: null });
                continue;
            }
            const fields = specDifferences(r, l.spec);
            if (!(0,_render_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .isMarked */ .rZ)(l.labels)) {
                items.push({ kind, name: r.metadata.name, drift: 'unmarked', fields, managedBy: l.labels[_render_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_BY_LABEL */ .lT] ?? null });
            }
            else if (fields.length > 0) {
                items.push({ kind, name: r.metadata.name, drift: 'edited', fields, managedBy: null });
            }
        }
        const names = new Set(wanted.map((r) => r.metadata.name));
        for (const l of live) {
            if ((0,_render_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .isMarked */ .rZ)(l.labels) && !names.has(l.name))
                items.push({ kind, name: l.name, drift: 'not-in-values', fields: [], managedBy: null });
        }
    }
    const kindOrder = (k) => (k === 'ClusterSecretStore' ? 0 : 1);
    items.sort((a, b) => kindOrder(a.kind) - kindOrder(b.kind) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    return { items, notChecked };
}
/**
 * Paths where the live spec differs from the rendered one, at most
 * MAX_DRIFT_FIELDS. Every field the tool renders must hold the same value
 * live (durations compared by length of time: `5m` equals `300s` and
 * `5m0s`); lists must have the same length; fields the API server adds by
 * defaulting are ignored, except inside the maps the tool writes in full
 * (CLOSED_MAPS) and the few unrendered fields that change what ESO does
 * (UNRENDERED_CES_FIELDS).
 */
function specDifferences(rendered, liveSpec) {
    const out = [];
    compare(rendered.spec, liveSpec, 'spec', out);
    if (rendered.kind === 'ClusterExternalSecret') {
        const live = { spec: liveSpec };
        const mine = { spec: rendered.spec };
        for (const f of UNRENDERED_CES_FIELDS) {
            if (at(mine, f.path) !== undefined)
                continue;
            const v = at(live, f.path);
            if (f.path[f.path.length - 1] === 'externalSecretName' && v === rendered.metadata.name)
                continue;
            if (!f.unset(v))
                out.push(f.path.join('.'));
        }
    }
    return [...new Set(out)].slice(0, MAX_DRIFT_FIELDS);
}
function compare(want, got, path, out) {
    if (out.length >= MAX_DRIFT_FIELDS)
        return;
    if (Array.isArray(want)) {
        if (!Array.isArray(got) || got.length !== want.length) {
            out.push(path);
            return;
        }
        want.forEach((w, i) => compare(w, got[i], `${path}[${i}]`, out));
        return;
    }
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(want)) {
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(got)) {
            out.push(path);
            return;
        }
        for (const [k, w] of Object.entries(want))
            compare(w, got[k], `${path}.${k}`, out);
        if (CLOSED_MAPS.some((re) => re.test(path))) {
            for (const k of Object.keys(got))
                if (!Object.hasOwn(want, k))
                    out.push(`${path}.${k}`);
        }
        return;
    }
    if (want === got)
        return;
    if (typeof want === 'string' && typeof got === 'string') {
        const a = durationSeconds(want);
        if (a !== null && a === durationSeconds(got))
            return;
    }
    out.push(path);
}
function at(obj, path) {
    let cur = obj;
    for (const key of path) {
        if (!(0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(cur))
            return undefined;
        cur = cur[key];
    }
    return cur;
}
function isEmpty(v) {
    if (v === undefined || v === null || v === '')
        return true;
    if (Array.isArray(v))
        return v.length === 0;
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_1__/* .isRecord */ .u4)(v))
        return Object.values(v).every(isEmpty);
    return false;
}
/** Seconds of a Go duration (`5m`, `1h30m`, `0.5s`, `5m0s`), or null when the text is not one. */
function durationSeconds(v) {
    if (!/^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/.test(v))
        return null;
    const unit = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
    let total = 0;
    for (const m of v.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g))
        total += Number(m[1]) * (unit[m[2] ?? 's'] ?? 1);
    return Math.round(total * 1e9) / 1e9;
}
const PLAIN = { code: (s) => s, text: (s) => s };
/** One drift item in words. */
function describeDrift(d, w = PLAIN) {
    const what = `${w.text(d.kind)} ${w.code(d.name)}`;
    const fields = d.fields.map((f) => w.code(f)).join(', ');
    switch (d.drift) {
        case 'not-in-values':
            return `${what} ${w.text('is in the cluster, marked as managed by this tool, but in no values file')}`;
        case 'missing':
            return `${what} ${w.text('is in the values but not in the cluster')}`;
        case 'edited':
            return `${what} ${w.text('was edited in the cluster: it differs from the render in')} ${fields}`;
        case 'unmarked': {
            const by = d.managedBy === null ? `no ${w.code(_render_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_BY_LABEL */ .lT)} label` : w.code(`${_render_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_BY_LABEL */ .lT}: ${d.managedBy}`);
            const differs = d.fields.length > 0 ? `; ${w.text('it differs from the render in')} ${fields}` : '';
            return `${what} ${w.text("is in the cluster but was not applied from this tool's render")} (${by})${differs}`;
        }
    }
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

/***/ 41773:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ lintAndRender),
/* harmony export */   e: () => (/* binding */ lintThenRenderEach)
/* harmony export */ });
/* harmony import */ var _lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90233);
/* harmony import */ var _render_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(28316);


/**
 * Lint, then render only if lint found no error. The shells (CLI, action,
 * publish) all go through here so none of them can render a broken file.
 */
function lintAndRender(sources) {
    const { findings, releases, invalid } = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(sources);
    if ((0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(findings))
        return { findings, releases, invalid, resources: null };
    return { findings, releases, invalid, resources: (0,_render_index_js__WEBPACK_IMPORTED_MODULE_1__/* .renderReleases */ .Rd)(releases) };
}
/**
 * lintAndRender for writing a stream: the same lint first, then the
 * resources made one at a time as the caller writes them (the CLI's
 * `render` to stdout), so a large render never holds them all.
 */
function lintThenRenderEach(sources) {
    const { findings, releases } = (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)(sources);
    return { findings, resources: (0,_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(findings) ? null : (0,_render_index_js__WEBPACK_IMPORTED_MODULE_1__/* .eachResource */ .wD)(releases) };
}


/***/ }),

/***/ 28316:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rd: () => (/* binding */ renderReleases),
/* harmony export */   wD: () => (/* binding */ eachResource)
/* harmony export */ });
/* unused harmony export renderRelease */
/* harmony import */ var _ces_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83857);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79072);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40917);
/* harmony import */ var _yaml_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(16069);



/**
 * Render one release: its ClusterSecretStores sorted by name, then its
 * ClusterExternalSecrets sorted by name. Sorting makes the output independent
 * of the order of entries in the values file. Pure; never throws on a model
 * built by normalizeRelease (lint reports what is missing; render does not
 * second-guess it).
 */
function renderRelease(release) {
    return [...eachResource([release])];
}
/** Render several releases, concatenated in the order given (file order). */
function renderReleases(releases) {
    return [...eachResource(releases)];
}
/**
 * The resources of renderReleases one at a time, made as they are asked
 * for: a render written as it is made never holds every resource at once,
 * which for 10,000 entries was the largest thing in memory.
 */
function* eachResource(releases) {
    for (const release of releases) {
        const stores = [...release.stores].sort((a, b) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.name, b.name));
        const entries = [...release.entries].sort((a, b) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(a.name, b.name) || a.index - b.index);
        for (const s of stores)
            yield (0,_store_js__WEBPACK_IMPORTED_MODULE_2__/* .renderClusterSecretStore */ .c)(s, release.apiVersion);
        for (const e of entries)
            yield (0,_ces_js__WEBPACK_IMPORTED_MODULE_0__/* .renderClusterExternalSecret */ .yb)(e, release.apiVersion);
    }
}



/***/ }),

/***/ 16069:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ib: () => (/* binding */ resourceFileName),
/* harmony export */   Nt: () => (/* binding */ resourceToYaml),
/* harmony export */   zZ: () => (/* binding */ toYamlChunks)
/* harmony export */ });
/* unused harmony exports needsQuotes, quote, toYaml */
/**
 * YAML output that means the same to every reader. kubectl, Argo CD and
 * Flux read manifests with YAML 1.1 rules (go-yaml v2 via sigs.k8s.io/yaml),
 * where `on`, `yes`, `n`, `0755`, `1_000` or `12:30` are not strings; other
 * tools use YAML 1.2. So a string is written plain only when it is plain
 * text under both:
 * - it starts with a letter, `_` or `/`, uses only `[A-Za-z0-9_./-]` (and
 *   `:` between such characters, for URLs), and is neither a YAML 1.1
 *   boolean or null word nor a bare exponent like `e5` (a float to some 1.1
 *   readers); or
 * - it is a Go duration like `5m` or `1h30m`.
 * Every other string is quoted: single quotes for printable ASCII with a `"`
 * (templates stay readable), else double quotes with JSON escapes plus
 * escapes for what YAML 1.1 treats as line breaks or forbids raw (U+0085,
 * U+2028, U+2029, DEL and C1 controls, BOM). Map keys follow the same rule.
 */
const SAFE_PLAIN = /^[A-Za-z_/][A-Za-z0-9_./-]*(?::[A-Za-z0-9_./-]+)*$/;
/** Go durations (`1m`, `1h30m`, `0.5s`): no YAML 1.1 or 1.2 number or timestamp looks like one. */
const DURATION = /^[0-9]+(?:\.[0-9]+)?(?:ns|us|ms|s|m|h)(?:[0-9]+(?:\.[0-9]+)?(?:ns|us|ms|s|m|h))*$/;
/** Printable ASCII: safe inside single quotes, which need no escapes. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** `e5`: the `yaml` package's YAML 1.1 float pattern accepts an exponent without digits before it. */
const BARE_EXPONENT = /^[eE][-+]?[0-9]+$/;
/** Plain words YAML 1.1 (any case) resolves to booleans or null. */
const YAML11_WORDS = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null']);
const UNSAFE_RAW = /[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g;
/** True when `s` must be quoted to stay a string under YAML 1.1 and 1.2. */
function needsQuotes(s) {
    // The YAML 1.1 words are all short: longer text skips the lower-casing.
    if (SAFE_PLAIN.test(s))
        return (s.length <= 5 && YAML11_WORDS.has(s.toLowerCase())) || BARE_EXPONENT.test(s);
    return !DURATION.test(s);
}
/**
 * A quoted scalar. Single quotes for printable ASCII text with a `"` and no
 * `'` (templates read better); otherwise double quotes with JSON escapes,
 * which are valid YAML escapes.
 */
function quote(s) {
    if (s.includes('"') && !s.includes("'") && PRINTABLE_ASCII.test(s))
        return `'${s}'`;
    return JSON.stringify(s).replace(UNSAFE_RAW, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/**
 * Why the writer is hand-written: the resources are a handful of fixed
 * shapes (string leaves in block maps and lists), and a general serializer
 * spends most of a render on what they never need. The `yaml` package builds
 * a Document node tree for every resource, runs each string through its tag
 * lookup and folding analysis and walks the tree again to print it: measured
 * on 10,000 entries that was about a third of `render`'s time and most of
 * its garbage. js-yaml's dump is faster but has its own idea of what needs
 * quotes (it writes `1_000` and `e5` plain, which YAML 1.1 readers retype)
 * and no hook for ours. What the output must be is small and fixed: the
 * quoting rule above, 2-space block style, lists indented under their key,
 * `[]`/`{}` for empty collections and the explicit `? key` form for keys
 * longer than YAML's 1,024-character limit on implicit keys. This writer
 * produces exactly what the `yaml` package produced with that rule as its
 * string tag: a property test (render.yaml.unit.test.ts) holds it to that
 * byte for byte, and reads its output back under YAML 1.1 and 1.2 as the
 * same objects.
 */
/** Longest implicit key YAML allows; longer keys take the explicit `? key` form. */
const MAX_IMPLICIT_KEY = 1024;
function scalar(v) {
    if (typeof v === 'string')
        return needsQuotes(v) ? quote(v) : v;
    if (typeof v === 'number')
        return Number.isFinite(v) ? (Object.is(v, -0) ? '-0' : String(v)) : Number.isNaN(v) ? '.nan' : v > 0 ? '.inf' : '-.inf';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    // null, and undefined list items (the only undefined that reaches here; map values that are undefined are left out).
    return 'null';
}
function isCollection(v) {
    return typeof v === 'object' && v !== null;
}
/** Keys repeat in every resource (`apiVersion`, `secretKey`...): their text is worked out once. */
const keyTexts = new Map();
const KEY_CACHE_LIMIT = 4096;
function keyText(k) {
    let text = keyTexts.get(k);
    if (text === undefined) {
        text = scalar(k);
        if (keyTexts.size < KEY_CACHE_LIMIT)
            keyTexts.set(k, text);
    }
    return text;
}
/**
 * The lines of a list or map at `indent`, the first of them starting with
 * `first` instead (a list item's `- ` or an explicit key's `: ` before it).
 * '' for an empty collection. Map values that are undefined are left out.
 */
function block(v, indent, first) {
    let out = '';
    let lead = first;
    if (Array.isArray(v)) {
        for (const item of v) {
            out += compact(item, indent, lead, '- ');
            lead = indent;
        }
        return out;
    }
    const inner = indent + '  ';
    // Keys, then values: no [key, value] pair made per entry, in a loop that runs for every line written.
    for (const k of Object.keys(v)) {
        const value = Reflect.get(v, k);
        if (value === undefined)
            continue;
        const key = keyText(k);
        if (key.length > MAX_IMPLICIT_KEY) {
            out += `${lead}? ${key}\n` + compact(value, indent, indent, ': ');
        }
        else if (!isCollection(value)) {
            out += `${lead}${key}: ${scalar(value)}\n`;
        }
        else {
            const body = block(value, inner, inner);
            out += body === '' ? `${lead}${key}: ${Array.isArray(value) ? '[]' : '{}'}\n` : `${lead}${key}:\n` + body;
        }
        lead = indent;
    }
    return out;
}
/**
 * `value` after a marker (`- ` or `: `) that starts the line with `lead`: a
 * collection starts on that line and goes on two columns in, where the
 * marker's content starts.
 */
function compact(value, indent, lead, marker) {
    if (!isCollection(value))
        return `${lead}${marker}${scalar(value)}\n`;
    const body = block(value, indent + '  ', lead + marker);
    return body === '' ? `${lead}${marker}${Array.isArray(value) ? '[]' : '{}'}\n` : body;
}
/** One resource as a YAML document, without the leading `---`. */
function resourceToYaml(r) {
    return block(r, '', '');
}
/** A multi-document YAML stream; each document starts with `---\n`. Empty input gives ''. */
function toYaml(resources) {
    let out = '';
    for (const r of resources)
        out += '---\n' + resourceToYaml(r);
    return out;
}
/**
 * The stream of toYaml in pieces of about `size` characters, whole documents
 * each, for writing as it is made. Building the whole stream first kept it
 * alive in memory as thousands of joined pieces: for 10,000 entries more
 * memory than everything else in a render.
 */
function* toYamlChunks(resources, size = 64 * 1024) {
    let out = '';
    for (const r of resources) {
        out += '---\n' + resourceToYaml(r);
        if (out.length >= size) {
            yield out;
            out = '';
        }
    }
    if (out !== '')
        yield out;
}
/**
 * File name for one resource when writing one file per object:
 * `<kind lowercased>-<name>.yaml`. Names are DNS-1123 after lint; anything
 * else is replaced so a bad name can never escape the output directory.
 */
function resourceFileName(r) {
    const name = r.metadata.name
        .toLowerCase()
        .replace(/[^a-z0-9.-]/g, '-')
        .replace(/^\.+/, '') || 'unnamed';
    return `${r.kind.toLowerCase()}-${name}.yaml`;
}


/***/ })

};
