export const id = 606;
export const ids = [606];
export const modules = {

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
// EXTERNAL MODULE: ./.build/src/core/diff/index.js + 3 modules
var diff = __webpack_require__(42594);
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
    const { findings, releases, resources } = (0,pipeline/* lintAndRender */.R)((0,files/* readSources */.t)(positionals, io.cwd));
    let fileInventory = null;
    const nsFile = values['namespaces-file'];
    if (nsFile !== undefined) {
        const parsed = (0,diff/* parseNamespaceInventory */.vd)((0,files/* readSource */.o)(nsFile, io.cwd).text, nsFile);
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


/***/ })

};
