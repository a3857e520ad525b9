export const id = 75;
export const ids = [75];
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

/***/ 18902:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nt: () => (/* binding */ formatCliMarkdown),
  TC: () => (/* binding */ formatCommitBody)
});

// UNUSED EXPORTS: GITHUB_COMMENT_LIMIT, GITHUB_SUMMARY_LIMIT_BYTES, TOOL_NAME, fitSummary, formatComment, formatReviewComment, formatSummary, worthPosting

// EXTERNAL MODULE: ./.build/src/core/cluster/drift.js
var drift = __webpack_require__(6897);
// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(44436);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
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
/** Counts of one group's changes, each move counted once, as moved (its other half is in another group). */
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
        line = `${x.icon('➕')}${x.code(s.name)} ${move ?? 'added'}: ${what}, ${keys}${refsText(r, x)}`;
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
/**
 * `, remote ref `db-password``: what a new Secret reads, the name a reviewer
 * checks for typos (a changed one shows its `remote refs` change). Left out
 * when the keys already name it (all keys of one remote secret).
 */
function refsText(r, x) {
    if (r.remoteRefs.length === 0 || (r.keys.length === 1 && r.keys[0] === kinds/* ALL_KEYS */.nX && r.remoteRefs.length === 1))
        return '';
    return `, ${r.remoteRefs.length === 1 ? 'remote ref' : 'remote refs'} ${r.remoteRefs.map((k) => x.code(k)).join(', ')}`;
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
/** `1 Secret`, `2 Secrets`: for the nouns the report counts, which all take an -s. */
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./.build/src/core/format/cluster.js


/**
 * The cluster's part of the report (docs/cluster.md), when a kubeconfig was
 * given: what the cluster says now about the Secrets the change touches,
 * and drift between the cluster and the base. Not in the GitOps commit body:
 * a commit records the change, not the cluster's state of the day.
 */
// Not ➖ for "not created": the details use it for a removed Secret.
const ICON = { ready: '✅', failing: '❌', pending: '⏳', 'not-created': '⚪', unknown: '❔' };
/** The order of the per-Secret lines: what is broken first. */
const URGENCY = { failing: 0, unknown: 1, pending: 2, 'not-created': 3, ready: 4 };
const WORD = {
    ready: 'ready',
    failing: 'failing',
    pending: 'pending',
    'not-created': 'not created yet',
    unknown: 'unknown'
};
/** Names of untouched failing Secrets shown inline; the count says the rest. */
const MAX_ELSEWHERE_NAMES = 5;
/** More unmarked resources than this are summed up in one line (typical right after moving from the chart). */
const MAX_UNMARKED_LINES = 3;
/** `failing: SecretSyncedError: could not get secret data`, for one Secret's status, as plain words. */
function stateText(s) {
    const detail = [s.reason, s.message].filter((p) => p !== null && p !== '').join(': ');
    return s.state === 'ready' || detail === '' ? WORD[s.state] : `${WORD[s.state]}: ${detail}`;
}
/** The sub-line of a Secret in the details: what the cluster says about it now. */
function nowLine(s, x) {
    return `now: ${x.icon(ICON[s.state])}${x.text(stateText(s))}`;
}
/**
 * "Cluster now": where the namespaces of selectors came from, how many of
 * the touched Secrets are ready, failing or not created, one item per
 * touched Secret that is not fine (failing first), and the failing Secrets
 * the change does not touch. Unreachable: the notice, and that the review
 * is made without the cluster.
 */
function clusterStatusSection(r, c) {
    const cl = r.cluster;
    if (cl === undefined || c.target === 'commit')
        return null;
    const x = c.x;
    // One paragraph each: Markdown runs lines that are not separated by a blank line together.
    const lead = [`### Cluster now (context ${x.code(cl.context)})`];
    for (const n of cl.notices)
        lead.push(`> ${x.icon('⚠️')}${x.text(n)}`);
    if (!cl.reachable) {
        lead.push('This review is made without the cluster.');
        return { kind: 'fixed', text: lead.join('\n\n') };
    }
    if (cl.inventory === 'cluster')
        lead.push("Label selectors were expanded with the cluster's namespaces.");
    else if (cl.inventory === 'file' && cl.fileWon)
        lead.push("Label selectors were expanded with the namespaces file, which wins over the cluster's namespaces when both are given.");
    lead.push(summary(cl, r.diff?.secrets.filter((s) => s.namespace === null).length ?? 0));
    const elsewhere = elsewhereLine(cl.failingElsewhere, x);
    if (elsewhere !== null)
        lead.push(elsewhere);
    const items = cl.changes
        .filter((ch) => ch.status.state !== 'ready' && !(ch.change === 'added' && ch.status.state === 'not-created'))
        .sort((a, b) => URGENCY[a.status.state] - URGENCY[b.status.state])
        .map((ch) => {
        const name = x.code(`${ch.status.namespace}/${ch.status.name}`);
        return `- ${x.icon(ICON[ch.status.state])}${name} (${ch.change}): ${x.text(stateText(ch.status))}`;
    });
    if (items.length === 0)
        return { kind: 'fixed', text: lead.join('\n\n') };
    return { kind: 'list', header: lead.join('\n\n') + '\n', items, sep: '\n', more: (n) => `- … ${n} more in the full report`, keep: 1 };
}
/** `unplaced`: changed Secrets under a selector no namespace list expanded; the cluster was not asked about them. */
function summary(r, unplaced) {
    if (r.changes.length === 0)
        return 'No Secret in a known namespace is touched by this change.';
    const n = (state) => r.changes.filter((ch) => ch.status.state === state).length;
    const parts = ['ready', 'failing', 'pending', 'not-created', 'unknown']
        .filter((s) => n(s) > 0)
        .map((s) => `${n(s)} ${WORD[s]}`);
    const where = unplaced > 0 ? ' in named namespaces' : '';
    const lines = [`Today, of the ${plural(r.changes.length, 'Secret')} this change touches${where}: ${parts.join(', ')}.`];
    if (unplaced > 0)
        lines.push(unplaced === 1
            ? 'The 1 under a label selector is not looked up: its namespaces are not known.'
            : `The ${unplaced} under label selectors are not looked up: their namespaces are not known.`);
    const failing = (change) => r.changes.filter((ch) => ch.change === change && ch.status.state === 'failing').length;
    const altered = failing('changed');
    const removed = failing('removed');
    if (altered > 0)
        lines.push(`This change alters ${altered} ${altered === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`);
    if (removed > 0)
        lines.push(`This change removes ${removed} ${removed === 1 ? 'Secret that is' : 'Secrets that are'} failing today.`);
    return lines.join(' ');
}
function elsewhereLine(failing, x) {
    if (failing.length === 0)
        return null;
    const names = failing.slice(0, MAX_ELSEWHERE_NAMES).map((s) => x.code(`${s.namespace}/${s.name}`));
    const more = failing.length > MAX_ELSEWHERE_NAMES ? ` +${failing.length - MAX_ELSEWHERE_NAMES} more` : '';
    return `Already failing and not touched by this change: ${plural(failing.length, 'Secret')} (${names.join(', ')}${more}).`;
}
/** "Drift": the cluster against the base values, its own short section. Absent when the cluster was not read. */
function clusterDriftSection(r, c) {
    const cl = r.cluster;
    if (cl === undefined || !cl.reachable || c.target === 'commit')
        return null;
    const against = cl.driftAgainst === 'base' ? 'the base branch' : 'the values';
    const head = `### Drift (cluster vs. ${against})`;
    if (cl.drift === null)
        return { kind: 'fixed', text: `${head}\n\nNot checked: ${c.x.text(cl.driftNote ?? 'no values')}.` };
    return driftSection(cl.drift, head, against, c.x);
}
/** Drift as a list: an item per drifted resource, unmarked ones summed up past a few. */
function driftSection(d, head, against, x) {
    const items = [];
    const unmarked = d.items.filter((i) => i.drift === 'unmarked');
    for (const i of d.items)
        if (i.drift !== 'unmarked' || unmarked.length <= MAX_UNMARKED_LINES)
            items.push(`- ${(0,drift/* describeDrift */.ZP)(i, x)}`);
    if (unmarked.length > MAX_UNMARKED_LINES) {
        const names = unmarked.slice(0, MAX_UNMARKED_LINES).map((i) => x.code(i.name));
        const label = x.code('app.kubernetes.io/managed-by: secrets-injector');
        const more = unmarked.length - MAX_UNMARKED_LINES;
        items.push(`- ${unmarked.length} resources are in the cluster but were not applied from this tool's render ` +
            `(no ${label} label): ${names.join(', ')} +${more} more`);
    }
    for (const k of d.notChecked)
        items.push(`- ${k}s not checked: they could not be read`);
    if (items.length === 0)
        return { kind: 'fixed', text: `${head}\n\nNone: the cluster holds what ${against} renders.` };
    return { kind: 'list', header: `${head}\n`, items, sep: '\n', more: (n) => `- … ${n} more in the full report`, keep: 1 };
}

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
/** How many rows a table shows when nothing needs trimming. */
function rowsMax(t) {
    return Math.min(t.rows.length, t.cap ?? Infinity);
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
    const full = assemble(sections, (s) => shownMax(s), (t) => rowsMax(t), null);
    if (!Number.isFinite(o.maxLength) || full.length <= o.maxLength - safetyMargin(o.maxLength))
        return full;
    const budget = o.maxLength - safetyMargin(o.maxLength);
    const table = sections.find((s) => s.kind === 'table');
    const fixedTexts = sections.filter((s) => s.kind === 'fixed').map((s) => s.text);
    const fixed = (rows) => sumParts([...fixedTexts, table ? tableText(table, rows).length : 0, o.notice]);
    let rows = table === undefined ? 0 : rowsMax(table);
    if (fixed(rows) > budget && table)
        rows = maxFitting(rows, (k) => fixed(k) <= budget);
    let used = fixed(rows);
    const keep = new Map();
    const lists = sections.filter((s) => s.kind === 'list').sort((a, b) => a.keep - b.keep);
    for (const s of lists) {
        if (s.items.length === 0)
            continue;
        const room = budget - used - SECTION_SEP.length;
        const fits = (n) => listLength(s, n, true) <= room;
        // Dropping the "… more" line can make the complete list shorter than the list minus one item.
        const max = shownMax(s);
        const k = fits(max) ? max : maxFitting(max - 1, fits);
        if (k === 0 && listLength(s, 0, true) > room) {
            keep.set(s, -1);
            continue;
        }
        keep.set(s, k);
        used += SECTION_SEP.length + listLength(s, k, true);
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
function listText(s, k, shortened) {
    if (s.items.length === 0 || k < 0)
        return '';
    const shown = s.items.slice(0, k);
    if (k < s.items.length)
        shown.push(s.more(s.items.length - k, shortened));
    return s.header === '' ? shown.join(s.sep) : `${s.header}\n${shown.join(s.sep)}`;
}
const prefixCache = new WeakMap();
/** Length of listText(s, k) without building it: prefix sums of the item lengths. */
function listLength(s, k, shortened) {
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
    const more = k < n ? s.more(n - k, shortened).length : 0;
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
        const text = s.kind === 'fixed' ? s.text : s.kind === 'table' ? tableText(s, rows(s)) : listText(s, items(s), notice !== null);
        if (text !== '')
            out.push(text);
    }
    if (!noticed && notice)
        out.push(notice);
    return out.join(SECTION_SEP) + '\n';
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
 * Free text is escaped and neutralised with a zero-width joiner after `@`,
 * between `#` and a digit, and inside `://` and `www.`, invisible to a
 * reader but breaking GitHub's autolinking. Plain text (commit bodies) gets
 * the same neutralisation without Markdown escaping.
 */
const ZWJ = '\u200D';
/** Break mentions, issue references and autolinks without changing what a reader sees. */
function neutralize(s) {
    // GitHub links `#` followed by digits only (`#12`, `owner/repo#12`): `db-creds#password` stays as typed, for grep and copy.
    return s
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#(?=\d)/g, `#${ZWJ}`)
        .replace(/:\/\//g, `:/${ZWJ}/`)
        .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}
const HTML_ENTITIES = { '<': '&lt;', '>': '&gt;', '&': '&amp;' };
/** Free text in Markdown (a table cell too): one line, Markdown and HTML inert, neutralised. */
function mdText(s) {
    return neutralize(oneLine(s)).replace(/[\\`*_[\]|<>&#~!]/g, (c) => HTML_ENTITIES[c] ?? `\\${c}`);
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
    return `\`${visibleControls(s)}\``;
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
    return visibleControls(s.replace(/\r?\n|\r/g, ' '));
}
// C0 controls but tab and line breaks (handled by the callers), DEL, C1 controls, Unicode line separators.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class finds
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Control characters (a terminal escape in a file name) shown as `\u001b`, never written raw. */
function visibleControls(s) {
    return s.replace(CONTROLS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
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
/**
 * The GitOps result: branch, commit (linked), files added, removed and
 * changed, or "no change". A labelled paragraph, not a heading: it comes
 * before the Secret summary, which a heading would swallow.
 */
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
    const head = `${x.strong('GitOps publish:')} `;
    switch (g.status) {
        case 'unchanged':
            return {
                kind: 'fixed',
                text: `${head}no change: ${where} already holds these manifests${g.commit === null ? '' : ` at ${commit(g.commit)}`}.`
            };
        case 'failed':
            return { kind: 'fixed', text: `${x.icon('❌')}${head}publishing to ${where} failed: ${x.text(g.message)}` };
        case 'skipped':
            return { kind: 'fixed', text: `${head}not published to ${where}: ${x.text(g.reason)}` };
        case 'published': {
            const counts = `${plural(g.added.length, 'file')} added, ${g.removed.length} removed, ${g.changed.length} changed`;
            const lines = [`${head}published ${commit(g.commit)} to ${where}: ${counts}.`];
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
var format = __webpack_require__(33882);
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
    const head = invalid.filter((i) => i.side === 'head');
    const base = invalid.filter((i) => i.side === 'base');
    const lines = [];
    if (errors.length > 0) {
        // The errors are the head's; what the base withholds has its own line.
        const what = `${errors.length === 1 ? '1 lint error' : `${errors.length} lint errors`}: ${containers(head, errors)} not compared.`;
        // One link per line: several errors on one line need one look.
        const places = [...new Map(errors.map((f) => [`${f.file}\u0000${f.line}`, f])).values()];
        const shown = places.slice(0, VERDICT_LINKS).map((f) => lint_location(f.file, f.line, x, r.sources));
        // Below only where the findings table is; the CLI prints findings to stderr.
        const below = c.target === 'comment' || c.target === 'summary' ? ' below' : '';
        const left = places.length - shown.length;
        const more = left > 0 ? `, and ${left} more ${left === 1 ? 'line' : 'lines'}${below}` : '';
        lines.push(`${x.icon('❌')}${x.strong(x.text(what))} ${shown.join(', ')}${more}`);
    }
    if (head.length > 0)
        lines.push(`Not compared: ${head.map((i) => withheldText(i, x)).join(', ')}.`);
    if (base.length > 0) {
        const where = base.map((i) => `${withheldText(i, x)} at ${lint_location(i.file, i.line, x, r.sources, 'base')}`);
        // "either" only after what the head leaves out; alone it would point at a list that is not there.
        const either = lines.length > 0 ? ' either' : '';
        lines.push(`${x.icon('⚠️')}Not compared${either}, because the base version has lint errors: ${where.join(', ')}.`);
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
const SEVERITY_RANK = { error: 0, warning: 1, info: 2 };
/** Every finding as a table row, errors, then warnings, then infos, with a linked location. */
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
        // Errors first (file order within each severity): a table trimmed to fit loses warnings and infos before an error.
        items: [...r.findings]
            .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
            .map((f) => `| ${lint_location(f.file, f.line, x, r.sources, 'head', f.column)} | ${SEVERITY_CELL[f.severity]} | ` +
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

// EXTERNAL MODULE: ./.build/src/core/diff/stores.js
var diff_stores = __webpack_require__(64525);
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
    return { kind: 'fixed', text: `${c.x.strong('Secrets:')} ${countsText(diffCounts(d.counts))} in ${(0,diff_stores/* places */.zn)(d.secrets)}.${stores}` };
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
        more: (n) => `| … ${n} more | | | |${moves ? ' |' : ''}`,
        cap: c.maxTableRows
    };
}
/** Every danger note of stores and Secrets, at the top. */
function attentionSection(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    const x = c.x;
    const items = [];
    // A store's notes name the store themselves ("changing store `kv` touches ..."): no prefix to say it twice.
    for (const s of d.stores)
        for (const text of s.danger)
            items.push(`- ${x.icon('⚠️')}${x.note(text)}`);
    for (const s of d.secrets)
        for (const text of s.danger)
            items.push(`- ${x.icon('⚠️')}${secretRef(s, x)}: ${x.note(text)}`);
    return {
        kind: 'list',
        header: x.markdown ? '### ⚠️ Needs attention\n' : 'Needs attention:',
        items,
        sep: '\n',
        // Once the comment is shortened, the details no longer hold every Secret.
        more: (n, shortened) => `- … ${n} more in the ${shortened ? 'full report' : 'details'}`,
        cap: c.maxDanger,
        keep: 0
    };
}
/** Each store change with its fields and readers; its danger notes are at the top, in the attention list. */
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
/**
 * Every change, one block per namespace or selector (collapsed in the comment
 * and job summary, a heading in the CLI, a paragraph in a commit body), with
 * what the cluster says now when it was read. Trimmed from the end first.
 */
function detailsSection(r, c) {
    const d = r.diff;
    if (d === null)
        return null;
    const groups = groupSecrets(d.secrets);
    return {
        kind: 'list',
        header: c.x.markdown ? '### Details\n' : '',
        items: groups.map((g) => groupBlock(g, c, nowOf(r, c))),
        sep: '\n\n',
        // Blocks are dropped from the end, where the selectors are: name what was dropped.
        more: (n) => `_… ${(0,diff_stores/* places */.zn)(groups.slice(groups.length - n))} more in the full report._`,
        keep: 3
    };
}
/** A line and its sub-lines as a nested list. */
function bullets(l) {
    return [`- ${l.line}`, ...l.sub.map((s) => `  - ${s}`)].join('\n');
}
/** With a cluster, each Secret's line gets what the cluster says about it now (not in the commit body). */
function nowOf(r, c) {
    const cl = r.cluster;
    if (cl === undefined || !cl.reachable || c.target === 'commit')
        return () => [];
    const byKey = new Map(cl.changes.map((ch) => [`${ch.status.namespace}\u0000${ch.status.name}`, ch.status]));
    return (s) => {
        const st = s.namespace === null ? undefined : byKey.get(`${s.namespace}\u0000${s.name}`);
        return st === undefined ? [] : [nowLine(st, c.x)];
    };
}
function groupBlock(g, c, now) {
    const x = c.x;
    const counts = countsText(countsOf(g.secrets));
    const body = g.secrets
        .map((s) => {
        const l = secretLines(s, x);
        return bullets({ line: l.line, sub: [...l.sub, ...now(s)] });
    })
        .join('\n');
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

;// CONCATENATED MODULE: ./.build/src/core/format/verify.js


/** Secrets named per missing remote secret before "and N more". */
const MAX_SECRETS = 10;
/**
 * "Would fail after merge" (`verify`): each remote secret that does not exist
 * in its store, where the values read it (linked) and every Secret that would
 * sit in SecretSyncedError; then each store that could not be checked, the
 * Secrets that read from it, and why. When nothing is missing or unchecked,
 * one line that says how many were checked. Not in the GitOps commit body,
 * which describes the manifests.
 */
function wouldFailSection(r, c) {
    const v = r.verify;
    if (v === undefined || c.target === 'commit')
        return null;
    const x = c.x;
    if (v.missing.length === 0 && v.unchecked.length === 0)
        return { kind: 'fixed', text: allFound(v.checked, x) };
    const icon = v.level === 'error' && v.missing.length > 0 ? '❌' : '⚠️';
    const items = v.missing.map((m) => {
        const note = m.note === undefined ? '' : ` (${x.text(m.note)})`;
        const read = lint_location(m.file, m.line, x, r.sources, 'head', m.column);
        return (`- ${x.icon(icon)}${x.code(m.remote)} does not exist${note} in ${x.text(m.location)} (store ${x.code(m.store)}), ` +
            `read at ${read}: ${secretList(m.secrets, x)} would fail to sync (SecretSyncedError).`);
    });
    for (const u of v.unchecked) {
        // Worded like a missing one (where, which store, who reads it), then why.
        const where = u.location === null ? `of store ${x.code(u.store)}` : `in ${x.text(u.location)} (store ${x.code(u.store)})`;
        const readers = u.secrets.length === 0 ? '' : `, read by ${secretList(u.secrets, x)}`;
        items.push(`- ${x.icon('⚠️')}Not checked: ${plural(u.count, 'remote secret')} ${where}${readers}: ${x.text(u.reason)}.`);
    }
    const title = v.missing.length > 0 ? 'Would fail after merge' : 'Remote secrets not verified';
    return {
        kind: 'list',
        header: x.markdown ? `### ${icon} ${title}\n` : `${title}:`,
        items,
        sep: '\n',
        more: (n) => `- … ${n} more in the full report`,
        keep: 0
    };
}
/** The one line when nothing is missing; no check mark for zero checks, which proves nothing. */
function allFound(checked, x) {
    if (checked === 0)
        return 'No remote secret to check: no entry reads one.';
    if (checked === 1)
        return `${x.icon('✅')}The 1 remote secret exists in its store.`;
    return `${x.icon('✅')}All ${checked} remote secrets exist in their stores.`;
}
function secretList(secrets, x) {
    const names = secrets.map((s) => secretRef(s, x));
    const shown = names.slice(0, MAX_SECRETS);
    return names.length > shown.length ? `${shown.join(', ')} and ${names.length - shown.length} more` : shown.join(', ');
}

;// CONCATENATED MODULE: ./.build/src/core/format/report.js







/** GitHub rejects issue comments longer than this many characters (UTF-16 code units). */
const GITHUB_COMMENT_LIMIT = 65536;
/**
 * GitHub accepts at most 1 MiB (1,048,576 bytes of UTF-8) of job summary per
 * step; the summary is fitted under this many bytes, which leaves room for
 * GitHub's own accounting.
 */
const GITHUB_SUMMARY_LIMIT_BYTES = 1_000_000;
/** Name shown in the footer. */
const TOOL_NAME = 'secrets-injector';
/** The sections in document order. */
const SECTIONS = [
    title,
    verdictSection,
    wouldFailSection,
    gitopsSection,
    unavailableNote,
    summaryLine,
    summaryTable,
    attentionSection,
    clusterStatusSection,
    storesSection,
    detailsSection,
    clusterDriftSection,
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
 * In the comment, the summary table names at most this many namespaces:
 * the danger notes and the cluster's state come after it and must stay in
 * sight. The summary line counts them all; the job summary lists them all.
 */
const COMMENT_MAX_TABLE_ROWS = 30;
/**
 * The PR comment: the sections of SECTIONS, with the marker first. It always
 * fits `maxLength` (measured like GitHub, in UTF-16 code units, with a
 * safety margin): detail blocks are dropped from the end first, then
 * findings, then store changes and the cluster's lists, then danger notes
 * and missing remote secrets, and a notice points to the job summary.
 * Returns null when `mode` is 'on-change' and there is nothing to say.
 */
function formatComment(r, o) {
    if (o.mode === 'on-change' && !worthPosting(r))
        return null;
    const sections = write(r, {
        x: MARKDOWN,
        target: 'comment',
        maxAffects: COMMENT_MAX_AFFECTS,
        maxDanger: COMMENT_MAX_DANGER,
        maxTableRows: COMMENT_MAX_TABLE_ROWS
    });
    const link = (text) => (o.detailsUrl ? `[${text}](${o.detailsUrl})` : text);
    const notice = o.summaryShortened === true
        ? `> ℹ️ This comment was shortened to fit GitHub's size limit; more is in ${link('the job summary')}, ` +
            `which was shortened too. ${FULL_REPORT_ELSEWHERE}`
        : `> ℹ️ This comment was shortened to fit GitHub's size limit. ${link('Full report in the job summary')}.`;
    return fitSections(withMarker(sections, o.marker), {
        maxLength: o.maxLength ?? GITHUB_COMMENT_LIMIT,
        notice,
        marker: o.marker
    });
}
const FULL_REPORT_ELSEWHERE = '`secrets-injector diff` on the same files prints the full report.';
/** The full report for the job summary: the comment's layout, trimmed only past GitHub's limit (see fitSummary). */
function formatSummary(r, marker) {
    return fitSummary(r, marker).text;
}
/**
 * The job summary, and whether it had to be shortened: the full report,
 * unless its UTF-8 exceeds `maxBytes`; then the comment's way of dropping
 * detail, with a notice. fitSections counts UTF-16 code units, GitHub counts
 * the summary in bytes (an icon or a non-ASCII name is 2 to 4 bytes), so the
 * text is fitted, measured, and fitted again into a budget scaled by how
 * many bytes each unit really took.
 */
function fitSummary(r, marker, maxBytes = GITHUB_SUMMARY_LIMIT_BYTES) {
    const written = write(r, { x: MARKDOWN, target: 'summary', maxAffects: Infinity, maxDanger: Infinity, maxTableRows: Infinity });
    const sections = marker === undefined ? written : withMarker(written, marker);
    const full = fitSections(sections, { maxLength: Infinity, notice: '', marker: '' });
    if (utf8Length(full) <= maxBytes)
        return { text: full, shortened: false };
    const notice = `> ℹ️ This summary was shortened to fit GitHub's size limit. ${FULL_REPORT_ELSEWHERE}`;
    let units = Math.min(full.length, maxBytes);
    for (let tries = 0; tries < 4; tries++) {
        const text = fitSections(sections, { maxLength: units, notice, marker: marker ?? '' });
        const bytes = utf8Length(text);
        if (bytes <= maxBytes)
            return { text, shortened: true };
        units = Math.floor((units * maxBytes) / bytes) - 1;
    }
    // A UTF-16 code unit is at most 3 bytes of UTF-8: this always fits.
    return { text: fitSections(sections, { maxLength: Math.floor(maxBytes / 3), notice, marker: marker ?? '' }), shortened: true };
}
/** Bytes of `text` in UTF-8, at most (see the surrogates), without encoding it. */
function utf8Length(text) {
    let n = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        // A surrogate counts 3, as a lone one is encoded (U+FFFD); a pair, 4 bytes, counts 6: an upper bound is all fitting needs.
        n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return n;
}
/** The report as Markdown for a terminal or a file (`secrets-injector diff`): headings instead of `<details>`, findings left to stderr. */
function formatCliMarkdown(r) {
    return fit_fitSections(write(r, { x: syntax_MARKDOWN, target: 'cli', maxAffects: Infinity, maxDanger: Infinity, maxTableRows: Infinity }), {
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
    const sections = write({ title: '', findings: [], diff }, { x: PLAIN, target: 'commit', maxAffects: 20, maxDanger: Infinity, maxTableRows: Infinity });
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
 * result, a diff that could not be computed, or a remote secret verify found
 * missing or could not check.
 */
function worthPosting(r) {
    const findings = r.findings.some((f) => f.severity !== 'info');
    const remote = r.verify !== undefined && r.verify.missing.length + r.verify.unchecked.length > 0;
    return r.diff === null || hasChanges(r.diff) || r.diff.invalid.length > 0 || findings || r.gitops !== undefined || remote;
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
    const from = r.computedBy === undefined ? '' : ` from data computed by ${c.x.link("the pull request's own workflow run", r.computedBy)}`;
    return { kind: 'fixed', text: `---\n<sub>Generated by ${TOOL_NAME}${at}${from}.</sub>` };
}
/** The inline review comment for one finding (the shell adds its marker). */
function formatReviewComment(f) {
    return reviewCommentText(f, MARKDOWN);
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
