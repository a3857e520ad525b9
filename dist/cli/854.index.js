export const id = 854;
export const ids = [854];
export const modules = {

/***/ 2854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(9902);
// EXTERNAL MODULE: ./.build/src/core/diff/diff.js + 1 modules
var diff_diff = __webpack_require__(8982);
// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(9072);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(8917);
;// CONCATENATED MODULE: ./.build/src/core/diff/json.js


/**
 * Version of the JSON interface documented in docs/diff-json.md; bump on any
 * breaking change. 2: a changed selector is one `changed` item (field
 * `selector`) instead of a removal and an addition; store fields carry ESO's
 * names (`authType`, `identityId`, ...).
 */
const DIFF_JSON_VERSION = 2;
/**
 * The diff as the stable JSON interface of docs/diff-json.md: fixed key
 * order, 2-space indent, trailing newline. Objects are rebuilt field by field
 * so that nothing outside the documented shape leaks into it.
 */
function diffToJson(d) {
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
        }))
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
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./.build/src/core/limits.js
var limits = __webpack_require__(1827);
// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(9414);
// EXTERNAL MODULE: ./.build/src/core/parse.js + 2 modules
var parse = __webpack_require__(2941);
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
var selector = __webpack_require__(1330);
;// CONCATENATED MODULE: ./.build/src/core/diff/index.js
/**
 * The per-namespace Secret diff: pure functions over the normalized model.
 * The shells import these names, and docs/diff-json.md documents the JSON.
 */






// EXTERNAL MODULE: ./.build/src/core/format/report.js + 6 modules
var report = __webpack_require__(3872);
// EXTERNAL MODULE: ./.build/src/core/lint/index.js + 13 modules
var lint = __webpack_require__(233);
// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(6329);
// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var files = __webpack_require__(5744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(3024);
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
  --format markdown|json  markdown (default) or the stable JSON of docs/diff-json.md
  -h, --help              show this help

Lint findings of base and head go to stderr. An entry, store or file with a
lint error is left out of the comparison on both sides (listed under
"invalid" in JSON, and first in Markdown); the rest is still compared.
Exit status: 0 diff printed (a diff is not a failure), 1 lint errors in base or
head or an unreadable namespaces file (the diff of the valid part is still
printed), 2 usage error.
`;
/** `secrets-injector diff`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        base: { type: 'string', multiple: true },
        head: { type: 'string', multiple: true },
        'namespaces-file': { type: 'string' },
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
        const source = (0,files/* readSource */.o)(nsFile, io.cwd);
        if (source.refused !== undefined) {
            // Refused (a link out of the workspace, a device, too large): its text is never parsed or quoted.
            findings.push((0,rules/* finding */.gk)(source.refused.rule, nsFile, { line: 1, column: 1 }, source.refused.reason));
        }
        else {
            const parsed = parseNamespaceInventory(source.text, nsFile);
            findings.push(...parsed.findings);
            if (parsed.inventory)
                inventory = parsed.inventory;
        }
    }
    if (findings.length > 0)
        io.stderr((0,lint/* formatFindingsText */.$u)(findings));
    // --base and --head given as many times each are the versions of the same files, in order.
    const pairs = basePaths.length === headPaths.length ? new Map(basePaths.map((b, i) => [b, headPaths[i] ?? b])) : undefined;
    const diff = (0,diff_diff/* diffSides */.uH)(base, head, inventory, pairs);
    io.stdout(format === 'json' ? diffToJson(diff) : (0,report/* formatCliMarkdown */.nt)({ title: 'Secrets diff', findings: head.findings, diff }));
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
    const sources = (0,files/* readSources */.t)(paths, cwd).filter((s) => s.refused !== undefined || s.text.trim() !== '');
    if (sources.length === 0)
        return { releases: [], invalid: [], findings: [] };
    return (0,lint/* lintFiles */.ji)(sources);
}


/***/ })

};
