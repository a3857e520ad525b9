export const id = 983;
export const ids = [983];
export const modules = {

/***/ 9902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vq: () => (/* binding */ expandTargets),
/* harmony export */   cu: () => (/* binding */ identityOf),
/* harmony export */   tA: () => (/* binding */ describeSecrets),
/* harmony export */   wu: () => (/* binding */ compareTargets)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9072);
/* harmony import */ var _kinds_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4436);
/* harmony import */ var _selector_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1330);



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

/***/ 8982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OM: () => (/* binding */ diffRecords),
  uH: () => (/* binding */ diffSides)
});

// UNUSED EXPORTS: diffReleases

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(9902);
// EXTERNAL MODULE: ./.build/src/core/diff/selector.js
var selector = __webpack_require__(1330);
// EXTERNAL MODULE: ./.build/src/core/diff/stores.js
var diff_stores = __webpack_require__(4525);
;// CONCATENATED MODULE: ./.build/src/core/diff/withheld.js
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

;// CONCATENATED MODULE: ./.build/src/core/diff/diff.js




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
    const usable = withhold(base, head, pairs);
    const baseRecords = (0,describe/* describeSecrets */.tA)(usable.base, inventory);
    const headRecords = (0,describe/* describeSecrets */.tA)(usable.head, inventory);
    const result = diffRecords(baseRecords, headRecords, (0,diff_stores/* storeSnapshots */.b0)(usable.base), (0,diff_stores/* storeSnapshots */.b0)(usable.head));
    return { ...result, invalid: usable.invalid };
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
    secrets.push(...paired.changed);
    secrets.push(...markMoves(paired.removed, paired.added));
    secrets.sort(describe/* compareTargets */.wu);
    const stores = (0,diff_stores/* diffStores */.Qf)(baseStores, headStores, baseRecords, headRecords);
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
        if (!m.has((0,describe/* identityOf */.cu)(r)))
            m.set((0,describe/* identityOf */.cu)(r), r);
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
    if ((0,selector/* selectorCovers */.Gw)(b.labelSelector, a.labelSelector))
        return [];
    const old = b.selector ?? '';
    const now = a.selector ?? '';
    const where = old === selector/* ALL_NAMESPACES */.Pz ? `in namespaces not matching \`${now}\`` : `in namespaces matching \`${old}\` but not \`${now}\``;
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
    const gone = b.keys.filter((k) => !a.keys.includes(k));
    if (gone.length > 0 && a.kind === b.kind)
        out.push(`keys no longer provided: ${gone.map((k) => (k === '*' ? '(all keys of the remote secret)' : `\`${k}\``)).join(', ')}`);
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

/***/ 1330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B5: () => (/* binding */ matchesSelector),
/* harmony export */   CI: () => (/* binding */ selectorToString),
/* harmony export */   Gw: () => (/* binding */ selectorCovers),
/* harmony export */   Pz: () => (/* binding */ ALL_NAMESPACES)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9072);

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

/***/ 4525:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qf: () => (/* binding */ diffStores),
/* harmony export */   b0: () => (/* binding */ storeSnapshots),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   kr: () => (/* binding */ storeSpecFields)
/* harmony export */ });
/* unused harmony export spread */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9072);
/* harmony import */ var _render_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(917);
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8917);
/* harmony import */ var _describe_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9902);




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
            if (still.length > 0)
                danger.push(`store \`${name}\` is no longer defined, but ${spread(still)} still read from it`);
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
    const ns = new Set(targets.filter((t) => t.namespace !== null).map((t) => t.namespace));
    const sel = new Set(targets.filter((t) => t.namespace === null).map((t) => t.selector));
    const parts = [];
    if (ns.size > 0 || sel.size === 0)
        parts.push(plural(ns.size, 'namespace'));
    if (sel.size > 0)
        parts.push(plural(sel.size, 'selector'));
    return `${plural(targets.length, 'Secret')} in ${parts.join(' and ')}`;
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

/***/ 3872:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nt: () => (/* binding */ formatCliMarkdown),
  TC: () => (/* binding */ formatCommitBody)
});

// UNUSED EXPORTS: GITHUB_COMMENT_LIMIT, TOOL_NAME, formatComment, formatReviewComment, formatSummary, worthPosting

;// CONCATENATED MODULE: ./.build/src/core/format/fit.js
/**
 * Fitting a document into a size limit (GitHub's 65,536-character comment
 * limit) by dropping detail, never by failing: whole items of list sections
 * are dropped, lowest keep-priority first, from their end, and a notice says
 * where the rest is.
 */
const SECTION_SEP = '\n\n';
/** How many items a section shows when nothing needs trimming. */
function shownMax(s) {
    return Math.min(s.items.length, s.cap ?? Infinity);
}
/**
 * Room left for GitHub's own accounting and for our arithmetic being off by
 * a little: 1/32 of the limit, at most 1 KiB.
 */
function safetyMargin(maxLength) {
    return Math.min(1024, Math.floor(maxLength / 32));
}
/**
 * Assemble the sections in order within `maxLength` (UTF-16 code units, like
 * JavaScript string length and GitHub). Fixed sections and the table are
 * kept; list sections get the remaining room in order of `keep`, each as
 * many whole items as fit; when anything was left out, `notice` goes before
 * the first list section. Lengths are added up, not re-rendered, so a huge
 * report costs linear time.
 */
function fit_fitSections(sections, o) {
    const full = assemble(sections, (s) => shownMax(s), (t) => t.rows.length, null);
    if (!Number.isFinite(o.maxLength) || full.length <= o.maxLength - safetyMargin(o.maxLength))
        return full;
    const budget = o.maxLength - safetyMargin(o.maxLength);
    const table = sections.find((s) => s.kind === 'table');
    const fixedTexts = sections.filter((s) => s.kind === 'fixed').map((s) => s.text);
    const fixed = (rows) => sumParts([...fixedTexts, table ? tableText(table, rows).length : 0, o.notice]);
    let rows = table?.rows.length ?? 0;
    if (fixed(rows) > budget && table)
        rows = maxFitting(rows, (k) => fixed(k) <= budget);
    let used = fixed(rows);
    const keep = new Map();
    const lists = sections.filter((s) => s.kind === 'list').sort((a, b) => a.keep - b.keep);
    for (const s of lists) {
        if (s.items.length === 0)
            continue;
        const room = budget - used - SECTION_SEP.length;
        const fits = (n) => listLength(s, n) <= room;
        // Dropping the "… more" line can make the complete list shorter than the list minus one item.
        const max = shownMax(s);
        const k = fits(max) ? max : maxFitting(max - 1, fits);
        if (k === 0 && listLength(s, 0) > room) {
            keep.set(s, -1);
            continue;
        }
        keep.set(s, k);
        used += SECTION_SEP.length + listLength(s, k);
    }
    let out = assemble(sections, (s) => keep.get(s) ?? 0, () => rows, o.notice);
    // Only a pathological title or marker can get here; the marker must survive.
    if (out.length > o.maxLength)
        out = `${o.marker}\n${o.notice}`.slice(0, o.maxLength);
    return out;
}
/** Largest k in [0, n] with ok(k), for an ok that turns false once and stays false. */
function maxFitting(n, ok) {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (ok(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function sumParts(parts) {
    const lengths = parts.map((x) => (typeof x === 'number' ? x : x.length)).filter((n) => n > 0);
    return lengths.reduce((a, b) => a + b, 0) + SECTION_SEP.length * Math.max(0, lengths.length - 1) + 1;
}
function listText(s, k) {
    if (s.items.length === 0 || k < 0)
        return '';
    const shown = s.items.slice(0, k);
    if (k < s.items.length)
        shown.push(s.more(s.items.length - k));
    return s.header === '' ? shown.join(s.sep) : `${s.header}\n${shown.join(s.sep)}`;
}
const prefixCache = new WeakMap();
/** Length of listText(s, k) without building it: prefix sums of the item lengths. */
function listLength(s, k) {
    const n = s.items.length;
    if (n === 0 || k < 0)
        return 0;
    let prefix = prefixCache.get(s);
    if (!prefix) {
        prefix = [0];
        for (const item of s.items)
            prefix.push((prefix[prefix.length - 1] ?? 0) + item.length);
        prefixCache.set(s, prefix);
    }
    const shown = k + (k < n ? 1 : 0);
    const more = k < n ? s.more(n - k).length : 0;
    const head = s.header === '' ? 0 : s.header.length + 1;
    return head + (prefix[k] ?? 0) + more + s.sep.length * Math.max(0, shown - 1);
}
function tableText(t, k) {
    const rows = t.rows.slice(0, k);
    if (k < t.rows.length)
        rows.push(t.more(t.rows.length - k));
    return [t.header, ...rows, t.total].join('\n');
}
function assemble(sections, items, rows, notice) {
    const out = [];
    let noticed = notice === null || notice === '';
    for (const s of sections) {
        if (s.kind === 'list' && !noticed) {
            out.push(notice ?? '');
            noticed = true;
        }
        const text = s.kind === 'fixed' ? s.text : s.kind === 'table' ? tableText(s, rows(s)) : listText(s, items(s));
        if (text !== '')
            out.push(text);
    }
    if (!noticed && notice)
        out.push(notice);
    return out.join(SECTION_SEP) + '\n';
}

// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(4436);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(8917);
;// CONCATENATED MODULE: ./.build/src/core/format/lines.js


/** Group changes by namespace / selector, keeping the diff's order (named namespaces first). */
function groupSecrets(secrets) {
    const groups = [];
    const byKey = new Map();
    for (const s of secrets) {
        const key = s.namespace !== null ? `ns\u0000${s.namespace}` : `sel\u0000${s.selector ?? ''}`;
        let g = byKey.get(key);
        if (!g) {
            g = { namespace: s.namespace, selector: s.namespace === null ? s.selector : null, secrets: [] };
            byKey.set(key, g);
            groups.push(g);
        }
        g.secrets.push(s);
    }
    return groups;
}
/** The group's name: `shop`, or selector `env=prod`. */
function groupLabel(g, x) {
    return g.namespace !== null ? `${x.markdown ? '' : 'namespace '}${x.code(g.namespace)}` : `selector ${x.code(g.selector ?? '')}`;
}
function countsOf(secrets) {
    let added = 0;
    let removed = 0;
    let changed = 0;
    let moved = 0;
    for (const s of secrets) {
        if (s.change === 'changed')
            changed++;
        else if (s.change === 'added' && s.movedFrom === undefined)
            added++;
        else if (s.change === 'removed' && s.movedTo === undefined)
            removed++;
        else
            moved++;
    }
    return { added, removed, changed, moved };
}
/** Counts of a whole diff: each move is one added and one removed item of the diff but one move here. */
function diffCounts(c) {
    return { added: c.added - c.moved, removed: c.removed - c.moved, changed: c.changed, moved: c.moved };
}
/** `1 added, 0 removed, 2 changed` and `, 1 moved` when there is a move. */
function countsText(c) {
    return `${c.added} added, ${c.removed} removed, ${c.changed} changed${c.moved > 0 ? `, ${c.moved} moved` : ''}`;
}
/** `moved `orders` → `fulfilment``, for the moved half of a move. */
function moveText(s, x) {
    if (s.movedTo !== undefined)
        return `moved ${x.code(s.namespace ?? '')} → ${x.code(s.movedTo)}`;
    if (s.movedFrom !== undefined)
        return `moved ${x.code(s.movedFrom)} → ${x.code(s.namespace ?? '')}`;
    return null;
}
/** A Secret's line plus sub-lines: field changes, then danger notes. */
function secretLines(s, x) {
    const r = s.after ?? s.before;
    const what = r ? `${x.text((0,kinds/* kindLabel */.tf)(r.kind))} from store ${x.code(r.store)}` : '';
    const move = moveText(s, x);
    let line;
    if (s.change === 'added' && r) {
        const keys = `${r.keys.length === 1 && r.keys[0] !== kinds/* ALL_KEYS */.nX ? 'key' : 'keys'} ${r.keys.map((k) => keyText(k, r, x)).join(', ')}`;
        line = `${x.icon('➕')}${x.code(s.name)} ${move ?? 'added'}: ${what}, ${keys}`;
    }
    else if (s.change === 'removed') {
        line = `${x.icon('➖')}${x.code(s.name)} ${move ?? 'removed'} (was ${what})`;
    }
    else {
        line = `${x.icon('✏️')}${x.code(s.name)} changed`;
    }
    const sub = [...s.changes.map((c) => fieldChangeText(c, s, x)), ...s.danger.map((d) => `${x.icon('⚠️')}${x.note(d)}`)];
    return { line, sub };
}
/** A moved Secret as the summary table lists it: `db` → `shop` where it leaves, `db` ← `orders` where it arrives. */
function moveName(s, x) {
    if (s.movedTo !== undefined)
        return `${x.code(s.name)} → ${x.code(s.movedTo)}`;
    return `${x.code(s.name)} ← ${x.code(s.movedFrom ?? '')}`;
}
const FIELD_LABEL = {
    selector: 'selector',
    externalSecret: 'ClusterExternalSecret',
    kind: 'kind',
    type: 'type',
    store: 'store',
    keys: 'keys',
    remoteRefs: 'remote refs',
    labels: 'labels',
    refreshInterval: 'refreshInterval',
    refreshTime: 'refreshTime',
    creationPolicy: 'creationPolicy',
    deletionPolicy: 'deletionPolicy'
};
/** `keys: +a, -b`, `store: x → y`, `labels: +k=v, -k=v, k: a → b`. */
function fieldChangeText(c, s, x) {
    const label = FIELD_LABEL[c.field];
    if (c.field === 'keys' || c.field === 'remoteRefs') {
        const b = strings(c.before);
        const a = strings(c.after);
        const fmt = (k, r) => (c.field === 'keys' ? keyText(k, r, x) : x.code(k));
        const parts = [
            ...a.filter((k) => !b.includes(k)).map((k) => `+${fmt(k, s.after)}`),
            ...b.filter((k) => !a.includes(k)).map((k) => `-${fmt(k, s.before)}`)
        ];
        return `${label}: ${parts.join(', ')}`;
    }
    if (c.field === 'labels') {
        const b = stringMap(c.before);
        const a = stringMap(c.after);
        const parts = [];
        for (const [k, v] of a) {
            const old = b.get(k);
            if (old === undefined)
                parts.push(`+${x.code(`${k}=${v}`)}`);
            else if (old !== v)
                parts.push(`${x.code(k)}: ${x.code(old)} → ${x.code(v)}`);
        }
        for (const [k, v] of b)
            if (!a.has(k))
                parts.push(`-${x.code(`${k}=${v}`)}`);
        return `${label}: ${parts.join(', ')}`;
    }
    if (c.field === 'kind')
        return `${label}: ${kindText(c.before, x)} → ${kindText(c.after, x)}`;
    return `${label}: ${valueText(c.before, x)} → ${valueText(c.after, x)}`;
}
/** A multivalue Secret's keys are not known before run time: name where they come from. */
function keyText(k, r, x) {
    if (k !== kinds/* ALL_KEYS */.nX)
        return x.code(k);
    return `(all keys of ${x.code(r?.remoteRefs[0] ?? 'the remote secret')})`;
}
function kindText(v, x) {
    return (0,kinds/* isSecretKind */.z2)(v) ? x.text((0,kinds/* kindLabel */.tf)(v)) : valueText(v, x);
}
/** A field value: `(none)` when unset. */
function valueText(v, x) {
    if (v === null || v === undefined || v === '')
        return '(none)';
    return x.code(typeof v === 'string' ? v : JSON.stringify(v));
}
function strings(v) {
    return Array.isArray(v) ? v.filter((y) => typeof y === 'string') : [];
}
/** A label map as a Map, so label names like `constructor` are just names. */
function stringMap(v) {
    const out = new Map();
    if ((0,values/* isRecord */.u4)(v))
        for (const [k, val] of Object.entries(v))
            if (typeof val === 'string')
                out.set(k, val);
    return out;
}
const STORE_ICON = { added: '➕', removed: '➖', changed: '✏️' };
/** A store change: its line, its field changes (its danger notes are in the attention list), and (up to `maxAffects`) who reads from it. */
function storeLines(s, maxAffects, x) {
    const sub = [];
    for (const c of s.changes) {
        if (s.change === 'added')
            sub.push(`${x.text(c.field)}: ${valueText(c.after, x)}`);
        else if (s.change === 'changed')
            sub.push(`${x.text(c.field)}: ${valueText(c.before, x)} → ${valueText(c.after, x)}`);
    }
    if (s.affects.length > 0) {
        const shown = s.affects.slice(0, maxAffects).map((a) => secretRef(a, x));
        const more = s.affects.length - shown.length;
        const verb = s.change === 'removed' ? 'was read by' : 'read by';
        sub.push(`${verb} ${plural(s.affects.length, 'Secret')}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
    }
    return { line: `${x.icon(STORE_ICON[s.change])}store ${x.code(s.name)} ${s.change}`, sub };
}
/** `app/db` or `db` (selector `env=prod`), for the attention list. */
function secretRef(s, x) {
    return s.namespace !== null ? x.code(`${s.namespace}/${s.name}`) : `${x.code(s.name)} (selector ${x.code(s.selector ?? '')})`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./.build/src/core/format/syntax.js
/**
 * The one place user text is made safe for what the bot writes: the PR
 * comment, inline review comments, the job summary, the CLI's Markdown and
 * the GitOps commit body. Values files come from pull requests, so a label,
 * a file name or a lint message quoting them may be written by an attacker:
 *
 * - Markdown and HTML in them must stay text (`<img>`, `[x](url)`, `|` in a
 *   table cell);
 * - nothing in them may notify anyone or link anywhere on GitHub's behalf:
 *   `@user` and `@org/team` mentions, `#123` references, bare URLs.
 *
 * Identifiers are set as code spans (or `<code>` in HTML): GitHub neither
 * links nor mentions inside code, and a reader can copy the value exactly.
 * Free text is escaped and neutralised with a zero-width joiner after `@`
 * and `#` and inside `://` and `www.`, invisible to a reader but breaking
 * GitHub's autolinking. Plain text (commit bodies) gets the same
 * neutralisation without Markdown escaping.
 */
const ZWJ = '\u200D';
/** Break mentions, issue references and autolinks without changing what a reader sees. */
function neutralize(s) {
    return s
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\w)/g, `#${ZWJ}`)
        .replace(/:\/\//g, `:/${ZWJ}/`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Free text in Markdown (a table cell too): one line, Markdown and HTML inert, neutralised. */
function mdText(s) {
    return neutralize(oneLine(s)).replace(/[\\`*_[\]|<>&#~!]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`);
}
/** Text inside raw HTML (a `<summary>`), neutralised. */
function htmlText(s) {
    return escapeHtml(neutralize(s));
}
function escapeHtml(s) {
    return oneLine(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/**
 * A code span when that is safe (no backtick, pipe or line break, which a
 * code span cannot hold inside a table), else escaped text.
 */
function mdCode(s) {
    if (s === '' || /[`|\r\n]/.test(s))
        return mdText(s) || '(empty)';
    return `\`${s}\``;
}
/** `<code>` for raw HTML contexts. */
function htmlCode(s) {
    return `<code>${escapeHtml(s)}</code>`;
}
/** One line of plain text (a commit body), neutralised. */
function plainText(s) {
    return neutralize(oneLine(s));
}
/**
 * A URL as a Markdown link destination. We build every URL ourselves from
 * a fixed base and percent-encoded parts; this only guards the characters
 * that would end the destination.
 */
function mdUrl(url) {
    return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
/** A repository path as URL path segments. */
function encodePath(path) {
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
        .join('/');
}
function oneLine(s) {
    return s.replace(/\r?\n|\r/g, ' ');
}
/** Split `a \`b\` c` into text and code parts. */
function noteParts(s) {
    return s.split('`').map((part, i) => ({ code: i % 2 === 1, s: part }));
}
const syntax_MARKDOWN = {
    markdown: true,
    code: mdCode,
    text: mdText,
    note: (s) => noteParts(s)
        .map((p) => (p.code ? mdCode(p.s) : mdText(p.s)))
        .join(''),
    strong: (r) => `**${r}**`,
    link: (r, url) => `[${r}](${mdUrl(url)})`,
    icon: (e) => `${e} `
};
const PLAIN = {
    markdown: false,
    code: plainText,
    text: plainText,
    note: (s) => noteParts(s)
        .map((p) => plainText(p.s))
        .join(''),
    strong: (r) => r,
    link: (r) => r,
    icon: () => ''
};

;// CONCATENATED MODULE: ./.build/src/core/format/gitops.js


/** Files listed per kind of change before "and N more". */
const MAX_FILES = 50;
/** The GitOps result: branch, commit (linked), files added, removed and changed, or "no change". */
function gitopsSection(r, c) {
    const g = r.gitops;
    if (g === undefined || c.target === 'commit')
        return null;
    const x = c.x;
    const t = g.target;
    const where = `branch ${x.code(t.branch)}${t.dir === '' ? '' : ` (${x.code(`${t.dir}/`)})`}`;
    const commit = (sha) => {
        const label = x.code(sha.slice(0, 12));
        return t.repositoryUrl === undefined ? label : x.link(label, `${t.repositoryUrl.replace(/\/+$/, '')}/commit/${encodePath(sha)}`);
    };
    const head = x.markdown ? '### GitOps publish\n\n' : 'GitOps publish: ';
    switch (g.status) {
        case 'unchanged':
            return {
                kind: 'fixed',
                text: `${head}No change: ${where} already holds these manifests${g.commit === null ? '' : ` at ${commit(g.commit)}`}.`
            };
        case 'failed':
            return { kind: 'fixed', text: `${head}${x.icon('❌')}Publishing to ${where} failed: ${x.text(g.message)}` };
        case 'skipped':
            return { kind: 'fixed', text: `${head}Not published to ${where}: ${x.text(g.reason)}` };
        case 'published': {
            const counts = `${plural(g.added.length, 'file')} added, ${g.removed.length} removed, ${g.changed.length} changed`;
            const lines = [`${head}Published ${commit(g.commit)} to ${where}: ${counts}.`];
            const list = (verb, files) => {
                if (files.length === 0)
                    return;
                const shown = files.slice(0, MAX_FILES).map((f) => x.code(f));
                const more = files.length - shown.length;
                lines.push(`- ${verb}: ${shown.join(', ')}${more > 0 ? `, and ${more} more` : ''}`);
            };
            if (g.added.length + g.removed.length + g.changed.length > 0)
                lines.push('');
            list('added', g.added);
            list('removed', g.removed);
            list('changed', g.changed);
            return { kind: 'fixed', text: lines.join('\n') };
        }
    }
}

// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var format = __webpack_require__(3882);
;// CONCATENATED MODULE: ./.build/src/core/format/lint.js


/** Error locations linked in the verdict line before "and N more". */
const VERDICT_LINKS = 10;
/** `values/prod.yaml:14`, linked to that line of the file at the commit when the report knows the repository. */
function lint_location(file, line, x, sources, side = 'head', column) {
    const label = x.code(`${file}:${line}${column === undefined ? '' : `:${column}`}`);
    const sha = side === 'head' ? sources?.head : sources?.base;
    if (sources === undefined || sha === undefined)
        return label;
    return x.link(label, blobUrl(sources, sha, file, line));
}
/** `<server>/<owner>/<repo>/blob/<sha>/<path>#L<line>` */
function blobUrl(s, sha, file, line) {
    return `${s.server.replace(/\/+$/, '')}/${s.repository}/blob/${encodeURIComponent(sha)}/${encodePath(file)}#L${line}`;
}
/**
 * The verdict, first under the title when lint found errors: how many, where
 * (each linked), and that what they are in is not compared; then what was
 * left out, head and base.
 */
function verdictSection(r, c) {
    if (c.target === 'commit')
        return null;
    const x = c.x;
    const errors = r.findings.filter((f) => f.severity === 'error');
    const invalid = r.diff?.invalid ?? [];
    if (errors.length === 0 && invalid.length === 0)
        return null;
    const lines = [];
    if (errors.length > 0) {
        const what = `${errors.length === 1 ? '1 lint error' : `${errors.length} lint errors`}: ${containers(invalid, errors)} not compared.`;
        // One link per line: several errors on one line need one look.
        const places = [...new Map(errors.map((f) => [`${f.file}\u0000${f.line}`, f])).values()];
        const shown = places.slice(0, VERDICT_LINKS).map((f) => lint_location(f.file, f.line, x, r.sources));
        const more = places.length > shown.length ? `, and ${places.length - shown.length} more lines below` : '';
        lines.push(`${x.icon('❌')}${x.strong(x.text(what))} ${shown.join(', ')}${more}`);
    }
    const head = invalid.filter((i) => i.side === 'head');
    const base = invalid.filter((i) => i.side === 'base');
    if (head.length > 0)
        lines.push(`Not compared: ${head.map((i) => withheldText(i, x)).join(', ')}.`);
    if (base.length > 0) {
        const where = base.map((i) => `${withheldText(i, x)} at ${lint_location(i.file, i.line, x, r.sources, 'base')}`);
        lines.push(`${x.icon('⚠️')}Not compared either, because the base version has lint errors: ${where.join(', ')}.`);
    }
    return { kind: 'fixed', text: lines.join('\n\n') };
}
/**
 * "the entry it is in is", "the entries and files they are in are": what the
 * errors sit in, named by the scopes that were withheld, so a file that does
 * not parse is never called an entry.
 */
function containers(invalid, errors) {
    const one = errors.length === 1;
    const own = (i) => errors.some((f) => f.file === i.file && f.line === i.line);
    const scopes = new Set((one ? invalid.filter(own) : invalid).map((i) => i.scope));
    const words = ['entry', 'store', 'file']
        .filter((s) => scopes.has(s) || (scopes.size === 0 && s === 'entry'))
        .map((s) => (one ? s : s === 'entry' ? 'entries' : `${s}s`));
    const what = words.length <= 1 ? (words[0] ?? 'entry') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
    return one && words.length <= 1 ? `the ${what} it is in is` : `the ${what} they are in are`;
}
/** Rules that mean the file could not be read at all (not parsed, refused, or over a size limit). */
const PARSE_RULES = new Set([
    'yaml-syntax',
    'yaml-tab',
    'yaml-duplicate-key',
    'yaml-alias-bomb',
    'empty-file',
    'not-a-mapping',
    'unsafe-file',
    'limit-exceeded'
]);
/** What one withheld item is, in a few words. */
function withheldText(i, x) {
    switch (i.scope) {
        case 'entry':
            return i.externalSecret !== null
                ? `ClusterExternalSecret ${x.code(i.externalSecret)} (${x.code(i.file)})`
                : `${x.code(`externalsecrets[${i.index ?? 0}]`)} of ${x.code(i.file)}`;
        case 'store':
            return `the settings of store ${x.code(i.store ?? '')} (${x.code(i.file)}; the Secrets reading from it are compared)`;
        case 'file': {
            const why = PARSE_RULES.has(i.rule) ? 'it cannot be read as a values file' : 'its error is not inside one entry';
            return `all of ${x.code(i.file)} (${why})`;
        }
    }
}
const SEVERITY_CELL = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' };
/** Every finding as a table row, errors, warnings and infos, with a linked location. */
function findingsSection(r, c) {
    if (c.target !== 'comment' && c.target !== 'summary')
        return null;
    const x = c.x;
    const { errors, warnings, infos } = (0,format/* countFindings */.Gt)(r.findings);
    // Infos are rare notes; the count is shown only when there is one, so a report without them reads as before.
    const notes = infos > 0 ? `, ${infos} info` : '';
    const header = `### Lint findings (${errors} ${errors === 1 ? 'error' : 'errors'}, ` +
        `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}${notes})\n\n` +
        '| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |';
    return {
        kind: 'list',
        header,
        items: r.findings.map((f) => `| ${lint_location(f.file, f.line, x, r.sources, 'head', f.column)} | ${SEVERITY_CELL[f.severity]} | ` +
            `${x.code(f.rule)} | ${x.text(f.message)} |`),
        sep: '\n',
        more: (n) => `| … | | | ${n} more ${n === 1 ? 'finding' : 'findings'} in the full report |`,
        keep: 2
    };
}
/** Body of the inline review comment for one finding, with a one-click suggestion when the finding carries its fix. */
function lint_reviewCommentText(f, x) {
    const icon = f.severity === 'error' ? '❌' : f.severity === 'warning' ? '⚠️' : 'ℹ️';
    const head = `${icon} ${x.strong(f.severity)} ${x.code(f.rule)}: ${x.text(f.message)}`;
    if (f.fix === undefined || f.fix.line !== f.line)
        return head;
    return `${head}\n\n${suggestion(f.fix.text)}`;
}
/** A GitHub suggestion block; its fence is longer than any backtick run in the line, so the line cannot close it. */
function suggestion(line) {
    const longest = Math.max(0, ...[...line.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}suggestion\n${line.replace(/\r?\n|\r/g, ' ')}\n${fence}`;
}

;// CONCATENATED MODULE: ./.build/src/core/format/secrets.js


/** Names per table cell before "+N more". */
const TABLE_NAMES = 3;
/** Said when the diff could not be computed, so no one reads "no change" into an empty report. */
function unavailableNote(r, c) {
    if (r.diff !== null || c.target === 'commit')
        return null;
    return { kind: 'fixed', text: '> **Note:** the Secret diff could not be computed (see the warnings of this run).' };
}
/** `**Secrets:** 1 added, 0 removed, 2 changed, 1 moved in 2 namespaces and 1 selector. 1 store change.` */
function summaryLine(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    const n = d.counts.storesChanged;
    const stores = n > 0 ? ` ${plural(n, 'store change')}.` : '';
    if (d.secrets.length === 0) {
        const partial = d.invalid.length > 0 ? ' among the entries compared' : '';
        return { kind: 'fixed', text: `No Secret changes${partial}.${stores}` };
    }
    const groups = groupSecrets(d.secrets);
    const namespaces = groups.filter((g) => g.namespace !== null).length;
    const selectors = groups.length - namespaces;
    const where = [
        namespaces > 0 || selectors === 0 ? plural(namespaces, 'namespace') : '',
        selectors > 0 ? plural(selectors, 'selector') : ''
    ]
        .filter((w) => w !== '')
        .join(' and ');
    return { kind: 'fixed', text: `${c.x.strong('Secrets:')} ${countsText(diffCounts(d.counts))} in ${where}.${stores}` };
}
/**
 * Per namespace, the names of the Secrets added, removed, changed and (when
 * there is a move) moved, so a reviewer sees what changes without expanding
 * anything. A move is listed in both its namespaces (`db` → `shop` where it
 * leaves, `db` ← `orders` where it arrives) and counted once.
 */
function summaryTable(r, c) {
    const d = r.diff;
    if (d === null || d.secrets.length === 0 || c.target === 'commit')
        return null;
    const x = c.x;
    const cell = (names) => {
        const more = names.length - TABLE_NAMES;
        return `${names.slice(0, TABLE_NAMES).join(', ')}${more > 0 ? ` +${more} more` : ''}`;
    };
    const total = diffCounts(d.counts);
    const moves = total.moved > 0;
    const names = (secrets) => secrets.map((s) => x.code(s.name));
    return {
        kind: 'table',
        header: moves
            ? '| Namespace | Added | Removed | Changed | Moved |\n| --- | --- | --- | --- | --- |'
            : '| Namespace | Added | Removed | Changed |\n| --- | --- | --- | --- |',
        rows: groupSecrets(d.secrets).map((g) => {
            const plain = (change) => g.secrets.filter((s) => s.change === change && s.movedTo === undefined && s.movedFrom === undefined);
            const cells = [groupLabel(g, x), cell(names(plain('added'))), cell(names(plain('removed'))), cell(names(plain('changed')))];
            if (moves)
                cells.push(cell(g.secrets.flatMap((s) => (s.movedTo !== undefined || s.movedFrom !== undefined ? [moveName(s, x)] : []))));
            return `| ${cells.join(' | ')} |`;
        }),
        total: `| **Total** | ${total.added} | ${total.removed} | ${total.changed} |${moves ? ` ${total.moved} |` : ''}`,
        more: (n) => `| … ${n} more | | | |${moves ? ' |' : ''}`
    };
}
/** Every danger note of stores and Secrets, at the top. */
function attentionSection(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    const x = c.x;
    const items = [];
    for (const s of d.stores)
        for (const text of s.danger)
            items.push(`- ${x.icon('⚠️')}store ${x.code(s.name)}: ${x.note(text)}`);
    for (const s of d.secrets)
        for (const text of s.danger)
            items.push(`- ${x.icon('⚠️')}${secretRef(s, x)}: ${x.note(text)}`);
    return {
        kind: 'list',
        header: x.markdown ? '### ⚠️ Needs attention\n' : 'Needs attention:',
        items,
        sep: '\n',
        more: (n) => `- … ${n} more in the details`,
        cap: c.maxDanger,
        keep: 0
    };
}
function storesSection(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    return {
        kind: 'list',
        header: c.x.markdown ? '### Store changes\n' : 'Store changes:',
        items: d.stores.map((s) => bullets(storeLines(s, c.maxAffects, c.x))),
        sep: '\n',
        more: (n) => `- … ${n} more store ${n === 1 ? 'change' : 'changes'} in the full report`,
        keep: 1
    };
}
function detailsSection(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    return {
        kind: 'list',
        header: c.x.markdown ? '### Details\n' : '',
        items: groupSecrets(d.secrets).map((g) => groupBlock(g, c)),
        sep: '\n\n',
        more: (n) => `_… ${n} more ${n === 1 ? 'namespace' : 'namespaces'} in the full report._`,
        keep: 3
    };
}
/** A line and its sub-lines as a nested list. */
function bullets(l) {
    return [`- ${l.line}`, ...l.sub.map((s) => `  - ${s}`)].join('\n');
}
function groupBlock(g, c) {
    const x = c.x;
    const counts = countsText(countsOf(g.secrets));
    const body = g.secrets.map((s) => bullets(secretLines(s, x))).join('\n');
    if (c.target === 'commit')
        return `${groupLabel(g, x)} (${counts}):\n${body}`;
    if (c.target === 'cli')
        return `#### ${groupLabel(g, x)} (${counts})\n\n${body}`;
    return `<details>\n<summary>${groupLabelHtml(g)}: ${counts}</summary>\n\n${body}\n\n</details>`;
}
/** The group's name inside raw HTML (`<summary>`). */
function groupLabelHtml(g) {
    return g.namespace !== null ? `<b>${htmlCode(g.namespace)}</b>` : `selector <b>${htmlCode(g.selector ?? '')}</b>`;
}

;// CONCATENATED MODULE: ./.build/src/core/format/report.js





/** GitHub rejects issue comments longer than this many characters (UTF-16 code units). */
const GITHUB_COMMENT_LIMIT = 65536;
/** Name shown in the footer. */
const TOOL_NAME = 'secrets-injector';
/** The sections in document order. */
const SECTIONS = [
    title,
    verdictSection,
    unavailableNote,
    summaryLine,
    gitopsSection,
    summaryTable,
    attentionSection,
    storesSection,
    detailsSection,
    findingsSection,
    footer
];
/** In the size-limited comment, list at most this many Secrets per store change. */
const COMMENT_MAX_AFFECTS = 20;
/**
 * In the comment, list at most this many danger notes at the top: a PR that
 * removes 500 Secrets should not push the lint findings out of the comment.
 * Every note is still in the namespace details.
 */
const COMMENT_MAX_DANGER = 25;
/**
 * The PR comment: marker, title, lint verdict, summary, table, danger notes,
 * store changes, collapsible details per namespace, lint findings, footer.
 * It always fits `maxLength` (measured like GitHub, in UTF-16 code units,
 * with a safety margin): namespace sections are dropped from the end first,
 * then findings, then store changes and danger notes, and a notice points
 * to the job summary. Returns null when `mode` is 'on-change' and there is
 * nothing to say.
 */
function formatComment(r, o) {
    if (o.mode === 'on-change' && !worthPosting(r))
        return null;
    const sections = write(r, { x: MARKDOWN, target: 'comment', maxAffects: COMMENT_MAX_AFFECTS, maxDanger: COMMENT_MAX_DANGER });
    const notice = o.detailsUrl
        ? `> ℹ️ This comment was shortened to fit GitHub's size limit. [Full report in the job summary](${o.detailsUrl}).`
        : "> ℹ️ This comment was shortened to fit GitHub's size limit. Full report in the job summary.";
    return fitSections(withMarker(sections, o.marker), {
        maxLength: o.maxLength ?? GITHUB_COMMENT_LIMIT,
        notice,
        marker: o.marker
    });
}
/** The full report for the job summary: the comment's layout, never trimmed. */
function formatSummary(r, marker) {
    const sections = write(r, { x: MARKDOWN, target: 'summary', maxAffects: Infinity, maxDanger: Infinity });
    return fitSections(marker === undefined ? sections : withMarker(sections, marker), {
        maxLength: Infinity,
        notice: '',
        marker: ''
    });
}
/** The report as Markdown for a terminal or a file (`secrets-injector diff`): headings instead of `<details>`, findings left to stderr. */
function formatCliMarkdown(r) {
    return fit_fitSections(write(r, { x: syntax_MARKDOWN, target: 'cli', maxAffects: Infinity, maxDanger: Infinity }), {
        maxLength: Infinity,
        notice: '',
        marker: ''
    });
}
/**
 * The body of a GitOps commit: the same summary, attention notes, store
 * changes and per-namespace lines as the comment, in plain text ('' when
 * nothing changed).
 */
function formatCommitBody(diff) {
    if (!hasChanges(diff))
        return '';
    const sections = write({ title: '', findings: [], diff }, { x: PLAIN, target: 'commit', maxAffects: 20, maxDanger: Infinity });
    return fit_fitSections(sections, { maxLength: Infinity, notice: '', marker: '' }).trimEnd();
}
/** The marker is the first line, right above the title. */
function withMarker(sections, marker) {
    const [first, ...rest] = sections;
    if (first?.kind !== 'fixed')
        return [{ kind: 'fixed', text: marker }, ...sections];
    return [{ kind: 'fixed', text: `${marker}\n${first.text}` }, ...rest];
}
function write(r, c) {
    return SECTIONS.map((w) => w(r, c)).filter((s) => s !== null);
}
function hasChanges(d) {
    return d.secrets.length > 0 || d.stores.length > 0;
}
/**
 * Whether the report has news for a reviewer (comment: on-change): a Secret
 * or store change, something left out of the comparison, a lint error or
 * warning (an info needs no action, so it alone is no reason), a GitOps
 * result, or a diff that could not be computed.
 */
function worthPosting(r) {
    const findings = r.findings.some((f) => f.severity !== 'info');
    return r.diff === null || hasChanges(r.diff) || r.diff.invalid.length > 0 || findings || r.gitops !== undefined;
}
function title(r, c) {
    if (c.target === 'commit')
        return null;
    const text = r.title.length > 200 ? `${r.title.slice(0, 200)}…` : r.title;
    return { kind: 'fixed', text: `## ${mdText(text)}` };
}
function footer(r, c) {
    if (c.target !== 'comment' && c.target !== 'summary')
        return null;
    const at = r.commit ? ` for commit ${c.x.code(r.commit.slice(0, 12))}` : '';
    return { kind: 'fixed', text: `---\n<sub>Generated by ${TOOL_NAME}${at}.</sub>` };
}
/** The inline review comment for one finding (the shell adds its marker). */
function formatReviewComment(f) {
    return reviewCommentText(f, MARKDOWN);
}


/***/ }),

/***/ 944:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ copySelector)
/* harmony export */ });
/* unused harmony export sortedRecord */
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9072);

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

/***/ 917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ renderClusterSecretStore)
/* harmony export */ });
/* unused harmony export renderProvider */
/* harmony import */ var _order_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(944);

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
        metadata: { name: store.name },
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
        out.namespaceSelector = (0,_order_js__WEBPACK_IMPORTED_MODULE_0__/* .copySelector */ .X)(c.namespaceSelector);
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


/***/ })

};
