export const id = 245;
export const ids = [245];
export const modules = {

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

/***/ 29902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ expandTargets),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   tA: () => (/* binding */ describeSecrets),
/* harmony export */   wu: () => (/* binding */ compareTargets)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(79072);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44436);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11330);



/**
 * Every Kubernetes Secret the releases make: one record per
 * (ClusterExternalSecret, target namespace). A selector target is one record
 * with `namespace: null` and the selector as text, unless an inventory of
 * namespaces is given; then it is one record per matching namespace (with the
 * selector text kept, to say why the namespace is targeted).
 *
 * Sorted by namespace (named ones first), selector, Secret name, then
 * ClusterExternalSecret name and file, so duplicates (a lint error) come out
 * in a fixed order.
 */
function describeSecrets(releases, inventory) {
    return expandTargets(releases.flatMap((r) => r.entries.map((e) => ({ secret: recordBase(e), target: e.target }))), inventory);
}
/** One record per target namespace (or per selector when no inventory is given), sorted as describeSecrets says. */
function expandTargets(secrets, inventory) {
    const out = [];
    for (const { secret, target } of secrets) {
        if (target.kind === 'namespaces') {
            for (const ns of new Set(target.namespaces))
                out.push({ ...secret, namespace: ns, selector: null });
            continue;
        }
        const selector = target.selector;
        const text = (0,_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .selectorToString */ .CI)(selector);
        if (!inventory) {
            out.push({ ...secret, namespace: null, selector: text, labelSelector: selector });
            continue;
        }
        for (const ns of inventory.namespaces) {
            if ((0,_selector_js__WEBPACK_IMPORTED_MODULE_1__/* .matchesSelector */ .B5)(selector, ns.labels))
                out.push({ ...secret, namespace: ns.name, selector: text, labelSelector: selector });
        }
    }
    return out.sort(compareRecords);
}
/** The key a Secret is known by: its namespace, or its selector when no namespace is known, plus its name. */
function identityOf(r) {
    return r.namespace !== null ? `ns\u0000${r.namespace}\u0000${r.name}` : `sel\u0000${r.selector ?? ''}\u0000${r.name}`;
}
/** Named namespaces first (by name), then selector targets (by selector text), then by Secret name. */
function compareTargets(a, b) {
    if (a.namespace !== null && b.namespace === null)
        return -1;
    if (a.namespace === null && b.namespace !== null)
        return 1;
    if (a.namespace !== null && b.namespace !== null) {
        const c = (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.namespace, b.namespace);
        if (c !== 0)
            return c;
    }
    else {
        const c = (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.selector ?? '', b.selector ?? '');
        if (c !== 0)
            return c;
    }
    return (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.name, b.name);
}
function compareRecords(a, b) {
    return compareTargets(a, b) || (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.externalSecret, b.externalSecret) || (0,_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K)(a.file, b.file);
}
function recordBase(e) {
    return {
        name: e.secretName,
        externalSecret: e.name,
        kind: e.kind,
        type: (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .secretTypeOf */ .yk)(e),
        keys: [...new Set((0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .secretKeysOf */ .aI)(e))].sort(_compare_js__WEBPACK_IMPORTED_MODULE_2__/* .compareStrings */ .K),
        store: e.store,
        remoteRefs: (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .remoteRefsOf */ .OC)(e),
        labels: (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .secretLabelsOf */ .hr)(e),
        refreshInterval: e.refreshInterval,
        refreshTime: e.refreshTime,
        creationPolicy: e.creationPolicy,
        deletionPolicy: e.deletionPolicy ?? null,
        file: e.file
    };
}


/***/ }),

/***/ 21776:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OM: () => (/* binding */ diffRecords),
/* harmony export */   uH: () => (/* binding */ diffSides)
/* harmony export */ });
/* unused harmony exports diffReleases, comparisonOf, diffComparison */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(79072);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44436);
/* harmony import */ var _render_ces_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83857);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(29902);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11330);
/* harmony import */ var _stores_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(64525);
/* harmony import */ var _withheld_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(49616);







/** The fields compared, in the order changes are listed (`selector` is compared only when it is the target). */
const FIELDS = [
    'externalSecret',
    'kind',
    'type',
    'store',
    'keys',
    'remoteRefs',
    'labels',
    'refreshInterval',
    'refreshTime',
    'creationPolicy',
    'deletionPolicy'
];
/**
 * The per-namespace Secret diff (docs/diff-json.md) for releases without
 * lint errors (tests, tools); the shells use diffSides, which leaves out
 * what lint found broken.
 */
function diffReleases(base, head, inventory) {
    return diffSides({ releases: base, invalid: [] }, { releases: head, invalid: [] }, inventory);
}
/**
 * The per-namespace Secret diff (docs/diff-json.md). A Secret is identified
 * by (namespace, or selector when no namespace is known; Secret name):
 *
 * - renaming only its ClusterExternalSecret is a change;
 * - changing the selector of a ClusterExternalSecret is one change (field
 *   `selector`), with a note naming the namespaces that may lose the Secret
 *   unless the new selector provably selects every namespace the old did;
 *   so is switching it between named namespaces and a selector;
 * - moving a ClusterExternalSecret's Secret to another named namespace is a
 *   removal (`movedTo`) plus an addition (`movedFrom`): the old Secret really
 *   is deleted.
 *
 * Order of entries, keys and labels never matters. A change of a store's
 * settings is listed once in `stores`, never as a change of each Secret
 * reading from it. Entries, stores and files lint found errors in are left
 * out on both sides (withheld.ts) and listed in `invalid`. Pass an empty side
 * for a file the PR adds or deletes. `pairs` maps a base file's path to its
 * head version's where the two paths differ.
 */
function diffSides(base, head, inventory, pairs) {
    return diffComparison(comparisonOf(base, head, inventory, pairs));
}
/** What diffSides compares: the records and stores of both sides, without what lint found broken. */
function comparisonOf(base, head, inventory, pairs) {
    const usable = (0,_withheld_js__WEBPACK_IMPORTED_MODULE_5__/* .withhold */ .s)(base, head, pairs);
    return {
        base: { records: (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSecrets */ .tA)(usable.base, inventory), stores: (0,_stores_js__WEBPACK_IMPORTED_MODULE_4__/* .storeSnapshots */ .b0)(usable.base) },
        head: { records: (0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .describeSecrets */ .tA)(usable.head, inventory), stores: (0,_stores_js__WEBPACK_IMPORTED_MODULE_4__/* .storeSnapshots */ .b0)(usable.head) },
        invalid: usable.invalid
    };
}
/** The diff of a comparison: every change, note and count is derived here, from the records alone. */
function diffComparison(c) {
    return { ...diffRecords(c.base.records, c.head.records, c.base.stores, c.head.stores), invalid: c.invalid };
}
/**
 * Compare two sets of Secret records and stores, however they were obtained
 * (from values files, or read back from published manifests).
 */
function diffRecords(baseRecords, headRecords, baseStores, headStores) {
    const before = byIdentity(baseRecords);
    const after = byIdentity(headRecords);
    const secrets = [];
    const removed = [];
    for (const [id, b] of before) {
        const a = after.get(id);
        if (!a) {
            removed.push(b);
            continue;
        }
        const changes = compareRecords(b, a);
        if (changes.length > 0)
            secrets.push({ ...target(a), change: 'changed', changes, before: b, after: a, danger: changeDanger(b, a) });
    }
    const added = [...after].filter(([id]) => !before.has(id)).map(([, a]) => a);
    const paired = pairSelectorChanges(removed, added);
    const switched = pairTargetSwitches(paired.removed, paired.added);
    secrets.push(...paired.changed, ...switched.changed);
    secrets.push(...markMoves(switched.removed, switched.added));
    secrets.sort(_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .compareTargets */ .wu);
    const stores = (0,_stores_js__WEBPACK_IMPORTED_MODULE_4__/* .diffStores */ .Qf)(baseStores, headStores, baseRecords, headRecords);
    const count = (c) => secrets.filter((s) => s.change === c).length;
    return {
        secrets,
        stores,
        invalid: [],
        counts: {
            added: count('added'),
            removed: count('removed'),
            changed: count('changed'),
            moved: secrets.filter((s) => s.movedTo !== undefined).length,
            storesChanged: stores.length
        }
    };
}
/**
 * Without a namespaces file a selector target is known only by its text, so
 * a new selector makes a new identity. A removal and an addition of the same
 * Secret by the same ClusterExternalSecret, both under a selector, are one
 * change of its selector.
 */
function pairSelectorChanges(removed, added) {
    const key = (r) => (r.namespace === null ? `${r.externalSecret}\u0000${r.name}` : null);
    const addedByKey = new Map();
    for (const a of added) {
        const k = key(a);
        if (k !== null && !addedByKey.has(k))
            addedByKey.set(k, a);
    }
    const changed = [];
    const used = new Set();
    const stillRemoved = [];
    for (const b of removed) {
        const k = key(b);
        const a = k === null ? undefined : addedByKey.get(k);
        if (a === undefined || used.has(a)) {
            stillRemoved.push(b);
            continue;
        }
        used.add(a);
        const changes = [{ field: 'selector', before: b.selector, after: a.selector }, ...compareRecords(b, a)];
        changed.push({
            ...target(a),
            change: 'changed',
            changes,
            before: b,
            after: a,
            danger: [...selectorDanger(b, a), ...changeDanger(b, a)]
        });
    }
    return { changed, removed: stillRemoved, added: added.filter((a) => !used.has(a)) };
}
/**
 * Without a namespaces file, a ClusterExternalSecret whose target switches
 * between named namespaces and a label selector makes records under
 * unrelated identities (`billing`, selector `team=billing`), so the switch
 * would read as a removal from the named namespaces. That is not provable:
 * a named namespace the selector also selects keeps its ExternalSecret, and
 * its Secret. So the pair (same ClusterExternalSecret and Secret name, the
 * named records on one side, the one selector record on the other) is one
 * change of the selector, as a changed selector is.
 *
 * The named side is written as the selector the renderer makes of it
 * (render/ces.ts): `kubernetes.io/metadata.name=N` or
 * `kubernetes.io/metadata.name in (a,b)`, the label Kubernetes sets on
 * every namespace. That is also what lets selectorCovers decide the
 * switch, and it keeps the `selector` change and the records' `selector`
 * the same text, as for any other selector change.
 *
 * Grouping: one changed item per ClusterExternalSecret and Secret name,
 * filed under the selector (whichever side has it), not one per named
 * namespace. Only the selector side's namespaces are unknown; filing the
 * change under each named namespace would claim a change in a namespace
 * where the Secret may simply stay, count one edit several times, repeat the
 * note, and hide the selector's other namespaces, which may gain or lose the
 * Secret. The note lists the named namespaces that may lose it.
 */
function pairTargetSwitches(removed, added) {
    const came = targetsByKey(added);
    const changed = [];
    const used = new Set();
    for (const [k, b] of targetsByKey(removed)) {
        const a = came.get(k);
        const pair = a === undefined ? null : targetSwitch(b, a);
        if (pair === null)
            continue;
        // A selector that names exactly the namespaces named before renders the same ClusterExternalSecret: no change of target.
        if (pair.change.changes.length > 0)
            changed.push(pair.change);
        for (const r of pair.records)
            used.add(r);
    }
    return { changed, removed: removed.filter((r) => !used.has(r)), added: added.filter((r) => !used.has(r)) };
}
/**
 * Removed and added records by ClusterExternalSecret and Secret name. Two
 * selector records of one key (two entries with one name, a lint error) pair
 * nothing.
 */
function targetsByKey(rs) {
    const out = new Map();
    for (const r of rs) {
        const k = `${r.externalSecret}\u0000${r.name}`;
        const t = out.get(k) ?? { named: [], selector: null, selectors: 0 };
        if (r.namespace === null && r.labelSelector !== undefined) {
            t.selector = r;
            t.selectors++;
        }
        else if (r.namespace !== null && r.selector === null) {
            t.named.push(r);
        }
        out.set(k, t);
    }
    return new Map([...out].filter(([, t]) => t.selectors <= 1));
}
/** The switch between named namespaces and a selector, if that is what the two sides of one key are; null otherwise. */
function targetSwitch(b, a) {
    if (b.named.length > 0 && b.selector === null && a.named.length === 0 && a.selector !== null) {
        const before = namedAsSelector(b.named);
        if (before === null)
            return null;
        const change = switchChange(before, a.selector, a.selector, namedToSelectorDanger(b.named, a.selector));
        return { change, records: [...b.named, a.selector] };
    }
    if (b.named.length === 0 && b.selector !== null && a.named.length > 0 && a.selector === null) {
        const after = namedAsSelector(a.named);
        if (after === null)
            return null;
        const change = switchChange(b.selector, after, b.selector, selectorToNamedDanger(b.selector, a.named));
        return { change, records: [b.selector, ...a.named] };
    }
    return null;
}
function switchChange(before, after, filedUnder, danger) {
    const selector = before.selector === after.selector ? [] : [{ field: 'selector', before: before.selector, after: after.selector }];
    return {
        ...target(filedUnder),
        change: 'changed',
        changes: [...selector, ...compareRecords(before, after)],
        before,
        after,
        danger: [...danger, ...changeDanger(before, after)]
    };
}
/**
 * The records of one ClusterExternalSecret in named namespaces as one record
 * under the selector the renderer writes for them; null when they differ in
 * more than their namespace (not one entry's records).
 */
function namedAsSelector(named) {
    const first = named[0];
    if (first === undefined || named.some((r) => r.file !== first.file || compareRecords(first, r).length > 0))
        return null;
    const labelSelector = nameSelector(namespacesOf(named));
    return { ...first, namespace: null, selector: (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorToString */ .CI)(labelSelector), labelSelector };
}
/** Sorted, so notes read the same however the records were ordered. */
function namespacesOf(named) {
    return [...new Set(named.map((r) => r.namespace ?? ''))].sort(_compare_js__WEBPACK_IMPORTED_MODULE_6__/* .compareStrings */ .K);
}
/** The selector of namespaces by name (sorted), as render/ces.ts writes it: Kubernetes gives every namespace this label. */
function nameSelector(names) {
    const [only] = names;
    if (names.length === 1 && only !== undefined)
        return { matchLabels: { [_render_ces_js__WEBPACK_IMPORTED_MODULE_1__/* .NAMESPACE_NAME_LABEL */ .Dg]: only } };
    return { matchExpressions: [{ key: _render_ces_js__WEBPACK_IMPORTED_MODULE_1__/* .NAMESPACE_NAME_LABEL */ .Dg, operator: 'In', values: names }] };
}
/** Named namespaces → selector: each named namespace the selector does not provably select may lose the Secret. */
function namedToSelectorDanger(named, s) {
    const now = s.labelSelector;
    if (now === undefined)
        return [];
    const lost = namespacesOf(named).filter((ns) => !(0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorCovers */ .Gw)(nameSelector([ns]), now));
    const [one] = lost;
    if (one === undefined)
        return [];
    const match = `\`${s.selector ?? ''}\``;
    const where = lost.length === 1
        ? `in namespace \`${one}\` unless it matches ${match}`
        : `in namespaces ${codeList(lost)}, each unless it matches ${match}`;
    return removalDanger(named[0] ?? s).map((d) => `${where}: ${d}`);
}
/** Selector → named namespaces: the namespaces the old selector selects, other than the named ones, may lose the Secret. */
function selectorToNamedDanger(s, named) {
    const old = s.labelSelector;
    const names = namespacesOf(named);
    if (old === undefined || (0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorCovers */ .Gw)(old, nameSelector(names)))
        return [];
    const where = s.selector === _selector_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_NAMESPACES */ .Pz
        ? `in every namespace but ${codeList(names)}`
        : `in namespaces matching \`${s.selector ?? ''}\` other than ${codeList(names)}`;
    return removalDanger(s).map((d) => `${where}: ${d}`);
}
/** `a`, `b` and `c`. */
function codeList(names) {
    const quoted = names.map((n) => `\`${n}\``);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}
/**
 * The same ClusterExternalSecret making the same Secret in another named
 * namespace is a move. Only an unambiguous pair is called one: one removal
 * and one addition of that ClusterExternalSecret and Secret name.
 */
function markMoves(removed, added) {
    const key = (r) => r.namespace !== null && r.selector === null ? `${r.externalSecret}\u0000${r.name}` : null;
    const tally = (rs) => {
        const m = new Map();
        for (const r of rs) {
            const k = key(r);
            if (k !== null)
                m.set(k, [...(m.get(k) ?? []), r]);
        }
        return m;
    };
    const gone = tally(removed);
    const came = tally(added);
    const partner = (r, other, own) => {
        const k = key(r);
        if (k === null || own.get(k)?.length !== 1)
            return undefined;
        const o = other.get(k);
        return o?.length === 1 ? o[0] : undefined;
    };
    const out = [];
    for (const b of removed) {
        const to = partner(b, came, gone);
        const change = { ...target(b), change: 'removed', changes: [], before: b, after: null, danger: removalDanger(b) };
        if (to?.namespace) {
            change.movedTo = to.namespace;
            change.danger = removalDanger(b, `in \`${b.namespace ?? ''}\``).map((d) => `moved \`${b.namespace ?? ''}\` → \`${to.namespace ?? ''}\`: ${d}`);
        }
        out.push(change);
    }
    for (const a of added) {
        const from = partner(a, gone, came);
        const change = { ...target(a), change: 'added', changes: [], before: null, after: a, danger: [] };
        if (from?.namespace)
            change.movedFrom = from.namespace;
        out.push(change);
    }
    return out;
}
/** Records are sorted, so when two entries make the same Secret (a lint error) the first one wins every time. */
function byIdentity(records) {
    const m = new Map();
    for (const r of records)
        if (!m.has((0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(r)))
            m.set((0,_describe_js__WEBPACK_IMPORTED_MODULE_2__/* .identityOf */ .cu)(r), r);
    return m;
}
function target(r) {
    return { namespace: r.namespace, selector: r.selector, name: r.name };
}
function compareRecords(b, a) {
    const out = [];
    for (const field of FIELDS) {
        if (!sameValue(b[field], a[field]))
            out.push({ field, before: b[field], after: a[field] });
    }
    return out;
}
function sameValue(x, y) {
    if (Array.isArray(x) && Array.isArray(y))
        return x.length === y.length && x.every((v, i) => v === y[i]);
    if (x !== null && y !== null && typeof x === 'object' && typeof y === 'object') {
        const xe = Object.entries(x);
        const ye = new Map(Object.entries(y));
        return xe.length === ye.size && xe.every(([k, v]) => ye.has(k) && ye.get(k) === v);
    }
    return x === y;
}
/**
 * What happens in the cluster when the Secret's ExternalSecret goes away,
 * optionally said for some namespaces only (`in \`orders\``).
 */
function removalDanger(r, where) {
    const at = where === undefined ? '' : ` ${where}`;
    switch (r.creationPolicy) {
        case 'Owner':
            return [`deleted from the cluster${at} by ESO (creationPolicy Owner)`];
        case 'Orphan':
            return [`stays in the cluster${at} but is no longer refreshed (creationPolicy Orphan)`];
        case 'Merge':
            return [`keys merged by ESO stay in the Secret${at} but are no longer refreshed (creationPolicy Merge)`];
        default:
            return [];
    }
}
/** A narrowed (or not provably widened) selector: the namespaces only the old one selects lose the Secret. */
function selectorDanger(b, a) {
    if (b.labelSelector === undefined || a.labelSelector === undefined)
        return [];
    if ((0,_selector_js__WEBPACK_IMPORTED_MODULE_3__/* .selectorCovers */ .Gw)(b.labelSelector, a.labelSelector))
        return [];
    const old = b.selector ?? '';
    const now = a.selector ?? '';
    const where = old === _selector_js__WEBPACK_IMPORTED_MODULE_3__/* .ALL_NAMESPACES */ .Pz ? `in namespaces not matching \`${now}\`` : `in namespaces matching \`${old}\` but not \`${now}\``;
    return removalDanger(b).map((d) => `${where}: ${d}`);
}
function changeDanger(b, a) {
    const out = [];
    if (b.type !== a.type)
        out.push(`Kubernetes does not allow changing the type of an existing Secret (\`${b.type}\` → \`${a.type}\`): ` +
            'ESO cannot update it until it is deleted');
    if (b.externalSecret !== a.externalSecret && b.creationPolicy === 'Owner') {
        out.push(`ClusterExternalSecret renamed (\`${b.externalSecret}\` → \`${a.externalSecret}\`): the old ` +
            `ExternalSecret is deleted, and with it the Secret (creationPolicy Owner), before the new ` +
            `one recreates it`);
    }
    if (b.store !== a.store)
        out.push(`reads from another store (\`${b.store}\` → \`${a.store}\`): the remote secrets must exist there`);
    // A multivalue Secret's keys are those of its remote JSON, unknown here: a key it may still hold is not called gone.
    const gone = a.keys.includes(_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_KEYS */ .nX) ? [] : b.keys.filter((k) => !a.keys.includes(k));
    if (gone.length > 0) {
        const text = (k) => (k === _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_KEYS */ .nX ? `(all keys of \`${b.remoteRefs[0] ?? ''}\`)` : `\`${k}\``);
        out.push(`keys no longer provided: ${gone.map(text).join(', ')}`);
    }
    if (b.creationPolicy !== a.creationPolicy) {
        if (b.creationPolicy === 'Owner')
            out.push(`creationPolicy Owner → ${a.creationPolicy}: ESO no longer owns the Secret; it stays when its ExternalSecret is deleted`);
        else if (a.creationPolicy === 'Owner')
            out.push(`creationPolicy ${b.creationPolicy} → Owner: ESO takes ownership; the Secret is deleted with its ExternalSecret`);
    }
    if (a.deletionPolicy === 'Delete' && b.deletionPolicy !== 'Delete')
        out.push('deletionPolicy Delete: ESO deletes the Secret when its remote secrets are gone from the provider');
    return out;
}


/***/ }),

/***/ 11330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ matchesSelector),
/* harmony export */   CI: () => (/* binding */ selectorToString),
/* harmony export */   Gw: () => (/* binding */ selectorCovers),
/* harmony export */   Pz: () => (/* binding */ ALL_NAMESPACES)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79072);

/** Text shown for a selector that selects every namespace (`{}`). */
const ALL_NAMESPACES = '(all namespaces)';
/**
 * A LabelSelector in the Kubernetes selector string syntax
 * (`env=prod,team in (a,b),!legacy`), requirements sorted by key, values
 * sorted, so two equal selectors written differently read the same.
 */
function selectorToString(s) {
    const reqs = [];
    for (const [k, v] of Object.entries(s.matchLabels ?? {}))
        reqs.push({ key: k, text: `${k}=${v}`, order: 0 });
    for (const x of s.matchExpressions ?? []) {
        const values = [...new Set(x.values ?? [])].sort(_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K).join(',');
        switch (x.operator) {
            case 'In':
                reqs.push({ key: x.key, text: `${x.key} in (${values})`, order: 1 });
                break;
            case 'NotIn':
                reqs.push({ key: x.key, text: `${x.key} notin (${values})`, order: 2 });
                break;
            case 'Exists':
                reqs.push({ key: x.key, text: x.key, order: 3 });
                break;
            case 'DoesNotExist':
                reqs.push({ key: x.key, text: `!${x.key}`, order: 4 });
                break;
            default:
                // Lint rejects unknown operators; show them rather than hide them.
                reqs.push({ key: x.key, text: `${x.key} ${String(x.operator)} (${values})`, order: 5 });
        }
    }
    if (reqs.length === 0)
        return ALL_NAMESPACES;
    reqs.sort((a, b) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.key, b.key) || a.order - b.order || (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.text, b.text));
    return [...new Set(reqs.map((r) => r.text))].join(',');
}
/**
 * Whether a namespace with these labels is selected, with the semantics of
 * Kubernetes: every requirement must hold; `NotIn` also matches when the
 * label is absent; an unknown operator matches nothing.
 */
function matchesSelector(s, labels) {
    const has = (k) => Object.prototype.hasOwnProperty.call(labels, k);
    for (const [k, v] of Object.entries(s.matchLabels ?? {})) {
        if (!has(k) || labels[k] !== v)
            return false;
    }
    for (const x of s.matchExpressions ?? []) {
        const values = x.values ?? [];
        switch (x.operator) {
            case 'In':
                if (!has(x.key) || !values.includes(labels[x.key] ?? ''))
                    return false;
                break;
            case 'NotIn':
                if (has(x.key) && values.includes(labels[x.key] ?? ''))
                    return false;
                break;
            case 'Exists':
                if (!has(x.key))
                    return false;
                break;
            case 'DoesNotExist':
                if (has(x.key))
                    return false;
                break;
            default:
                return false;
        }
    }
    return true;
}
const ANY = { absent: true, values: { except: new Set() } };
/**
 * True only when it is certain that every namespace `before` selects is also
 * selected by `after`, whatever labels the namespaces carry: then changing
 * the selector from `before` to `after` removes the Secret from no
 * namespace. False means "not provably": some label set may be selected by
 * `before` and not by `after`.
 *
 * A selector is a conjunction of requirements, each on one label key, so
 * the set it selects is a product over keys of what it allows per key (the
 * requirements on one key intersected). A product is contained in another
 * exactly when one factor is empty (the selector selects nothing) or every
 * factor is contained in the other's. This decides removing a requirement,
 * adding a value to `In`, turning a value into `Exists`, removing a value
 * from `NotIn` and their combinations exactly; an unknown operator is never
 * called a superset.
 */
function selectorCovers(before, after) {
    const b = constraints(before);
    const a = constraints(after);
    if (b === null || a === null)
        return false;
    if ([...b.values()].some(isEmpty))
        return true;
    for (const [key, ac] of a) {
        if (!contains(ac, b.get(key) ?? ANY))
            return false;
    }
    return true;
}
/** Per-key constraints of a selector; null for an operator Kubernetes does not know. */
function constraints(s) {
    const out = new Map();
    const add = (key, c) => {
        out.set(key, intersect(out.get(key) ?? ANY, c));
    };
    for (const [k, v] of Object.entries(s.matchLabels ?? {}))
        add(k, { absent: false, values: { only: new Set([v]) } });
    for (const x of s.matchExpressions ?? []) {
        const values = new Set(x.values ?? []);
        switch (x.operator) {
            case 'In':
                add(x.key, { absent: false, values: { only: values } });
                break;
            case 'NotIn':
                add(x.key, { absent: true, values: { except: values } });
                break;
            case 'Exists':
                add(x.key, { absent: false, values: { except: new Set() } });
                break;
            case 'DoesNotExist':
                add(x.key, { absent: true, values: { only: new Set() } });
                break;
            default:
                return null;
        }
    }
    return out;
}
function intersect(x, y) {
    const absent = x.absent && y.absent;
    const xv = x.values;
    const yv = y.values;
    if ('only' in xv && 'only' in yv)
        return { absent, values: { only: new Set([...xv.only].filter((v) => yv.only.has(v))) } };
    if ('only' in xv && 'except' in yv)
        return { absent, values: { only: new Set([...xv.only].filter((v) => !yv.except.has(v))) } };
    if ('except' in xv && 'only' in yv)
        return { absent, values: { only: new Set([...yv.only].filter((v) => !xv.except.has(v))) } };
    if ('except' in xv && 'except' in yv)
        return { absent, values: { except: new Set([...xv.except, ...yv.except]) } };
    return { absent, values: { only: new Set() } };
}
function isEmpty(c) {
    return !c.absent && 'only' in c.values && c.values.only.size === 0;
}
/** Whether `outer` allows everything `inner` allows. Label values are unbounded, so a co-finite set is never inside a finite one. */
function contains(outer, inner) {
    if (inner.absent && !outer.absent)
        return false;
    const o = outer.values;
    const i = inner.values;
    if ('only' in i)
        return [...i.only].every((v) => ('only' in o ? o.only.has(v) : !o.except.has(v)));
    if ('only' in o)
        return false;
    return [...o.except].every((v) => i.except.has(v));
}


/***/ }),

/***/ 64525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ diffStores),
/* harmony export */   b0: () => (/* binding */ storeSnapshots),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   kr: () => (/* binding */ storeSpecFields),
/* harmony export */   zn: () => (/* binding */ places)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79072);
/* harmony import */ var _render_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40917);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(38917);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29902);




/**
 * Compare ClusterSecretStores by name. A store holds no secret values, only
 * where and how to read them, so every field is shown. Each change lists the
 * Secrets that read from the store: those of head, or of base when the store
 * is removed.
 */
function diffStores(before, after, baseRecords, headRecords) {
    const b0 = byName(before);
    const a0 = byName(after);
    const names = [...new Set([...b0.keys(), ...a0.keys()])].sort(_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K);
    const out = [];
    for (const name of names) {
        const b = b0.get(name);
        const a = a0.get(name);
        const bf = b?.fields ?? {};
        const af = a?.fields ?? {};
        const changes = fieldOrder(bf, af)
            .filter((f) => bf[f] !== af[f])
            .map((f) => ({ field: f, before: bf[f] ?? null, after: af[f] ?? null }));
        if (changes.length === 0)
            continue;
        const change = !b ? 'added' : !a ? 'removed' : 'changed';
        const affects = readersOf(name, change === 'removed' ? baseRecords : headRecords);
        const danger = [];
        if (change === 'changed' && affects.length > 0)
            danger.push(`changing store \`${name}\` touches ${spread(affects)}`);
        if (change === 'removed') {
            const still = readersOf(name, headRecords);
            const verb = still.length === 1 ? 'reads' : 'read';
            if (still.length > 0)
                danger.push(`store \`${name}\` is no longer defined, but ${spread(still)} still ${verb} from it`);
        }
        out.push({ name, change, changes, affects, danger });
    }
    return out;
}
/** The stores of some releases as compared; the first definition of a name wins (two are a lint error reported elsewhere). */
function storeSnapshots(releases) {
    const seen = new Set();
    const out = [];
    for (const r of releases) {
        for (const s of r.stores) {
            if (seen.has(s.name))
                continue;
            seen.add(s.name);
            out.push({ name: s.name, fields: storeSpecFields((0,_render_store_js__WEBPACK_IMPORTED_MODULE_2__/* .renderClusterSecretStore */ .c)(s, r.apiVersion).spec) });
        }
    }
    return out;
}
function byName(stores) {
    const m = new Map();
    for (const s of stores)
        if (!m.has(s.name))
            m.set(s.name, s);
    return m;
}
/** "3 Secrets in 2 namespaces and 1 selector" */
function spread(targets) {
    return `${plural(targets.length, 'Secret')} in ${places(targets)}`;
}
/** "2 namespaces and 1 selector": where some Secrets are, a selector counted only where no namespace is known. */
function places(targets) {
    const ns = new Set(targets.filter((t) => t.namespace !== null).map((t) => t.namespace));
    const sel = new Set(targets.filter((t) => t.namespace === null).map((t) => t.selector));
    const parts = [];
    if (ns.size > 0 || sel.size === 0)
        parts.push(plural(ns.size, 'namespace'));
    if (sel.size > 0)
        parts.push(plural(sel.size, 'selector'));
    return parts.join(' and ');
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function readersOf(store, records) {
    const seen = new Map();
    for (const r of records) {
        if (r.store !== store)
            continue;
        const t = { namespace: r.namespace, selector: r.namespace === null ? r.selector : null, name: r.name };
        if (!seen.has((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(t)))
            seen.set((0,_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .cu)(t), t);
    }
    return [...seen.values()].sort(_describe_js__WEBPACK_IMPORTED_MODULE_0__/* .compareTargets */ .wu);
}
/**
 * A store as flat, comparable fields, read from its ClusterSecretStore
 * spec, so a store rendered from values and one read back from a published
 * manifest are described in the same words: `provider` (`azurekv`, `aws`,
 * `vault`), then the provider's settings with ESO's names, dotted
 * (`vaultUrl`, `authType`, `auth.jwt.serviceAccountRef.name`), and
 * `conditions` as canonical JSON. Where the store is written (file) is not
 * part of it: moving a store between files changes nothing in the cluster.
 */
function storeSpecFields(spec) {
    const provider = (0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(spec.provider) ? spec.provider : {};
    const types = Object.keys(provider);
    const type = types.length <= 1 ? (types[0] ?? '') : canonicalJson(types.sort(_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K));
    const out = { provider: type };
    const settings = types.length === 1 ? provider[type] : provider;
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(settings))
        for (const [k, v] of Object.entries(settings))
            flatten(v, k, out);
    if (spec.conditions !== undefined)
        out.conditions = canonicalJson(spec.conditions);
    return out;
}
function flatten(v, prefix, out) {
    if (v === undefined)
        return;
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(v)) {
        for (const [k, val] of Object.entries(v))
            flatten(val, prefix ? `${prefix}.${k}` : k, out);
        return;
    }
    out[prefix] = typeof v === 'string' ? v : canonicalJson(v);
}
/** JSON with object keys sorted, so equal values always print the same. */
function canonicalJson(v) {
    return JSON.stringify(sortDeep(v));
}
function sortDeep(v) {
    if (Array.isArray(v))
        return v.map(sortDeep);
    if ((0,_values_js__WEBPACK_IMPORTED_MODULE_3__/* .isRecord */ .u4)(v)) {
        const out = {};
        for (const [k, val] of Object.entries(v).sort(([x], [y]) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K)(x, y)))
            out[k] = sortDeep(val);
        return out;
    }
    return v;
}
/** `provider` first, then the other fields in name order. */
function fieldOrder(a, b) {
    const rest = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => f !== 'provider').sort(_compare_js__WEBPACK_IMPORTED_MODULE_1__/* .compareStrings */ .K);
    return ['provider', ...rest];
}


/***/ }),

/***/ 49616:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ withhold)
/* harmony export */ });
/**
 * Leave out of the comparison everything lint found an error in, on both
 * sides, so the diff never describes an entry from a guess: an entry with an
 * error and every entry of either side with the same ClusterExternalSecret
 * name (its counterpart, which would otherwise show up as removed or added);
 * a store with an error and every store of that name; a file that is
 * unusable as a whole together with the other side's version of it, and the
 * names of the entries and stores that version defines wherever they are
 * (an entry moved to another file would otherwise show up as added).
 *
 * The Secrets reading from a withheld store are still compared: a Secret
 * names its store, and nothing else of the store's settings is part of it.
 *
 * Two versions of one file share its path (the action reads both from one
 * repository); `pairs` maps a base path to its head path where they differ
 * (the CLI's `--base old/values.yaml --head values.yaml`).
 */
function withhold(base, head, pairs) {
    const invalid = [
        ...base.invalid.map((i) => ({ ...i, side: 'base' })),
        ...head.invalid.map((i) => ({ ...i, side: 'head' }))
    ];
    if (invalid.length === 0)
        return { base: base.releases, head: head.releases, invalid };
    const fileKey = (side, file) => (side === 'base' ? (pairs?.get(file) ?? file) : file);
    const files = new Set(invalid.filter((i) => i.scope === 'file').map((i) => fileKey(i.side, i.file)));
    const names = new Set();
    const storeNames = new Set();
    const entryAt = new Set();
    for (const i of invalid) {
        if (i.scope === 'entry') {
            if (i.externalSecret !== null)
                names.add(i.externalSecret);
            entryAt.add(`${i.side}\u0000${i.file}\u0000${i.index ?? -1}`);
        }
        if (i.scope === 'store' && i.store !== null)
            storeNames.add(i.store);
    }
    const sides = [...base.releases.map((r) => ['base', r]), ...head.releases.map((r) => ['head', r])];
    for (const [side, r] of sides) {
        if (!files.has(fileKey(side, r.file)))
            continue;
        for (const e of r.entries)
            if (e.name !== '')
                names.add(e.name);
        for (const s of r.stores)
            storeNames.add(s.name);
    }
    const keep = (side, releases) => releases
        .filter((r) => !files.has(fileKey(side, r.file)))
        .map((r) => ({
        ...r,
        stores: r.stores.filter((s) => !storeNames.has(s.name)),
        entries: r.entries.filter((e) => !names.has(e.name) && !entryAt.has(`${side}\u0000${r.file}\u0000${e.index}`))
    }));
    return { base: keep('base', base.releases), head: keep('head', head.releases), invalid };
}


/***/ }),

/***/ 83857:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dg: () => (/* binding */ NAMESPACE_NAME_LABEL),
/* harmony export */   yb: () => (/* binding */ renderClusterExternalSecret)
/* harmony export */ });
/* unused harmony export namespaceSelectors */
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(44436);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79072);
/* harmony import */ var _marking_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29619);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40944);




/** Label every namespace carries with its own name (Kubernetes >= 1.21). */
const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
/**
 * One ClusterExternalSecret for one entry: the body of the entry's kind
 * (its module in kinds/) plus what every entry shares: the store reference,
 * the refresh settings (chart defaults: refreshTime 1m, refreshInterval 5m)
 * and the target Secret. The ExternalSecret in each namespace takes the CES
 * name (ESO's default), which is what the chart documents for `secret`.
 */
function renderClusterExternalSecret(entry, apiVersion) {
    const body = (0,_kinds_index_js__WEBPACK_IMPORTED_MODULE_0__/* .kindModule */ .dF)(entry.kind).render(entry);
    const target = { name: entry.secretName, creationPolicy: entry.creationPolicy };
    if (entry.deletionPolicy !== undefined)
        target.deletionPolicy = entry.deletionPolicy;
    if (body.template !== undefined)
        target.template = body.template;
    const externalSecretSpec = {
        secretStoreRef: { kind: 'ClusterSecretStore', name: entry.store },
        refreshInterval: entry.refreshInterval,
        target
    };
    if (body.data !== undefined)
        externalSecretSpec.data = body.data;
    if (body.dataFrom !== undefined)
        externalSecretSpec.dataFrom = body.dataFrom;
    return {
        apiVersion: `external-secrets.io/${apiVersion}`,
        kind: 'ClusterExternalSecret',
        metadata: { name: entry.name, labels: (0,_marking_js__WEBPACK_IMPORTED_MODULE_1__/* .markingLabels */ .l7)() },
        spec: {
            namespaceSelectors: namespaceSelectors(entry.target),
            refreshTime: entry.refreshTime,
            externalSecretSpec
        }
    };
}
/**
 * Always the list field `namespaceSelectors`: the singular field is
 * deprecated in v1, and the list exists in v1beta1 too (added March 2024,
 * external-secrets PR #3268, so in every ESO release from 0.10 on). Every target is one selector, so the
 * list has at most one item: a named namespace matches its
 * `kubernetes.io/metadata.name` label, a namespace list is one `In`
 * expression (selectors in the list are ORed, expressions inside one are
 * ANDed, so one expression is the exact set).
 */
function namespaceSelectors(target) {
    if (target.kind === 'selector')
        return [(0,_order_js__WEBPACK_IMPORTED_MODULE_2__/* .copySelector */ .X)(target.selector)];
    const names = [...target.namespaces].sort(_compare_js__WEBPACK_IMPORTED_MODULE_3__/* .compareStrings */ .K);
    if (names.length === 0)
        return [];
    if (names.length === 1)
        return [{ matchLabels: { [NAMESPACE_NAME_LABEL]: names[0] } }];
    return [{ matchExpressions: [{ key: NAMESPACE_NAME_LABEL, operator: 'In', values: names }] }];
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

/***/ 29619:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l7: () => (/* binding */ markingLabels),
/* harmony export */   lT: () => (/* binding */ MANAGED_BY_LABEL),
/* harmony export */   rZ: () => (/* binding */ isMarked)
/* harmony export */ });
/* unused harmony export MANAGED_BY_VALUE */
/**
 * How the cluster tells this tool's resources from anyone else's. Every
 * rendered ClusterSecretStore and ClusterExternalSecret carries the label
 * `app.kubernetes.io/managed-by: secrets-injector` (the Kubernetes
 * recommended label for "the tool that manages this object"; the original
 * chart sets it to `Helm`). Drift detection reports a live object with this
 * label that no values file renders any more; an object without it is never
 * reported as left over, so resources made by hand or by other tools are
 * left alone. The value is constant (no version, no file name) so that
 * upgrading the tool or moving a values file does not change every manifest.
 */
const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
const MANAGED_BY_VALUE = 'secrets-injector';
/** The labels every rendered resource carries, as a fresh object. */
function markingLabels() {
    return { [MANAGED_BY_LABEL]: MANAGED_BY_VALUE };
}
/** Whether live labels carry this tool's marking. */
function isMarked(labels) {
    return labels[MANAGED_BY_LABEL] === MANAGED_BY_VALUE;
}


/***/ }),

/***/ 40944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ copySelector)
/* harmony export */ });
/* unused harmony export sortedRecord */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79072);

/** A copy of `r` with its keys in code-unit order, without a prototype (its keys are the user's labels). */
function sortedRecord(r) {
    const out = Object.create(null);
    for (const k of Object.keys(r).sort(_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K))
        out[k] = r[k];
    return out;
}
/** Copy a selector into fixed key order (matchLabels sorted, matchExpressions; key, operator, values). */
function copySelector(s) {
    const out = {};
    if (s.matchLabels !== undefined)
        out.matchLabels = sortedRecord(s.matchLabels);
    if (s.matchExpressions !== undefined) {
        out.matchExpressions = s.matchExpressions.map((x) => {
            const expr = { key: x.key, operator: x.operator };
            if (x.values !== undefined)
                expr.values = [...x.values];
            return expr;
        });
    }
    return out;
}


/***/ }),

/***/ 40917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderClusterSecretStore)
/* harmony export */ });
/* unused harmony export renderProvider */
/* harmony import */ var _marking_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29619);
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40944);


/**
 * One ClusterSecretStore. Cluster-scoped, so metadata has no namespace.
 * Without `conditions` every namespace may use it.
 */
function renderClusterSecretStore(store, apiVersion) {
    const spec = { provider: renderProvider(store.provider) };
    if (store.conditions !== undefined)
        spec.conditions = store.conditions.map(renderCondition);
    return {
        apiVersion: `external-secrets.io/${apiVersion}`,
        kind: 'ClusterSecretStore',
        metadata: { name: store.name, labels: (0,_marking_js__WEBPACK_IMPORTED_MODULE_0__/* .markingLabels */ .l7)() },
        spec
    };
}
/** The `spec.provider` block: exactly one provider key, fully rendered (the chart left aws empty). */
function renderProvider(p) {
    switch (p.type) {
        case 'azurekv':
            return { azurekv: renderAzure(p.vaultUrl, p.tenantId, p.auth) };
        case 'aws': {
            const aws = { service: p.service, region: p.region };
            // Without `auth` ESO uses the controller's own credentials (IRSA on its service account, EKS Pod Identity).
            if (p.auth.mode === 'jwt')
                aws.auth = { jwt: { serviceAccountRef: saRef(p.auth.serviceAccount) } };
            return { aws };
        }
        case 'vault':
            return { vault: { server: p.server, path: p.path, version: p.version, auth: renderVaultAuth(p.auth) } };
    }
}
function renderAzure(vaultUrl, tenantId, auth) {
    const out = { authType: auth.mode, vaultUrl };
    // A service principal always needs the tenant; for the other modes it is optional.
    if (tenantId !== undefined || auth.mode === 'ServicePrincipal')
        out.tenantId = tenantId ?? '';
    switch (auth.mode) {
        case 'ManagedIdentity':
            out.identityId = auth.identityId;
            break;
        case 'ServicePrincipal':
            out.authSecretRef = { clientId: keyRef(auth.clientId), clientSecret: keyRef(auth.clientSecret) };
            break;
        case 'WorkloadIdentity':
            out.serviceAccountRef = saRef(auth.serviceAccount);
            break;
    }
    return out;
}
function renderVaultAuth(auth) {
    switch (auth.mode) {
        case 'token':
            return { tokenSecretRef: keyRef(auth.tokenSecretRef) };
        case 'kubernetes': {
            const k = { mountPath: auth.mountPath, role: auth.role };
            if (auth.serviceAccount !== undefined)
                k.serviceAccountRef = saRef(auth.serviceAccount);
            return { kubernetes: k };
        }
        case 'appRole':
            return { appRole: { path: auth.path, roleId: auth.roleId, secretRef: keyRef(auth.secretRef) } };
    }
}
function renderCondition(c) {
    const out = {};
    if (c.namespaceSelector !== undefined)
        out.namespaceSelector = (0,_order_js__WEBPACK_IMPORTED_MODULE_1__/* .copySelector */ .X)(c.namespaceSelector);
    if (c.namespaces !== undefined)
        out.namespaces = [...c.namespaces];
    if (c.namespaceRegexes !== undefined)
        out.namespaceRegexes = [...c.namespaceRegexes];
    return out;
}
function keyRef(r) {
    return { name: r.name, namespace: r.namespace, key: r.key };
}
function saRef(r) {
    return { name: r.name, namespace: r.namespace };
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
