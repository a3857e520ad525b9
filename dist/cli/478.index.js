export const id = 478;
export const ids = [478];
export const modules = {

/***/ 96329:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ parseCommandArgs),
/* harmony export */   Y: () => (/* binding */ choice)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _core_lint_suggest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84215);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93024);



/**
 * Check every option the user wrote against the command's options, in our
 * error style: an unknown flag names the closest known one, a string option
 * needs a value, a switch takes none. node:util reads the arguments
 * (non-strict, so it never throws its own messages); the checks are ours.
 */
function checkOptions(argv, options) {
    const { tokens } = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: false, tokens: true });
    const known = Object.keys(options);
    for (const t of tokens) {
        if (t.kind !== 'option')
            continue;
        const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
        if (spec === undefined) {
            const guess = (0,_core_lint_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(t.name, known);
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`unknown option ${t.rawName}${guess === undefined ? '' : `; did you mean --${guess}?`}`);
        }
        // As the user wrote it: `--output` or its short alias `-o`.
        const name = t.rawName;
        if (spec.type === 'string') {
            // A value that looks like an option was most likely meant as one: say so rather than swallow it.
            if (t.value === undefined || (t.inlineValue !== true && t.value.startsWith('-'))) {
                throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name} needs a value${t.value === undefined ? '' : ` (got the option ${t.value}; write ${name}=${t.value} if you mean it)`}`);
            }
        }
        else if (t.inlineValue === true) {
            throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`${name} takes no value`);
        }
    }
}
/**
 * The one parser of the CLI's flags: node:util parseArgs after our own
 * checks, so every mistake is a UsageError naming the flag (with a
 * did-you-mean for a typo), never a raw parseArgs message or a stack trace.
 */
function parseCommandArgs(argv, options) {
    checkOptions(argv, options);
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args: argv, options, allowPositionals: true, strict: true });
    }
    catch (err) {
        // Unreachable after checkOptions; kept so a parseArgs rule we did not foresee is still a usage error.
        throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`cannot read the options (${err instanceof Error ? err.message.split('.')[0] : String(err)})`);
    }
}
/** Validate a choice-valued flag; a near miss gets a did-you-mean. */
function choice(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    const hit = allowed.find((a) => a === value);
    if (hit !== undefined)
        return hit;
    const guess = (0,_core_lint_suggest_js__WEBPACK_IMPORTED_MODULE_2__/* .didYouMean */ .a)(value, allowed);
    throw new _io_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"${guess === undefined ? '' : ` (did you mean ${guess}?)`}`);
}


/***/ }),

/***/ 45744:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P2: () => (/* binding */ readNamespacesFile),
  tW: () => (/* binding */ readSources)
});

// UNUSED EXPORTS: readSource

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/core/diff/index.js + 3 modules
var diff = __webpack_require__(42594);
// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(29414);
// EXTERNAL MODULE: ./.build/src/core/git-paths.js
var git_paths = __webpack_require__(29846);
// EXTERNAL MODULE: ./.build/src/core/limits.js
var limits = __webpack_require__(21827);
;// CONCATENATED MODULE: ./.build/src/files/values-file.js




/**
 * Reading a values file that a pull request may have planted. The file can
 * be a symbolic link to `.git/config` (where actions/checkout keeps the
 * token), to /dev/zero, to a FIFO that never answers, or a file that grows
 * while it is read. Only a regular file whose real path stays inside the
 * workspace, outside `.git`, is read, and never more than LIMITS.fileBytes of
 * it. Anything else becomes a refused SourceFile: the core turns it into an
 * `unsafe-file` (or `limit-exceeded`) finding that names the path and never
 * its content. Both shells read values files through here.
 */
/** A file that does not exist (or a dangling link): the shells report it their own way. */
class MissingFileError extends Error {
    file;
    code;
    name = 'MissingFileError';
    constructor(file, code, 
    /** The name exists but is a link that leads nowhere: `<(...)` is one (/dev/fd/63 -> pipe:[...]). */
    dangling = false) {
        super(`${file}: cannot read (${dangling
            ? 'a link to no file: a pipe such as <(...) or a dangling link; give a regular file'
            : code === 'ENOENT'
                ? 'no such file'
                : code === 'EACCES'
                    ? 'permission denied'
                    : code})`);
        this.file = file;
        this.code = code;
    }
}
/**
 * Read `file` (as the user named it, shown in findings) at `absolute`, which
 * must resolve inside `workspace`. Throws MissingFileError when there is no
 * such file; every other refusal is returned as data.
 */
function readValuesFile(file, absolute, workspace) {
    const refuse = (rule, reason) => ({
        name: file,
        text: '',
        refused: { rule, reason }
    });
    let link;
    let real;
    try {
        link = (0,external_node_fs_.lstatSync)(absolute);
        real = (0,external_node_fs_.realpathSync)(absolute);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ELOOP')
            return refuse('unsafe-file', `${file} is a symbolic link that loops; values files must be regular files`);
        throw new MissingFileError(file, code, code === 'ENOENT' && link?.isSymbolicLink() === true);
    }
    const viaLink = link.isSymbolicLink() || real !== absolute;
    const root = realRoot(workspace);
    const inside = external_node_path_.relative(root, real);
    if (inside === '' || inside.startsWith(`..${external_node_path_.sep}`) || inside === '..' || external_node_path_.isAbsolute(inside)) {
        return refuse('unsafe-file', viaLink
            ? `${file} is a symbolic link to a file outside the workspace; values files must be regular files in the repository`
            : `${file} is outside the workspace`);
    }
    if (inside.split(external_node_path_.sep).some(git_paths/* isGitDirName */.h)) {
        return refuse('unsafe-file', `${file} ${viaLink ? 'is a symbolic link into' : 'is inside'} .git; values files must be regular files in the repository`);
    }
    let fd;
    try {
        // O_NOFOLLOW: a link swapped in after realpath is not followed; O_NONBLOCK: opening a FIFO does not wait for a writer.
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOCTTY);
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'ELOOP')
            return refuse('unsafe-file', `${file} was replaced by a symbolic link while it was read`);
        if (code === 'ENXIO')
            return refuse('unsafe-file', `${file} is a ${kindOf(link)}, not a regular file`);
        throw new MissingFileError(file, code, code === 'ENOENT' && viaLink);
    }
    try {
        const st = (0,external_node_fs_.fstatSync)(fd);
        if (!st.isFile())
            return refuse('unsafe-file', `${file} is a ${kindOf(st)}, not a regular file; values files must be regular files`);
        // Read until end of file and never past the limit: the size fstat reports may be a lie (a file still growing, /proc).
        let buffer = Buffer.allocUnsafe(Math.min(limits/* LIMITS */.b.fileBytes + 1, Math.max(st.size + 1, 64 * 1024)));
        let length = 0;
        for (;;) {
            if (length === buffer.length) {
                if (length > limits/* LIMITS */.b.fileBytes)
                    break;
                const bigger = Buffer.allocUnsafe(Math.min(limits/* LIMITS */.b.fileBytes + 1, buffer.length * 2));
                buffer.copy(bigger, 0, 0, length);
                buffer = bigger;
            }
            const n = (0,external_node_fs_.readSync)(fd, buffer, length, buffer.length - length, null);
            if (n === 0)
                break;
            length += n;
        }
        if (length > limits/* LIMITS */.b.fileBytes)
            return refuse('limit-exceeded', `${file} is larger than ${limits/* LIMITS */.b.fileBytes} bytes (limit); not a values file`);
        // Decoding with fatal: false turns invalid UTF-8 into U+FFFD, which the parser reports as binary input.
        return { name: file, text: new TextDecoder('utf-8', { fatal: false }).decode(buffer.subarray(0, length)) };
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const roots = new Map();
/** The workspace's real path (it may itself sit behind a link, like /tmp on macOS). */
function realRoot(workspace) {
    let r = roots.get(workspace);
    if (r === undefined) {
        r = (0,external_node_fs_.realpathSync)(workspace);
        roots.set(workspace, r);
    }
    return r;
}
function kindOf(st) {
    if (st.isDirectory())
        return 'directory';
    if (st.isFIFO())
        return 'FIFO';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'device';
    if (st.isSocket())
        return 'socket';
    if (st.isSymbolicLink())
        return 'symbolic link';
    return 'special file';
}
function errorCode(error) {
    const code = error !== null && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
    return typeof code === 'string' ? code : 'unknown error';
}

// EXTERNAL MODULE: ./.build/src/cli/io.js
var io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/files.js







/**
 * Read values files for the core. Names stay as the user typed them (they
 * appear in findings); a file that does not exist is a usage error naming it.
 *
 * The workspace a file must stay in is the working directory; a path the user
 * wrote outside it (`../other/values.yaml`, an absolute path) is their own
 * choice, and then its directory is the workspace. Either way a symbolic link
 * planted in a checkout cannot lead the read anywhere else (values-file.ts).
 */
function readSources(paths, cwd) {
    if (paths.length === 0)
        throw new io/* UsageError */.eb('no values files given');
    return paths.map((p) => readSource(p, cwd));
}
/** Read one file; `/dev/null` is the conventional empty file (diff uses it for "no file on this side"). */
function readSource(file, cwd) {
    if (file === external_node_os_.devNull)
        return { name: file, text: '' };
    const absolute = external_node_path_.resolve(cwd, file);
    const fromCwd = external_node_path_.relative(cwd, absolute);
    const outside = fromCwd === '..' || fromCwd.startsWith(`..${external_node_path_.sep}`) || external_node_path_.isAbsolute(fromCwd);
    // A directory on the command line is a mistake in the call, as before; everything else is judged by the reader.
    if ((0,external_node_fs_.statSync)(absolute, { throwIfNoEntry: false })?.isDirectory() === true)
        throw new io/* UsageError */.eb(`${file}: is a directory, not a values file`);
    try {
        return readValuesFile(file, absolute, outside ? external_node_path_.dirname(absolute) : cwd);
    }
    catch (error) {
        if (error instanceof MissingFileError)
            throw new io/* UsageError */.eb(error.message);
        throw error;
    }
}
/**
 * Read a `--namespaces-file` (diff, status). A file the reader refuses (a
 * link out of the workspace, a device, too large) is that refusal as a
 * finding: its text is never parsed or quoted.
 */
function readNamespacesFile(file, cwd) {
    const source = readSource(file, cwd);
    if (source.refused !== undefined)
        return { inventory: null, findings: [(0,rules/* finding */.gk)(source.refused.rule, file, { line: 1, column: 1 }, source.refused.reason)] };
    return (0,diff/* parseNamespaceInventory */.vd)(source.text, file);
}


/***/ }),

/***/ 79072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ compareFindings),
/* harmony export */   K: () => (/* binding */ compareStrings)
/* harmony export */ });
/** Code-unit order: the same on every machine and locale, so sorted output is the same bytes everywhere. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * The order findings are reported in: by file (in the order given by
 * `fileOrder`, input order for values files), then line, column, rule and
 * message, so every output lists them the same way.
 */
function compareFindings(fileOrder) {
    return (a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) ||
        a.line - b.line ||
        a.column - b.column ||
        compareStrings(a.rule, b.rule) ||
        compareStrings(a.message, b.message);
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
// EXTERNAL MODULE: ./.build/src/core/parse.js + 3 modules
var parse = __webpack_require__(33072);
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

/***/ 29846:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ isGitDirName),
/* harmony export */   n: () => (/* binding */ gitSegmentProblem)
/* harmony export */ });
/**
 * Path segments that git drops or treats specially. git refuses to check out
 * or commit a path whose segment is `.git` as NTFS or HFS+ would see it
 * (`verify_path` with core.protectNTFS / core.protectHFS, on by default on
 * hosting services): case variants, trailing dots and spaces, the 8.3 short
 * name `GIT~1`, and Unicode code points HFS+ ignores. A publish into such a
 * directory would report success while git silently leaves the files out, so
 * these segments are refused up front, with the same rules for every
 * segment, not only the ones that spell `.git` today.
 */
/** Code points HFS+ ignores in file names (git's utf8.c `next_hfs_char`): `.g\u200cit` is `.git` there. */
const HFS_IGNORED = /[\u200c-\u200f\u202a-\u202e\u206a-\u206f\ufeff]/;
/** Names git gives a meaning to, compared without case (NTFS and HFS+ are case-insensitive). */
const GIT_NAMES = new Set(['.git', '.gitmodules', '.gitattributes', '.gitignore', '.mailmap']);
/** A Windows 8.3 short name (`GIT~1`, `GITMOD~1`): on NTFS it can stand for `.git` or any other long name. */
const SHORT_NAME = /^[^~]{1,6}~[0-9]+$/;
/**
 * Why git would drop or treat `segment` specially, or null when it is an
 * ordinary name. `segment` is one path component (no slashes).
 */
function gitSegmentProblem(segment) {
    const shown = JSON.stringify(segment);
    if (HFS_IGNORED.test(segment))
        return `${shown} contains an invisible Unicode character that macOS (HFS+) ignores in file names`;
    if (segment.includes(':'))
        return `${shown} contains ":", which names a data stream on Windows (NTFS)`;
    if (/[. ]$/.test(segment))
        return `${shown} ends with "." or a space, which Windows (NTFS) drops`;
    if (GIT_NAMES.has(segment.toLowerCase()))
        return `${shown} is a name git reserves`;
    if (SHORT_NAME.test(segment))
        return `${shown} looks like a Windows short name (like GIT~1, which stands for .git)`;
    return null;
}
/** True when `segment` is git's own directory as NTFS or HFS+ would read it (`.git`, `.GIT.`, `git~1`, `.g\u200cit`). */
function isGitDirName(segment) {
    const plain = segment
        .replace(new RegExp(HFS_IGNORED.source, 'g'), '')
        .replace(/[. ]+$/, '')
        .toLowerCase();
    return plain === '.git' || /^git~[0-9]+$/.test(plain);
}


/***/ }),

/***/ 44436:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  nX: () => (/* reexport */ ALL_KEYS),
  GW: () => (/* binding */ KINDS),
  vC: () => (/* binding */ decideKind),
  z2: () => (/* binding */ isSecretKind),
  tf: () => (/* binding */ kindLabel),
  dF: () => (/* binding */ kindModule),
  OC: () => (/* binding */ remoteRefsOf),
  nH: () => (/* binding */ remoteSecretsOf),
  aI: () => (/* binding */ secretKeysOf),
  hr: () => (/* binding */ secretLabelsOf),
  yk: () => (/* binding */ secretTypeOf)
});

// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(79072);
// EXTERNAL MODULE: ./.build/src/core/lint/wording.js
var wording = __webpack_require__(24477);
;// CONCATENATED MODULE: ./.build/src/core/kinds/secret-template.js

/*
 * What the kinds share when they render. Safety rule for templates: user
 * text (keys, remote names, properties, labels) only ever appears as YAML
 * data (secretKeys, remoteRef values, label maps). Template *code* refers
 * only to fixed temporary secretKeys (the Argo CD property names), so a
 * remote name with `{{`, a quote or a newline cannot change what the
 * template does.
 */
/**
 * Labels of an entry's Secret: the user's labels plus the kind's fixed
 * labels, keys sorted. Which one wins on the same key is the kind's call
 * (`userLabelsWin`).
 */
function secretLabels(kind, e) {
    const fixed = Object.entries(kind.fixedLabels);
    const user = Object.entries(e.labels);
    const merged = new Map(kind.userLabelsWin ? [...fixed, ...user] : [...user, ...fixed]);
    // Without a prototype: a user label named `constructor` must not meet Object's.
    const out = Object.create(null);
    for (const k of [...merged.keys()].sort(compare/* compareStrings */.K))
        out[k] = merged.get(k) ?? '';
    return out;
}
/**
 * A template without data: ESO then copies the fetched data unchanged and
 * only applies the type (when not Opaque) and labels. Type and labels come
 * from the kind's module, which the diff also describes Secrets with.
 */
function template(kind, e) {
    const t = { engineVersion: 'v2' };
    const type = kind.secretType(e);
    // Opaque is what Kubernetes gives a Secret without a type; leaving it out
    // lets ESO keep the existing type when creationPolicy is Merge.
    if (type !== 'Opaque')
        t.type = type;
    const labels = secretLabels(kind, e);
    if (Object.keys(labels).length > 0)
        t.metadata = { labels };
    return t;
}
/**
 * Kinds without their own template still get the user's labels (the chart
 * dropped them for some kinds): a metadata-only template, which ESO applies
 * while copying the fetched data as is.
 */
function withLabels(kind, body, e) {
    if (Object.keys(e.labels).length > 0)
        body.template = template(kind, e);
    return body;
}
/** One property of a remote JSON secret into one key. */
function propertyRef(secretKey, key, property) {
    return { secretKey, remoteRef: { key, property } };
}

;// CONCATENATED MODULE: ./.build/src/core/kinds/argocd-cluster.js



/*
 * Argo CD cluster secrets (`argocd: true`): the keys name, server and config
 * that Argo CD reads from a Secret labelled
 * argocd.argoproj.io/secret-type: cluster, built from properties of the
 * remote JSON secret `R`. `argocdBearerToken: true` picks bearer-token auth,
 * otherwise a client certificate.
 *
 * The config JSON is built with sprig's `dict ... | toJson` (ESO's template
 * engine v2 loads sprig.TxtFuncMap minus env / expandenv), which escapes
 * quotes and newlines in the fetched values; the chart pasted them into a
 * JSON string, which broke on the first quote.
 */
/** Label Argo CD finds its cluster and credential-template Secrets by. */
const ARGOCD_SECRET_TYPE_LABEL = 'argocd.argoproj.io/secret-type';
/** The config JSON with client-certificate auth. */
const ARGOCD_CERT_CONFIG = '{{ dict "tlsClientConfig" (dict "insecure" false "caData" .caData "certData" .certData "keyData" .keyData) | toJson }}';
/** The config JSON with bearer-token auth. */
const ARGOCD_BEARER_CONFIG = '{{ dict "bearerToken" .bearerToken "tlsClientConfig" (dict "insecure" false "caData" .caData) | toJson }}';
/** `argocdBearerToken` means something only next to `argocd: true`. */
const BEARER_FIELD = {
    key: 'argocdBearerToken',
    isSet: (v) => v === true,
    ignoredOn: (label, values) => (values.argocd === true ? `on ${(0,wording/* withArticle */.vJ)(label)} entry` : 'without "argocd: true"')
};
function cluster(kind, label, bearer, properties, config) {
    const clusterKind = {
        kind,
        label,
        flag: { key: 'argocd', shown: 'argocd' },
        // The bearer kind comes first in the decision order, so the certificate kind needs only `argocd`.
        selects: (v) => v.argocd === true && (!bearer || v.argocdBearerToken === true),
        read: () => ({}),
        fields: bearer ? [BEARER_FIELD] : [],
        secretType: () => 'Opaque',
        keys: () => ['config', 'name', 'server'],
        remoteRefs: (e) => properties.map((p) => `${e.remoteName}#${p}`).sort(compare/* compareStrings */.K),
        remoteSecrets: (e) => [e.remoteName],
        fixedLabels: { [ARGOCD_SECRET_TYPE_LABEL]: 'cluster' },
        // Another value of the Argo CD label would change what Argo CD does with the Secret.
        userLabelsWin: false,
        render: (e) => ({
            data: properties.map((p) => propertyRef(p, e.remoteName, p)),
            template: { ...template(clusterKind, e), data: { name: '{{ .clusterName }}', server: '{{ .host }}', config } }
        })
    };
    return clusterKind;
}
/** Argo CD cluster with a client certificate: properties clusterName, host, caData, certData, keyData of `R`. */
const argocdClusterCert = cluster('argocd-cluster-cert', 'Argo CD cluster (client certificate)', false, ['clusterName', 'host', 'caData', 'certData', 'keyData'], ARGOCD_CERT_CONFIG);
/** Argo CD cluster with a bearer token: properties clusterName, host, caData, bearerToken of `R`. */
const argocdClusterBearer = cluster('argocd-cluster-bearer', 'Argo CD cluster (bearer token)', true, ['clusterName', 'host', 'caData', 'bearerToken'], ARGOCD_BEARER_CONFIG);

;// CONCATENATED MODULE: ./.build/src/core/kinds/argocd-repo-creds.js



/** The remote JSON properties, which are also the Secret's keys. */
const PROPERTIES = ['type', 'url', 'username', 'password'];
/**
 * Argo CD repository credential template (`argocdRepoCreds: true`): the keys
 * type, url, username and password, from the properties of the same names
 * of `R`. The Secret keys equal the property names, so ESO copies them and
 * the template only adds labels.
 */
const argocdRepoCreds = {
    kind: 'argocd-repo-creds',
    label: 'Argo CD repo creds',
    flag: { key: 'argocdRepoCreds', shown: 'argocdRepoCreds' },
    selects: (v) => v.argocdRepoCreds === true,
    read: () => ({}),
    fields: [],
    secretType: () => 'Opaque',
    keys: () => [...PROPERTIES].sort(compare/* compareStrings */.K),
    remoteRefs: (e) => PROPERTIES.map((p) => `${e.remoteName}#${p}`).sort(compare/* compareStrings */.K),
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: { [ARGOCD_SECRET_TYPE_LABEL]: 'repo-creds' },
    userLabelsWin: false,
    render: (e) => ({
        data: PROPERTIES.map((p) => propertyRef(p, e.remoteName, p)),
        template: template(argocdRepoCreds, e)
    })
};

// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
;// CONCATENATED MODULE: ./.build/src/core/kinds/module.js


/** Key list of a Secret that copies every key of the remote JSON: the names are unknown until run time. */
const ALL_KEYS = '*';
/** `namespacesecretkeyname`: read by the kinds whose single key the user names. */
const SECRET_KEY_FIELD = {
    key: 'namespacesecretkeyname',
    isSet: values/* present */.Eb,
    required: 'the key inside the Secret',
    ignoredOn: (label) => `on ${(0,wording/* withArticle */.vJ)(label)} entry (its keys are fixed by the kind)`
};
/** A non-empty string: how `type` and `property` count as set. */
function isText(v) {
    return typeof v === 'string' && v !== '';
}

;// CONCATENATED MODULE: ./.build/src/core/kinds/custom-type.js



/**
 * Custom type (`type:` anything but kubernetes.io/tls): a Secret of that
 * type with one key `K`, holding the whole remote secret `R`. The template
 * only sets the type (and labels); with no template data ESO copies the
 * fetched key as is, so no template code is needed.
 */
const customType = {
    kind: 'custom-type',
    label: 'custom type',
    flag: { key: 'type', shown: 'type' },
    selects: (v) => isText(v.type),
    read: (v) => ({ key: (0,values/* asString */.oJ)(v.namespacesecretkeyname), type: (0,values/* asString */.oJ)(v.type) }),
    fields: [SECRET_KEY_FIELD],
    secretType: (e) => e.type || 'Opaque',
    keys: (e) => [e.key ?? ''],
    remoteRefs: (e) => [e.remoteName],
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: {},
    userLabelsWin: false,
    render: (e) => ({
        data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }],
        template: template(customType, e)
    })
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/grafana-contact-point.js

/** Key of the provisioning file in the Secret. */
const CONTACT_POINT_KEY = 'contactpoints.yaml';
/**
 * Grafana alerting contact point (`contactpoint: true`): one provisioning
 * file, `contactpoints.yaml`, holding the remote secret `R`. The Grafana
 * chart's alerting sidecar loads Secrets with the label key `grafana_alert`;
 * it matches any value by default but can be pinned to one (`labelValue`),
 * so the label gets the chart's value "true" (a sidecar pinned to it keeps
 * working after a switch), and a user's own `grafana_alert` value is kept.
 */
const grafanaContactPoint = {
    kind: 'grafana-contact-point',
    label: 'Grafana contact point',
    flag: { key: 'contactpoint', shown: 'contactpoint' },
    selects: (v) => v.contactpoint === true,
    read: () => ({}),
    fields: [],
    secretType: () => 'Opaque',
    keys: () => [CONTACT_POINT_KEY],
    remoteRefs: (e) => [e.remoteName],
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: { grafana_alert: 'true' },
    userLabelsWin: true,
    render: (e) => ({
        data: [{ secretKey: CONTACT_POINT_KEY, remoteRef: { key: e.remoteName } }],
        template: template(grafanaContactPoint, e)
    })
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/multivalue.js


/** Multivalue (`multivalue: true`): every key of the remote JSON secret `R` (ESO's `dataFrom.extract`). */
const multivalue = {
    kind: 'multivalue',
    label: 'multivalue',
    flag: { key: 'multivalue', shown: 'multivalue' },
    selects: (v) => v.multivalue === true,
    read: () => ({}),
    fields: [],
    secretType: () => 'Opaque',
    keys: () => [ALL_KEYS],
    remoteRefs: (e) => [e.remoteName],
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: {},
    userLabelsWin: false,
    render: (e) => withLabels(multivalue, { dataFrom: [{ extract: { key: e.remoteName } }] }, e)
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/property.js




/** Property (`property:` set): one property of the remote JSON secret `R` into the key `K`. */
const property = {
    kind: 'property',
    label: 'property',
    selects: (v) => isText(v.property),
    read: (v) => ({ key: (0,values/* asString */.oJ)(v.namespacesecretkeyname), property: (0,values/* asString */.oJ)(v.property) }),
    fields: [
        SECRET_KEY_FIELD,
        // On other kinds `property` is a value left behind, not a second kind switch: it gets no conflict warning, only this one.
        { key: 'property', isSet: isText, ignoredOn: (label) => `on ${(0,wording/* withArticle */.vJ)(label)} entry` }
    ],
    secretType: () => 'Opaque',
    keys: (e) => [e.key ?? ''],
    remoteRefs: (e) => [`${e.remoteName}#${e.property ?? ''}`],
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: {},
    userLabelsWin: false,
    render: (e) => withLabels(property, { data: [propertyRef(e.key ?? '', e.remoteName, e.property ?? '')] }, e)
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/single.js



/** Single value (no kind switch set): the whole remote secret `R` into the key `K`. */
const single = {
    kind: 'single',
    label: 'single value',
    selects: () => true,
    read: (v) => ({ key: (0,values/* asString */.oJ)(v.namespacesecretkeyname) }),
    fields: [SECRET_KEY_FIELD],
    secretType: () => 'Opaque',
    keys: (e) => [e.key ?? ''],
    remoteRefs: (e) => [e.remoteName],
    remoteSecrets: (e) => [e.remoteName],
    fixedLabels: {},
    userLabelsWin: false,
    render: (e) => withLabels(single, { data: [{ secretKey: e.key ?? '', remoteRef: { key: e.remoteName } }] }, e)
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/tls.js




/** Kubernetes requires exactly these key names in a kubernetes.io/tls Secret; the chart let the user name them. */
const KEY_NAME_FIELDS = [
    ['namespacesecretkeynamecrt', 'tls.crt'],
    ['namespacesecretkeynamekey', 'tls.key']
];
/**
 * TLS (`type: kubernetes.io/tls`): a kubernetes.io/tls Secret with the keys
 * tls.crt and tls.key, read from the two remote secrets `R-crt` and `R-key`.
 */
const tls = {
    kind: 'tls',
    label: 'TLS',
    flag: { key: 'type', shown: 'type: kubernetes.io/tls' },
    selects: (v) => v.type === 'kubernetes.io/tls',
    read: (v) => ({ type: (0,values/* asString */.oJ)(v.type) }),
    fields: KEY_NAME_FIELDS.map(([key]) => ({
        key,
        isSet: values/* present */.Eb,
        ignoredOn: (label) => `on ${(0,wording/* withArticle */.vJ)(label)} entry (it is for type: kubernetes.io/tls)`
    })),
    check(c) {
        for (const [key, required] of KEY_NAME_FIELDS) {
            const v = c.values[key];
            if (typeof v !== 'string' || v === '' || v === required)
                continue;
            c.lint.report('tls-key-name', c.at(key), `${c.me()}: "${key}" must be ${required} (Kubernetes requires it for kubernetes.io/tls Secrets), got ${(0,wording/* quote */.hD)(v)}`, 'value', required);
        }
    },
    secretType: () => 'kubernetes.io/tls',
    keys: () => ['tls.crt', 'tls.key'],
    remoteRefs: (e) => tls.remoteSecrets(e),
    remoteSecrets: (e) => [`${e.remoteName}-crt`, `${e.remoteName}-key`].sort(compare/* compareStrings */.K),
    fixedLabels: {},
    userLabelsWin: false,
    render: (e) => ({
        data: [
            { secretKey: 'tls.crt', remoteRef: { key: `${e.remoteName}-crt` } },
            { secretKey: 'tls.key', remoteRef: { key: `${e.remoteName}-key` } }
        ],
        template: template(tls, e)
    })
};

;// CONCATENATED MODULE: ./.build/src/core/kinds/index.js










/**
 * Every kind of Secret an entry can make, in the order an entry's kind is
 * decided: the first whose `selects` matches wins. This order is the one of
 * the chart's design, and the user-facing contract:
 *
 *   1. `type: kubernetes.io/tls`            -> TLS Secret
 *   2. `type:` anything else                -> Secret of that type, one key
 *   3. `argocd: true` + `argocdBearerToken` -> Argo CD cluster, bearer token
 *   4. `argocd: true`                       -> Argo CD cluster, client certificate
 *   5. `argocdRepoCreds: true`              -> Argo CD repo-creds template
 *   6. `contactpoint: true`                 -> Grafana contact point
 *   7. `multivalue: true`                   -> every key of the remote JSON secret
 *   8. `property:` set                      -> one property of the remote JSON secret
 *   9. otherwise                            -> single value: one remote secret, one key
 *
 * Adding a kind is one file and one line: write `kinds/<kind>.ts` exporting
 * a KindModule (what it selects, reads, checks and renders) and list it here
 * at its place in the order (a new values key also needs its entry in
 * schema/values.schema.json). `SecretKind` is derived from this list, so
 * every kind has a module by construction, and the compiler asks for the new
 * kind wherever kinds are enumerated.
 */
const KINDS = [
    tls,
    customType,
    argocdClusterBearer,
    argocdClusterCert,
    argocdRepoCreds,
    grafanaContactPoint,
    multivalue,
    property,
    single
];
const BY_NAME = new Map(KINDS.map((k) => [k.kind, k]));
/** Which kind an entry makes: the first kind of the order above whose switch or value the entry sets. */
function decideKind(values) {
    return (KINDS.find((k) => k.selects(values)) ?? single).kind;
}
/** The module of a kind. */
function kindModule(kind) {
    return BY_NAME.get(kind) ?? single;
}
/** Whether `v` names a kind (for values read back from JSON). */
function isSecretKind(v) {
    return typeof v === 'string' && BY_NAME.has(v);
}
/** Human name of a kind, for messages and the PR comment. */
function kindLabel(kind) {
    return kindModule(kind).label;
}
/** Kubernetes Secret type of an entry's Secret. */
function secretTypeOf(e) {
    return kindModule(e.kind).secretType(e);
}
/** Key names of an entry's Secret, sorted; `[ALL_KEYS]` for multivalue. */
function secretKeysOf(e) {
    return kindModule(e.kind).keys(e);
}
/** What an entry's Secret is read from: `R`, `R#prop`, `R-crt`..., sorted. Values are never involved. */
function remoteRefsOf(e) {
    return kindModule(e.kind).remoteRefs(e);
}
/** Names of the remote secrets an entry's Secret is read from (`R`, or `R-crt` and `R-key` for TLS), sorted. */
function remoteSecretsOf(e) {
    return kindModule(e.kind).remoteSecrets(e);
}
/** Labels of an entry's Secret, keys sorted: the user's labels and the kind's fixed labels, as the renderer applies them. */
function secretLabelsOf(e) {
    return secretLabels(kindModule(e.kind), e);
}


/***/ }),

/***/ 21827:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ LIMITS)
/* harmony export */ });
/**
 * Every dimension of a values file has a bound, so a hostile pull request can
 * neither exhaust memory nor keep lint busy. The numbers leave room: the
 * benchmark's 10,000-entry file (2.2 MB, about 175,000 YAML nodes) passes
 * them all. A file over a limit gets one `limit-exceeded` finding (or
 * `yaml-alias-bomb` for aliases) that names the limit, and is not read further.
 */
const LIMITS = {
    /** Bytes of one values file; a shell never reads more than this. */
    fileBytes: 16 * 1024 * 1024,
    /** YAML nodes written in the file (scalars, collections, aliases). */
    nodes: 250_000,
    /** Nodes the file expands to once aliases and merge keys are resolved. */
    expandedNodes: 1_000_000,
    /** Nesting of mappings and lists, aliases included. */
    depth: 64,
    /** Keys of one mapping. */
    keysPerMapping: 1_000,
    /** Items of one list (the `externalsecrets` entries among them). */
    itemsPerList: 20_000,
    /** Characters of one key or string value. */
    stringLength: 16 * 1024,
    /** Labels of one entry or one selector. */
    labels: 100,
    /** Namespace names, regexes and selectors in the conditions of one store. */
    conditionItems: 100,
    /**
     * RE2 instructions one store condition regex may compile to, estimated from
     * its text before compiling. RE2 itself accepts about 1.4 million (a 16 KB
     * pattern of repeats: 1.2 s and 100 MB to compile); a namespace name has at
     * most 63 characters, so a real pattern needs a few hundred.
     */
    regexInstructions: 10_000,
    /** The same estimate summed over every distinct condition regex of one run (all files). */
    regexInstructionsPerRun: 100_000
};


/***/ }),

/***/ 33882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $u: () => (/* binding */ formatFindingsText),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   gC: () => (/* binding */ formatFindingsJson)
/* harmony export */ });
/* harmony import */ var _format_log_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9236);

/** How many findings there are of each severity: an info is a note, counted neither as an error nor as a warning. */
function countFindings(findings) {
    const counts = { errors: 0, warnings: 0, infos: 0 };
    for (const f of findings) {
        if (f.severity === 'error')
            counts.errors++;
        else if (f.severity === 'warning')
            counts.warnings++;
        else
            counts.infos++;
    }
    return counts;
}
/**
 * One finding per line: `file:line:col: severity: message [rule-id]`,
 * newline-terminated ('' when none). A file name or message can hold a line
 * break or a workflow command (`a\n::add-mask::x.yaml`); each line is made
 * inert, so a CI log or terminal shows it and runs nothing.
 */
function formatFindingsText(findings) {
    return findings
        .map((f) => `${(0,_format_log_line_js__WEBPACK_IMPORTED_MODULE_0__/* .plainLogText */ .I)(`${f.file}:${f.line}:${f.column}: ${f.severity}: ${oneLine(f.message)} [${f.rule}]`)}\n`)
        .join('');
}
/**
 * JSON array of findings with a fixed key order (file, line, column,
 * severity, rule, message, and `fix` when the rule knows the exact
 * correction: `{line, text}`, the new text of that line), newline-terminated.
 */
function formatFindingsJson(findings) {
    const stable = findings.map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        severity: f.severity,
        rule: f.rule,
        message: f.message,
        ...(f.fix === undefined ? {} : { fix: { line: f.fix.line, text: f.fix.text } })
    }));
    return `${JSON.stringify(stable, null, 2)}\n`;
}
/** A message never breaks the one-finding-per-line format (YAML library messages can hold newlines). */
function oneLine(s) {
    return s.replace(/\r?\n/g, ' ');
}


/***/ }),

/***/ 90233:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $u: () => (/* reexport */ format/* formatFindingsText */.$u),
  Cs: () => (/* binding */ hasErrors),
  ji: () => (/* binding */ lintFiles)
});

// UNUSED EXPORTS: RULES, countFindings, formatFindingsJson

// EXTERNAL MODULE: ./.build/src/core/internal-error.js
var internal_error = __webpack_require__(51225);
// EXTERNAL MODULE: ./.build/src/core/normalize.js + 1 modules
var normalize = __webpack_require__(80177);
// EXTERNAL MODULE: ./.build/src/core/parse.js + 3 modules
var parse = __webpack_require__(33072);
// EXTERNAL MODULE: ./.build/src/core/values.js
var core_values = __webpack_require__(38917);
// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(29414);
;// CONCATENATED MODULE: ./.build/src/core/lint/context.js


/**
 * Per-file lint state. Positions are computed only when a finding is made,
 * so a clean entry costs no tree walk.
 */
class FileLint {
    parsed;
    root;
    findings = [];
    /** The value path each reported finding is about, so the diff can tell which entry or store it belongs to. */
    paths = new WeakMap();
    constructor(parsed, 
    /** The file's plain values (a mapping once the structural checks passed). */
    root) {
        this.parsed = parsed;
        this.root = root;
    }
    get file() {
        return this.parsed.file;
    }
    position(path, anchor = 'value') {
        const { path: existing, value } = closestExisting(this.root, path);
        // A missing key has no node: point at the key of its closest parent.
        if (existing.length < path.length)
            return this.parsed.keyPositionOf(existing);
        // `key:` with nothing after it: the empty value sits at the end of the line; the key is clearer.
        if (anchor === 'key' || value === null)
            return this.parsed.keyPositionOf(path);
        return this.parsed.positionOf(path);
    }
    /**
     * Record a finding for `rule` (severity comes from the registry). `fix`,
     * when given, is the text that replaces the key (anchor 'key') or the
     * scalar value at `path`; it becomes a whole-line fix when that token sits
     * on one line of the source.
     */
    report(rule, path, message, anchor = 'value', fix) {
        const finding = (0,rules/* finding */.gk)(rule, this.file, this.position(path, anchor), message);
        const lineFix = fix === undefined ? null : this.lineFix(path, anchor, fix);
        if (lineFix !== null && lineFix.line === finding.line)
            finding.fix = lineFix;
        this.findings.push(finding);
        this.paths.set(finding, path);
    }
    /** The source line holding the token at `path` with that token replaced by `replacement` (YAML-quoted as needed). */
    lineFix(path, anchor, replacement) {
        const token = this.parsed.tokenAt(path, anchor);
        if (token === null)
            return null;
        return replaceToken(this.parsed.text, token, replacement);
    }
    /** "file:line:col" of a path, for messages that mention a second place. */
    where(path, anchor = 'value') {
        const p = this.position(path, anchor);
        return `${this.file}:${p.line}:${p.column}`;
    }
}
/**
 * Replace one scalar token inside its line. The new text keeps the token's
 * quoting style; a plain token whose replacement would read differently
 * unquoted (a number, a boolean, `null`, text with YAML indicators) is
 * double-quoted. Null when the token spans lines (a block scalar).
 */
function replaceToken(text, token, replacement) {
    const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
    const nl = text.indexOf('\n', token.start);
    const lineEnd = nl === -1 ? text.length : nl;
    if (token.end > lineEnd)
        return null;
    let quoted;
    if (token.style === 'QUOTE_DOUBLE')
        quoted = JSON.stringify(replacement);
    else if (token.style === 'QUOTE_SINGLE')
        quoted = `'${replacement.replace(/'/g, "''")}'`;
    else if (token.style === 'PLAIN')
        quoted = PLAIN_SAFE.test(replacement) && !PLAIN_TYPED.test(replacement) ? replacement : JSON.stringify(replacement);
    else
        return null;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const at = token.start - lineStart;
    return { line: lineOf(text, token.start), text: line.slice(0, at) + quoted + line.slice(token.end - lineStart) };
}
/** Text a plain YAML scalar may hold and still read as that same string. */
const PLAIN_SAFE = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
/** Plain words YAML 1.1 or 1.2 reads as something other than a string. */
const PLAIN_TYPED = /^(?:[-+]?[0-9][0-9_.]*|true|false|yes|no|on|off|y|n|null|~)$/i;
/** 1-based line of an offset. */
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}
/** The longest prefix of `path` that exists in `root`, and the value there. */
function closestExisting(root, path) {
    let node = root;
    let i = 0;
    for (; i < path.length; i++) {
        const seg = path[i];
        if (Array.isArray(node) && typeof seg === 'number' && seg < node.length)
            node = node[seg];
        else if ((0,core_values/* isRecord */.u4)(node) && Object.prototype.hasOwnProperty.call(node, String(seg)))
            node = node[String(seg)];
        else
            break;
    }
    return { path: i === path.length ? path : path.slice(0, i), value: node };
}

// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(44436);
// EXTERNAL MODULE: ./.build/src/core/limits.js
var limits = __webpack_require__(21827);
// EXTERNAL MODULE: ./.build/src/core/lint/suggest.js
var suggest = __webpack_require__(84215);
// EXTERNAL MODULE: ./.build/src/core/lint/wording.js
var wording = __webpack_require__(24477);
;// CONCATENATED MODULE: ./.build/src/core/lint/cross.js





const labelOf = (s) => (0,wording/* ownerLabel */.Wb)(s.lint.root, s.owner);
/**
 * Rules across entries and files: duplicate store and ClusterExternalSecret
 * names (cluster-wide), two entries making the same Secret, and store
 * references nobody defines. Each uses a map keyed by name, so the cost is
 * linear in the number of entries.
 */
function checkAcrossFiles(files, regexes) {
    const stores = new Map();
    for (const { lint, release } of files) {
        for (const store of release.stores) {
            const raw = valueAt(lint.root, store.path);
            const named = (0,core_values/* isRecord */.u4)(raw) && (0,core_values/* present */.Eb)(raw.name);
            const path = named ? [...store.path, 'name'] : store.path;
            const here = { lint, path, owner: store.path, anchor: named ? 'value' : 'key' };
            const first = stores.get(store.name);
            if (first === undefined) {
                stores.set(store.name, { ...here, store });
                continue;
            }
            const how = named ? '' : ' (the default name, as "name" is not set)';
            lint.report('duplicate-store', path, `${labelOf(here)}: ClusterSecretStore name ${(0,wording/* quote */.hD)(store.name)}${how} is already used by ` +
                `${labelOf(first)} at ${first.lint.where(first.path, first.anchor)}; store names are ` +
                `cluster-wide, rename one`, named ? 'value' : 'key');
        }
    }
    const guessStore = storeGuesser(stores);
    const names = new Map();
    const secrets = new Map();
    for (const { lint, release } of files) {
        for (const entry of release.entries) {
            const label = () => (0,wording/* ownerLabel */.Wb)(lint.root, entry.path);
            if (entry.name !== '') {
                const here = { lint, path: [...entry.path, 'secret'], owner: entry.path };
                const first = names.get(entry.name);
                if (first === undefined)
                    names.set(entry.name, here);
                else {
                    lint.report('duplicate-name', here.path, `${label()}: ClusterExternalSecret name ${(0,wording/* quote */.hD)(entry.name)} is already used by ` +
                        `${labelOf(first)} at ${first.lint.where(first.path)}; names are cluster-wide, rename one`);
                }
            }
            const store = entry.store === '' ? undefined : stores.get(entry.store);
            if (entry.store !== '' && store === undefined) {
                const guess = guessStore(entry.store);
                const hint = guess !== undefined
                    ? `; did you mean ${(0,wording/* quote */.hD)(guess)}?`
                    : ' (fine if another release installs it; otherwise add it to clustersecretstore)';
                lint.report('unknown-store', [...entry.path, 'clustersecstore'], `${label()}: store ${(0,wording/* quote */.hD)(entry.store)} is not defined in any of the given files${hint}`, 'value', guess);
            }
            if (store !== undefined) {
                checkRemoteName(lint, entry, store.store, label);
                checkStoreConditions(lint, entry, store.store, label, regexes);
                checkVaultWholeEntry(lint, entry, store.store, label);
            }
            if (entry.secretName !== '')
                checkSameSecret(secrets, lint, entry);
        }
    }
}
/** Store-name comparisons "did you mean" may make in one run (each compares one name with one store). */
const GUESS_COMPARISONS = 200_000;
/**
 * "Did you mean" for unknown store names, once per name. It compares the
 * name with every store, so thousands of stores and thousands of different
 * unknown names would make lint quadratic (2,000 of each took 41 s): past a
 * budget of comparisons, further names get no guess.
 */
function storeGuesser(stores) {
    const guesses = new Map();
    let comparisons = 0;
    return (name) => {
        if (guesses.has(name))
            return guesses.get(name);
        if (comparisons + stores.size > GUESS_COMPARISONS)
            return undefined;
        comparisons += stores.size;
        const guess = (0,suggest/* didYouMean */.a)(name, stores.keys());
        guesses.set(name, guess);
        return guess;
    };
}
/**
 * Two ExternalSecrets owning one Secret overwrite each other. Writing into
 * a Secret another entry owns is the documented use of creationPolicy
 * Merge, so a pair where either side merges is allowed.
 */
function checkSameSecret(secrets, lint, entry) {
    const targets = entry.target.kind === 'namespaces' ? entry.target.namespaces.map((ns) => `ns:${ns}`) : [`sel:${selectorId(entry.target.selector)}`];
    const here = { lint, path: [...entry.path, 'namespacesecretname'], owner: entry.path };
    for (const t of targets) {
        const id = `${t}\u0000${entry.secretName}`;
        const first = secrets.get(id);
        if (first === undefined) {
            secrets.set(id, { seen: here, entry });
            continue;
        }
        if (first.entry.creationPolicy === 'Merge' || entry.creationPolicy === 'Merge')
            continue;
        const where = t.startsWith('ns:') ? `namespace ${(0,wording/* quote */.hD)(t.slice(3))}` : 'the namespaces of the same namespaceSelector';
        lint.report('duplicate-secret', here.path, `${labelOf(here)}: Secret ${(0,wording/* quote */.hD)(entry.secretName)} in ${where} is also created by ` +
            `${labelOf(first.seen)} at ${first.seen.lint.where(first.seen.path)}; the two ` +
            `ExternalSecrets would overwrite each other. Rename one Secret (or use creationPolicy: Merge)`);
        return;
    }
}
/** Remote secret names each provider accepts; Azure also takes an object-type prefix (`secret/`, `cert/`, `key/`). */
const AZURE_NAME = /^((secret|cert|key)\/)?[0-9a-zA-Z-]{1,127}$/;
const AWS_SM_NAME = /^[A-Za-z0-9/_+=.@-]{1,512}$/;
const AWS_PS_NAME = /^[A-Za-z0-9/_.-]{1,2048}$/;
/** The provider would reject the remote name at sync time; say so now. */
function checkRemoteName(lint, entry, store, label) {
    const name = entry.remoteName;
    if (name === '' || /\{\{|\}\}/.test(name))
        return;
    const p = store.provider;
    const refused = (probe) => {
        if (p.type === 'azurekv' && !AZURE_NAME.test(probe))
            return 'Azure Key Vault secret names use only letters, digits and "-" (at most 127)';
        if (p.type === 'aws' && p.service === 'SecretsManager' && !AWS_SM_NAME.test(probe))
            return 'AWS Secrets Manager names use only letters, digits and /_+=.@- (at most 512)';
        if (p.type === 'aws' && p.service === 'ParameterStore' && !AWS_PS_NAME.test(probe))
            return 'AWS Parameter Store names use only letters, digits and /_.-';
        return undefined;
    };
    // The kind decides which names are read (TLS reads `<name>-crt` and `<name>-key`); one finding is enough.
    const rule = (0,kinds/* remoteSecretsOf */.nH)(entry)
        .map(refused)
        .find((r) => r !== undefined);
    if (rule === undefined)
        return;
    lint.report('remote-name', [...entry.path, 'keyvaultsecretname'], `${label()}: "keyvaultsecretname": ${(0,wording/* quote */.hD)(name)} cannot exist in store ${(0,wording/* quote */.hD)(store.name)}: ${rule}`);
}
/**
 * Vault secrets are maps of fields. ESO's Vault provider answers a remoteRef
 * without `property` with the whole entry as JSON (`{"value":"..."}`), seen
 * in the end-to-end suite against the real controller. For a single-value
 * entry that is almost never what the user meant; `property` picks a field.
 */
function checkVaultWholeEntry(lint, entry, store, label) {
    if (store.provider.type !== 'vault' || entry.kind !== 'single')
        return;
    lint.report('vault-whole-entry', [...entry.path, 'keyvaultsecretname'], `${label()}: store ${(0,wording/* quote */.hD)(store.name)} is a Vault store, whose secrets are maps of ` +
        `fields: without "property" the key ${(0,wording/* quote */.hD)(entry.key ?? '')} receives the whole entry ` +
        `${(0,wording/* quote */.hD)(entry.remoteName)} as JSON. Set "property" to the field to read`);
}
/**
 * A store with `conditions` serves only the namespaces they allow. Named
 * target namespaces can be checked here; selector conditions and selector
 * targets depend on cluster labels, so they are not judged.
 */
function checkStoreConditions(lint, entry, store, label, regexes) {
    if (entry.target.kind !== 'namespaces')
        return;
    const allow = allowedBy(store, regexes);
    if (allow === null)
        return;
    const refused = entry.target.namespaces.filter((ns) => !allow.allows(ns));
    if (refused.length === 0)
        return;
    lint.report('store-conditions', [...entry.path, 'clustersecstore'], `${label()}: store ${(0,wording/* quote */.hD)(store.name)} may not be used from ` +
        `${refused.length > 1 ? 'namespaces' : 'namespace'} ${listed(refused.map(wording/* quote */.hD))}: its ` +
        `conditions allow only ${allow.described}; ESO will not sync there. Add the namespace to the ` +
        `store's conditions or use another store`);
}
// Per store, built once: many entries read from the same store.
const allowedCache = new WeakMap();
/**
 * What a store's conditions allow by name, or null when unrestricted,
 * label-dependent, too large to check (a limit-exceeded finding), holding a
 * pattern past a regex limit (limit-exceeded: not compiled, so unknown, never
 * "allows nothing") or one ESO would refuse (an invalid-regex finding).
 */
function allowedBy(store, regexes) {
    const cached = allowedCache.get(store);
    if (cached !== undefined)
        return cached;
    const conditions = store.conditions ?? [];
    let result = null;
    const patterns = conditions.flatMap((c) => c.namespaceRegexes ?? []);
    const names = new Set(conditions.flatMap((c) => c.namespaces ?? []));
    const size = patterns.length + names.size + conditions.filter((c) => c.namespaceSelector !== undefined).length;
    if (conditions.length > 0 && !conditions.some((c) => c.namespaceSelector !== undefined) && size <= limits/* LIMITS */.b.conditionItems) {
        const compiled = patterns.map((p) => regexes.get(p));
        if (compiled.every((r) => r.ok)) {
            // Many entries share a few namespaces: decide each namespace once.
            const decided = new Map();
            const allows = (ns) => {
                let yes = decided.get(ns);
                if (yes === undefined) {
                    yes = names.has(ns) || compiled.some((r) => r.ok && r.test(ns));
                    decided.set(ns, yes);
                }
                return yes;
            };
            result = { allows, described: listed([...names, ...patterns.map((r) => `/${r}/`)]) };
        }
    }
    allowedCache.set(store, result);
    return result;
}
/** At most eight items, then "and N more": a message must not grow with the input. */
function listed(items) {
    return items.length <= 8 ? items.join(', ') : `${items.slice(0, 8).join(', ')} and ${items.length - 8} more`;
}
/** Stable text of a selector: normalize.ts already sorts label maps. */
function selectorId(s) {
    return JSON.stringify([s.matchLabels ?? {}, s.matchExpressions ?? []]);
}
function valueAt(root, path) {
    let node = root;
    for (const seg of path) {
        if (Array.isArray(node) && typeof seg === 'number')
            node = node[seg];
        else if ((0,core_values/* isRecord */.u4)(node))
            node = node[String(seg)];
        else
            return undefined;
    }
    return node;
}

;// CONCATENATED MODULE: ./.build/src/core/lint/names.js
/**
 * Kubernetes name rules (apimachinery validation), as predicates that return
 * the fix to tell the user, or null when the name is fine.
 */
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const SECRET_KEY = /^[-._a-zA-Z0-9]+$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** DNS-1123 label (namespaces): at most 63 of [a-z0-9-], alphanumeric at both ends. */
function dnsLabelProblem(v) {
    if (v.length <= 63 && LABEL.test(v))
        return null;
    return 'use at most 63 lowercase letters, digits and "-", starting and ending with a letter or digit';
}
/** DNS-1123 subdomain (ClusterExternalSecret, Secret and store names): at most 253, dot-separated labels. */
function dnsSubdomainProblem(v) {
    if (v.length <= 253 && SUBDOMAIN.test(v))
        return null;
    return 'use at most 253 lowercase letters, digits, "-" and ".", starting and ending with a letter or digit';
}
/** Key inside a Secret's data. */
function secretKeyProblem(v) {
    if (v.length <= 253 && SECRET_KEY.test(v) && v !== '.' && !v.startsWith('..'))
        return null;
    return 'use only letters, digits, "-", "_" and "." (at most 253, not "." and not starting with "..")';
}
/** Label key: optional DNS-subdomain prefix and "/", then a name of at most 63. */
function labelKeyProblem(k) {
    const slash = k.lastIndexOf('/');
    const prefix = slash >= 0 ? k.slice(0, slash) : null;
    const name = slash >= 0 ? k.slice(slash + 1) : k;
    if (prefix !== null && (prefix.length === 0 || prefix.length > 253 || !SUBDOMAIN.test(prefix))) {
        return 'the prefix before "/" must be a DNS subdomain (lowercase letters, digits, "-" and ".")';
    }
    if (name.length === 0 || name.length > 63 || !QUALIFIED_NAME.test(name)) {
        return 'the name part must be at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit';
    }
    return null;
}
/** Label value: empty, or at most 63 of [A-Za-z0-9-_.], alphanumeric at both ends. */
function labelValueProblem(v) {
    if (v.length <= 63 && LABEL_VALUE.test(v))
        return null;
    return 'use at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (or leave it empty)';
}
/** Go `time.ParseDuration` syntax, non-negative: "0", "1m", "1h30m", "1.5h". */
function isGoDuration(v) {
    return /^(0|([0-9]+(\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$/.test(v);
}

;// CONCATENATED MODULE: ./.build/src/core/lint/selectors.js




/** Check a map of labels (Secret labels, selector matchLabels): keys and values follow the Kubernetes label rules. */
function checkLabels(lint, path, labels) {
    if (!(0,core_values/* isRecord */.u4)(labels))
        return;
    const entries = Object.entries(labels);
    if (entries.length > limits/* LIMITS */.b.labels) {
        const extra = entries[limits/* LIMITS */.b.labels]?.[0] ?? '';
        lint.report('limit-exceeded', [...path, extra], `${(0,wording/* subject */.bc)(lint.root, path)} has ${entries.length} labels (limit ${limits/* LIMITS */.b.labels}); Kubernetes objects carry a few, not hundreds`, 'key');
        return;
    }
    for (const [k, v] of entries) {
        const keyProblem = labelKeyProblem(k);
        if (keyProblem)
            lint.report('invalid-label', [...path, k], `${(0,wording/* subject */.bc)(lint.root, path)}: key ${(0,wording/* quote */.hD)(k)} is not a valid label key: ${keyProblem}`, 'key');
        if (typeof v === 'string') {
            const valueProblem = labelValueProblem(v);
            if (valueProblem)
                lint.report('invalid-label', [...path, k], `${(0,wording/* subject */.bc)(lint.root, [...path, k])}: ${(0,wording/* quote */.hD)(v)} is not a valid label value: ${valueProblem}`);
        }
    }
}
const SELECTOR_KEYS = new Set(['matchLabels', 'matchExpressions']);
/**
 * A namespace selector is a LabelSelector or a plain label map (shorthand
 * for matchLabels), as normalize.ts reads it. Mixing the two forms would
 * silently drop the selector part, so it is an error.
 */
function checkSelector(lint, path, sel) {
    if (!(0,core_values/* isRecord */.u4)(sel))
        return;
    const keys = Object.keys(sel);
    if (keys.length === 0) {
        lint.report('empty-selector', path, `${(0,wording/* subject */.bc)(lint.root, path)} is empty, which selects every namespace in the cluster; add matchLabels or use "namespace"`);
        return;
    }
    const formal = keys.filter((k) => SELECTOR_KEYS.has(k));
    if (formal.length === 0) {
        checkLabels(lint, path, sel);
        return;
    }
    if (formal.length < keys.length) {
        const plain = keys.find((k) => !SELECTOR_KEYS.has(k));
        lint.report('invalid-selector', [...path, plain], `${(0,wording/* subject */.bc)(lint.root, path)} mixes ${formal.join('/')} with the plain label ${(0,wording/* quote */.hD)(plain)}; move the label under matchLabels`, 'key');
        return;
    }
    checkLabels(lint, [...path, 'matchLabels'], sel.matchLabels);
    const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions : [];
    if (exprs.length === 0 && (!(0,core_values/* isRecord */.u4)(sel.matchLabels) || Object.keys(sel.matchLabels).length === 0)) {
        lint.report('empty-selector', path, `${(0,wording/* subject */.bc)(lint.root, path)} has no labels and no expressions, which selects every ` +
            `namespace in the cluster; add matchLabels or use "namespace"`);
        return;
    }
    exprs.forEach((x, i) => {
        if (!(0,core_values/* isRecord */.u4)(x))
            return;
        const at = [...path, 'matchExpressions', i];
        if (typeof x.key === 'string') {
            const problem = labelKeyProblem(x.key);
            if (problem)
                lint.report('invalid-label', [...at, 'key'], `${(0,wording/* subject */.bc)(lint.root, [...at, 'key'])}: ${(0,wording/* quote */.hD)(x.key)} is not a valid label key: ${problem}`);
        }
        const values = Array.isArray(x.values) ? x.values : [];
        if ((x.operator === 'In' || x.operator === 'NotIn') && values.length === 0) {
            lint.report('invalid-selector', at, `${(0,wording/* subject */.bc)(lint.root, at)}: operator ${x.operator} needs at least one value in "values"`);
        }
        if ((x.operator === 'Exists' || x.operator === 'DoesNotExist') && values.length > 0) {
            lint.report('invalid-selector', [...at, 'values'], `${(0,wording/* subject */.bc)(lint.root, at)}: operator ${x.operator} takes no "values"; remove them`, 'key');
        }
        values.forEach((v, j) => {
            if (typeof v !== 'string')
                return;
            const problem = labelValueProblem(v);
            if (problem)
                lint.report('invalid-label', [...at, 'values', j], `${(0,wording/* subject */.bc)(lint.root, [...at, 'values', j])}: ${(0,wording/* quote */.hD)(v)} is not a valid label value: ${problem}`);
        });
    });
}

;// CONCATENATED MODULE: ./.build/src/core/lint/entries.js





/*
 * These checks run once per entry, 10,000 times for a large file, so they
 * make no garbage when an entry is fine: constant tables are objects, not
 * tuples (destructuring a tuple allocates an iterator in code V8 has not
 * fully optimized yet), and paths and messages are built only for keys that
 * are set or for findings. Garbage here was a fifth of lint's memory.
 */
/** What the required entry keys mean, for "is required" messages. */
const REQUIRED = [
    { key: 'secret', what: 'the ClusterExternalSecret name' },
    { key: 'clustersecstore', what: 'the ClusterSecretStore to read from' },
    { key: 'namespacesecretname', what: 'the name of the Kubernetes Secret to create' },
    { key: 'keyvaultsecretname', what: 'the name of the secret in the provider' }
];
/** Entry keys that name Kubernetes resources, and what they name. */
const RESOURCE_NAMES = [
    { key: 'secret', what: 'ClusterExternalSecret name' },
    { key: 'namespacesecretname', what: 'Secret name' },
    { key: 'clustersecstore', what: 'ClusterSecretStore name' }
];
/**
 * All per-entry rules of one `externalsecrets` item. `raw` is the item as
 * written, `entry` its normalized form, whose kind normalize decided; wrong-
 * typed values were already reported by the schema, so every check here
 * looks only at values of the right type.
 */
function checkEntry(lint, entry, raw, defaults) {
    if (!(0,core_values/* isRecord */.u4)(raw))
        return;
    const index = entry.index;
    const at = (...rest) => ['externalsecrets', index, ...rest];
    // Built only when a message needs it: most entries have no findings.
    const me = () => (0,wording/* ownerLabel */.Wb)(lint.root, at());
    const c = { lint, values: raw, at, me };
    for (const { key, what } of REQUIRED) {
        if (!(0,core_values/* present */.Eb)(raw[key]))
            lint.report('entry-required', at(key), `${me()}: "${key}" is required (${what})`);
    }
    checkTarget(lint, raw, at, me);
    checkNames(lint, raw, at, me);
    checkKindFlags(c, entry.kind);
    checkKindFields(c, entry.kind);
    (0,kinds/* kindModule */.dF)(entry.kind).check?.(c);
    checkPolicies(lint, raw, defaults, at, me);
    for (const key of ['refreshTime', 'refreshInterval'])
        if (typeof raw[key] === 'string')
            checkDuration(lint, at(key), raw[key], () => `${me()}: "${key}"`);
}
function checkTarget(lint, raw, at, me) {
    const hasNs = (0,core_values/* present */.Eb)(raw.namespace);
    const hasList = raw.namespaces !== undefined && raw.namespaces !== null;
    const hasSel = raw.namespaceSelector !== undefined && raw.namespaceSelector !== null;
    if (hasNs && hasList) {
        lint.report('namespace-conflict', at('namespaces'), `${me()}: sets both "namespace" and "namespaces"; keep one (put every namespace in "namespaces")`, 'key');
    }
    if (!hasNs && !hasList && !hasSel) {
        lint.report('no-target', at(), `${me()}: has no target namespace; set "namespace", "namespaces" or "namespaceSelector"`);
    }
    else if (hasList && !hasSel && !hasNs && Array.isArray(raw.namespaces) && raw.namespaces.length === 0) {
        lint.report('no-target', at('namespaces'), `${me()}: "namespaces" is an empty list, so no Secret is created; list at least one namespace`);
    }
    if (hasSel) {
        for (const key of ['namespace', 'namespaces']) {
            if (raw[key] !== undefined && raw[key] !== null) {
                lint.report('ineffective-flag', at(key), `${me()}: "${key}" has no effect because "namespaceSelector" wins; remove one of them`, 'key');
            }
        }
        checkSelector(lint, at('namespaceSelector'), raw.namespaceSelector);
    }
}
function checkNames(lint, raw, at, me) {
    for (const { key, what } of RESOURCE_NAMES) {
        const v = raw[key];
        if (typeof v !== 'string' || v === '')
            continue;
        const problem = dnsSubdomainProblem(v);
        if (problem)
            lint.report('invalid-resource-name', at(key), `${me()}: "${key}": ${(0,wording/* quote */.hD)(v)} is not a valid ${what}: ${problem}`);
    }
    if (typeof raw.namespace === 'string' && raw.namespace !== '')
        checkNamespace(lint, at('namespace'), raw.namespace, () => `${me()}: "namespace"`);
    if (Array.isArray(raw.namespaces)) {
        raw.namespaces.forEach((ns, i) => {
            if (typeof ns === 'string')
                checkNamespace(lint, at('namespaces', i), ns, () => `${me()}: "namespaces[${i}]"`);
        });
    }
    if (typeof raw.namespacesecretkeyname === 'string' && raw.namespacesecretkeyname !== '') {
        const problem = secretKeyProblem(raw.namespacesecretkeyname);
        if (problem)
            lint.report('invalid-secret-key', at('namespacesecretkeyname'), `${me()}: "namespacesecretkeyname": ${(0,wording/* quote */.hD)(raw.namespacesecretkeyname)} is not a valid Secret key: ${problem}`);
    }
    if ((0,core_values/* isRecord */.u4)(raw.labels))
        checkLabels(lint, at('labels'), raw.labels);
}
/** Namespace names are DNS-1123 labels. */
function checkNamespace(lint, path, ns, head) {
    const problem = dnsLabelProblem(ns);
    if (problem)
        lint.report('invalid-namespace', path, `${head()}: ${(0,wording/* quote */.hD)(ns)} is not a valid namespace name: ${problem}`);
}
/**
 * The kind the original chart renders, Secrets Injector 1.0.0: it tests
 * `type` (TLS, then any other type), then contactpoint, then multivalue,
 * then argocd (always with a client certificate), and knows neither
 * argocdRepoCreds nor argocdBearerToken nor property. Checked against
 * `helm template` of that chart with every pair of kind flags.
 */
function chartKind(values) {
    const order = ['tls', 'custom-type', 'grafana-contact-point', 'multivalue', 'argocd-cluster-cert'];
    return order.find((k) => (0,kinds/* kindModule */.dF)(k).selects(values)) ?? 'single';
}
/** Setting two kind switches is always a mistake; say which one wins here and which one the chart picks. */
function checkKindFlags(c, kind) {
    let selecting = 0;
    for (const k of kinds/* KINDS */.GW)
        if (k.flag !== undefined && k.selects(c.values))
            selecting++;
    if (selecting < 2)
        return;
    // The switches set, in decision order, each once (`type` selects two kinds, `argocd` two).
    const flags = [...new Set(kinds/* KINDS */.GW.flatMap((k) => (k.flag !== undefined && k.selects(c.values) ? [k.flag.key] : [])))];
    if (flags.length < 2)
        return;
    const chart = chartKind(c.values);
    const shown = (k) => (0,kinds/* kindModule */.dF)(k).flag?.shown ?? k;
    const label = (k) => (0,wording/* withArticle */.vJ)((0,kinds/* kindModule */.dF)(k).label);
    const ours = `this tool makes ${label(kind)} secret (${shown(kind)} wins)`;
    const theirs = chart === kind
        ? 'the Secrets Injector chart 1.0.0 picks the same'
        : `the Secrets Injector chart 1.0.0 would make ${label(chart)} secret (${shown(chart)})`;
    c.lint.report('conflicting-kind-flags', c.at(flags[1]), `${c.me()}: sets several kind flags (${flags.join(', ')}): ${ours}, ${theirs}; keep only one`, 'key');
}
/**
 * The values keys that only some kinds read: required where the entry's
 * kind needs them, a warning where it does not read them.
 */
function checkKindFields(c, kind) {
    const mine = (0,kinds/* kindModule */.dF)(kind);
    for (const f of mine.fields) {
        if (f.required !== undefined && !(0,core_values/* present */.Eb)(c.values[f.key])) {
            c.lint.report('entry-required', c.at(f.key), `${c.me()}: "${f.key}" is required for ${(0,wording/* withArticle */.vJ)(mine.label)} entry (${f.required})`);
        }
    }
    let warned;
    for (const other of kinds/* KINDS */.GW) {
        for (const f of other.fields) {
            if (!f.isSet(c.values[f.key]) || other === mine || mine.fields.some((m) => m.key === f.key) || warned?.has(f.key))
                continue;
            warned ??= new Set();
            warned.add(f.key);
            c.lint.report('ineffective-flag', c.at(f.key), `${c.me()}: "${f.key}" has no effect ${f.ignoredOn(mine.label, c.values)}; remove it`, 'key');
        }
    }
}
function checkPolicies(lint, raw, defaults, at, me) {
    const own = (k) => stringOr(raw[k]);
    const fromDefaults = (k) => stringOr(defaults[k]);
    const deletion = own('deletionPolicy') ?? fromDefaults('deletionPolicy');
    if (deletion === undefined)
        return;
    const creation = own('creationPolicy') ?? fromDefaults('creationPolicy') ?? 'Owner';
    const where = own('deletionPolicy') !== undefined
        ? at('deletionPolicy')
        : own('creationPolicy') !== undefined
            ? at('creationPolicy')
            : ['defaults', 'deletionPolicy'];
    if (deletion === 'Delete' && creation !== 'Owner') {
        // ESO's webhook rejects Delete with Merge or None; with Orphan it accepts it but would delete a Secret it does not own.
        const why = creation === 'Orphan' ? 'ESO would delete a Secret it does not own' : 'ESO rejects this ExternalSecret';
        lint.report('deletion-policy', where, `${me()}: deletionPolicy Delete needs creationPolicy Owner (got ${creation}); ${why}. Use ` +
            `creationPolicy: Owner or another deletionPolicy`);
    }
    else if (deletion === 'Merge' && creation === 'None') {
        lint.report('deletion-policy', where, `${me()}: deletionPolicy Merge cannot be used with creationPolicy None (there is no ` +
            `Secret to merge with); ESO rejects this ExternalSecret`);
    }
}
/** Refresh settings are Go durations (`1m`, `1h30m`, `0` = never). */
function checkDuration(lint, path, v, head) {
    if (typeof v !== 'string' || v === '' || isGoDuration(v))
        return;
    lint.report('invalid-duration', path, `${head()}: ${(0,wording/* quote */.hD)(v)} is not a Go duration; write e.g. 30s, 5m, 1h30m, or 0 for never`);
}
function stringOr(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}

;// CONCATENATED MODULE: ./.build/src/core/lint/helm-keys.js
/**
 * Top-level keys that every Helm chart's values file has out of habit. They
 * had no effect in the Secrets Injector chart either (its templates name
 * every resource from the values), so a values file carried over keeps
 * working, with a warning. `global` is not among them: Helm hands it to
 * every chart of an umbrella release, so it is accepted silently.
 */
const HELM_ONLY_KEYS = ['nameOverride', 'fullnameOverride'];
/** Warn about the Helm habit keys a values file sets. */
function checkHelmOnlyKeys(lint, root) {
    for (const key of HELM_ONLY_KEYS) {
        if (!Object.hasOwn(root, key))
            continue;
        lint.report('helm-only-key', [key], `"${key}" has no effect: the resources are named by the values themselves (clustersecretstore.name, ` +
            'externalsecrets[].secret, namespacesecretname), as in the chart; remove it', 'key');
    }
}

;// CONCATENATED MODULE: ./.build/schema/values.schema.json
const values_schema_namespaceObject = {};
;// CONCATENATED MODULE: ./.build/src/core/lint/schema-validator.generated.js
/* eslint-disable */
// @ts-nocheck -- generated code, checked by the schema tests instead
// Generated by scripts/schema-validator.ts from schema/values.schema.json (ajv standalone code). Do not edit.

const validate = validate10;
/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "Secrets Injector values", "description": "Values of the Secrets Injector chart: one ClusterSecretStore and a list of ClusterExternalSecrets, plus optional extensions. Any optional key may be left empty (null), which means unset.", "type": "object", "additionalProperties": false, "properties": { "clustersecretstore": { "$ref": "#/definitions/store" }, "clustersecretstores": { "title": "More stores", "type": ["array", "null"], "items": { "$ref": "#/definitions/store" }, "examples": [[{ "name": "vault-backend", "providerType": "vault" }]], "description": "Extension: further ClusterSecretStores, each shaped like `clustersecretstore`." }, "externalsecrets": { "title": "External secrets", "type": ["array", "null"], "items": { "$ref": "#/definitions/entry" }, "default": [], "examples": [[{ "secret": "db-creds", "clustersecstore": "cluster-azure-backend", "namespace": "payments", "namespacesecretname": "db-creds", "keyvaultsecretname": "db-password", "namespacesecretkeyname": "password" }]], "description": "One ClusterExternalSecret per item." }, "defaults": { "title": "Defaults", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: defaults for every entry of this file.", "examples": [{ "refreshInterval": "1h" }], "properties": { "refreshTime": { "title": "Refresh time", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "1m", "examples": ["1m", "1h30m", "0"], "description": "Default `refreshTime` of the entries." }, "refreshInterval": { "title": "Refresh interval", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "5m", "examples": ["5m", "1h30m", "0"], "description": "Default `refreshInterval` of the entries." }, "creationPolicy": { "title": "Creation policy", "type": ["string", "null"], "enum": ["Owner", "Orphan", "Merge", "None", null], "default": "Owner", "examples": ["Owner"], "description": "ESO `target.creationPolicy`: Owner (ESO owns the Secret and deletes it with the ExternalSecret), Orphan, Merge (into an existing Secret) or None." }, "deletionPolicy": { "title": "Deletion policy", "type": ["string", "null"], "enum": ["Retain", "Delete", "Merge", null], "examples": ["Retain"], "description": "ESO `target.deletionPolicy` when the remote secret disappears: Retain, Delete (needs creationPolicy Owner) or Merge. Unset: ESO default (Retain)." } } }, "esoApiVersion": { "title": "ESO API version", "type": ["string", "null"], "enum": ["v1", "v1beta1", null], "default": "v1", "examples": ["v1"], "description": "Extension: `external-secrets.io` API version to render; `v1beta1` only for clusters older than ESO 0.16." }, "global": { "title": "Helm globals", "type": ["object", "null"], "examples": [{}], "description": "Helm global values (set by Helm for subcharts); ignored." }, "nameOverride": { "title": "Helm name override", "examples": [""], "description": "A Helm chart habit with no effect here (nor in the chart): resources are named by the values themselves. Accepted with a warning (`helm-only-key`)." }, "fullnameOverride": { "title": "Helm full name override", "examples": [""], "description": "A Helm chart habit with no effect here (nor in the chart): resources are named by the values themselves. Accepted with a warning (`helm-only-key`)." } }, "definitions": { "store": { "title": "ClusterSecretStore", "type": ["object", "null"], "additionalProperties": false, "description": "One ESO ClusterSecretStore: where secrets are read from.", "examples": [{ "name": "cluster-azure-backend", "providerType": "azurekv", "azurekv": { "vaulturl": "https://my-vault.vault.azure.net", "identityid": "66666666-7777-8888-9999-000000000000" } }], "properties": { "name": { "title": "Store name", "type": ["string", "null"], "default": "cluster-azure-backend", "examples": ["cluster-azure-backend"], "description": "Name of the ClusterSecretStore (a DNS subdomain). Entries refer to it with `clustersecstore`." }, "providerType": { "title": "Provider type", "type": ["string", "null"], "enum": ["azurekv", "aws", "vault", null], "default": "azurekv", "examples": ["vault"], "description": "Which provider block is used: azurekv (Azure Key Vault), aws (AWS Secrets Manager / Parameter Store) or vault (HashiCorp Vault). The other blocks are ignored." }, "azurekv": { "title": "Azure Key Vault", "type": ["object", "null"], "additionalProperties": false, "examples": [{ "vaulturl": "https://my-vault.vault.azure.net", "identityid": "66666666-7777-8888-9999-000000000000" }], "description": "Azure Key Vault provider. Auth mode: `identityid` set => ManagedIdentity; else `workloadIdentity` set => WorkloadIdentity; else ServicePrincipal (`tenantid`, `clientid`, `clientsecret`).", "properties": { "vaulturl": { "title": "Vault URL", "type": ["string", "null"], "examples": ["https://my-vault.vault.azure.net"], "description": "URL of the key vault." }, "tenantid": { "title": "Tenant id", "type": ["string", "null"], "examples": ["11111111-2222-3333-4444-555555555555"], "description": "Azure AD tenant id (required for ServicePrincipal)." }, "identityid": { "title": "Managed identity client id", "type": ["string", "null"], "examples": ["66666666-7777-8888-9999-000000000000"], "description": "Client id of the managed identity; setting it selects ManagedIdentity auth." }, "clientid": { "title": "Client id reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the service principal client id." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "id": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["client-id"], "description": "Key inside that Secret whose value is the service principal client id." } }, "description": "ServicePrincipal: Secret reference holding the client id (`id` is the key in that Secret).", "examples": [{ "name": "azure-sp", "namespace": "external-secrets", "id": "client-id" }] }, "clientsecret": { "title": "Client secret reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the service principal client secret." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "id": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["client-id"], "description": "Key inside that Secret whose value is the service principal client secret." } }, "description": "ServicePrincipal: Secret reference holding the client secret (`id` is the key in that Secret).", "examples": [{ "name": "azure-sp", "namespace": "external-secrets", "id": "client-secret" }] }, "workloadIdentity": { "title": "Workload identity", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: WorkloadIdentity auth through a federated Kubernetes service account.", "examples": [{ "serviceAccountName": "eso-azure", "serviceAccountNamespace": "external-secrets" }], "properties": { "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-azure"], "description": "Service account federated with the Azure identity." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } } } }, "aws": { "title": "AWS", "type": ["object", "null"], "additionalProperties": false, "description": "AWS provider, authenticated with IRSA (a service account JWT) or, without `auth`, with the credentials of the ESO controller itself.", "examples": [{ "region": "eu-west-1", "auth": { "serviceAccountName": "eso-aws", "serviceAccountNamespace": "external-secrets" } }], "properties": { "region": { "title": "Region", "type": ["string", "null"], "default": "us-east-1", "examples": ["eu-west-1"], "description": "AWS region." }, "service": { "title": "Service", "type": ["string", "null"], "enum": ["SecretsManager", "ParameterStore", null], "default": "SecretsManager", "examples": ["ParameterStore"], "description": "Extension: which AWS service to read from." }, "auth": { "title": "Auth", "type": ["object", "null"], "additionalProperties": false, "description": "IRSA service account used for `auth.jwt.serviceAccountRef`. Leave it out to let ESO use its controller's own credentials (IRSA on its service account, EKS Pod Identity).", "examples": [{ "serviceAccountName": "eso-aws", "serviceAccountNamespace": "external-secrets" }], "properties": { "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-aws"], "description": "Service account annotated with the IAM role." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } } } }, "vault": { "title": "HashiCorp Vault", "type": ["object", "null"], "additionalProperties": false, "description": "HashiCorp Vault provider.", "examples": [{ "server": "https://vault.internal:8200", "path": "secret", "version": "v2", "auth": { "tokenName": "vault-token", "tokenNamespace": "external-secrets", "tokenKey": "token" } }], "properties": { "server": { "title": "Server", "type": ["string", "null"], "examples": ["https://vault.internal:8200"], "description": "Vault server URL (https; http only for local test servers)." }, "path": { "title": "KV mount path", "type": ["string", "null"], "examples": ["secret"], "description": "Mount path of the KV secrets engine." }, "version": { "title": "KV version", "type": ["string", "null"], "enum": ["v1", "v2", null], "default": "v2", "examples": ["v2"], "description": "KV secrets engine version." }, "auth": { "title": "Auth", "type": ["object", "null"], "additionalProperties": false, "examples": [{ "tokenName": "vault-token", "tokenNamespace": "external-secrets", "tokenKey": "token" }], "description": "Token auth (`tokenName`, `tokenNamespace`, `tokenKey`), or the extensions `kubernetes` or `appRole` (first one set wins: kubernetes, appRole, token).", "properties": { "tokenName": { "title": "Token Secret name", "type": ["string", "null"], "examples": ["vault-token"], "description": "Token auth: name of the Secret holding a Vault token." }, "tokenNamespace": { "title": "Token Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Token auth: namespace of that Secret." }, "tokenKey": { "title": "Token Secret key", "type": ["string", "null"], "examples": ["token"], "description": "Token auth: key inside that Secret." }, "kubernetes": { "title": "Kubernetes auth", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: Vault Kubernetes auth method.", "examples": [{ "role": "external-secrets" }], "properties": { "mountPath": { "title": "Mount path", "type": ["string", "null"], "default": "kubernetes", "examples": ["kubernetes"], "description": "Mount path of the Kubernetes auth method." }, "role": { "title": "Role", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Vault role to log in as." }, "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-vault"], "description": "Service account whose token is used (default: the ESO controller's own)." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } }, "appRole": { "title": "AppRole auth", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: Vault AppRole auth method.", "examples": [{ "roleId": "db-reader", "secretRef": { "name": "vault-approle", "namespace": "external-secrets", "key": "secret-id" } }], "properties": { "path": { "title": "Mount path", "type": ["string", "null"], "default": "approle", "examples": ["approle"], "description": "Mount path of the AppRole auth method." }, "roleId": { "title": "Role id", "type": ["string", "null"], "examples": ["db-reader"], "description": "AppRole role id." }, "secretRef": { "title": "Secret id reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the AppRole secret id." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "key": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["secret-id"], "description": "Key inside that Secret whose value is the AppRole secret id." } }, "description": "Secret reference holding the AppRole secret id.", "examples": [{ "name": "vault-approle", "namespace": "external-secrets", "key": "secret-id" }] } } } } } } }, "conditions": { "title": "Conditions", "type": ["array", "null"], "description": "Extension: ESO `spec.conditions`; restricts which namespaces may use the store. Unset: every namespace may.", "examples": [[{ "namespaces": ["team-a"] }]], "items": { "title": "Condition", "type": "object", "additionalProperties": false, "description": "Namespaces matching any of these may use the store.", "examples": [{ "namespaces": ["team-a"] }], "properties": { "namespaceSelector": { "$ref": "#/definitions/labelSelector" }, "namespaces": { "title": "Namespaces", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["team-a", "team-b"]], "description": "Namespaces allowed to use the store." }, "namespaceRegexes": { "title": "Namespace regexes", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["^team-.*$"]], "description": "Regular expressions for namespaces allowed to use the store." } } } } } }, "entry": { "title": "External secret", "type": "object", "additionalProperties": false, "examples": [{ "secret": "db-creds", "clustersecstore": "cluster-azure-backend", "namespace": "payments", "namespacesecretname": "db-creds", "keyvaultsecretname": "db-password", "namespacesecretkeyname": "password" }], "description": "One ClusterExternalSecret: which remote secret becomes which Kubernetes Secret in which namespaces. The kind of Secret is decided by, in order: `type: kubernetes.io/tls`, `type`, `argocd`, `argocdRepoCreds`, `contactpoint`, `multivalue`, `property`, else single value.", "properties": { "secret": { "title": "ClusterExternalSecret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the ClusterExternalSecret (and of the ExternalSecret in each namespace). Required." }, "clustersecstore": { "title": "Store", "type": ["string", "null"], "examples": ["cluster-azure-backend"], "description": "Name of the ClusterSecretStore to read from. Required." }, "namespace": { "title": "Namespace", "type": ["string", "null"], "examples": ["payments"], "description": "Target namespace (a DNS label). Give exactly one of `namespace`, `namespaces`, `namespaceSelector`." }, "namespaces": { "title": "Namespaces", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["team-a", "team-b"]], "description": "Extension: several target namespaces. Cannot be combined with `namespace`." }, "namespaceSelector": { "$ref": "#/definitions/labelSelector" }, "namespacesecretname": { "title": "Secret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the Kubernetes Secret created in each namespace. Required." }, "keyvaultsecretname": { "title": "Remote secret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the secret in the provider. For TLS, `<name>-crt` and `<name>-key` are read. Required." }, "namespacesecretkeyname": { "title": "Secret key", "type": ["string", "null"], "examples": ["password"], "description": "Key inside the Secret; required for single value, property and custom type entries." }, "property": { "title": "Property", "type": ["string", "null"], "examples": ["password"], "description": "Read one property of a JSON remote secret." }, "multivalue": { "title": "Multivalue", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Copy every key of a JSON remote secret into the Secret." }, "type": { "title": "Secret type", "type": ["string", "null"], "examples": ["kubernetes.io/tls"], "description": "Kubernetes Secret type. `kubernetes.io/tls` makes a TLS Secret from `<name>-crt` and `<name>-key`; any other type (even Opaque) makes a one-key Secret of that type. Unset: the kind decides (Opaque for most)." }, "namespacesecretkeynamecrt": { "title": "TLS certificate key", "type": ["string", "null"], "default": "tls.crt", "examples": ["tls.crt"], "description": "TLS only; must be `tls.crt` when given." }, "namespacesecretkeynamekey": { "title": "TLS private key key", "type": ["string", "null"], "default": "tls.key", "examples": ["tls.key"], "description": "TLS only; must be `tls.key` when given." }, "argocd": { "title": "Argo CD cluster", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make an Argo CD cluster secret (keys name, server, config)." }, "argocdBearerToken": { "title": "Argo CD bearer token", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "With `argocd`: bearer-token auth instead of a client certificate." }, "argocdRepoCreds": { "title": "Argo CD repo creds", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make an Argo CD repository credential template (type, url, username, password)." }, "contactpoint": { "title": "Grafana contact point", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make a Grafana alerting contact point secret (labelled `grafana_alert`)." }, "labels": { "title": "Labels", "type": ["object", "null"], "additionalProperties": { "type": "string" }, "default": {}, "examples": [{ "team": "payments" }], "description": "Labels put on the generated Secret." }, "refreshTime": { "title": "Refresh time", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "1m", "examples": ["1m", "1h30m", "0"], "description": "Extension: how often the ClusterExternalSecret re-checks which namespaces it targets (Go duration)." }, "refreshInterval": { "title": "Refresh interval", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "5m", "examples": ["5m", "1h30m", "0"], "description": "Extension: how often each ExternalSecret re-reads the provider (Go duration; `0` = never)." }, "creationPolicy": { "title": "Creation policy", "type": ["string", "null"], "enum": ["Owner", "Orphan", "Merge", "None", null], "default": "Owner", "examples": ["Owner"], "description": "ESO `target.creationPolicy`: Owner (ESO owns the Secret and deletes it with the ExternalSecret), Orphan, Merge (into an existing Secret) or None." }, "deletionPolicy": { "title": "Deletion policy", "type": ["string", "null"], "enum": ["Retain", "Delete", "Merge", null], "examples": ["Retain"], "description": "ESO `target.deletionPolicy` when the remote secret disappears: Retain, Delete (needs creationPolicy Owner) or Merge. Unset: ESO default (Retain)." } }, "required": ["secret", "clustersecstore", "namespacesecretname", "keyvaultsecretname"] }, "labelSelector": { "title": "Namespace selector", "type": ["object", "null"], "description": "A Kubernetes LabelSelector (`matchLabels` / `matchExpressions`), or, as a shorthand, a plain map of labels meaning `matchLabels`. Do not mix the two forms.", "examples": [{ "team": "payments" }, { "matchLabels": { "team": "payments" } }], "properties": { "matchLabels": { "title": "Match labels", "type": ["object", "null"], "additionalProperties": { "type": "string" }, "examples": [{ "team": "payments" }], "description": "Namespaces must carry all of these labels." }, "matchExpressions": { "title": "Match expressions", "type": ["array", "null"], "examples": [[{ "key": "env", "operator": "In", "values": ["prod"] }]], "description": "Set-based requirements, all of which must hold.", "items": { "$ref": "#/definitions/labelSelectorRequirement" } } }, "additionalProperties": { "type": "string" } }, "labelSelectorRequirement": { "title": "Label selector requirement", "type": "object", "additionalProperties": false, "required": ["key", "operator"], "description": "One set-based requirement on a label.", "examples": [{ "key": "env", "operator": "In", "values": ["prod"] }], "properties": { "key": { "title": "Label key", "type": "string", "examples": ["env"], "description": "Label key the requirement applies to." }, "operator": { "title": "Operator", "type": "string", "enum": ["In", "NotIn", "Exists", "DoesNotExist"], "examples": ["In"], "description": "In, NotIn, Exists or DoesNotExist." }, "values": { "title": "Values", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["prod"]], "description": "Values for In / NotIn; must be empty for Exists / DoesNotExist." } } } } };
const schema12 = { "title": "ClusterSecretStore", "type": ["object", "null"], "additionalProperties": false, "description": "One ESO ClusterSecretStore: where secrets are read from.", "examples": [{ "name": "cluster-azure-backend", "providerType": "azurekv", "azurekv": { "vaulturl": "https://my-vault.vault.azure.net", "identityid": "66666666-7777-8888-9999-000000000000" } }], "properties": { "name": { "title": "Store name", "type": ["string", "null"], "default": "cluster-azure-backend", "examples": ["cluster-azure-backend"], "description": "Name of the ClusterSecretStore (a DNS subdomain). Entries refer to it with `clustersecstore`." }, "providerType": { "title": "Provider type", "type": ["string", "null"], "enum": ["azurekv", "aws", "vault", null], "default": "azurekv", "examples": ["vault"], "description": "Which provider block is used: azurekv (Azure Key Vault), aws (AWS Secrets Manager / Parameter Store) or vault (HashiCorp Vault). The other blocks are ignored." }, "azurekv": { "title": "Azure Key Vault", "type": ["object", "null"], "additionalProperties": false, "examples": [{ "vaulturl": "https://my-vault.vault.azure.net", "identityid": "66666666-7777-8888-9999-000000000000" }], "description": "Azure Key Vault provider. Auth mode: `identityid` set => ManagedIdentity; else `workloadIdentity` set => WorkloadIdentity; else ServicePrincipal (`tenantid`, `clientid`, `clientsecret`).", "properties": { "vaulturl": { "title": "Vault URL", "type": ["string", "null"], "examples": ["https://my-vault.vault.azure.net"], "description": "URL of the key vault." }, "tenantid": { "title": "Tenant id", "type": ["string", "null"], "examples": ["11111111-2222-3333-4444-555555555555"], "description": "Azure AD tenant id (required for ServicePrincipal)." }, "identityid": { "title": "Managed identity client id", "type": ["string", "null"], "examples": ["66666666-7777-8888-9999-000000000000"], "description": "Client id of the managed identity; setting it selects ManagedIdentity auth." }, "clientid": { "title": "Client id reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the service principal client id." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "id": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["client-id"], "description": "Key inside that Secret whose value is the service principal client id." } }, "description": "ServicePrincipal: Secret reference holding the client id (`id` is the key in that Secret).", "examples": [{ "name": "azure-sp", "namespace": "external-secrets", "id": "client-id" }] }, "clientsecret": { "title": "Client secret reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the service principal client secret." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "id": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["client-id"], "description": "Key inside that Secret whose value is the service principal client secret." } }, "description": "ServicePrincipal: Secret reference holding the client secret (`id` is the key in that Secret).", "examples": [{ "name": "azure-sp", "namespace": "external-secrets", "id": "client-secret" }] }, "workloadIdentity": { "title": "Workload identity", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: WorkloadIdentity auth through a federated Kubernetes service account.", "examples": [{ "serviceAccountName": "eso-azure", "serviceAccountNamespace": "external-secrets" }], "properties": { "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-azure"], "description": "Service account federated with the Azure identity." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } } } }, "aws": { "title": "AWS", "type": ["object", "null"], "additionalProperties": false, "description": "AWS provider, authenticated with IRSA (a service account JWT) or, without `auth`, with the credentials of the ESO controller itself.", "examples": [{ "region": "eu-west-1", "auth": { "serviceAccountName": "eso-aws", "serviceAccountNamespace": "external-secrets" } }], "properties": { "region": { "title": "Region", "type": ["string", "null"], "default": "us-east-1", "examples": ["eu-west-1"], "description": "AWS region." }, "service": { "title": "Service", "type": ["string", "null"], "enum": ["SecretsManager", "ParameterStore", null], "default": "SecretsManager", "examples": ["ParameterStore"], "description": "Extension: which AWS service to read from." }, "auth": { "title": "Auth", "type": ["object", "null"], "additionalProperties": false, "description": "IRSA service account used for `auth.jwt.serviceAccountRef`. Leave it out to let ESO use its controller's own credentials (IRSA on its service account, EKS Pod Identity).", "examples": [{ "serviceAccountName": "eso-aws", "serviceAccountNamespace": "external-secrets" }], "properties": { "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-aws"], "description": "Service account annotated with the IAM role." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } } } }, "vault": { "title": "HashiCorp Vault", "type": ["object", "null"], "additionalProperties": false, "description": "HashiCorp Vault provider.", "examples": [{ "server": "https://vault.internal:8200", "path": "secret", "version": "v2", "auth": { "tokenName": "vault-token", "tokenNamespace": "external-secrets", "tokenKey": "token" } }], "properties": { "server": { "title": "Server", "type": ["string", "null"], "examples": ["https://vault.internal:8200"], "description": "Vault server URL (https; http only for local test servers)." }, "path": { "title": "KV mount path", "type": ["string", "null"], "examples": ["secret"], "description": "Mount path of the KV secrets engine." }, "version": { "title": "KV version", "type": ["string", "null"], "enum": ["v1", "v2", null], "default": "v2", "examples": ["v2"], "description": "KV secrets engine version." }, "auth": { "title": "Auth", "type": ["object", "null"], "additionalProperties": false, "examples": [{ "tokenName": "vault-token", "tokenNamespace": "external-secrets", "tokenKey": "token" }], "description": "Token auth (`tokenName`, `tokenNamespace`, `tokenKey`), or the extensions `kubernetes` or `appRole` (first one set wins: kubernetes, appRole, token).", "properties": { "tokenName": { "title": "Token Secret name", "type": ["string", "null"], "examples": ["vault-token"], "description": "Token auth: name of the Secret holding a Vault token." }, "tokenNamespace": { "title": "Token Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Token auth: namespace of that Secret." }, "tokenKey": { "title": "Token Secret key", "type": ["string", "null"], "examples": ["token"], "description": "Token auth: key inside that Secret." }, "kubernetes": { "title": "Kubernetes auth", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: Vault Kubernetes auth method.", "examples": [{ "role": "external-secrets" }], "properties": { "mountPath": { "title": "Mount path", "type": ["string", "null"], "default": "kubernetes", "examples": ["kubernetes"], "description": "Mount path of the Kubernetes auth method." }, "role": { "title": "Role", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Vault role to log in as." }, "serviceAccountName": { "title": "Service account name", "type": ["string", "null"], "examples": ["eso-vault"], "description": "Service account whose token is used (default: the ESO controller's own)." }, "serviceAccountNamespace": { "title": "Service account namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that service account." } } }, "appRole": { "title": "AppRole auth", "type": ["object", "null"], "additionalProperties": false, "description": "Extension: Vault AppRole auth method.", "examples": [{ "roleId": "db-reader", "secretRef": { "name": "vault-approle", "namespace": "external-secrets", "key": "secret-id" } }], "properties": { "path": { "title": "Mount path", "type": ["string", "null"], "default": "approle", "examples": ["approle"], "description": "Mount path of the AppRole auth method." }, "roleId": { "title": "Role id", "type": ["string", "null"], "examples": ["db-reader"], "description": "AppRole role id." }, "secretRef": { "title": "Secret id reference", "type": ["object", "null"], "additionalProperties": false, "properties": { "name": { "title": "Secret name", "type": ["string", "null"], "examples": ["azure-sp"], "description": "Name of the Kubernetes Secret that holds the AppRole secret id." }, "namespace": { "title": "Secret namespace", "type": ["string", "null"], "examples": ["external-secrets"], "description": "Namespace of that Secret." }, "key": { "title": "Key in the Secret", "type": ["string", "null"], "examples": ["secret-id"], "description": "Key inside that Secret whose value is the AppRole secret id." } }, "description": "Secret reference holding the AppRole secret id.", "examples": [{ "name": "vault-approle", "namespace": "external-secrets", "key": "secret-id" }] } } } } } } }, "conditions": { "title": "Conditions", "type": ["array", "null"], "description": "Extension: ESO `spec.conditions`; restricts which namespaces may use the store. Unset: every namespace may.", "examples": [[{ "namespaces": ["team-a"] }]], "items": { "title": "Condition", "type": "object", "additionalProperties": false, "description": "Namespaces matching any of these may use the store.", "examples": [{ "namespaces": ["team-a"] }], "properties": { "namespaceSelector": { "$ref": "#/definitions/labelSelector" }, "namespaces": { "title": "Namespaces", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["team-a", "team-b"]], "description": "Namespaces allowed to use the store." }, "namespaceRegexes": { "title": "Namespace regexes", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["^team-.*$"]], "description": "Regular expressions for namespaces allowed to use the store." } } } } } };
const schema13 = { "title": "Namespace selector", "type": ["object", "null"], "description": "A Kubernetes LabelSelector (`matchLabels` / `matchExpressions`), or, as a shorthand, a plain map of labels meaning `matchLabels`. Do not mix the two forms.", "examples": [{ "team": "payments" }, { "matchLabels": { "team": "payments" } }], "properties": { "matchLabels": { "title": "Match labels", "type": ["object", "null"], "additionalProperties": { "type": "string" }, "examples": [{ "team": "payments" }], "description": "Namespaces must carry all of these labels." }, "matchExpressions": { "title": "Match expressions", "type": ["array", "null"], "examples": [[{ "key": "env", "operator": "In", "values": ["prod"] }]], "description": "Set-based requirements, all of which must hold.", "items": { "$ref": "#/definitions/labelSelectorRequirement" } } }, "additionalProperties": { "type": "string" } };
const schema14 = { "title": "Label selector requirement", "type": "object", "additionalProperties": false, "required": ["key", "operator"], "description": "One set-based requirement on a label.", "examples": [{ "key": "env", "operator": "In", "values": ["prod"] }], "properties": { "key": { "title": "Label key", "type": "string", "examples": ["env"], "description": "Label key the requirement applies to." }, "operator": { "title": "Operator", "type": "string", "enum": ["In", "NotIn", "Exists", "DoesNotExist"], "examples": ["In"], "description": "In, NotIn, Exists or DoesNotExist." }, "values": { "title": "Values", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["prod"]], "description": "Values for In / NotIn; must be empty for Exists / DoesNotExist." } } };
function validate12(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema13.type }, message: "must be object,null", schema: schema13.type, parentSchema: schema13, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((key0 === "matchLabels") || (key0 === "matchExpressions"))) {
            let data0 = data[key0];
            if (typeof data0 !== "string") {
                const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.additionalProperties.type, parentSchema: schema13.additionalProperties, data: data0 };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
    }
    if (data.matchLabels !== undefined) {
        let data1 = data.matchLabels;
        if ((!(data1 && typeof data1 == "object" && !Array.isArray(data1))) && (data1 !== null)) {
            const err2 = { instancePath: instancePath + "/matchLabels", schemaPath: "#/properties/matchLabels/type", keyword: "type", params: { type: schema13.properties.matchLabels.type }, message: "must be object,null", schema: schema13.properties.matchLabels.type, parentSchema: schema13.properties.matchLabels, data: data1 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            for (const key1 in data1) {
                let data2 = data1[key1];
                if (typeof data2 !== "string") {
                    const err3 = { instancePath: instancePath + "/matchLabels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/matchLabels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.properties.matchLabels.additionalProperties.type, parentSchema: schema13.properties.matchLabels.additionalProperties, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.matchExpressions !== undefined) {
        let data3 = data.matchExpressions;
        if ((!(Array.isArray(data3))) && (data3 !== null)) {
            const err4 = { instancePath: instancePath + "/matchExpressions", schemaPath: "#/properties/matchExpressions/type", keyword: "type", params: { type: schema13.properties.matchExpressions.type }, message: "must be array,null", schema: schema13.properties.matchExpressions.type, parentSchema: schema13.properties.matchExpressions, data: data3 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
        if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
                    if (data4.key === undefined) {
                        const err5 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelectorRequirement/required", keyword: "required", params: { missingProperty: "key" }, message: "must have required property '" + "key" + "'", schema: schema14.required, parentSchema: schema14, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err5];
                        }
                        else {
                            vErrors.push(err5);
                        }
                        errors++;
                    }
                    if (data4.operator === undefined) {
                        const err6 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelectorRequirement/required", keyword: "required", params: { missingProperty: "operator" }, message: "must have required property '" + "operator" + "'", schema: schema14.required, parentSchema: schema14, data: data4 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    for (const key2 in data4) {
                        if (!(((key2 === "key") || (key2 === "operator")) || (key2 === "values"))) {
                            const err7 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelectorRequirement/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema14, data: data4 };
                            if (vErrors === null) {
                                vErrors = [err7];
                            }
                            else {
                                vErrors.push(err7);
                            }
                            errors++;
                        }
                    }
                    if (data4.key !== undefined) {
                        let data5 = data4.key;
                        if (typeof data5 !== "string") {
                            const err8 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/key", schemaPath: "#/definitions/labelSelectorRequirement/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.key.type, parentSchema: schema14.properties.key, data: data5 };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    if (data4.operator !== undefined) {
                        let data6 = data4.operator;
                        if (typeof data6 !== "string") {
                            const err9 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/operator", schemaPath: "#/definitions/labelSelectorRequirement/properties/operator/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.operator.type, parentSchema: schema14.properties.operator, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err9];
                            }
                            else {
                                vErrors.push(err9);
                            }
                            errors++;
                        }
                        if (!((((data6 === "In") || (data6 === "NotIn")) || (data6 === "Exists")) || (data6 === "DoesNotExist"))) {
                            const err10 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/operator", schemaPath: "#/definitions/labelSelectorRequirement/properties/operator/enum", keyword: "enum", params: { allowedValues: schema14.properties.operator.enum }, message: "must be equal to one of the allowed values", schema: schema14.properties.operator.enum, parentSchema: schema14.properties.operator, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err10];
                            }
                            else {
                                vErrors.push(err10);
                            }
                            errors++;
                        }
                    }
                    if (data4.values !== undefined) {
                        let data7 = data4.values;
                        if ((!(Array.isArray(data7))) && (data7 !== null)) {
                            const err11 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/values", schemaPath: "#/definitions/labelSelectorRequirement/properties/values/type", keyword: "type", params: { type: schema14.properties.values.type }, message: "must be array,null", schema: schema14.properties.values.type, parentSchema: schema14.properties.values, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                        if (Array.isArray(data7)) {
                            const len1 = data7.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data8 = data7[i1];
                                if (typeof data8 !== "string") {
                                    const err12 = { instancePath: instancePath + "/matchExpressions/" + i0 + "/values/" + i1, schemaPath: "#/definitions/labelSelectorRequirement/properties/values/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.properties.values.items.type, parentSchema: schema14.properties.values.items, data: data8 };
                                    if (vErrors === null) {
                                        vErrors = [err12];
                                    }
                                    else {
                                        vErrors.push(err12);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err13 = { instancePath: instancePath + "/matchExpressions/" + i0, schemaPath: "#/definitions/labelSelectorRequirement/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema14.type, parentSchema: schema14, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
        }
    }
} validate12.errors = vErrors; return errors === 0; }
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if ((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema12.type }, message: "must be object,null", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
        vErrors = [err0];
    }
    else {
        vErrors.push(err0);
    }
    errors++;
} if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((key0 === "name") || (key0 === "providerType")) || (key0 === "azurekv")) || (key0 === "aws")) || (key0 === "vault")) || (key0 === "conditions"))) {
            const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
    }
    if (data.name !== undefined) {
        let data0 = data.name;
        if ((typeof data0 !== "string") && (data0 !== null)) {
            const err2 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: schema12.properties.name.type }, message: "must be string,null", schema: schema12.properties.name.type, parentSchema: schema12.properties.name, data: data0 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
    }
    if (data.providerType !== undefined) {
        let data1 = data.providerType;
        if ((typeof data1 !== "string") && (data1 !== null)) {
            const err3 = { instancePath: instancePath + "/providerType", schemaPath: "#/properties/providerType/type", keyword: "type", params: { type: schema12.properties.providerType.type }, message: "must be string,null", schema: schema12.properties.providerType.type, parentSchema: schema12.properties.providerType, data: data1 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (!((((data1 === "azurekv") || (data1 === "aws")) || (data1 === "vault")) || (data1 === null))) {
            const err4 = { instancePath: instancePath + "/providerType", schemaPath: "#/properties/providerType/enum", keyword: "enum", params: { allowedValues: schema12.properties.providerType.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.providerType.enum, parentSchema: schema12.properties.providerType, data: data1 };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.azurekv !== undefined) {
        let data2 = data.azurekv;
        if ((!(data2 && typeof data2 == "object" && !Array.isArray(data2))) && (data2 !== null)) {
            const err5 = { instancePath: instancePath + "/azurekv", schemaPath: "#/properties/azurekv/type", keyword: "type", params: { type: schema12.properties.azurekv.type }, message: "must be object,null", schema: schema12.properties.azurekv.type, parentSchema: schema12.properties.azurekv, data: data2 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
        if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
            for (const key1 in data2) {
                if (!((((((key1 === "vaulturl") || (key1 === "tenantid")) || (key1 === "identityid")) || (key1 === "clientid")) || (key1 === "clientsecret")) || (key1 === "workloadIdentity"))) {
                    const err6 = { instancePath: instancePath + "/azurekv", schemaPath: "#/properties/azurekv/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.azurekv, data: data2 };
                    if (vErrors === null) {
                        vErrors = [err6];
                    }
                    else {
                        vErrors.push(err6);
                    }
                    errors++;
                }
            }
            if (data2.vaulturl !== undefined) {
                let data3 = data2.vaulturl;
                if ((typeof data3 !== "string") && (data3 !== null)) {
                    const err7 = { instancePath: instancePath + "/azurekv/vaulturl", schemaPath: "#/properties/azurekv/properties/vaulturl/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.vaulturl.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.vaulturl.type, parentSchema: schema12.properties.azurekv.properties.vaulturl, data: data3 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            if (data2.tenantid !== undefined) {
                let data4 = data2.tenantid;
                if ((typeof data4 !== "string") && (data4 !== null)) {
                    const err8 = { instancePath: instancePath + "/azurekv/tenantid", schemaPath: "#/properties/azurekv/properties/tenantid/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.tenantid.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.tenantid.type, parentSchema: schema12.properties.azurekv.properties.tenantid, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err8];
                    }
                    else {
                        vErrors.push(err8);
                    }
                    errors++;
                }
            }
            if (data2.identityid !== undefined) {
                let data5 = data2.identityid;
                if ((typeof data5 !== "string") && (data5 !== null)) {
                    const err9 = { instancePath: instancePath + "/azurekv/identityid", schemaPath: "#/properties/azurekv/properties/identityid/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.identityid.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.identityid.type, parentSchema: schema12.properties.azurekv.properties.identityid, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            if (data2.clientid !== undefined) {
                let data6 = data2.clientid;
                if ((!(data6 && typeof data6 == "object" && !Array.isArray(data6))) && (data6 !== null)) {
                    const err10 = { instancePath: instancePath + "/azurekv/clientid", schemaPath: "#/properties/azurekv/properties/clientid/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientid.type }, message: "must be object,null", schema: schema12.properties.azurekv.properties.clientid.type, parentSchema: schema12.properties.azurekv.properties.clientid, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
                if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                    for (const key2 in data6) {
                        if (!(((key2 === "name") || (key2 === "namespace")) || (key2 === "id"))) {
                            const err11 = { instancePath: instancePath + "/azurekv/clientid", schemaPath: "#/properties/azurekv/properties/clientid/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.azurekv.properties.clientid, data: data6 };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    if (data6.name !== undefined) {
                        let data7 = data6.name;
                        if ((typeof data7 !== "string") && (data7 !== null)) {
                            const err12 = { instancePath: instancePath + "/azurekv/clientid/name", schemaPath: "#/properties/azurekv/properties/clientid/properties/name/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientid.properties.name.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientid.properties.name.type, parentSchema: schema12.properties.azurekv.properties.clientid.properties.name, data: data7 };
                            if (vErrors === null) {
                                vErrors = [err12];
                            }
                            else {
                                vErrors.push(err12);
                            }
                            errors++;
                        }
                    }
                    if (data6.namespace !== undefined) {
                        let data8 = data6.namespace;
                        if ((typeof data8 !== "string") && (data8 !== null)) {
                            const err13 = { instancePath: instancePath + "/azurekv/clientid/namespace", schemaPath: "#/properties/azurekv/properties/clientid/properties/namespace/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientid.properties.namespace.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientid.properties.namespace.type, parentSchema: schema12.properties.azurekv.properties.clientid.properties.namespace, data: data8 };
                            if (vErrors === null) {
                                vErrors = [err13];
                            }
                            else {
                                vErrors.push(err13);
                            }
                            errors++;
                        }
                    }
                    if (data6.id !== undefined) {
                        let data9 = data6.id;
                        if ((typeof data9 !== "string") && (data9 !== null)) {
                            const err14 = { instancePath: instancePath + "/azurekv/clientid/id", schemaPath: "#/properties/azurekv/properties/clientid/properties/id/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientid.properties.id.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientid.properties.id.type, parentSchema: schema12.properties.azurekv.properties.clientid.properties.id, data: data9 };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data2.clientsecret !== undefined) {
                let data10 = data2.clientsecret;
                if ((!(data10 && typeof data10 == "object" && !Array.isArray(data10))) && (data10 !== null)) {
                    const err15 = { instancePath: instancePath + "/azurekv/clientsecret", schemaPath: "#/properties/azurekv/properties/clientsecret/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientsecret.type }, message: "must be object,null", schema: schema12.properties.azurekv.properties.clientsecret.type, parentSchema: schema12.properties.azurekv.properties.clientsecret, data: data10 };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
                    for (const key3 in data10) {
                        if (!(((key3 === "name") || (key3 === "namespace")) || (key3 === "id"))) {
                            const err16 = { instancePath: instancePath + "/azurekv/clientsecret", schemaPath: "#/properties/azurekv/properties/clientsecret/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.azurekv.properties.clientsecret, data: data10 };
                            if (vErrors === null) {
                                vErrors = [err16];
                            }
                            else {
                                vErrors.push(err16);
                            }
                            errors++;
                        }
                    }
                    if (data10.name !== undefined) {
                        let data11 = data10.name;
                        if ((typeof data11 !== "string") && (data11 !== null)) {
                            const err17 = { instancePath: instancePath + "/azurekv/clientsecret/name", schemaPath: "#/properties/azurekv/properties/clientsecret/properties/name/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientsecret.properties.name.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientsecret.properties.name.type, parentSchema: schema12.properties.azurekv.properties.clientsecret.properties.name, data: data11 };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    if (data10.namespace !== undefined) {
                        let data12 = data10.namespace;
                        if ((typeof data12 !== "string") && (data12 !== null)) {
                            const err18 = { instancePath: instancePath + "/azurekv/clientsecret/namespace", schemaPath: "#/properties/azurekv/properties/clientsecret/properties/namespace/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientsecret.properties.namespace.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientsecret.properties.namespace.type, parentSchema: schema12.properties.azurekv.properties.clientsecret.properties.namespace, data: data12 };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    if (data10.id !== undefined) {
                        let data13 = data10.id;
                        if ((typeof data13 !== "string") && (data13 !== null)) {
                            const err19 = { instancePath: instancePath + "/azurekv/clientsecret/id", schemaPath: "#/properties/azurekv/properties/clientsecret/properties/id/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.clientsecret.properties.id.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.clientsecret.properties.id.type, parentSchema: schema12.properties.azurekv.properties.clientsecret.properties.id, data: data13 };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                }
            }
            if (data2.workloadIdentity !== undefined) {
                let data14 = data2.workloadIdentity;
                if ((!(data14 && typeof data14 == "object" && !Array.isArray(data14))) && (data14 !== null)) {
                    const err20 = { instancePath: instancePath + "/azurekv/workloadIdentity", schemaPath: "#/properties/azurekv/properties/workloadIdentity/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.workloadIdentity.type }, message: "must be object,null", schema: schema12.properties.azurekv.properties.workloadIdentity.type, parentSchema: schema12.properties.azurekv.properties.workloadIdentity, data: data14 };
                    if (vErrors === null) {
                        vErrors = [err20];
                    }
                    else {
                        vErrors.push(err20);
                    }
                    errors++;
                }
                if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                    for (const key4 in data14) {
                        if (!((key4 === "serviceAccountName") || (key4 === "serviceAccountNamespace"))) {
                            const err21 = { instancePath: instancePath + "/azurekv/workloadIdentity", schemaPath: "#/properties/azurekv/properties/workloadIdentity/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key4 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.azurekv.properties.workloadIdentity, data: data14 };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    if (data14.serviceAccountName !== undefined) {
                        let data15 = data14.serviceAccountName;
                        if ((typeof data15 !== "string") && (data15 !== null)) {
                            const err22 = { instancePath: instancePath + "/azurekv/workloadIdentity/serviceAccountName", schemaPath: "#/properties/azurekv/properties/workloadIdentity/properties/serviceAccountName/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountName.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountName.type, parentSchema: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountName, data: data15 };
                            if (vErrors === null) {
                                vErrors = [err22];
                            }
                            else {
                                vErrors.push(err22);
                            }
                            errors++;
                        }
                    }
                    if (data14.serviceAccountNamespace !== undefined) {
                        let data16 = data14.serviceAccountNamespace;
                        if ((typeof data16 !== "string") && (data16 !== null)) {
                            const err23 = { instancePath: instancePath + "/azurekv/workloadIdentity/serviceAccountNamespace", schemaPath: "#/properties/azurekv/properties/workloadIdentity/properties/serviceAccountNamespace/type", keyword: "type", params: { type: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountNamespace.type }, message: "must be string,null", schema: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountNamespace.type, parentSchema: schema12.properties.azurekv.properties.workloadIdentity.properties.serviceAccountNamespace, data: data16 };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
    if (data.aws !== undefined) {
        let data17 = data.aws;
        if ((!(data17 && typeof data17 == "object" && !Array.isArray(data17))) && (data17 !== null)) {
            const err24 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/type", keyword: "type", params: { type: schema12.properties.aws.type }, message: "must be object,null", schema: schema12.properties.aws.type, parentSchema: schema12.properties.aws, data: data17 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (data17 && typeof data17 == "object" && !Array.isArray(data17)) {
            for (const key5 in data17) {
                if (!(((key5 === "region") || (key5 === "service")) || (key5 === "auth"))) {
                    const err25 = { instancePath: instancePath + "/aws", schemaPath: "#/properties/aws/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key5 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.aws, data: data17 };
                    if (vErrors === null) {
                        vErrors = [err25];
                    }
                    else {
                        vErrors.push(err25);
                    }
                    errors++;
                }
            }
            if (data17.region !== undefined) {
                let data18 = data17.region;
                if ((typeof data18 !== "string") && (data18 !== null)) {
                    const err26 = { instancePath: instancePath + "/aws/region", schemaPath: "#/properties/aws/properties/region/type", keyword: "type", params: { type: schema12.properties.aws.properties.region.type }, message: "must be string,null", schema: schema12.properties.aws.properties.region.type, parentSchema: schema12.properties.aws.properties.region, data: data18 };
                    if (vErrors === null) {
                        vErrors = [err26];
                    }
                    else {
                        vErrors.push(err26);
                    }
                    errors++;
                }
            }
            if (data17.service !== undefined) {
                let data19 = data17.service;
                if ((typeof data19 !== "string") && (data19 !== null)) {
                    const err27 = { instancePath: instancePath + "/aws/service", schemaPath: "#/properties/aws/properties/service/type", keyword: "type", params: { type: schema12.properties.aws.properties.service.type }, message: "must be string,null", schema: schema12.properties.aws.properties.service.type, parentSchema: schema12.properties.aws.properties.service, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err27];
                    }
                    else {
                        vErrors.push(err27);
                    }
                    errors++;
                }
                if (!(((data19 === "SecretsManager") || (data19 === "ParameterStore")) || (data19 === null))) {
                    const err28 = { instancePath: instancePath + "/aws/service", schemaPath: "#/properties/aws/properties/service/enum", keyword: "enum", params: { allowedValues: schema12.properties.aws.properties.service.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.aws.properties.service.enum, parentSchema: schema12.properties.aws.properties.service, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err28];
                    }
                    else {
                        vErrors.push(err28);
                    }
                    errors++;
                }
            }
            if (data17.auth !== undefined) {
                let data20 = data17.auth;
                if ((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (data20 !== null)) {
                    const err29 = { instancePath: instancePath + "/aws/auth", schemaPath: "#/properties/aws/properties/auth/type", keyword: "type", params: { type: schema12.properties.aws.properties.auth.type }, message: "must be object,null", schema: schema12.properties.aws.properties.auth.type, parentSchema: schema12.properties.aws.properties.auth, data: data20 };
                    if (vErrors === null) {
                        vErrors = [err29];
                    }
                    else {
                        vErrors.push(err29);
                    }
                    errors++;
                }
                if (data20 && typeof data20 == "object" && !Array.isArray(data20)) {
                    for (const key6 in data20) {
                        if (!((key6 === "serviceAccountName") || (key6 === "serviceAccountNamespace"))) {
                            const err30 = { instancePath: instancePath + "/aws/auth", schemaPath: "#/properties/aws/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.aws.properties.auth, data: data20 };
                            if (vErrors === null) {
                                vErrors = [err30];
                            }
                            else {
                                vErrors.push(err30);
                            }
                            errors++;
                        }
                    }
                    if (data20.serviceAccountName !== undefined) {
                        let data21 = data20.serviceAccountName;
                        if ((typeof data21 !== "string") && (data21 !== null)) {
                            const err31 = { instancePath: instancePath + "/aws/auth/serviceAccountName", schemaPath: "#/properties/aws/properties/auth/properties/serviceAccountName/type", keyword: "type", params: { type: schema12.properties.aws.properties.auth.properties.serviceAccountName.type }, message: "must be string,null", schema: schema12.properties.aws.properties.auth.properties.serviceAccountName.type, parentSchema: schema12.properties.aws.properties.auth.properties.serviceAccountName, data: data21 };
                            if (vErrors === null) {
                                vErrors = [err31];
                            }
                            else {
                                vErrors.push(err31);
                            }
                            errors++;
                        }
                    }
                    if (data20.serviceAccountNamespace !== undefined) {
                        let data22 = data20.serviceAccountNamespace;
                        if ((typeof data22 !== "string") && (data22 !== null)) {
                            const err32 = { instancePath: instancePath + "/aws/auth/serviceAccountNamespace", schemaPath: "#/properties/aws/properties/auth/properties/serviceAccountNamespace/type", keyword: "type", params: { type: schema12.properties.aws.properties.auth.properties.serviceAccountNamespace.type }, message: "must be string,null", schema: schema12.properties.aws.properties.auth.properties.serviceAccountNamespace.type, parentSchema: schema12.properties.aws.properties.auth.properties.serviceAccountNamespace, data: data22 };
                            if (vErrors === null) {
                                vErrors = [err32];
                            }
                            else {
                                vErrors.push(err32);
                            }
                            errors++;
                        }
                    }
                }
            }
        }
    }
    if (data.vault !== undefined) {
        let data23 = data.vault;
        if ((!(data23 && typeof data23 == "object" && !Array.isArray(data23))) && (data23 !== null)) {
            const err33 = { instancePath: instancePath + "/vault", schemaPath: "#/properties/vault/type", keyword: "type", params: { type: schema12.properties.vault.type }, message: "must be object,null", schema: schema12.properties.vault.type, parentSchema: schema12.properties.vault, data: data23 };
            if (vErrors === null) {
                vErrors = [err33];
            }
            else {
                vErrors.push(err33);
            }
            errors++;
        }
        if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
            for (const key7 in data23) {
                if (!((((key7 === "server") || (key7 === "path")) || (key7 === "version")) || (key7 === "auth"))) {
                    const err34 = { instancePath: instancePath + "/vault", schemaPath: "#/properties/vault/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key7 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.vault, data: data23 };
                    if (vErrors === null) {
                        vErrors = [err34];
                    }
                    else {
                        vErrors.push(err34);
                    }
                    errors++;
                }
            }
            if (data23.server !== undefined) {
                let data24 = data23.server;
                if ((typeof data24 !== "string") && (data24 !== null)) {
                    const err35 = { instancePath: instancePath + "/vault/server", schemaPath: "#/properties/vault/properties/server/type", keyword: "type", params: { type: schema12.properties.vault.properties.server.type }, message: "must be string,null", schema: schema12.properties.vault.properties.server.type, parentSchema: schema12.properties.vault.properties.server, data: data24 };
                    if (vErrors === null) {
                        vErrors = [err35];
                    }
                    else {
                        vErrors.push(err35);
                    }
                    errors++;
                }
            }
            if (data23.path !== undefined) {
                let data25 = data23.path;
                if ((typeof data25 !== "string") && (data25 !== null)) {
                    const err36 = { instancePath: instancePath + "/vault/path", schemaPath: "#/properties/vault/properties/path/type", keyword: "type", params: { type: schema12.properties.vault.properties.path.type }, message: "must be string,null", schema: schema12.properties.vault.properties.path.type, parentSchema: schema12.properties.vault.properties.path, data: data25 };
                    if (vErrors === null) {
                        vErrors = [err36];
                    }
                    else {
                        vErrors.push(err36);
                    }
                    errors++;
                }
            }
            if (data23.version !== undefined) {
                let data26 = data23.version;
                if ((typeof data26 !== "string") && (data26 !== null)) {
                    const err37 = { instancePath: instancePath + "/vault/version", schemaPath: "#/properties/vault/properties/version/type", keyword: "type", params: { type: schema12.properties.vault.properties.version.type }, message: "must be string,null", schema: schema12.properties.vault.properties.version.type, parentSchema: schema12.properties.vault.properties.version, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err37];
                    }
                    else {
                        vErrors.push(err37);
                    }
                    errors++;
                }
                if (!(((data26 === "v1") || (data26 === "v2")) || (data26 === null))) {
                    const err38 = { instancePath: instancePath + "/vault/version", schemaPath: "#/properties/vault/properties/version/enum", keyword: "enum", params: { allowedValues: schema12.properties.vault.properties.version.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.vault.properties.version.enum, parentSchema: schema12.properties.vault.properties.version, data: data26 };
                    if (vErrors === null) {
                        vErrors = [err38];
                    }
                    else {
                        vErrors.push(err38);
                    }
                    errors++;
                }
            }
            if (data23.auth !== undefined) {
                let data27 = data23.auth;
                if ((!(data27 && typeof data27 == "object" && !Array.isArray(data27))) && (data27 !== null)) {
                    const err39 = { instancePath: instancePath + "/vault/auth", schemaPath: "#/properties/vault/properties/auth/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.type }, message: "must be object,null", schema: schema12.properties.vault.properties.auth.type, parentSchema: schema12.properties.vault.properties.auth, data: data27 };
                    if (vErrors === null) {
                        vErrors = [err39];
                    }
                    else {
                        vErrors.push(err39);
                    }
                    errors++;
                }
                if (data27 && typeof data27 == "object" && !Array.isArray(data27)) {
                    for (const key8 in data27) {
                        if (!(((((key8 === "tokenName") || (key8 === "tokenNamespace")) || (key8 === "tokenKey")) || (key8 === "kubernetes")) || (key8 === "appRole"))) {
                            const err40 = { instancePath: instancePath + "/vault/auth", schemaPath: "#/properties/vault/properties/auth/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key8 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.vault.properties.auth, data: data27 };
                            if (vErrors === null) {
                                vErrors = [err40];
                            }
                            else {
                                vErrors.push(err40);
                            }
                            errors++;
                        }
                    }
                    if (data27.tokenName !== undefined) {
                        let data28 = data27.tokenName;
                        if ((typeof data28 !== "string") && (data28 !== null)) {
                            const err41 = { instancePath: instancePath + "/vault/auth/tokenName", schemaPath: "#/properties/vault/properties/auth/properties/tokenName/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.tokenName.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.tokenName.type, parentSchema: schema12.properties.vault.properties.auth.properties.tokenName, data: data28 };
                            if (vErrors === null) {
                                vErrors = [err41];
                            }
                            else {
                                vErrors.push(err41);
                            }
                            errors++;
                        }
                    }
                    if (data27.tokenNamespace !== undefined) {
                        let data29 = data27.tokenNamespace;
                        if ((typeof data29 !== "string") && (data29 !== null)) {
                            const err42 = { instancePath: instancePath + "/vault/auth/tokenNamespace", schemaPath: "#/properties/vault/properties/auth/properties/tokenNamespace/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.tokenNamespace.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.tokenNamespace.type, parentSchema: schema12.properties.vault.properties.auth.properties.tokenNamespace, data: data29 };
                            if (vErrors === null) {
                                vErrors = [err42];
                            }
                            else {
                                vErrors.push(err42);
                            }
                            errors++;
                        }
                    }
                    if (data27.tokenKey !== undefined) {
                        let data30 = data27.tokenKey;
                        if ((typeof data30 !== "string") && (data30 !== null)) {
                            const err43 = { instancePath: instancePath + "/vault/auth/tokenKey", schemaPath: "#/properties/vault/properties/auth/properties/tokenKey/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.tokenKey.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.tokenKey.type, parentSchema: schema12.properties.vault.properties.auth.properties.tokenKey, data: data30 };
                            if (vErrors === null) {
                                vErrors = [err43];
                            }
                            else {
                                vErrors.push(err43);
                            }
                            errors++;
                        }
                    }
                    if (data27.kubernetes !== undefined) {
                        let data31 = data27.kubernetes;
                        if ((!(data31 && typeof data31 == "object" && !Array.isArray(data31))) && (data31 !== null)) {
                            const err44 = { instancePath: instancePath + "/vault/auth/kubernetes", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.kubernetes.type }, message: "must be object,null", schema: schema12.properties.vault.properties.auth.properties.kubernetes.type, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes, data: data31 };
                            if (vErrors === null) {
                                vErrors = [err44];
                            }
                            else {
                                vErrors.push(err44);
                            }
                            errors++;
                        }
                        if (data31 && typeof data31 == "object" && !Array.isArray(data31)) {
                            for (const key9 in data31) {
                                if (!((((key9 === "mountPath") || (key9 === "role")) || (key9 === "serviceAccountName")) || (key9 === "serviceAccountNamespace"))) {
                                    const err45 = { instancePath: instancePath + "/vault/auth/kubernetes", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key9 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes, data: data31 };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                }
                            }
                            if (data31.mountPath !== undefined) {
                                let data32 = data31.mountPath;
                                if ((typeof data32 !== "string") && (data32 !== null)) {
                                    const err46 = { instancePath: instancePath + "/vault/auth/kubernetes/mountPath", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/properties/mountPath/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.kubernetes.properties.mountPath.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.mountPath.type, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.mountPath, data: data32 };
                                    if (vErrors === null) {
                                        vErrors = [err46];
                                    }
                                    else {
                                        vErrors.push(err46);
                                    }
                                    errors++;
                                }
                            }
                            if (data31.role !== undefined) {
                                let data33 = data31.role;
                                if ((typeof data33 !== "string") && (data33 !== null)) {
                                    const err47 = { instancePath: instancePath + "/vault/auth/kubernetes/role", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/properties/role/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.kubernetes.properties.role.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.role.type, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.role, data: data33 };
                                    if (vErrors === null) {
                                        vErrors = [err47];
                                    }
                                    else {
                                        vErrors.push(err47);
                                    }
                                    errors++;
                                }
                            }
                            if (data31.serviceAccountName !== undefined) {
                                let data34 = data31.serviceAccountName;
                                if ((typeof data34 !== "string") && (data34 !== null)) {
                                    const err48 = { instancePath: instancePath + "/vault/auth/kubernetes/serviceAccountName", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/properties/serviceAccountName/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountName.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountName.type, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountName, data: data34 };
                                    if (vErrors === null) {
                                        vErrors = [err48];
                                    }
                                    else {
                                        vErrors.push(err48);
                                    }
                                    errors++;
                                }
                            }
                            if (data31.serviceAccountNamespace !== undefined) {
                                let data35 = data31.serviceAccountNamespace;
                                if ((typeof data35 !== "string") && (data35 !== null)) {
                                    const err49 = { instancePath: instancePath + "/vault/auth/kubernetes/serviceAccountNamespace", schemaPath: "#/properties/vault/properties/auth/properties/kubernetes/properties/serviceAccountNamespace/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountNamespace.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountNamespace.type, parentSchema: schema12.properties.vault.properties.auth.properties.kubernetes.properties.serviceAccountNamespace, data: data35 };
                                    if (vErrors === null) {
                                        vErrors = [err49];
                                    }
                                    else {
                                        vErrors.push(err49);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data27.appRole !== undefined) {
                        let data36 = data27.appRole;
                        if ((!(data36 && typeof data36 == "object" && !Array.isArray(data36))) && (data36 !== null)) {
                            const err50 = { instancePath: instancePath + "/vault/auth/appRole", schemaPath: "#/properties/vault/properties/auth/properties/appRole/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.type }, message: "must be object,null", schema: schema12.properties.vault.properties.auth.properties.appRole.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole, data: data36 };
                            if (vErrors === null) {
                                vErrors = [err50];
                            }
                            else {
                                vErrors.push(err50);
                            }
                            errors++;
                        }
                        if (data36 && typeof data36 == "object" && !Array.isArray(data36)) {
                            for (const key10 in data36) {
                                if (!(((key10 === "path") || (key10 === "roleId")) || (key10 === "secretRef"))) {
                                    const err51 = { instancePath: instancePath + "/vault/auth/appRole", schemaPath: "#/properties/vault/properties/auth/properties/appRole/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key10 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.vault.properties.auth.properties.appRole, data: data36 };
                                    if (vErrors === null) {
                                        vErrors = [err51];
                                    }
                                    else {
                                        vErrors.push(err51);
                                    }
                                    errors++;
                                }
                            }
                            if (data36.path !== undefined) {
                                let data37 = data36.path;
                                if ((typeof data37 !== "string") && (data37 !== null)) {
                                    const err52 = { instancePath: instancePath + "/vault/auth/appRole/path", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/path/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.path.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.path.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.path, data: data37 };
                                    if (vErrors === null) {
                                        vErrors = [err52];
                                    }
                                    else {
                                        vErrors.push(err52);
                                    }
                                    errors++;
                                }
                            }
                            if (data36.roleId !== undefined) {
                                let data38 = data36.roleId;
                                if ((typeof data38 !== "string") && (data38 !== null)) {
                                    const err53 = { instancePath: instancePath + "/vault/auth/appRole/roleId", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/roleId/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.roleId.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.roleId.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.roleId, data: data38 };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            if (data36.secretRef !== undefined) {
                                let data39 = data36.secretRef;
                                if ((!(data39 && typeof data39 == "object" && !Array.isArray(data39))) && (data39 !== null)) {
                                    const err54 = { instancePath: instancePath + "/vault/auth/appRole/secretRef", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/secretRef/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.type }, message: "must be object,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef, data: data39 };
                                    if (vErrors === null) {
                                        vErrors = [err54];
                                    }
                                    else {
                                        vErrors.push(err54);
                                    }
                                    errors++;
                                }
                                if (data39 && typeof data39 == "object" && !Array.isArray(data39)) {
                                    for (const key11 in data39) {
                                        if (!(((key11 === "name") || (key11 === "namespace")) || (key11 === "key"))) {
                                            const err55 = { instancePath: instancePath + "/vault/auth/appRole/secretRef", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/secretRef/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key11 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef, data: data39 };
                                            if (vErrors === null) {
                                                vErrors = [err55];
                                            }
                                            else {
                                                vErrors.push(err55);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data39.name !== undefined) {
                                        let data40 = data39.name;
                                        if ((typeof data40 !== "string") && (data40 !== null)) {
                                            const err56 = { instancePath: instancePath + "/vault/auth/appRole/secretRef/name", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/secretRef/properties/name/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.name.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.name.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.name, data: data40 };
                                            if (vErrors === null) {
                                                vErrors = [err56];
                                            }
                                            else {
                                                vErrors.push(err56);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data39.namespace !== undefined) {
                                        let data41 = data39.namespace;
                                        if ((typeof data41 !== "string") && (data41 !== null)) {
                                            const err57 = { instancePath: instancePath + "/vault/auth/appRole/secretRef/namespace", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/secretRef/properties/namespace/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.namespace.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.namespace.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.namespace, data: data41 };
                                            if (vErrors === null) {
                                                vErrors = [err57];
                                            }
                                            else {
                                                vErrors.push(err57);
                                            }
                                            errors++;
                                        }
                                    }
                                    if (data39.key !== undefined) {
                                        let data42 = data39.key;
                                        if ((typeof data42 !== "string") && (data42 !== null)) {
                                            const err58 = { instancePath: instancePath + "/vault/auth/appRole/secretRef/key", schemaPath: "#/properties/vault/properties/auth/properties/appRole/properties/secretRef/properties/key/type", keyword: "type", params: { type: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.key.type }, message: "must be string,null", schema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.key.type, parentSchema: schema12.properties.vault.properties.auth.properties.appRole.properties.secretRef.properties.key, data: data42 };
                                            if (vErrors === null) {
                                                vErrors = [err58];
                                            }
                                            else {
                                                vErrors.push(err58);
                                            }
                                            errors++;
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    if (data.conditions !== undefined) {
        let data43 = data.conditions;
        if ((!(Array.isArray(data43))) && (data43 !== null)) {
            const err59 = { instancePath: instancePath + "/conditions", schemaPath: "#/properties/conditions/type", keyword: "type", params: { type: schema12.properties.conditions.type }, message: "must be array,null", schema: schema12.properties.conditions.type, parentSchema: schema12.properties.conditions, data: data43 };
            if (vErrors === null) {
                vErrors = [err59];
            }
            else {
                vErrors.push(err59);
            }
            errors++;
        }
        if (Array.isArray(data43)) {
            const len0 = data43.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data44 = data43[i0];
                if (data44 && typeof data44 == "object" && !Array.isArray(data44)) {
                    for (const key12 in data44) {
                        if (!(((key12 === "namespaceSelector") || (key12 === "namespaces")) || (key12 === "namespaceRegexes"))) {
                            const err60 = { instancePath: instancePath + "/conditions/" + i0, schemaPath: "#/properties/conditions/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key12 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12.properties.conditions.items, data: data44 };
                            if (vErrors === null) {
                                vErrors = [err60];
                            }
                            else {
                                vErrors.push(err60);
                            }
                            errors++;
                        }
                    }
                    if (data44.namespaceSelector !== undefined) {
                        if (!(validate12(data44.namespaceSelector, { instancePath: instancePath + "/conditions/" + i0 + "/namespaceSelector", parentData: data44, parentDataProperty: "namespaceSelector", rootData }))) {
                            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
                            errors = vErrors.length;
                        }
                    }
                    if (data44.namespaces !== undefined) {
                        let data46 = data44.namespaces;
                        if ((!(Array.isArray(data46))) && (data46 !== null)) {
                            const err61 = { instancePath: instancePath + "/conditions/" + i0 + "/namespaces", schemaPath: "#/properties/conditions/items/properties/namespaces/type", keyword: "type", params: { type: schema12.properties.conditions.items.properties.namespaces.type }, message: "must be array,null", schema: schema12.properties.conditions.items.properties.namespaces.type, parentSchema: schema12.properties.conditions.items.properties.namespaces, data: data46 };
                            if (vErrors === null) {
                                vErrors = [err61];
                            }
                            else {
                                vErrors.push(err61);
                            }
                            errors++;
                        }
                        if (Array.isArray(data46)) {
                            const len1 = data46.length;
                            for (let i1 = 0; i1 < len1; i1++) {
                                let data47 = data46[i1];
                                if (typeof data47 !== "string") {
                                    const err62 = { instancePath: instancePath + "/conditions/" + i0 + "/namespaces/" + i1, schemaPath: "#/properties/conditions/items/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.conditions.items.properties.namespaces.items.type, parentSchema: schema12.properties.conditions.items.properties.namespaces.items, data: data47 };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                    if (data44.namespaceRegexes !== undefined) {
                        let data48 = data44.namespaceRegexes;
                        if ((!(Array.isArray(data48))) && (data48 !== null)) {
                            const err63 = { instancePath: instancePath + "/conditions/" + i0 + "/namespaceRegexes", schemaPath: "#/properties/conditions/items/properties/namespaceRegexes/type", keyword: "type", params: { type: schema12.properties.conditions.items.properties.namespaceRegexes.type }, message: "must be array,null", schema: schema12.properties.conditions.items.properties.namespaceRegexes.type, parentSchema: schema12.properties.conditions.items.properties.namespaceRegexes, data: data48 };
                            if (vErrors === null) {
                                vErrors = [err63];
                            }
                            else {
                                vErrors.push(err63);
                            }
                            errors++;
                        }
                        if (Array.isArray(data48)) {
                            const len2 = data48.length;
                            for (let i2 = 0; i2 < len2; i2++) {
                                let data49 = data48[i2];
                                if (typeof data49 !== "string") {
                                    const err64 = { instancePath: instancePath + "/conditions/" + i0 + "/namespaceRegexes/" + i2, schemaPath: "#/properties/conditions/items/properties/namespaceRegexes/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.conditions.items.properties.namespaceRegexes.items.type, parentSchema: schema12.properties.conditions.items.properties.namespaceRegexes.items, data: data49 };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                }
                            }
                        }
                    }
                }
                else {
                    const err65 = { instancePath: instancePath + "/conditions/" + i0, schemaPath: "#/properties/conditions/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.properties.conditions.items.type, parentSchema: schema12.properties.conditions.items, data: data44 };
                    if (vErrors === null) {
                        vErrors = [err65];
                    }
                    else {
                        vErrors.push(err65);
                    }
                    errors++;
                }
            }
        }
    }
} validate11.errors = vErrors; return errors === 0; }
const schema15 = { "title": "External secret", "type": "object", "additionalProperties": false, "examples": [{ "secret": "db-creds", "clustersecstore": "cluster-azure-backend", "namespace": "payments", "namespacesecretname": "db-creds", "keyvaultsecretname": "db-password", "namespacesecretkeyname": "password" }], "description": "One ClusterExternalSecret: which remote secret becomes which Kubernetes Secret in which namespaces. The kind of Secret is decided by, in order: `type: kubernetes.io/tls`, `type`, `argocd`, `argocdRepoCreds`, `contactpoint`, `multivalue`, `property`, else single value.", "properties": { "secret": { "title": "ClusterExternalSecret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the ClusterExternalSecret (and of the ExternalSecret in each namespace). Required." }, "clustersecstore": { "title": "Store", "type": ["string", "null"], "examples": ["cluster-azure-backend"], "description": "Name of the ClusterSecretStore to read from. Required." }, "namespace": { "title": "Namespace", "type": ["string", "null"], "examples": ["payments"], "description": "Target namespace (a DNS label). Give exactly one of `namespace`, `namespaces`, `namespaceSelector`." }, "namespaces": { "title": "Namespaces", "type": ["array", "null"], "items": { "type": "string" }, "examples": [["team-a", "team-b"]], "description": "Extension: several target namespaces. Cannot be combined with `namespace`." }, "namespaceSelector": { "$ref": "#/definitions/labelSelector" }, "namespacesecretname": { "title": "Secret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the Kubernetes Secret created in each namespace. Required." }, "keyvaultsecretname": { "title": "Remote secret name", "type": ["string", "null"], "examples": ["db-creds"], "description": "Name of the secret in the provider. For TLS, `<name>-crt` and `<name>-key` are read. Required." }, "namespacesecretkeyname": { "title": "Secret key", "type": ["string", "null"], "examples": ["password"], "description": "Key inside the Secret; required for single value, property and custom type entries." }, "property": { "title": "Property", "type": ["string", "null"], "examples": ["password"], "description": "Read one property of a JSON remote secret." }, "multivalue": { "title": "Multivalue", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Copy every key of a JSON remote secret into the Secret." }, "type": { "title": "Secret type", "type": ["string", "null"], "examples": ["kubernetes.io/tls"], "description": "Kubernetes Secret type. `kubernetes.io/tls` makes a TLS Secret from `<name>-crt` and `<name>-key`; any other type (even Opaque) makes a one-key Secret of that type. Unset: the kind decides (Opaque for most)." }, "namespacesecretkeynamecrt": { "title": "TLS certificate key", "type": ["string", "null"], "default": "tls.crt", "examples": ["tls.crt"], "description": "TLS only; must be `tls.crt` when given." }, "namespacesecretkeynamekey": { "title": "TLS private key key", "type": ["string", "null"], "default": "tls.key", "examples": ["tls.key"], "description": "TLS only; must be `tls.key` when given." }, "argocd": { "title": "Argo CD cluster", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make an Argo CD cluster secret (keys name, server, config)." }, "argocdBearerToken": { "title": "Argo CD bearer token", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "With `argocd`: bearer-token auth instead of a client certificate." }, "argocdRepoCreds": { "title": "Argo CD repo creds", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make an Argo CD repository credential template (type, url, username, password)." }, "contactpoint": { "title": "Grafana contact point", "type": ["boolean", "null"], "default": false, "examples": [true], "description": "Make a Grafana alerting contact point secret (labelled `grafana_alert`)." }, "labels": { "title": "Labels", "type": ["object", "null"], "additionalProperties": { "type": "string" }, "default": {}, "examples": [{ "team": "payments" }], "description": "Labels put on the generated Secret." }, "refreshTime": { "title": "Refresh time", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "1m", "examples": ["1m", "1h30m", "0"], "description": "Extension: how often the ClusterExternalSecret re-checks which namespaces it targets (Go duration)." }, "refreshInterval": { "title": "Refresh interval", "type": ["string", "null"], "pattern": "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "default": "5m", "examples": ["5m", "1h30m", "0"], "description": "Extension: how often each ExternalSecret re-reads the provider (Go duration; `0` = never)." }, "creationPolicy": { "title": "Creation policy", "type": ["string", "null"], "enum": ["Owner", "Orphan", "Merge", "None", null], "default": "Owner", "examples": ["Owner"], "description": "ESO `target.creationPolicy`: Owner (ESO owns the Secret and deletes it with the ExternalSecret), Orphan, Merge (into an existing Secret) or None." }, "deletionPolicy": { "title": "Deletion policy", "type": ["string", "null"], "enum": ["Retain", "Delete", "Merge", null], "examples": ["Retain"], "description": "ESO `target.deletionPolicy` when the remote secret disappears: Retain, Delete (needs creationPolicy Owner) or Merge. Unset: ESO default (Retain)." } }, "required": ["secret", "clustersecstore", "namespacesecretname", "keyvaultsecretname"] };
const func2 = Object.prototype.hasOwnProperty;
const pattern0 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", "u");
function validate16(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.secret === undefined) {
        const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "secret" }, message: "must have required property '" + "secret" + "'", schema: schema15.required, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err0];
        }
        else {
            vErrors.push(err0);
        }
        errors++;
    }
    if (data.clustersecstore === undefined) {
        const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "clustersecstore" }, message: "must have required property '" + "clustersecstore" + "'", schema: schema15.required, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    if (data.namespacesecretname === undefined) {
        const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "namespacesecretname" }, message: "must have required property '" + "namespacesecretname" + "'", schema: schema15.required, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err2];
        }
        else {
            vErrors.push(err2);
        }
        errors++;
    }
    if (data.keyvaultsecretname === undefined) {
        const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "keyvaultsecretname" }, message: "must have required property '" + "keyvaultsecretname" + "'", schema: schema15.required, parentSchema: schema15, data };
        if (vErrors === null) {
            vErrors = [err3];
        }
        else {
            vErrors.push(err3);
        }
        errors++;
    }
    for (const key0 in data) {
        if (!(func2.call(schema15.properties, key0))) {
            const err4 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
            if (vErrors === null) {
                vErrors = [err4];
            }
            else {
                vErrors.push(err4);
            }
            errors++;
        }
    }
    if (data.secret !== undefined) {
        let data0 = data.secret;
        if ((typeof data0 !== "string") && (data0 !== null)) {
            const err5 = { instancePath: instancePath + "/secret", schemaPath: "#/properties/secret/type", keyword: "type", params: { type: schema15.properties.secret.type }, message: "must be string,null", schema: schema15.properties.secret.type, parentSchema: schema15.properties.secret, data: data0 };
            if (vErrors === null) {
                vErrors = [err5];
            }
            else {
                vErrors.push(err5);
            }
            errors++;
        }
    }
    if (data.clustersecstore !== undefined) {
        let data1 = data.clustersecstore;
        if ((typeof data1 !== "string") && (data1 !== null)) {
            const err6 = { instancePath: instancePath + "/clustersecstore", schemaPath: "#/properties/clustersecstore/type", keyword: "type", params: { type: schema15.properties.clustersecstore.type }, message: "must be string,null", schema: schema15.properties.clustersecstore.type, parentSchema: schema15.properties.clustersecstore, data: data1 };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
    }
    if (data.namespace !== undefined) {
        let data2 = data.namespace;
        if ((typeof data2 !== "string") && (data2 !== null)) {
            const err7 = { instancePath: instancePath + "/namespace", schemaPath: "#/properties/namespace/type", keyword: "type", params: { type: schema15.properties.namespace.type }, message: "must be string,null", schema: schema15.properties.namespace.type, parentSchema: schema15.properties.namespace, data: data2 };
            if (vErrors === null) {
                vErrors = [err7];
            }
            else {
                vErrors.push(err7);
            }
            errors++;
        }
    }
    if (data.namespaces !== undefined) {
        let data3 = data.namespaces;
        if ((!(Array.isArray(data3))) && (data3 !== null)) {
            const err8 = { instancePath: instancePath + "/namespaces", schemaPath: "#/properties/namespaces/type", keyword: "type", params: { type: schema15.properties.namespaces.type }, message: "must be array,null", schema: schema15.properties.namespaces.type, parentSchema: schema15.properties.namespaces, data: data3 };
            if (vErrors === null) {
                vErrors = [err8];
            }
            else {
                vErrors.push(err8);
            }
            errors++;
        }
        if (Array.isArray(data3)) {
            const len0 = data3.length;
            for (let i0 = 0; i0 < len0; i0++) {
                let data4 = data3[i0];
                if (typeof data4 !== "string") {
                    const err9 = { instancePath: instancePath + "/namespaces/" + i0, schemaPath: "#/properties/namespaces/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.namespaces.items.type, parentSchema: schema15.properties.namespaces.items, data: data4 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.namespaceSelector !== undefined) {
        if (!(validate12(data.namespaceSelector, { instancePath: instancePath + "/namespaceSelector", parentData: data, parentDataProperty: "namespaceSelector", rootData }))) {
            vErrors = vErrors === null ? validate12.errors : vErrors.concat(validate12.errors);
            errors = vErrors.length;
        }
    }
    if (data.namespacesecretname !== undefined) {
        let data6 = data.namespacesecretname;
        if ((typeof data6 !== "string") && (data6 !== null)) {
            const err10 = { instancePath: instancePath + "/namespacesecretname", schemaPath: "#/properties/namespacesecretname/type", keyword: "type", params: { type: schema15.properties.namespacesecretname.type }, message: "must be string,null", schema: schema15.properties.namespacesecretname.type, parentSchema: schema15.properties.namespacesecretname, data: data6 };
            if (vErrors === null) {
                vErrors = [err10];
            }
            else {
                vErrors.push(err10);
            }
            errors++;
        }
    }
    if (data.keyvaultsecretname !== undefined) {
        let data7 = data.keyvaultsecretname;
        if ((typeof data7 !== "string") && (data7 !== null)) {
            const err11 = { instancePath: instancePath + "/keyvaultsecretname", schemaPath: "#/properties/keyvaultsecretname/type", keyword: "type", params: { type: schema15.properties.keyvaultsecretname.type }, message: "must be string,null", schema: schema15.properties.keyvaultsecretname.type, parentSchema: schema15.properties.keyvaultsecretname, data: data7 };
            if (vErrors === null) {
                vErrors = [err11];
            }
            else {
                vErrors.push(err11);
            }
            errors++;
        }
    }
    if (data.namespacesecretkeyname !== undefined) {
        let data8 = data.namespacesecretkeyname;
        if ((typeof data8 !== "string") && (data8 !== null)) {
            const err12 = { instancePath: instancePath + "/namespacesecretkeyname", schemaPath: "#/properties/namespacesecretkeyname/type", keyword: "type", params: { type: schema15.properties.namespacesecretkeyname.type }, message: "must be string,null", schema: schema15.properties.namespacesecretkeyname.type, parentSchema: schema15.properties.namespacesecretkeyname, data: data8 };
            if (vErrors === null) {
                vErrors = [err12];
            }
            else {
                vErrors.push(err12);
            }
            errors++;
        }
    }
    if (data.property !== undefined) {
        let data9 = data.property;
        if ((typeof data9 !== "string") && (data9 !== null)) {
            const err13 = { instancePath: instancePath + "/property", schemaPath: "#/properties/property/type", keyword: "type", params: { type: schema15.properties.property.type }, message: "must be string,null", schema: schema15.properties.property.type, parentSchema: schema15.properties.property, data: data9 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
    }
    if (data.multivalue !== undefined) {
        let data10 = data.multivalue;
        if ((typeof data10 !== "boolean") && (data10 !== null)) {
            const err14 = { instancePath: instancePath + "/multivalue", schemaPath: "#/properties/multivalue/type", keyword: "type", params: { type: schema15.properties.multivalue.type }, message: "must be boolean,null", schema: schema15.properties.multivalue.type, parentSchema: schema15.properties.multivalue, data: data10 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.type !== undefined) {
        let data11 = data.type;
        if ((typeof data11 !== "string") && (data11 !== null)) {
            const err15 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: schema15.properties.type.type }, message: "must be string,null", schema: schema15.properties.type.type, parentSchema: schema15.properties.type, data: data11 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
    if (data.namespacesecretkeynamecrt !== undefined) {
        let data12 = data.namespacesecretkeynamecrt;
        if ((typeof data12 !== "string") && (data12 !== null)) {
            const err16 = { instancePath: instancePath + "/namespacesecretkeynamecrt", schemaPath: "#/properties/namespacesecretkeynamecrt/type", keyword: "type", params: { type: schema15.properties.namespacesecretkeynamecrt.type }, message: "must be string,null", schema: schema15.properties.namespacesecretkeynamecrt.type, parentSchema: schema15.properties.namespacesecretkeynamecrt, data: data12 };
            if (vErrors === null) {
                vErrors = [err16];
            }
            else {
                vErrors.push(err16);
            }
            errors++;
        }
    }
    if (data.namespacesecretkeynamekey !== undefined) {
        let data13 = data.namespacesecretkeynamekey;
        if ((typeof data13 !== "string") && (data13 !== null)) {
            const err17 = { instancePath: instancePath + "/namespacesecretkeynamekey", schemaPath: "#/properties/namespacesecretkeynamekey/type", keyword: "type", params: { type: schema15.properties.namespacesecretkeynamekey.type }, message: "must be string,null", schema: schema15.properties.namespacesecretkeynamekey.type, parentSchema: schema15.properties.namespacesecretkeynamekey, data: data13 };
            if (vErrors === null) {
                vErrors = [err17];
            }
            else {
                vErrors.push(err17);
            }
            errors++;
        }
    }
    if (data.argocd !== undefined) {
        let data14 = data.argocd;
        if ((typeof data14 !== "boolean") && (data14 !== null)) {
            const err18 = { instancePath: instancePath + "/argocd", schemaPath: "#/properties/argocd/type", keyword: "type", params: { type: schema15.properties.argocd.type }, message: "must be boolean,null", schema: schema15.properties.argocd.type, parentSchema: schema15.properties.argocd, data: data14 };
            if (vErrors === null) {
                vErrors = [err18];
            }
            else {
                vErrors.push(err18);
            }
            errors++;
        }
    }
    if (data.argocdBearerToken !== undefined) {
        let data15 = data.argocdBearerToken;
        if ((typeof data15 !== "boolean") && (data15 !== null)) {
            const err19 = { instancePath: instancePath + "/argocdBearerToken", schemaPath: "#/properties/argocdBearerToken/type", keyword: "type", params: { type: schema15.properties.argocdBearerToken.type }, message: "must be boolean,null", schema: schema15.properties.argocdBearerToken.type, parentSchema: schema15.properties.argocdBearerToken, data: data15 };
            if (vErrors === null) {
                vErrors = [err19];
            }
            else {
                vErrors.push(err19);
            }
            errors++;
        }
    }
    if (data.argocdRepoCreds !== undefined) {
        let data16 = data.argocdRepoCreds;
        if ((typeof data16 !== "boolean") && (data16 !== null)) {
            const err20 = { instancePath: instancePath + "/argocdRepoCreds", schemaPath: "#/properties/argocdRepoCreds/type", keyword: "type", params: { type: schema15.properties.argocdRepoCreds.type }, message: "must be boolean,null", schema: schema15.properties.argocdRepoCreds.type, parentSchema: schema15.properties.argocdRepoCreds, data: data16 };
            if (vErrors === null) {
                vErrors = [err20];
            }
            else {
                vErrors.push(err20);
            }
            errors++;
        }
    }
    if (data.contactpoint !== undefined) {
        let data17 = data.contactpoint;
        if ((typeof data17 !== "boolean") && (data17 !== null)) {
            const err21 = { instancePath: instancePath + "/contactpoint", schemaPath: "#/properties/contactpoint/type", keyword: "type", params: { type: schema15.properties.contactpoint.type }, message: "must be boolean,null", schema: schema15.properties.contactpoint.type, parentSchema: schema15.properties.contactpoint, data: data17 };
            if (vErrors === null) {
                vErrors = [err21];
            }
            else {
                vErrors.push(err21);
            }
            errors++;
        }
    }
    if (data.labels !== undefined) {
        let data18 = data.labels;
        if ((!(data18 && typeof data18 == "object" && !Array.isArray(data18))) && (data18 !== null)) {
            const err22 = { instancePath: instancePath + "/labels", schemaPath: "#/properties/labels/type", keyword: "type", params: { type: schema15.properties.labels.type }, message: "must be object,null", schema: schema15.properties.labels.type, parentSchema: schema15.properties.labels, data: data18 };
            if (vErrors === null) {
                vErrors = [err22];
            }
            else {
                vErrors.push(err22);
            }
            errors++;
        }
        if (data18 && typeof data18 == "object" && !Array.isArray(data18)) {
            for (const key1 in data18) {
                let data19 = data18[key1];
                if (typeof data19 !== "string") {
                    const err23 = { instancePath: instancePath + "/labels/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/labels/additionalProperties/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema15.properties.labels.additionalProperties.type, parentSchema: schema15.properties.labels.additionalProperties, data: data19 };
                    if (vErrors === null) {
                        vErrors = [err23];
                    }
                    else {
                        vErrors.push(err23);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.refreshTime !== undefined) {
        let data20 = data.refreshTime;
        if ((typeof data20 !== "string") && (data20 !== null)) {
            const err24 = { instancePath: instancePath + "/refreshTime", schemaPath: "#/properties/refreshTime/type", keyword: "type", params: { type: schema15.properties.refreshTime.type }, message: "must be string,null", schema: schema15.properties.refreshTime.type, parentSchema: schema15.properties.refreshTime, data: data20 };
            if (vErrors === null) {
                vErrors = [err24];
            }
            else {
                vErrors.push(err24);
            }
            errors++;
        }
        if (typeof data20 === "string") {
            if (!pattern0.test(data20)) {
                const err25 = { instancePath: instancePath + "/refreshTime", schemaPath: "#/properties/refreshTime/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" + "\"", schema: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", parentSchema: schema15.properties.refreshTime, data: data20 };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
    }
    if (data.refreshInterval !== undefined) {
        let data21 = data.refreshInterval;
        if ((typeof data21 !== "string") && (data21 !== null)) {
            const err26 = { instancePath: instancePath + "/refreshInterval", schemaPath: "#/properties/refreshInterval/type", keyword: "type", params: { type: schema15.properties.refreshInterval.type }, message: "must be string,null", schema: schema15.properties.refreshInterval.type, parentSchema: schema15.properties.refreshInterval, data: data21 };
            if (vErrors === null) {
                vErrors = [err26];
            }
            else {
                vErrors.push(err26);
            }
            errors++;
        }
        if (typeof data21 === "string") {
            if (!pattern0.test(data21)) {
                const err27 = { instancePath: instancePath + "/refreshInterval", schemaPath: "#/properties/refreshInterval/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" + "\"", schema: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", parentSchema: schema15.properties.refreshInterval, data: data21 };
                if (vErrors === null) {
                    vErrors = [err27];
                }
                else {
                    vErrors.push(err27);
                }
                errors++;
            }
        }
    }
    if (data.creationPolicy !== undefined) {
        let data22 = data.creationPolicy;
        if ((typeof data22 !== "string") && (data22 !== null)) {
            const err28 = { instancePath: instancePath + "/creationPolicy", schemaPath: "#/properties/creationPolicy/type", keyword: "type", params: { type: schema15.properties.creationPolicy.type }, message: "must be string,null", schema: schema15.properties.creationPolicy.type, parentSchema: schema15.properties.creationPolicy, data: data22 };
            if (vErrors === null) {
                vErrors = [err28];
            }
            else {
                vErrors.push(err28);
            }
            errors++;
        }
        if (!(((((data22 === "Owner") || (data22 === "Orphan")) || (data22 === "Merge")) || (data22 === "None")) || (data22 === null))) {
            const err29 = { instancePath: instancePath + "/creationPolicy", schemaPath: "#/properties/creationPolicy/enum", keyword: "enum", params: { allowedValues: schema15.properties.creationPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.creationPolicy.enum, parentSchema: schema15.properties.creationPolicy, data: data22 };
            if (vErrors === null) {
                vErrors = [err29];
            }
            else {
                vErrors.push(err29);
            }
            errors++;
        }
    }
    if (data.deletionPolicy !== undefined) {
        let data23 = data.deletionPolicy;
        if ((typeof data23 !== "string") && (data23 !== null)) {
            const err30 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/type", keyword: "type", params: { type: schema15.properties.deletionPolicy.type }, message: "must be string,null", schema: schema15.properties.deletionPolicy.type, parentSchema: schema15.properties.deletionPolicy, data: data23 };
            if (vErrors === null) {
                vErrors = [err30];
            }
            else {
                vErrors.push(err30);
            }
            errors++;
        }
        if (!((((data23 === "Retain") || (data23 === "Delete")) || (data23 === "Merge")) || (data23 === null))) {
            const err31 = { instancePath: instancePath + "/deletionPolicy", schemaPath: "#/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema15.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema15.properties.deletionPolicy.enum, parentSchema: schema15.properties.deletionPolicy, data: data23 };
            if (vErrors === null) {
                vErrors = [err31];
            }
            else {
                vErrors.push(err31);
            }
            errors++;
        }
    }
}
else {
    const err32 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
        vErrors = [err32];
    }
    else {
        vErrors.push(err32);
    }
    errors++;
} validate16.errors = vErrors; return errors === 0; }
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) { let vErrors = null; let errors = 0; if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
        if (!((((((((key0 === "clustersecretstore") || (key0 === "clustersecretstores")) || (key0 === "externalsecrets")) || (key0 === "defaults")) || (key0 === "esoApiVersion")) || (key0 === "global")) || (key0 === "nameOverride")) || (key0 === "fullnameOverride"))) {
            const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    if (data.clustersecretstore !== undefined) {
        if (!(validate11(data.clustersecretstore, { instancePath: instancePath + "/clustersecretstore", parentData: data, parentDataProperty: "clustersecretstore", rootData }))) {
            vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
            errors = vErrors.length;
        }
    }
    if (data.clustersecretstores !== undefined) {
        let data1 = data.clustersecretstores;
        if ((!(Array.isArray(data1))) && (data1 !== null)) {
            const err1 = { instancePath: instancePath + "/clustersecretstores", schemaPath: "#/properties/clustersecretstores/type", keyword: "type", params: { type: schema11.properties.clustersecretstores.type }, message: "must be array,null", schema: schema11.properties.clustersecretstores.type, parentSchema: schema11.properties.clustersecretstores, data: data1 };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        if (Array.isArray(data1)) {
            const len0 = data1.length;
            for (let i0 = 0; i0 < len0; i0++) {
                if (!(validate11(data1[i0], { instancePath: instancePath + "/clustersecretstores/" + i0, parentData: data1, parentDataProperty: i0, rootData }))) {
                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                    errors = vErrors.length;
                }
            }
        }
    }
    if (data.externalsecrets !== undefined) {
        let data3 = data.externalsecrets;
        if ((!(Array.isArray(data3))) && (data3 !== null)) {
            const err2 = { instancePath: instancePath + "/externalsecrets", schemaPath: "#/properties/externalsecrets/type", keyword: "type", params: { type: schema11.properties.externalsecrets.type }, message: "must be array,null", schema: schema11.properties.externalsecrets.type, parentSchema: schema11.properties.externalsecrets, data: data3 };
            if (vErrors === null) {
                vErrors = [err2];
            }
            else {
                vErrors.push(err2);
            }
            errors++;
        }
        if (Array.isArray(data3)) {
            const len1 = data3.length;
            for (let i1 = 0; i1 < len1; i1++) {
                if (!(validate16(data3[i1], { instancePath: instancePath + "/externalsecrets/" + i1, parentData: data3, parentDataProperty: i1, rootData }))) {
                    vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
                    errors = vErrors.length;
                }
            }
        }
    }
    if (data.defaults !== undefined) {
        let data5 = data.defaults;
        if ((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)) {
            const err3 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: schema11.properties.defaults.type }, message: "must be object,null", schema: schema11.properties.defaults.type, parentSchema: schema11.properties.defaults, data: data5 };
            if (vErrors === null) {
                vErrors = [err3];
            }
            else {
                vErrors.push(err3);
            }
            errors++;
        }
        if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
            for (const key1 in data5) {
                if (!((((key1 === "refreshTime") || (key1 === "refreshInterval")) || (key1 === "creationPolicy")) || (key1 === "deletionPolicy"))) {
                    const err4 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11.properties.defaults, data: data5 };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
            if (data5.refreshTime !== undefined) {
                let data6 = data5.refreshTime;
                if ((typeof data6 !== "string") && (data6 !== null)) {
                    const err5 = { instancePath: instancePath + "/defaults/refreshTime", schemaPath: "#/properties/defaults/properties/refreshTime/type", keyword: "type", params: { type: schema11.properties.defaults.properties.refreshTime.type }, message: "must be string,null", schema: schema11.properties.defaults.properties.refreshTime.type, parentSchema: schema11.properties.defaults.properties.refreshTime, data: data6 };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
                if (typeof data6 === "string") {
                    if (!pattern0.test(data6)) {
                        const err6 = { instancePath: instancePath + "/defaults/refreshTime", schemaPath: "#/properties/defaults/properties/refreshTime/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" + "\"", schema: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", parentSchema: schema11.properties.defaults.properties.refreshTime, data: data6 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                }
            }
            if (data5.refreshInterval !== undefined) {
                let data7 = data5.refreshInterval;
                if ((typeof data7 !== "string") && (data7 !== null)) {
                    const err7 = { instancePath: instancePath + "/defaults/refreshInterval", schemaPath: "#/properties/defaults/properties/refreshInterval/type", keyword: "type", params: { type: schema11.properties.defaults.properties.refreshInterval.type }, message: "must be string,null", schema: schema11.properties.defaults.properties.refreshInterval.type, parentSchema: schema11.properties.defaults.properties.refreshInterval, data: data7 };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
                if (typeof data7 === "string") {
                    if (!pattern0.test(data7)) {
                        const err8 = { instancePath: instancePath + "/defaults/refreshInterval", schemaPath: "#/properties/defaults/properties/refreshInterval/pattern", keyword: "pattern", params: { pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" }, message: "must match pattern \"" + "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$" + "\"", schema: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|ms|s|m|h))+)$", parentSchema: schema11.properties.defaults.properties.refreshInterval, data: data7 };
                        if (vErrors === null) {
                            vErrors = [err8];
                        }
                        else {
                            vErrors.push(err8);
                        }
                        errors++;
                    }
                }
            }
            if (data5.creationPolicy !== undefined) {
                let data8 = data5.creationPolicy;
                if ((typeof data8 !== "string") && (data8 !== null)) {
                    const err9 = { instancePath: instancePath + "/defaults/creationPolicy", schemaPath: "#/properties/defaults/properties/creationPolicy/type", keyword: "type", params: { type: schema11.properties.defaults.properties.creationPolicy.type }, message: "must be string,null", schema: schema11.properties.defaults.properties.creationPolicy.type, parentSchema: schema11.properties.defaults.properties.creationPolicy, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
                if (!(((((data8 === "Owner") || (data8 === "Orphan")) || (data8 === "Merge")) || (data8 === "None")) || (data8 === null))) {
                    const err10 = { instancePath: instancePath + "/defaults/creationPolicy", schemaPath: "#/properties/defaults/properties/creationPolicy/enum", keyword: "enum", params: { allowedValues: schema11.properties.defaults.properties.creationPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.defaults.properties.creationPolicy.enum, parentSchema: schema11.properties.defaults.properties.creationPolicy, data: data8 };
                    if (vErrors === null) {
                        vErrors = [err10];
                    }
                    else {
                        vErrors.push(err10);
                    }
                    errors++;
                }
            }
            if (data5.deletionPolicy !== undefined) {
                let data9 = data5.deletionPolicy;
                if ((typeof data9 !== "string") && (data9 !== null)) {
                    const err11 = { instancePath: instancePath + "/defaults/deletionPolicy", schemaPath: "#/properties/defaults/properties/deletionPolicy/type", keyword: "type", params: { type: schema11.properties.defaults.properties.deletionPolicy.type }, message: "must be string,null", schema: schema11.properties.defaults.properties.deletionPolicy.type, parentSchema: schema11.properties.defaults.properties.deletionPolicy, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
                if (!((((data9 === "Retain") || (data9 === "Delete")) || (data9 === "Merge")) || (data9 === null))) {
                    const err12 = { instancePath: instancePath + "/defaults/deletionPolicy", schemaPath: "#/properties/defaults/properties/deletionPolicy/enum", keyword: "enum", params: { allowedValues: schema11.properties.defaults.properties.deletionPolicy.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.defaults.properties.deletionPolicy.enum, parentSchema: schema11.properties.defaults.properties.deletionPolicy, data: data9 };
                    if (vErrors === null) {
                        vErrors = [err12];
                    }
                    else {
                        vErrors.push(err12);
                    }
                    errors++;
                }
            }
        }
    }
    if (data.esoApiVersion !== undefined) {
        let data10 = data.esoApiVersion;
        if ((typeof data10 !== "string") && (data10 !== null)) {
            const err13 = { instancePath: instancePath + "/esoApiVersion", schemaPath: "#/properties/esoApiVersion/type", keyword: "type", params: { type: schema11.properties.esoApiVersion.type }, message: "must be string,null", schema: schema11.properties.esoApiVersion.type, parentSchema: schema11.properties.esoApiVersion, data: data10 };
            if (vErrors === null) {
                vErrors = [err13];
            }
            else {
                vErrors.push(err13);
            }
            errors++;
        }
        if (!(((data10 === "v1") || (data10 === "v1beta1")) || (data10 === null))) {
            const err14 = { instancePath: instancePath + "/esoApiVersion", schemaPath: "#/properties/esoApiVersion/enum", keyword: "enum", params: { allowedValues: schema11.properties.esoApiVersion.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.esoApiVersion.enum, parentSchema: schema11.properties.esoApiVersion, data: data10 };
            if (vErrors === null) {
                vErrors = [err14];
            }
            else {
                vErrors.push(err14);
            }
            errors++;
        }
    }
    if (data.global !== undefined) {
        let data11 = data.global;
        if ((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)) {
            const err15 = { instancePath: instancePath + "/global", schemaPath: "#/properties/global/type", keyword: "type", params: { type: schema11.properties.global.type }, message: "must be object,null", schema: schema11.properties.global.type, parentSchema: schema11.properties.global, data: data11 };
            if (vErrors === null) {
                vErrors = [err15];
            }
            else {
                vErrors.push(err15);
            }
            errors++;
        }
    }
}
else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
        vErrors = [err16];
    }
    else {
        vErrors.push(err16);
    }
    errors++;
} validate10.errors = vErrors; return errors === 0; }

;// CONCATENATED MODULE: ./.build/src/core/lint/schema.js





/** The shipped JSON Schema, for the docs generator. */
const VALUES_SCHEMA = (/* unused pure expression or super */ null && (schema));
/**
 * The schema compiled ahead of time (scripts/schema-validator.ts, ajv's
 * standalone code, allErrors and verbose): compiling it at start-up cost more
 * than validating a 1,000-entry file, and ajv's compiler is not loaded at all.
 */
const schema_validate = validate;
/**
 * Keywords whose errors the schema check leaves to the rules, which say the
 * same thing with the entry's name and the fix: `required` (entry-required,
 * store-required) and `pattern` (invalid-duration). The schema keeps them so
 * editors and `helm lint` still see them.
 */
const LEFT_TO_RULES = new Set(['pattern']);
const ENTRY_OR_STORE = /^\/(externalsecrets\/\d+|clustersecretstore|clustersecretstores\/\d+)(\/|$)/;
/** Validate one file's values against schema/values.schema.json and turn ajv errors into findings. */
function checkSchema(lint) {
    if (schema_validate(lint.root))
        return;
    for (const err of schema_validate.errors ?? []) {
        if (LEFT_TO_RULES.has(err.keyword))
            continue;
        // Entries and stores have their own required-key rules, which know the kind and auth mode.
        if (err.keyword === 'required' && ENTRY_OR_STORE.test(err.instancePath) && !err.instancePath.includes('/matchExpressions/'))
            continue;
        translate(lint, err);
    }
}
function translate(lint, err) {
    const path = pointerToPath(lint.root, err.instancePath);
    const root = lint.root;
    if (err.keyword === 'additionalProperties') {
        const key = String(err.params.additionalProperty);
        const keyAt = [...path, key];
        const allowed = (0,core_values/* isRecord */.u4)(err.parentSchema) && (0,core_values/* isRecord */.u4)(err.parentSchema.properties) ? Object.keys(err.parentSchema.properties) : [];
        const { owner, rest } = (0,wording/* ownerOf */.bf)(root, keyAt);
        const where = owner === '' ? '' : `${owner}: `;
        const inside = rest.length > 1 ? ` in "${(0,wording/* keyPath */.Dw)(rest.slice(0, -1))}"` : path.length === 0 ? ' at the top level' : '';
        const guess = (0,suggest/* didYouMean */.a)(key, allowed);
        const fix = guess !== undefined
            ? `did you mean "${guess}"?`
            : allowed.length <= 12
                ? `allowed keys here: ${allowed.join(', ')}`
                : 'remove it (see the values reference for the allowed keys)';
        lint.report('unknown-key', keyAt, `${where}unknown key ${(0,wording/* quote */.hD)(key)}${inside}; ${fix}`, 'key', guess);
        return;
    }
    const head = (0,wording/* subject */.bc)(root, path);
    const lastKey = path.length > 0 ? String(path[path.length - 1]) : '';
    if (err.keyword === 'type') {
        const expected = typeList(err.params.type);
        let fix = '';
        if (expected.includes('boolean') && typeof err.data === 'string' && /^(true|false)$/i.test(err.data.trim())) {
            fix = `; write ${lastKey}: ${err.data.trim().toLowerCase()} without quotes`;
        }
        else if (expected.includes('boolean') && typeof err.data === 'string' && /^(y|yes|on|n|no|off)$/i.test(err.data.trim())) {
            // YAML 1.1 spellings (Helm reads them as booleans); this tool reads YAML 1.2, where only true/false are.
            fix = `; write ${lastKey}: ${/^(y|yes|on)$/i.test(err.data.trim()) ? 'true' : 'false'}`;
        }
        else if (expected.includes('string') && (typeof err.data === 'number' || typeof err.data === 'boolean')) {
            fix = '; put the value in quotes so YAML reads it as text';
        }
        else if (err.data === '' && (expected.includes('object') || expected.includes('array'))) {
            fix = '; to leave it unset, write the key with no value or remove it';
        }
        else if (expected.includes('array') && typeof err.data === 'string') {
            fix = `; write it as a list, e.g. [${(0,wording/* quote */.hD)(err.data)}]`;
        }
        else if (expected.length === 1 && expected[0] === 'array' && (0,core_values/* isRecord */.u4)(err.data)) {
            fix = '; start each item with "- "';
        }
        else if ((0,core_values/* isRecord */.u4)(err.data) || Array.isArray(err.data)) {
            // A label map (namespaceSelector shorthand) takes any key, so a typo of matchLabels lands here.
            const guess = (0,suggest/* didYouMean */.a)(lastKey, ['matchLabels', 'matchExpressions']);
            if (guess !== undefined && guess !== lastKey)
                fix = `; did you mean "${guess}"?`;
        }
        lint.report('wrong-type', path, `${head} must be ${expected.map(typeName).join(' or ')}, got ${(0,wording/* describeValue */.bp)(err.data)}${fix}`);
        return;
    }
    if (err.keyword === 'enum') {
        const allowed = Array.isArray(err.params.allowedValues)
            ? err.params.allowedValues.filter((v) => typeof v === 'string')
            : [];
        const guess = typeof err.data === 'string' ? (0,suggest/* didYouMean */.a)(err.data, allowed) : undefined;
        const fix = guess !== undefined ? `; did you mean "${guess}"?` : '';
        lint.report('invalid-value', path, `${head} must be one of ${allowed.join(', ')}, got ${(0,wording/* describeValue */.bp)(err.data)}${fix}`, 'value', guess);
        return;
    }
    if (err.keyword === 'required') {
        const key = String(err.params.missingProperty);
        lint.report('missing-key', [...path, key], `${(0,wording/* subject */.bc)(root, [...path, key])} is required`);
        return;
    }
    lint.report('invalid-value', path, `${head} ${err.message ?? 'does not match the schema'}`);
}
function typeList(t) {
    const list = Array.isArray(t) ? t : String(t).split(',');
    return list.map(String).filter((x) => x !== 'null');
}
function typeName(t) {
    switch (t) {
        case 'boolean':
            return 'a boolean (true or false)';
        case 'object':
            return 'a mapping (key: value pairs)';
        case 'array':
            return 'a list';
        case 'integer':
        case 'number':
            return 'a number';
        default:
            return `a ${t}`;
    }
}
/**
 * JSON pointer (`/externalsecrets/3/labels/a~1b`) to a value path; a segment
 * is a number only inside a list (a label key "0" stays a string).
 */
function pointerToPath(root, pointer) {
    if (pointer === '')
        return [];
    const out = [];
    let node = root;
    for (const raw of pointer.slice(1).split('/')) {
        const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
        if (Array.isArray(node)) {
            out.push(Number(seg));
            node = node[Number(seg)];
        }
        else {
            out.push(seg);
            node = (0,core_values/* isRecord */.u4)(node) ? node[seg] : undefined;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./.build/src/core/lint/stores.js







const PROVIDERS = ['azurekv', 'aws', 'vault'];
/** Azure Key Vault DNS suffixes (public, China, US government, Germany). */
const AZURE_VAULT_HOST = /^[a-z0-9]([a-z0-9-]{1,22})[a-z0-9]\.vault\.(azure\.net|azure\.cn|usgovcloudapi\.net|microsoftazure\.de)$/i;
/**
 * All rules of one store block. The auth mode is taken from the normalized
 * store so that lint and render can never disagree about which mode a block
 * selects. `regexes` judges condition patterns within the run's limits.
 */
function checkStore(lint, path, raw, store, regexes) {
    if (!(0,core_values/* isRecord */.u4)(raw))
        return;
    const me = () => (0,wording/* ownerLabel */.Wb)(lint.root, path);
    const at = (...rest) => [...path, ...rest];
    const need = (rest, v, why) => {
        if (!(0,core_values/* present */.Eb)(v))
            lint.report('store-required', at(...rest), `${me()}: "${rest.join('.')}" is required ${why}`);
    };
    if (typeof raw.name === 'string' && raw.name !== '') {
        const problem = dnsSubdomainProblem(raw.name);
        if (problem)
            lint.report('invalid-resource-name', at('name'), `${me()}: "name": ${(0,wording/* quote */.hD)(raw.name)} is not a valid ClusterSecretStore name: ${problem}`);
    }
    const type = (0,normalize/* providerTypeOf */.Hf)(raw);
    for (const p of PROVIDERS) {
        if (p !== type && raw[p] !== undefined && raw[p] !== null) {
            const chosen = (0,core_values/* present */.Eb)(raw.providerType) ? `providerType is ${type}` : `providerType is not set and defaults to ${type}`;
            lint.report('ineffective-flag', at(p), `${me()}: the "${p}" block has no effect because ${chosen}; remove it or set providerType: ${p}`, 'key');
        }
    }
    const provider = store.provider;
    // An unknown providerType was reported by the schema; its requirements are unknowable.
    const known = PROVIDERS.some((p) => p === type);
    if (!known) {
        checkConditions(lint, raw, at, me, regexes);
        return;
    }
    if (provider.type === 'azurekv') {
        const z = (0,core_values/* isRecord */.u4)(raw.azurekv) ? raw.azurekv : {};
        need(['azurekv', 'vaulturl'], z.vaulturl, 'for an Azure Key Vault store (https://<vault-name>.vault.azure.net)');
        if (typeof z.vaulturl === 'string' && z.vaulturl !== '')
            checkUrl(lint, at('azurekv', 'vaulturl'), z.vaulturl, `${me()}: "azurekv.vaulturl"`, true);
        const mode = provider.auth.mode;
        if (mode === 'ServicePrincipal') {
            const why = 'for ServicePrincipal auth (or set "identityid" for ManagedIdentity, "workloadIdentity" for WorkloadIdentity)';
            need(['azurekv', 'tenantid'], z.tenantid, why);
            for (const ref of ['clientid', 'clientsecret']) {
                const r = (0,core_values/* isRecord */.u4)(z[ref]) ? z[ref] : {};
                // A missing reference is one finding, not one per field.
                if (z[ref] === undefined || z[ref] === null)
                    need(['azurekv', ref], undefined, `(a Secret reference {name, namespace, id}) ${why}`);
                else
                    for (const f of ['name', 'namespace', 'id'])
                        need(['azurekv', ref, f], r[f], why);
                checkSecretRef(lint, at('azurekv', ref), r, 'id', `${me()}: "azurekv.${ref}`);
            }
        }
        else {
            for (const ref of ['clientid', 'clientsecret', 'workloadIdentity']) {
                if (mode === 'WorkloadIdentity' && ref === 'workloadIdentity')
                    continue;
                if (z[ref] !== undefined && z[ref] !== null) {
                    const why = mode === 'ManagedIdentity' ? '"identityid" selects ManagedIdentity auth' : '"workloadIdentity" selects WorkloadIdentity auth';
                    lint.report('ineffective-flag', at('azurekv', ref), `${me()}: "azurekv.${ref}" has no effect because ${why}; remove it`, 'key');
                }
            }
            if (mode === 'WorkloadIdentity') {
                const w = (0,core_values/* isRecord */.u4)(z.workloadIdentity) ? z.workloadIdentity : {};
                need(['azurekv', 'workloadIdentity', 'serviceAccountName'], w.serviceAccountName, 'for WorkloadIdentity auth');
                need(['azurekv', 'workloadIdentity', 'serviceAccountNamespace'], w.serviceAccountNamespace, 'for WorkloadIdentity auth');
                checkServiceAccount(lint, at('azurekv', 'workloadIdentity'), w, `${me()}: "azurekv.workloadIdentity`);
            }
        }
    }
    else if (provider.type === 'aws') {
        const a = (0,core_values/* isRecord */.u4)(raw.aws) ? raw.aws : {};
        const auth = (0,core_values/* isRecord */.u4)(a.auth) ? a.auth : {};
        if (provider.auth.mode === 'controller') {
            // Common and valid (ESO then authenticates as its controller), but worth a note: it is easy to leave out by mistake.
            lint.report('aws-controller-credentials', at('aws'), `${me()}: no "aws.auth" service account is set, so ESO reads AWS with the credentials of its own controller ` +
                '(IRSA on its service account, or EKS Pod Identity); set "aws.auth" to use another service account', 'key');
        }
        else {
            need(['aws', 'auth', 'serviceAccountName'], auth.serviceAccountName, 'for an AWS store (the IRSA service account)');
            need(['aws', 'auth', 'serviceAccountNamespace'], auth.serviceAccountNamespace, 'for an AWS store (the IRSA service account)');
        }
        checkServiceAccount(lint, at('aws', 'auth'), auth, `${me()}: "aws.auth`);
    }
    else {
        const v = (0,core_values/* isRecord */.u4)(raw.vault) ? raw.vault : {};
        need(['vault', 'server'], v.server, 'for a Vault store (https://vault.example:8200)');
        if (typeof v.server === 'string' && v.server !== '')
            checkUrl(lint, at('vault', 'server'), v.server, `${me()}: "vault.server"`, false);
        need(['vault', 'path'], v.path, 'for a Vault store (the KV mount, e.g. secret)');
        const auth = (0,core_values/* isRecord */.u4)(v.auth) ? v.auth : {};
        const mode = provider.auth.mode;
        if (mode === 'kubernetes') {
            const k = (0,core_values/* isRecord */.u4)(auth.kubernetes) ? auth.kubernetes : {};
            need(['vault', 'auth', 'kubernetes', 'role'], k.role, 'for Vault Kubernetes auth');
            checkServiceAccount(lint, at('vault', 'auth', 'kubernetes'), k, `${me()}: "vault.auth.kubernetes`);
        }
        else if (mode === 'appRole') {
            const r = (0,core_values/* isRecord */.u4)(auth.appRole) ? auth.appRole : {};
            need(['vault', 'auth', 'appRole', 'roleId'], r.roleId, 'for Vault AppRole auth');
            const ref = (0,core_values/* isRecord */.u4)(r.secretRef) ? r.secretRef : {};
            if (r.secretRef === undefined || r.secretRef === null)
                need(['vault', 'auth', 'appRole', 'secretRef'], undefined, 'for Vault AppRole auth (a Secret reference {name, namespace, key} holding the secret id)');
            else
                for (const f of ['name', 'namespace', 'key'])
                    need(['vault', 'auth', 'appRole', 'secretRef', f], ref[f], 'for Vault AppRole auth');
            checkSecretRef(lint, at('vault', 'auth', 'appRole', 'secretRef'), ref, 'key', `${me()}: "vault.auth.appRole.secretRef`);
        }
        else {
            const why = 'for Vault token auth (or configure "auth.kubernetes" or "auth.appRole")';
            need(['vault', 'auth', 'tokenName'], auth.tokenName, why);
            need(['vault', 'auth', 'tokenNamespace'], auth.tokenNamespace, why);
            need(['vault', 'auth', 'tokenKey'], auth.tokenKey, why);
            checkSecretRef(lint, at('vault', 'auth'), { name: auth.tokenName, namespace: auth.tokenNamespace, key: auth.tokenKey }, 'key', `${me()}: "vault.auth`, ['tokenName', 'tokenNamespace', 'tokenKey']);
        }
        const ignored = [];
        if (mode !== 'token')
            ignored.push(...['tokenName', 'tokenNamespace', 'tokenKey'].filter((f) => (0,core_values/* present */.Eb)(auth[f])));
        if (mode !== 'appRole' && auth.appRole !== undefined)
            ignored.push('appRole');
        for (const f of ignored) {
            lint.report('ineffective-flag', at('vault', 'auth', f), `${me()}: "vault.auth.${f}" has no effect because ${mode} auth is selected; remove it`, 'key');
        }
    }
    checkConditions(lint, raw, at, me, regexes);
}
/** ESO `spec.conditions`: namespaces, selectors and regexes that may use the store. */
function checkConditions(lint, raw, at, me, regexes) {
    if (Array.isArray(raw.conditions)) {
        const items = conditionItems(raw.conditions);
        if (items > limits/* LIMITS */.b.conditionItems) {
            lint.report('limit-exceeded', at('conditions'), `${me()}: "conditions" has ${items} namespaces, regexes and selectors (limit ${limits/* LIMITS */.b.conditionItems}); ` +
                'they are not checked. Use a namespaceSelector or fewer, broader regexes');
            return;
        }
        raw.conditions.forEach((c, i) => {
            if (!(0,core_values/* isRecord */.u4)(c))
                return;
            if (c.namespaceSelector !== undefined && c.namespaceSelector !== null)
                checkSelector(lint, at('conditions', i, 'namespaceSelector'), c.namespaceSelector);
            if (Array.isArray(c.namespaces)) {
                c.namespaces.forEach((ns, j) => {
                    if (typeof ns === 'string')
                        checkNamespace(lint, at('conditions', i, 'namespaces', j), ns, () => `${me()}: "conditions[${i}].namespaces[${j}]"`);
                });
            }
            if (Array.isArray(c.namespaceRegexes)) {
                c.namespaceRegexes.forEach((re, j) => {
                    if (typeof re !== 'string')
                        return;
                    const compiled = regexes.get(re);
                    if (compiled.ok)
                        return;
                    const where = `${me()}: "conditions[${i}].namespaceRegexes[${j}]"`;
                    if (compiled.refused === 'limit')
                        lint.report('limit-exceeded', at('conditions', i, 'namespaceRegexes', j), `${where}: the pattern is not checked: ${compiled.reason}. The store's conditions are not judged`);
                    else
                        lint.report('invalid-regex', at('conditions', i, 'namespaceRegexes', j), `${where}: ${(0,wording/* quote */.hD)(re)} is not a valid regular expression in ` +
                            `Go's RE2 syntax, which ESO uses (${compiled.reason}); ESO's webhook rejects the ClusterSecretStore`);
                });
            }
        });
    }
}
/** Conditions are matched against every target namespace: their size is bounded (LIMITS.conditionItems). */
function conditionItems(conditions) {
    let n = 0;
    for (const c of conditions) {
        if (!(0,core_values/* isRecord */.u4)(c))
            continue;
        if (Array.isArray(c.namespaces))
            n += c.namespaces.length;
        if (Array.isArray(c.namespaceRegexes))
            n += c.namespaceRegexes.length;
        if (c.namespaceSelector !== undefined && c.namespaceSelector !== null)
            n += 1;
    }
    return n;
}
/** Name, namespace and key of a Secret reference (fields named as in the values file). */
function checkSecretRef(lint, path, r, keyField, head, fields = ['name', 'namespace', keyField]) {
    const [nameField, nsField, kField] = fields;
    if (typeof r.name === 'string' && r.name !== '') {
        const problem = dnsSubdomainProblem(r.name);
        if (problem)
            lint.report('invalid-resource-name', [...path, nameField], `${head}.${nameField}": ${(0,wording/* quote */.hD)(r.name)} is not a valid Secret name: ${problem}`);
    }
    if (typeof r.namespace === 'string' && r.namespace !== '')
        checkNamespace(lint, [...path, nsField], r.namespace, () => `${head}.${nsField}"`);
    const key = r[keyField];
    if (typeof key === 'string' && key !== '') {
        const problem = secretKeyProblem(key);
        if (problem)
            lint.report('invalid-secret-key', [...path, kField], `${head}.${kField}": ${(0,wording/* quote */.hD)(key)} is not a valid Secret key: ${problem}`);
    }
}
function checkServiceAccount(lint, path, sa, head) {
    if (typeof sa.serviceAccountName === 'string' && sa.serviceAccountName !== '') {
        const problem = dnsSubdomainProblem(sa.serviceAccountName);
        if (problem)
            lint.report('invalid-resource-name', [...path, 'serviceAccountName'], `${head}.serviceAccountName": ${(0,wording/* quote */.hD)(sa.serviceAccountName)} is not a valid service account name: ${problem}`);
    }
    if (typeof sa.serviceAccountNamespace === 'string' && sa.serviceAccountNamespace !== '') {
        checkNamespace(lint, [...path, 'serviceAccountNamespace'], sa.serviceAccountNamespace, () => `${head}.serviceAccountNamespace"`);
    }
}
/**
 * Store URLs: must parse as http(s) URLs; plain http is allowed (local test
 * servers) but warned about; Azure vault URLs should use a Key Vault host.
 */
function checkUrl(lint, path, v, head, azure) {
    let url;
    try {
        url = new URL(v);
    }
    catch {
        url = undefined;
    }
    if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
        const example = azure ? 'https://<vault-name>.vault.azure.net' : 'https://vault.example.internal:8200';
        lint.report('invalid-url', path, `${head}: ${(0,wording/* quote */.hD)(v)} is not a URL; write it like ${example}`);
        return;
    }
    if (url.protocol === 'http:') {
        lint.report('insecure-url', path, `${head}: ${(0,wording/* quote */.hD)(v)} uses plain http, so credentials and secrets travel unencrypted; use ` +
            `https (http is only fine for a local test server)`);
    }
    if (azure && !AZURE_VAULT_HOST.test(url.hostname)) {
        lint.report('azure-vault-url', path, `${head}: ${(0,wording/* quote */.hD)(v)} does not look like an Azure Key Vault URL; expected https://<vault-name>.vault.azure.net`);
    }
}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./.build/src/core/lint/namespace-regex.js


// Stores are few and their patterns repeat across entries, files and runs: compile each once per process.
const cache = new Map();
const CACHE_LIMIT = 1024;
/**
 * The condition regexes of one lint run, each judged once. The run budget is
 * charged for every distinct pattern in the order lint meets them (files in
 * input order), whether or not the process cache already holds it, so the
 * verdict depends on the input alone.
 */
class NamespaceRegexes {
    judged = new Map();
    spent = 0;
    /** The pattern compiled, or why it is not: a syntax ESO refuses, or a limit (then it was never compiled). */
    get(pattern) {
        const known = this.judged.get(pattern);
        if (known !== undefined)
            return known;
        const size = estimatedInstructions(pattern);
        let result;
        if (size > limits/* LIMITS */.b.regexInstructions) {
            result = {
                ok: false,
                refused: 'limit',
                reason: `it may compile to as many as ${count(size)} RE2 instructions (estimated from its text; ` +
                    `limit ${count(limits/* LIMITS */.b.regexInstructions)} per pattern); ` +
                    'a namespace name has at most 63 characters, so use smaller repeat counts'
            };
        }
        else if (this.spent + size > limits/* LIMITS */.b.regexInstructionsPerRun) {
            result = {
                ok: false,
                refused: 'limit',
                reason: `with it the condition regexes of all files would compile to more than ${count(limits/* LIMITS */.b.regexInstructionsPerRun)} ` +
                    'RE2 instructions (limit per run); use fewer or smaller patterns'
            };
        }
        else {
            this.spent += size;
            result = compiled(pattern);
        }
        this.judged.set(pattern, result);
        return result;
    }
}
function compiled(pattern) {
    const hit = cache.get(pattern);
    if (hit !== undefined)
        return hit;
    let result;
    try {
        const re = build/* RE2JS */.L3.compile(pattern);
        result = { ok: true, test: (namespace) => re.test(namespace) };
    }
    catch (error) {
        const reason = error instanceof build/* RE2JSSyntaxException */.pB ? error.error : error instanceof Error ? error.message : String(error);
        result = { ok: false, refused: 'syntax', reason: reason.slice(0, 120) };
    }
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(pattern, result);
    return result;
}
const count = (n) => n.toLocaleString('en-US');
/** Past this, an estimate is only "too large"; keeps the arithmetic finite. */
const CAP = Number.MAX_SAFE_INTEGER;
/** RE2 refuses a repeat count over 1,000 while parsing, before it builds anything; a larger count costs no more than this. */
const MAX_COUNT = 1001;
/** `{n}`, `{n,}`, `{n,m}`, read more loosely than RE2 does (it takes `{01}` as literal text), which only raises the estimate. */
const REPEAT = /\{(\d+)(,(\d*))?\}/y;
/**
 * An upper bound on the instructions RE2 compiles `pattern` to, read from its
 * text in one pass, so that it costs nothing like the compile it guards.
 * It follows the size RE2's parser computes (calcSize): a literal character,
 * a character class, `.` or an assertion is 1; a group is its content (at
 * least 1, an empty match) + 2; `|` adds 2 (its split and a branch that may
 * be empty); `*`, `+` and `?` add 2; `x{n,m}` is m copies of x plus m-n
 * (RE2 makes n copies and m-n optional ones) and the length of `{n,m}`. Written by hand because re2js
 * exposes no parser and its compile is the cost being avoided. It only has
 * to agree with RE2 on patterns RE2 accepts: one RE2 refuses is never
 * compiled, whatever this returns.
 */
function estimatedInstructions(pattern) {
    const frames = [{ total: 0, last: 0 }];
    let top = frames[0];
    const atom = (size) => {
        top.total = Math.min(CAP, top.total + size);
        top.last = size;
    };
    // The last atom becomes `times` copies of itself plus `extra` instructions.
    const quantify = (times, extra) => {
        const grown = Math.min(CAP, top.last * times + extra);
        top.total = Math.min(CAP, top.total - top.last + grown);
        top.last = grown;
    };
    const close = () => {
        const group = frames.pop();
        top = frames[frames.length - 1];
        atom(Math.min(CAP, Math.max(1, group.total) + 2));
    };
    let i = 0;
    const n = pattern.length;
    while (i < n) {
        const c = pattern[i];
        if (c === '\\') {
            if (pattern[i + 1] === 'Q') {
                // \Q...\E: literal text, one instruction a character.
                const end = pattern.indexOf('\\E', i + 2);
                const stop = end === -1 ? n : end;
                for (let k = i + 2; k < stop; k++)
                    atom(1);
                i = end === -1 ? n : end + 2;
                continue;
            }
            i = escapeEnd(pattern, i);
            atom(1);
        }
        else if (c === '[') {
            i = classEnd(pattern, i);
            atom(1);
        }
        else if (c === '(' && flagsEnd(pattern, i) !== -1) {
            // `(?i)` only sets flags: a quantifier after it applies to what came before (RE2 and Go agree).
            i = flagsEnd(pattern, i);
        }
        else if (c === '(') {
            frames.push({ total: 0, last: 0 });
            top = frames[frames.length - 1];
            i = groupBodyStart(pattern, i);
        }
        else if (c === ')' && frames.length > 1) {
            close();
            i++;
        }
        else if (c === '|') {
            top.total = Math.min(CAP, top.total + 2);
            top.last = 0;
            i++;
        }
        else if (c === '*' || c === '+' || c === '?') {
            quantify(1, 2);
            i++;
            if (pattern[i] === '?')
                i++; // non-greedy
        }
        else if (c === '{') {
            REPEAT.lastIndex = i;
            const m = REPEAT.exec(pattern);
            if (m === null) {
                atom(1);
                i++;
                continue;
            }
            const min = Math.min(MAX_COUNT, Number(m[1]));
            if (m[2] !== undefined && m[3] === '') {
                // x{n,}: n copies, the last one looping (or x* for n = 0).
                quantify(Math.max(1, min), 2 + m[0].length);
            }
            else {
                // x{n} and x{n,m}: m copies, m-n of them optional; plus the text itself, for the forms RE2 reads as literal characters.
                const max = m[2] === undefined ? min : Math.min(MAX_COUNT, Number(m[3]));
                quantify(Math.max(1, min, max), Math.abs(max - min) + m[0].length);
            }
            i = REPEAT.lastIndex;
            if (pattern[i] === '?')
                i++;
        }
        else {
            atom(1);
            i++;
        }
    }
    while (frames.length > 1)
        close();
    // The program's own instructions: fail, match and the unanchored loop.
    return Math.min(CAP, top.total + 4);
}
const FLAGS = /\(\?[A-Za-z-]*\)/y;
/** Index after a flags-only group such as `(?i)` or `(?s-m)` opening at `i`, or -1. */
function flagsEnd(pattern, i) {
    return stickyEnd(FLAGS, pattern, i);
}
// Each piece of syntax below is matched at one place (sticky) and over a bounded alphabet, never searched for
// further on: searching from every `(?` or `\p{` of a 16 KB pattern would make the estimate quadratic.
const GROUP_OPENING = /\(\?(?:P?<[A-Za-z0-9_]+>|[A-Za-z-]*:)/y;
const BRACED_ESCAPE = /\\(?:[pP]\{\^?[A-Za-z0-9_]*\}|x\{[0-9A-Fa-f]*\})/y;
const POSIX_CLASS = /\[:\^?[a-z]+:\]/y;
function stickyEnd(re, pattern, i) {
    re.lastIndex = i;
    return re.test(pattern) ? re.lastIndex : -1;
}
/**
 * Index after the opening of the group at `i`: `(`, `(?:`, `(?i:`,
 * `(?P<name>` or `(?<name>`. Anything else after `(?` RE2 refuses; reading
 * it as group content only raises the estimate.
 */
function groupBodyStart(pattern, i) {
    const end = stickyEnd(GROUP_OPENING, pattern, i);
    return end === -1 ? i + 1 : end;
}
/**
 * Index after the escape at `i`: `\p{Greek}` and `\x{1F600}` are one; the
 * tail of any other escape (`\x41`, `\101`) is digits or letters, each
 * costed as a character of its own, which is no less.
 */
function escapeEnd(pattern, i) {
    const end = stickyEnd(BRACED_ESCAPE, pattern, i);
    return end === -1 ? Math.min(pattern.length, i + 2) : end;
}
/**
 * Index after the character class opening at `i`, by Go's rules: a `]`
 * right after `[` or `[^` is a member, `[:name:]` is one member, and `\`
 * escapes the next character.
 */
function classEnd(pattern, i) {
    let k = i + 1;
    if (pattern[k] === '^')
        k++;
    if (pattern[k] === ']')
        k++;
    while (k < pattern.length && pattern[k] !== ']') {
        const posix = stickyEnd(POSIX_CLASS, pattern, k);
        if (posix !== -1) {
            k = posix;
            continue;
        }
        k = pattern[k] === '\\' ? escapeEnd(pattern, k) : k + 1;
    }
    return Math.min(pattern.length, k + 1);
}

;// CONCATENATED MODULE: ./.build/src/core/lint/placeholders.js


/**
 * Text that is still a placeholder from a template or a README. Exact words
 * are matched whole; markers like TODO only in capitals, so a remote secret
 * called "todo-api" is not flagged.
 */
const PLACEHOLDER_WORD = /^(changeme|change[-_ ]me|replaceme|replace[-_ ]me|placeholder|dummy|tbd|todo|fixme|x{3,}|\.\.\.)$/i;
const PLACEHOLDER_MARK = /<[^<>\s][^<>]*>|\b(TODO|FIXME|CHANGEME|CHANGE_ME|REPLACE_ME|TBD)\b|^[xX]{3,}(-[xX]+)+$|^0{8}-0{4}-0{4}-0{4}-0{12}$/;
/** Documentation domains (RFC 2606), only in URLs: `example.com/owner` is a fine label prefix. */
const PLACEHOLDER_URL = /^[a-z][a-z0-9+.-]*:\/\/([^/@]*@)?([^/:]*\.)?example\.(com|org|net)(?=$|[:/?#])/i;
/** Go template delimiters: ESO evaluates templates with text/template and escapes nothing. */
const TEMPLATE = /\{\{|\}\}/;
const MAX_DEPTH = 64;
function placeholder(v) {
    return PLACEHOLDER_WORD.test(v) || PLACEHOLDER_MARK.test(v) || PLACEHOLDER_URL.test(v);
}
/**
 * One pass over every key and string of the file: template delimiters
 * (error) and leftover placeholders (warning). The path is kept as a stack
 * and only copied when something is found.
 */
function checkPlaceholders(lint) {
    const stack = [];
    const visit = (v) => {
        // Values files are shallow; a deeper structure is not ours to read (and must not blow the stack).
        if (stack.length > MAX_DEPTH)
            return;
        if (typeof v === 'string') {
            if (TEMPLATE.test(v)) {
                lint.report('template-syntax', [...stack], `${(0,wording/* subject */.bc)(lint.root, stack)}: ${(0,wording/* quote */.hD)(v)} contains "{{" or "}}"; ESO templates are Go ` +
                    `templates and would evaluate it. Remove the braces`);
            }
            else if (placeholder(v)) {
                lint.report('placeholder-value', [...stack], `${(0,wording/* subject */.bc)(lint.root, stack)}: ${(0,wording/* quote */.hD)(v)} looks like a placeholder; replace it with the real value`);
            }
            return;
        }
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length; i++) {
                stack.push(i);
                visit(v[i]);
                stack.pop();
            }
            return;
        }
        if ((0,core_values/* isRecord */.u4)(v)) {
            for (const [k, child] of Object.entries(v)) {
                // Helm globals belong to other charts (which may template them on purpose); we never read them.
                if (stack.length === 0 && k === 'global')
                    continue;
                stack.push(k);
                if (TEMPLATE.test(k)) {
                    lint.report('template-syntax', [...stack], `${(0,wording/* subject */.bc)(lint.root, stack)}: the key ${(0,wording/* quote */.hD)(k)} contains "{{" or "}}"; ESO templates ` +
                        `are Go templates and would evaluate it. Remove the braces`, 'key');
                }
                visit(child);
                stack.pop();
            }
        }
    };
    visit(lint.root);
}

// EXTERNAL MODULE: ./.build/src/core/yaml-numbers.js
var yaml_numbers = __webpack_require__(97875);
;// CONCATENATED MODULE: ./.build/src/core/lint/yaml11.js



/**
 * Plain scalars that are strings to us (YAML 1.2) but not to Helm, whose
 * YAML reader follows YAML 1.1: `on`, `yes`, `n`... are booleans there and
 * `1_000`, `0b101`, `0X1F`, `-0x1F` numbers. The chart printed values
 * unquoted, so there a namespace written `on` became the boolean true; a
 * values file shared with Helm should quote them. YAML 1.1's base-60
 * numbers (`1:30`) are left out: Helm's reader (go-yaml v2) has none and
 * reads them as strings, as we do.
 */
const YAML11_TRUE = /^(y|Y|yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(n|N|no|No|NO|off|Off|OFF)$/;
/**
 * What go-yaml v2 reads as a number once it has dropped every `_`: Go's
 * integer syntax (a sign, then `0x`, `0o` or `0b` in either case, within 64
 * bits; longer ones stay strings) or YAML's float syntax. Checked with
 * `helm template`.
 */
const GO_YAML_NUMBER = /^[-+]?(?:0[xX][0-9a-fA-F]{1,16}|0[oO][0-7]{1,22}|0[bB][01]{1,64}|(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/*
 * Cheap pre-check on the raw text, so files without any candidate skip the
 * tree walk: the words, a prefixed number, or one with an `_` (but for an
 * exponent's `-`, which would overlap the `-` before a token). It runs on
 * the whole file, comments included, so it splits a number one way only (up
 * to the first `_`, then the rest): `[0-9][0-9_]*_` could end at any `_` of
 * a run, and a 160 KB comment of underscores kept lint busy for a minute and
 * a half.
 */
const CANDIDATE = new RegExp('(^|[\\s[{,:?-])(y|yes|n|no|on|off|[-+]?0[box][0-9a-f_]*|(?:[-+]|[-+]?[0-9.][0-9.e+]*)_[0-9a-f_.+]*)[ \\t]*($|[,\\]}#:])', 'im');
/** Helm reads `source` as a number and we do not. go-yaml v2 tries numbers only for text that starts with a digit or a sign. */
function helmOnlyNumber(source) {
    const c = source.charCodeAt(0);
    if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d))
        return false;
    return !yaml_numbers/* CORE_NUMBER */.g.test(source) && GO_YAML_NUMBER.test(source.replaceAll('_', ''));
}
function yaml11Reading(source) {
    if (YAML11_TRUE.test(source))
        return 'the boolean true';
    if (YAML11_FALSE.test(source))
        return 'the boolean false';
    if (helmOnlyNumber(source))
        return 'a number';
    return null;
}
/** Warn about unquoted scalars that YAML 1.1 readers (Helm) type differently. */
function checkYaml11(lint, text) {
    if (!CANDIDATE.test(text))
        return;
    for (const s of lint.parsed.plainScalars((src) => yaml11Reading(src) !== null)) {
        if (s.path[0] === 'global')
            continue;
        const reading = yaml11Reading(s.source);
        const what = s.isKey ? `the unquoted key ${s.source}` : `the unquoted ${s.source}`;
        const head = s.isKey ? (0,wording/* subject */.bc)(lint.root, s.path.slice(0, -1)) : (0,wording/* subject */.bc)(lint.root, s.path);
        lint.findings.push((0,rules/* finding */.gk)('yaml11-ambiguous', lint.file, s.position, `${head}: ${what} is the string ${(0,wording/* quote */.hD)(s.source)} here, but Helm and other YAML 1.1 ` +
            `readers read it as ${reading}; write it in quotes: ${(0,wording/* quote */.hD)(s.source)}`));
    }
}

// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(79072);
// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var format = __webpack_require__(33882);
;// CONCATENATED MODULE: ./.build/src/core/lint/index.js

















const START = { line: 1, column: 1 };
/**
 * Lint values files: YAML syntax, the JSON Schema, the rules of rules.ts,
 * and checks across files. Returns the findings (sorted by file in input
 * order, then line, column, rule) and the model of every file that parsed to
 * a mapping. Never throws: a bug in a rule becomes an `internal-error` finding.
 */
function lintFiles(sources) {
    const findings = [];
    const linted = [];
    const order = new Map();
    const unreadable = new Set();
    // Condition regexes have a budget per run, across files.
    const regexes = new NamespaceRegexes();
    sources.forEach((s, i) => {
        if (!order.has(s.name))
            order.set(s.name, i);
        try {
            const result = lintOne(s, regexes);
            append(findings, result.findings);
            if (result.file)
                linted.push(result.file);
            else
                unreadable.add(s.name);
        }
        catch (err) {
            findings.push(internalError(s.name, err));
            unreadable.add(s.name);
        }
    });
    try {
        checkAcrossFiles(linted, regexes);
    }
    catch (err) {
        findings.push(internalError(sources[0]?.name ?? '', err));
    }
    for (const { lint } of linted)
        append(findings, lint.findings);
    findings.sort((0,compare/* compareFindings */.E)(order));
    return { findings, releases: linted.map((f) => f.release), invalid: invalidItems(findings, linted, unreadable) };
}
/**
 * One item per entry, store or file holding an error, placed at its first
 * error (findings are sorted). An error whose value path leads into one
 * entry or store condemns only that; any other error (YAML syntax, a
 * top-level key, `defaults`, the `externalsecrets` list itself) makes the
 * whole file unusable, since every entry may depend on it.
 */
function invalidItems(findings, linted, unreadable) {
    const byFile = new Map(linted.map((f) => [f.release.file, f]));
    const out = [];
    const seen = new Set();
    const wholeFile = new Set();
    for (const f of findings) {
        if (f.severity !== 'error')
            continue;
        const file = byFile.get(f.file);
        const scope = file === undefined || unreadable.has(f.file) ? null : scopeOf(file, file.lint.paths.get(f));
        if (scope === null)
            wholeFile.add(f.file);
        const id = scope === null ? `file\u0000${f.file}` : `${scope.scope}\u0000${f.file}\u0000${scope.key}`;
        if (seen.has(id))
            continue;
        seen.add(id);
        const { key: _key, ...what } = scope ?? { scope: 'file', externalSecret: null, store: null, index: null, key: '' };
        out.push({ file: f.file, line: f.line, column: f.column, ...what, rule: f.rule, message: f.message });
    }
    // A file that is withheld as a whole needs no item per entry or store besides.
    return out.filter((i) => i.scope === 'file' || !wholeFile.has(i.file));
}
function scopeOf(file, path) {
    if (path === undefined)
        return null;
    const [a, b] = path;
    if (a === 'externalsecrets' && typeof b === 'number') {
        const entry = file.release.entries.find((e) => e.index === b);
        if (entry === undefined)
            return null;
        return { scope: 'entry', externalSecret: entry.name === '' ? null : entry.name, store: null, index: b, key: String(b) };
    }
    const storePath = a === 'clustersecretstore' ? [a] : a === 'clustersecretstores' && typeof b === 'number' ? [a, b] : null;
    if (storePath === null)
        return null;
    const store = file.release.stores.find((s) => s.path.length === storePath.length && s.path.every((seg, i) => seg === storePath[i]));
    if (store === undefined)
        return null;
    return { scope: 'store', externalSecret: null, store: store.name, index: null, key: storePath.join('.') };
}
/** True when any finding is an error (errors block render, publish and comments). */
function hasErrors(findings) {
    return findings.some((f) => f.severity === 'error');
}
/** Findings of one file alone; `file` is set when it parsed to a mapping (its findings then live in file.lint). */
function lintOne(source, regexes) {
    const parsed = (0,parse/* parseValuesFile */.gX)(source);
    // A duplicate key is an error that still leaves values to lint; only a file without values stops here.
    if (parsed.value === undefined)
        return { findings: parsed.findings };
    const root = parsed.value;
    if (root === null || root === undefined) {
        const empty = 'the file is empty; a values file needs at least "clustersecretstore" or "externalsecrets"';
        return { findings: [...parsed.findings, (0,rules/* finding */.gk)('empty-file', source.name, START, empty)] };
    }
    if (!(0,core_values/* isRecord */.u4)(root)) {
        const got = Array.isArray(root) ? 'a list' : 'a single value';
        const message = `the file holds ${got}, but a values file is a mapping (clustersecretstore: ..., externalsecrets: [...])`;
        return { findings: [...parsed.findings, (0,rules/* finding */.gk)('not-a-mapping', source.name, parsed.positionOf([]), message)] };
    }
    const lint = new FileLint(parsed, root);
    append(lint.findings, parsed.findings);
    let release = { file: source.name, apiVersion: 'v1', stores: [], entries: [] };
    try {
        release = (0,normalize/* normalizeRelease */.bt)(source.name, root);
        checkSchema(lint);
        checkHelmOnlyKeys(lint, root);
        const defaults = (0,core_values/* isRecord */.u4)(root.defaults) ? root.defaults : {};
        for (const key of ['refreshTime', 'refreshInterval'])
            checkDuration(lint, ['defaults', key], defaults[key], () => `"defaults.${key}"`);
        for (const store of release.stores) {
            const raw = store.path.length === 1
                ? root.clustersecretstore
                : Array.isArray(root.clustersecretstores)
                    ? root.clustersecretstores[Number(store.path[1])]
                    : undefined;
            checkStore(lint, store.path, raw, store, regexes);
        }
        const items = Array.isArray(root.externalsecrets) ? root.externalsecrets : [];
        for (const entry of release.entries)
            checkEntry(lint, entry, items[entry.index], defaults);
        checkPlaceholders(lint);
        checkYaml11(lint, source.text);
    }
    catch (err) {
        lint.findings.push(internalError(source.name, err));
    }
    return { findings: [], file: { lint, release } };
}
function internalError(file, err) {
    return (0,rules/* finding */.gk)('internal-error', file, START, `${(0,internal_error/* internalErrorText */.Z)(err)}; the file could not be fully checked`);
}
/** push(...xs) overflows the call stack for very many findings; a loop does not. */
function append(to, xs) {
    for (const x of xs)
        to.push(x);
}


/***/ }),

/***/ 29414:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gk: () => (/* binding */ finding),
/* harmony export */   oL: () => (/* binding */ warningFinding)
/* harmony export */ });
/* unused harmony exports RULES, ruleInfo */
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21827);

// A store and an entry that pass every rule, to keep examples short.
const STORE = 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
    'https://my-vault.vault.azure.net\n    identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n';
const ENTRY = '  - secret: db\n    clustersecstore: kv\n    namespace: payments\n    namespacesecretname: ' +
    'db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n';
const ENTRIES = `externalsecrets:\n${ENTRY}`;
// The literal table; its keys make the RuleId type.
const RULE_TABLE = {
    'yaml-syntax': {
        severity: 'error',
        description: 'The file is not valid YAML (or is binary, or too large).',
        warningCase: 'YAML that parses but may not mean what it says (an unresolved tag such as `!custom`, an anchor ending in `:`)',
        example: {
            values: 'externalsecrets:\n  - secret: [db\n',
            line: 3,
            column: 1,
            message: 'Flow sequence in block collection must be sufficiently indented and end with a ]'
        }
    },
    'yaml-tab': {
        severity: 'error',
        description: 'A tab is used for indentation; YAML allows only spaces.',
        example: { values: 'externalsecrets:\n\t- secret: db\n', line: 2, column: 1, message: 'Tabs are not allowed as indentation' }
    },
    'yaml-duplicate-key': {
        severity: 'error',
        description: 'A key appears twice in one mapping, also when written differently ("1" and 1); the last one is used, as in ' +
            'Helm, and linting goes on.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    secret: db2\n`,
            line: 8,
            column: 5,
            message: 'duplicate key "secret" (lines 7 and 8): a key may appear only once in a mapping. Like Helm, this tool uses ' +
                'the last one (line 8) and checks the rest of the file with it'
        }
    },
    'yaml-alias-bomb': {
        severity: 'error',
        description: 'Aliases and merge keys make the file expand to more than 1,000,000 nodes (a "billion laughs" document), or an ' +
            'alias refers to a node that contains it; points at the alias that crosses the bound.',
        example: {
            values: ['a: &a ', 'b: &b ', 'c: &c ', 'd: ']
                .map((head, i) => `${head}[${Array(32)
                .fill(i === 0 ? 'x' : `*${'abc'[i - 1]}`)
                .join(', ')}]\n`)
                .join(''),
            line: 4,
            column: 117,
            message: 'the alias *c makes the file expand to more than 1,000,000 nodes; refusing a possible alias bomb'
        }
    },
    'limit-exceeded': {
        severity: 'error',
        description: 'The file is past one of the bounds that keep lint fast and small: 16 MiB, 250,000 YAML nodes, 64 levels of nesting, ' +
            '1,000 keys in a mapping, 20,000 items in a list, 16,384 characters in a string, 100 labels, 100 store condition items; ' +
            `a store condition regex that would compile to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b.regexInstructions.toLocaleString('en-US')} RE2 instructions, ` +
            `or all of them in one run to more than ${_limits_js__WEBPACK_IMPORTED_MODULE_0__/* .LIMITS */ .b.regexInstructionsPerRun.toLocaleString('en-US')} ` +
            '(estimated from the text; such a pattern is not compiled and its store is not judged).',
        example: {
            values: `x: ${'['.repeat(65)}${']'.repeat(65)}\n`,
            line: 1,
            column: 68,
            message: 'values are nested deeper than 64 levels (limit)'
        }
    },
    'unsafe-file': {
        severity: 'error',
        description: 'A values file is not a regular file inside the workspace (a symbolic link out of it or into .git, a device, ' +
            'a FIFO, a directory); it is not read.',
        example: {
            values: '',
            refused: 'values.yaml is a symbolic link to a file outside the workspace; values files must be regular files in the repository',
            line: 1,
            column: 1,
            message: 'values.yaml is a symbolic link to a file outside the workspace; values files must be regular files in the repository'
        }
    },
    'yaml11-ambiguous': {
        severity: 'warning',
        description: 'An unquoted value or key (on, yes, no, y, n, 1_000...) is a string here but a boolean or number to Helm and other YAML 1.1 readers.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: on\n   ` +
                ` namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 9,
            column: 16,
            message: 'externalsecrets[0] ("db"): "namespace": the unquoted on is the string "on" here, but Helm ' +
                'and other YAML 1.1 readers read it as the boolean true; write it in quotes: "on"'
        }
    },
    'empty-file': {
        severity: 'error',
        description: 'The file is empty or holds only comments.',
        example: {
            values: '# nothing here\n',
            line: 1,
            column: 1,
            message: 'the file is empty; a values file needs at least "clustersecretstore" or "externalsecrets"'
        }
    },
    'not-a-mapping': {
        severity: 'error',
        description: 'The top level of the file is a list or a single value instead of a mapping.',
        example: {
            values: '- secret: db\n',
            line: 1,
            column: 1,
            message: 'the file holds a list, but a values file is a mapping (clustersecretstore: ..., externalsecrets: [...])'
        }
    },
    'unknown-key': {
        severity: 'error',
        description: 'A key the values format does not know (usually a typo); suggests the closest allowed key.',
        example: {
            values: `${STORE}${ENTRIES}    namespaceselector:\n      team: payments\n`,
            line: 13,
            column: 5,
            message: 'externalsecrets[0] ("db"): unknown key "namespaceselector"; did you mean "namespaceSelector"?',
            fix: '    namespaceSelector:'
        }
    },
    'helm-only-key': {
        severity: 'warning',
        description: 'A Helm chart setting written out of habit (nameOverride, fullnameOverride) that has no effect here: ' +
            'every name comes from the values themselves.',
        example: {
            values: `nameOverride: secrets\n${STORE}${ENTRIES}`,
            line: 1,
            column: 1,
            message: '"nameOverride" has no effect: the resources are named by the values themselves (clustersecretstore.name, ' +
                'externalsecrets[].secret, namespacesecretname), as in the chart; remove it'
        }
    },
    'wrong-type': {
        severity: 'error',
        description: 'A value of the wrong type, e.g. a quoted "true" where a boolean belongs or a number where a name belongs.',
        example: {
            values: `${STORE}${ENTRIES}    multivalue: "true"\n`,
            line: 13,
            column: 17,
            message: 'externalsecrets[0] ("db"): "multivalue" must be a boolean (true or false), got the string ' +
                '"true"; write multivalue: true without quotes'
        }
    },
    'invalid-value': {
        severity: 'error',
        description: 'A value outside its allowed set (providerType, version, policies, esoApiVersion...) or otherwise against the JSON Schema.',
        example: {
            values: 'clustersecretstore:\n  name: kv\n  providerType: azure\n',
            line: 3,
            column: 17,
            message: 'clustersecretstore ("kv"): "providerType" must be one of azurekv, aws, vault, got the string "azure"'
        }
    },
    'missing-key': {
        severity: 'error',
        description: 'A nested object misses a key the schema requires (e.g. a matchExpressions item without operator).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
                `namespaceSelector:\n      matchExpressions:\n        - key: env\n    namespacesecretname: ` +
                `db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
            line: 11,
            column: 11,
            message: 'externalsecrets[0] ("db"): "namespaceSelector.matchExpressions[0].operator" is required'
        }
    },
    'entry-required': {
        severity: 'error',
        description: 'An entry misses a key its kind needs (secret, clustersecstore, namespacesecretname, ' +
            'keyvaultsecretname; namespacesecretkeyname for single value, property and custom type).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
            line: 7,
            column: 5,
            message: 'externalsecrets[0] ("db"): "namespacesecretname" is required (the name of the Kubernetes Secret to create)'
        }
    },
    'store-required': {
        severity: 'error',
        description: 'A store misses a key its provider and auth mode need.',
        example: {
            values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
                'https://my-vault.vault.azure.net\n    tenantid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n',
            line: 3,
            column: 3,
            message: 'clustersecretstore ("kv"): "azurekv.clientid" is required (a Secret reference {name, ' +
                'namespace, id}) for ServicePrincipal auth (or set "identityid" for ManagedIdentity, ' +
                '"workloadIdentity" for WorkloadIdentity)'
        }
    },
    'aws-controller-credentials': {
        severity: 'info',
        description: "An AWS store without auth: ESO reads AWS with its controller's own credentials (IRSA on its service account, EKS Pod Identity).",
        example: {
            values: 'clustersecretstore:\n  name: aws\n  providerType: aws\n  aws:\n    region: eu-west-1\n',
            line: 4,
            column: 3,
            message: 'clustersecretstore ("aws"): no "aws.auth" service account is set, so ESO reads AWS with the credentials of its own ' +
                'controller (IRSA on its service account, or EKS Pod Identity); set "aws.auth" to use another service account'
        }
    },
    'no-target': {
        severity: 'error',
        description: 'An entry has no target namespace (namespace, namespaces or namespaceSelector).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
                `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
            line: 7,
            column: 5,
            message: 'externalsecrets[0] ("db"): has no target namespace; set "namespace", "namespaces" or "namespaceSelector"'
        }
    },
    'namespace-conflict': {
        severity: 'error',
        description: 'An entry sets both namespace and namespaces.',
        example: {
            values: `${STORE}${ENTRIES}    namespaces: [billing]\n`,
            line: 13,
            column: 5,
            message: 'externalsecrets[0] ("db"): sets both "namespace" and "namespaces"; keep one (put every namespace in "namespaces")'
        }
    },
    'invalid-resource-name': {
        severity: 'error',
        description: 'A ClusterExternalSecret, Secret, store or service account name is not a DNS-1123 subdomain (max 253).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: DB_Creds\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 7,
            column: 13,
            message: 'externalsecrets[0] ("DB_Creds"): "secret": "DB_Creds" is not a valid ClusterExternalSecret ' +
                'name: use at most 253 lowercase letters, digits, "-" and ".", starting and ending with a ' +
                'letter or digit'
        }
    },
    'invalid-namespace': {
        severity: 'error',
        description: 'A namespace is not a DNS-1123 label (max 63).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
                `Payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 9,
            column: 16,
            message: 'externalsecrets[0] ("db"): "namespace": "Payments" is not a valid namespace name: use at ' +
                'most 63 lowercase letters, digits and "-", starting and ending with a letter or digit'
        }
    },
    'invalid-secret-key': {
        severity: 'error',
        description: 'A key inside a Secret does not match [-._a-zA-Z0-9]+.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: db password\n`,
            line: 12,
            column: 29,
            message: 'externalsecrets[0] ("db"): "namespacesecretkeyname": "db password" is not a valid Secret ' +
                'key: use only letters, digits, "-", "_" and "." (at most 253, not "." and not starting ' +
                'with "..")'
        }
    },
    'invalid-label': {
        severity: 'error',
        description: 'A label key or value (Secret labels or a selector) breaks the Kubernetes label rules.',
        example: {
            values: `${STORE}${ENTRIES}    labels:\n      team: -payments\n`,
            line: 14,
            column: 13,
            message: 'externalsecrets[0] ("db"): "labels.team": "-payments" is not a valid label value: use at ' +
                'most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit (or ' +
                'leave it empty)'
        }
    },
    'invalid-selector': {
        severity: 'error',
        description: 'A namespace selector mixes plain labels with matchLabels/matchExpressions, or an expression has the wrong values for its operator.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
                `namespaceSelector:\n      matchLabels: {team: payments}\n      env: prod\n    ` +
                `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
            line: 11,
            column: 7,
            message: 'externalsecrets[0] ("db"): "namespaceSelector" mixes matchLabels with the plain label "env"; move the label under matchLabels'
        }
    },
    'empty-selector': {
        severity: 'warning',
        description: 'An empty namespace selector selects every namespace of the cluster.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    ` +
                `namespaceSelector: {}\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n ` +
                `   namespacesecretkeyname: password\n`,
            line: 9,
            column: 24,
            message: 'externalsecrets[0] ("db"): "namespaceSelector" is empty, which selects every namespace in ' +
                'the cluster; add matchLabels or use "namespace"'
        }
    },
    'tls-key-name': {
        severity: 'error',
        description: 'A TLS entry names its keys other than tls.crt / tls.key.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: web-tls\n    clustersecstore: kv\n    namespace: ` +
                `web\n    namespacesecretname: web-tls\n    keyvaultsecretname: web\n    type: ` +
                `kubernetes.io/tls\n    namespacesecretkeynamecrt: cert.pem\n`,
            line: 13,
            column: 32,
            message: 'externalsecrets[0] ("web-tls"): "namespacesecretkeynamecrt" must be tls.crt (Kubernetes ' +
                'requires it for kubernetes.io/tls Secrets), got "cert.pem"',
            fix: '    namespacesecretkeynamecrt: tls.crt'
        }
    },
    'conflicting-kind-flags': {
        severity: 'warning',
        description: 'An entry sets two kind flags; names the kind this tool makes and the one the Secrets Injector chart 1.0.0 makes ' +
            '(it checks type, contactpoint, multivalue, then argocd, and knows neither argocdRepoCreds nor argocdBearerToken).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: prod-cluster\n    clustersecstore: kv\n    ` +
                `namespace: argocd\n    namespacesecretname: prod-cluster\n    keyvaultsecretname: ` +
                `prod-cluster\n    argocd: true\n    contactpoint: true\n`,
            line: 13,
            column: 5,
            message: 'externalsecrets[0] ("prod-cluster"): sets several kind flags (argocd, contactpoint): this ' +
                'tool makes an Argo CD cluster (client certificate) secret (argocd wins), the Secrets ' +
                'Injector chart 1.0.0 would make a Grafana contact point secret (contactpoint); keep only one'
        }
    },
    'ineffective-flag': {
        severity: 'warning',
        description: 'A key that has no effect where it is (argocdBearerToken without argocd, a key name on a ' +
            'kind with fixed keys, namespace next to namespaceSelector, an unused provider block...).',
        example: {
            values: `${STORE}${ENTRIES}    argocdBearerToken: true\n`,
            line: 13,
            column: 5,
            message: 'externalsecrets[0] ("db"): "argocdBearerToken" has no effect without "argocd: true"; remove it'
        }
    },
    'duplicate-name': {
        severity: 'error',
        description: 'Two entries (in one file or across files) share a ClusterExternalSecret name.',
        example: {
            values: `${STORE}${ENTRIES}  - secret: db\n    clustersecstore: kv\n    namespace: billing\n    ` +
                `namespacesecretname: db\n    keyvaultsecretname: db-password\n    namespacesecretkeyname: password\n`,
            line: 13,
            column: 13,
            message: 'externalsecrets[1] ("db"): ClusterExternalSecret name "db" is already used by ' +
                'externalsecrets[0] ("db") at values.yaml:7:13; names are cluster-wide, rename one'
        }
    },
    'duplicate-store': {
        severity: 'error',
        description: 'Two stores (in one file or across files) share a ClusterSecretStore name.',
        example: {
            values: `${STORE}clustersecretstores:\n  - name: kv\n    providerType: aws\n    aws:\n      auth: ` +
                `{serviceAccountName: eso, serviceAccountNamespace: eso}\n`,
            line: 7,
            column: 11,
            message: 'clustersecretstores[0] ("kv"): ClusterSecretStore name "kv" is already used by ' +
                'clustersecretstore ("kv") at values.yaml:2:9; store names are cluster-wide, rename one'
        }
    },
    'duplicate-secret': {
        severity: 'error',
        description: 'Two entries create the same Secret in the same namespace (or with the same selector).',
        example: {
            values: `${STORE}${ENTRIES}  - secret: db-copy\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 16,
            column: 26,
            message: 'externalsecrets[1] ("db-copy"): Secret "db" in namespace "payments" is also created by ' +
                'externalsecrets[0] ("db") at values.yaml:10:26; the two ExternalSecrets would overwrite ' +
                'each other. Rename one Secret (or use creationPolicy: Merge)'
        }
    },
    'unknown-store': {
        severity: 'warning',
        description: 'An entry reads from a store that none of the given files defines.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kb\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: db-password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 8,
            column: 22,
            message: 'externalsecrets[0] ("db"): store "kb" is not defined in any of the given files; did you mean "kv"?',
            fix: '    clustersecstore: kv'
        }
    },
    'remote-name': {
        severity: 'warning',
        description: 'keyvaultsecretname cannot be a secret name in the provider of its store (Azure Key Vault: ' +
            'letters, digits and "-"; AWS character sets).',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: db_password\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 11,
            column: 25,
            message: 'externalsecrets[0] ("db"): "keyvaultsecretname": "db_password" cannot exist in store "kv": ' +
                'Azure Key Vault secret names use only letters, digits and "-" (at most 127)'
        }
    },
    'store-conditions': {
        severity: 'warning',
        description: 'An entry targets a namespace that the conditions of its store do not allow.',
        example: {
            values: `${STORE}  conditions:\n    - namespaces: [billing]\n${ENTRIES}`,
            line: 10,
            column: 22,
            message: 'externalsecrets[0] ("db"): store "kv" may not be used from namespace "payments": its ' +
                "conditions allow only billing; ESO will not sync there. Add the namespace to the store's " +
                'conditions or use another store'
        }
    },
    'vault-whole-entry': {
        severity: 'warning',
        description: 'A single-value entry reads from a Vault store without "property": ESO then writes the whole Vault entry as JSON into the key.',
        example: {
            values: 'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
                'https://vault.internal.acme.io:8200\n    path: secret\n    auth:\n      tokenName: ' +
                'vault-token\n      tokenNamespace: external-secrets\n      tokenKey: token\n' +
                ENTRIES.replace('clustersecstore: kv', 'clustersecstore: vault'),
            line: 16,
            column: 25,
            message: 'externalsecrets[0] ("db"): store "vault" is a Vault store, whose secrets are maps of ' +
                'fields: without "property" the key "password" receives the whole entry "db-password" as ' +
                'JSON. Set "property" to the field to read'
        }
    },
    'placeholder-value': {
        severity: 'warning',
        description: 'A value still looks like a placeholder (`changeme`, `<...>`, `TODO`, `xxx`, `example.com` URLs...).',
        example: {
            values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: ' +
                'https://my-vault.vault.azure.net\n    identityid: <identity-client-id>\n',
            line: 5,
            column: 17,
            message: 'clustersecretstore ("kv"): "azurekv.identityid": "<identity-client-id>" looks like a placeholder; replace it with the real value'
        }
    },
    'template-syntax': {
        severity: 'error',
        description: 'A value or key contains "{{" or "}}", which ESO (Go text/template) would evaluate.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: ` +
                `payments\n    namespacesecretname: db\n    keyvaultsecretname: 'db-{{ .env }}'\n    ` +
                `namespacesecretkeyname: password\n`,
            line: 11,
            column: 25,
            message: 'externalsecrets[0] ("db"): "keyvaultsecretname": "db-{{ .env }}" contains "{{" or "}}"; ' +
                'ESO templates are Go templates and would evaluate it. Remove the braces'
        }
    },
    'deletion-policy': {
        severity: 'error',
        description: 'deletionPolicy Delete without creationPolicy Owner (or Merge with None): ESO rejects the ExternalSecret.',
        example: {
            values: `${STORE}${ENTRIES}    creationPolicy: Merge\n    deletionPolicy: Delete\n`,
            line: 14,
            column: 21,
            message: 'externalsecrets[0] ("db"): deletionPolicy Delete needs creationPolicy Owner (got Merge); ' +
                'ESO rejects this ExternalSecret. Use creationPolicy: Owner or another deletionPolicy'
        }
    },
    'invalid-duration': {
        severity: 'error',
        description: 'refreshTime / refreshInterval is not a Go duration (30s, 5m, 1h30m, 0).',
        example: {
            values: `${STORE}${ENTRIES}    refreshInterval: 5 minutes\n`,
            line: 13,
            column: 22,
            message: 'externalsecrets[0] ("db"): "refreshInterval": "5 minutes" is not a Go duration; write e.g. 30s, 5m, 1h30m, or 0 for never'
        }
    },
    'invalid-url': {
        severity: 'error',
        description: 'A store URL (vault server, Azure vaulturl) is not an http(s) URL.',
        example: {
            values: 'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
                'vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, tokenNamespace: ' +
                'eso, tokenKey: token}\n',
            line: 5,
            column: 13,
            message: 'clustersecretstore ("vault"): "vault.server": "vault.internal:8200" is not a URL; write it ' +
                'like https://vault.example.internal:8200'
        }
    },
    'insecure-url': {
        severity: 'warning',
        description: 'A store URL uses plain http (fine only for local test servers).',
        example: {
            values: 'clustersecretstore:\n  name: vault\n  providerType: vault\n  vault:\n    server: ' +
                'http://vault.internal:8200\n    path: secret\n    auth: {tokenName: vault-token, ' +
                'tokenNamespace: eso, tokenKey: token}\n',
            line: 5,
            column: 13,
            message: 'clustersecretstore ("vault"): "vault.server": "http://vault.internal:8200" uses plain ' +
                'http, so credentials and secrets travel unencrypted; use https (http is only fine for a ' +
                'local test server)'
        }
    },
    'azure-vault-url': {
        severity: 'warning',
        description: 'An Azure vaulturl is not of the form `https://<name>.vault.azure.net`.',
        example: {
            values: 'clustersecretstore:\n  name: kv\n  azurekv:\n    vaulturl: https://my-vault.azure.net\n    ' +
                'identityid: 6d8f3c1e-7777-4bbb-9999-123456789abc\n',
            line: 4,
            column: 15,
            message: 'clustersecretstore ("kv"): "azurekv.vaulturl": "https://my-vault.azure.net" does not look ' +
                'like an Azure Key Vault URL; expected https://<vault-name>.vault.azure.net'
        }
    },
    'invalid-regex': {
        severity: 'error',
        description: "A store condition namespaceRegexes item is not a valid regular expression in Go's RE2 syntax (what ESO uses); " +
            "ESO's webhook rejects the store.",
        example: {
            values: `${STORE}  conditions:\n    - namespaceRegexes: ['team-(a']\n`,
            line: 7,
            column: 26,
            message: 'clustersecretstore ("kv"): "conditions[0].namespaceRegexes[0]": "team-(a" is not a valid regular expression in ' +
                "Go's RE2 syntax, which ESO uses (missing closing )); ESO's webhook rejects the ClusterSecretStore"
        }
    },
    'namespaces-file': {
        severity: 'error',
        description: 'The namespaces file (`--namespaces-file`, action input `namespaces-file`) cannot be read as a list of namespaces with their labels.',
        warningCase: 'a namespace listed twice (the first entry is used)',
        example: {
            input: 'namespaces-file',
            values: '- name: payments\n  labels: [team]\n',
            line: 2,
            column: 11,
            message: 'labels must be a map of label name to value'
        }
    },
    'remote-missing': {
        severity: 'error',
        description: 'verify: a remote secret that an entry reads does not exist in the provider of its store, ' +
            'so the Secrets of that entry would fail to sync.',
        example: {
            values: `${STORE}externalsecrets:\n  - secret: db\n    clustersecstore: kv\n    namespace: payments\n` +
                `    namespacesecretname: db\n    keyvaultsecretname: db-pasword\n    namespacesecretkeyname: password\n`,
            line: 11,
            column: 25,
            message: 'remote secret "db-pasword" does not exist in Azure Key Vault https://my-vault.vault.azure.net (store "kv"); ' +
                'this Secret would fail to sync (SecretSyncedError): payments/db',
            remote: { present: ['db-password'] }
        }
    },
    'remote-unchecked': {
        severity: 'warning',
        description: 'verify: a store could not be checked (no credentials, permission denied, unreachable, throttled or too slow); ' +
            'the finding says what was missing.',
        example: {
            values: `${STORE}${ENTRIES}`,
            line: 2,
            column: 9,
            message: 'store "kv" (Azure Key Vault https://my-vault.vault.azure.net) was not checked: no Azure credentials ' +
                '(DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, AZURE_TENANT_ID and ' +
                'AZURE_FEDERATED_TOKEN_FILE); 1 remote secret read by 1 Secret unverified: "db-password"',
            remote: {
                unchecked: 'no Azure credentials (DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, ' +
                    'AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE)'
            }
        }
    },
    'internal-error': {
        severity: 'error',
        description: 'A bug in the linter itself; the file could not be fully checked. Please report it.'
    }
};
/**
 * Every rule id with its severity, description and a runnable example.
 * docs/lint-rules.md is generated from this table and each example is a test.
 */
const RULES = RULE_TABLE;
/**
 * A finding of `rule`, with the severity the registry gives it. Every
 * finding of the core is made here or by `warningFinding`, so each one has a
 * documented rule (docs/lint-rules.md).
 */
function finding(rule, file, at, message) {
    return { file, line: at.line, column: at.column, severity: RULES[rule].severity, rule, message };
}
/** A finding of the documented warning case of `rule` (RuleInfo.warningCase). */
function warningFinding(rule, file, at, message) {
    return { ...finding(rule, file, at, message), severity: 'warning' };
}
const BY_ID = new Map(Object.entries(RULES));
/** The registry entry of a rule id read from outside (a report bundle), or undefined when there is no such rule. */
function ruleInfo(id) {
    return BY_ID.get(id);
}


/***/ }),

/***/ 24477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ keyPath),
/* harmony export */   Wb: () => (/* binding */ ownerLabel),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   bf: () => (/* binding */ ownerOf),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   vJ: () => (/* binding */ withArticle)
/* harmony export */ });
/* unused harmony export MAX_ECHO */
/* harmony import */ var _values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38917);

/**
 * Wording helpers shared by the rules, so every message names its place the
 * same way: `externalsecrets[3] ("db-creds"): "namespace" ...`.
 */
/** Longest piece of user text a message repeats (values are never secret, but may be long). */
const MAX_ECHO = 60;
/** A user string in quotes, escaped (newlines stay visible) and cut to MAX_ECHO characters. */
function quote(s) {
    if (s.length <= MAX_ECHO)
        return JSON.stringify(s);
    const cut = [...s];
    return JSON.stringify(cut.length > MAX_ECHO ? cut.slice(0, MAX_ECHO).join('') + '…' : s);
}
/** "a TLS" / "an Argo CD ...": the indefinite article for a kind label. */
function withArticle(s) {
    return /^[aeio]/i.test(s) ? `an ${s}` : `a ${s}`;
}
/** How a value looks to the user, for "got ..." in messages. */
function describeValue(v) {
    if (v === null || v === undefined)
        return 'nothing (an empty value)';
    if (typeof v === 'string')
        return `the string ${quote(v)}`;
    if (typeof v === 'number' || typeof v === 'bigint')
        return `the number ${String(v)}`;
    if (typeof v === 'boolean')
        return `the boolean ${String(v)}`;
    if (Array.isArray(v))
        return 'a list';
    return 'a mapping';
}
const nameOf = (v) => ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) && typeof v.name === 'string' && v.name !== '' ? ` (${quote(v.name)})` : '');
const secretOf = (v) => ((0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(v) && typeof v.secret === 'string' && v.secret !== '' ? ` (${quote(v.secret)})` : '');
/** A key path relative to its entry or store, e.g. `clientid.name`, `labels["app.kubernetes.io/name"]`. */
function keyPath(segments) {
    let out = '';
    for (const s of segments) {
        if (typeof s === 'number')
            out += `[${s}]`;
        else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(s))
            out += out === '' ? s : `.${s}`;
        else
            out += `[${quote(s)}]`;
    }
    return out;
}
/**
 * Split a path into the object a user thinks of (an entry or a store, named)
 * and the key path inside it: ['externalsecrets', 3, 'labels', 'team'] ->
 * { owner: 'externalsecrets[3] ("db")', rest: ['labels', 'team'] }.
 */
function ownerOf(root, path) {
    const r = (0,_values_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u4)(root) ? root : {};
    const [a, b] = path;
    if (a === 'externalsecrets' && typeof b === 'number') {
        const item = Array.isArray(r.externalsecrets) ? r.externalsecrets[b] : undefined;
        return { owner: `externalsecrets[${b}]${secretOf(item)}`, rest: path.slice(2) };
    }
    if (a === 'clustersecretstores' && typeof b === 'number') {
        const item = Array.isArray(r.clustersecretstores) ? r.clustersecretstores[b] : undefined;
        return { owner: `clustersecretstores[${b}]${nameOf(item)}`, rest: path.slice(2) };
    }
    if (a === 'clustersecretstore')
        return { owner: `clustersecretstore${nameOf(r.clustersecretstore)}`, rest: path.slice(1) };
    return { owner: '', rest: path };
}
/**
 * Message head naming the place: `externalsecrets[3] ("db"): "labels.team"`,
 * `clustersecretstore ("x")`, or `"esoApiVersion"` at top level.
 */
function subject(root, path) {
    const { owner, rest } = ownerOf(root, path);
    const key = rest.length > 0 ? `"${keyPath(rest)}"` : '';
    if (owner === '')
        return key === '' ? 'the file' : key;
    return key === '' ? owner : `${owner}: ${key}`;
}
/** The owner alone, for messages about a whole entry or store ('' at top level). */
function ownerLabel(root, path) {
    return ownerOf(root, path).owner;
}


/***/ }),

/***/ 80177:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wb: () => (/* binding */ labelSelector),
  bt: () => (/* binding */ normalizeRelease),
  Hf: () => (/* binding */ providerTypeOf)
});

// UNUSED EXPORTS: targetOf

// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(44436);
;// CONCATENATED MODULE: ./.build/src/core/model.js
/** Defaults: the chart's (store name, provider, AWS region, Vault version, refresh, creation policy) and the ESO API version. */
const DEFAULTS = {
    storeName: 'cluster-azure-backend',
    providerType: 'azurekv',
    awsRegion: 'us-east-1',
    vaultVersion: 'v2',
    refreshTime: '1m',
    refreshInterval: '5m',
    creationPolicy: 'Owner',
    apiVersion: 'v1'
};

// EXTERNAL MODULE: ./.build/src/core/values.js
var core_values = __webpack_require__(38917);
;// CONCATENATED MODULE: ./.build/src/core/normalize.js



/**
 * Turn the plain values of one file into the model. This is the place that
 * knows the chart's key names (`clustersecstore`, `keyvaultsecretname`, ...)
 * and the defaults; the keys only some kinds read (`property`, `type`,
 * `namespacesecretkeyname`) are read by the entry's kind module.
 *
 * It never throws and never invents a value the user must give: a missing
 * required string becomes '' (lint reports it; render is never called while
 * lint has errors). Values of the wrong type are treated as absent.
 */
function normalizeRelease(file, values) {
    const root = (0,core_values/* asRecord */.qY)(values);
    const stores = [];
    if (root.clustersecretstore !== undefined && root.clustersecretstore !== null) {
        stores.push(normalizeStore(file, ['clustersecretstore'], (0,core_values/* asRecord */.qY)(root.clustersecretstore)));
    }
    (0,core_values/* asList */.DD)(root.clustersecretstores).forEach((s, i) => stores.push(normalizeStore(file, ['clustersecretstores', i], (0,core_values/* asRecord */.qY)(s))));
    const defaults = (0,core_values/* asRecord */.qY)(root.defaults);
    const entries = (0,core_values/* asList */.DD)(root.externalsecrets).map((e, i) => normalizeEntry(file, i, (0,core_values/* asRecord */.qY)(e), defaults));
    const apiVersion = root.esoApiVersion === 'v1beta1' ? 'v1beta1' : DEFAULTS.apiVersion;
    return { file, apiVersion, stores, entries };
}
/** The provider type a store block selects (chart default azurekv). */
function providerTypeOf(store) {
    return (0,core_values/* asString */.oJ)(store.providerType) || DEFAULTS.providerType;
}
function normalizeStore(file, path, s) {
    const type = providerTypeOf(s);
    let provider;
    if (type === 'aws') {
        const a = (0,core_values/* asRecord */.qY)(s.aws);
        const auth = (0,core_values/* asRecord */.qY)(a.auth);
        // Without a service account ESO authenticates as its own controller (IRSA, EKS Pod Identity).
        const awsAuth = (0,core_values/* present */.Eb)(auth.serviceAccountName) || (0,core_values/* present */.Eb)(auth.serviceAccountNamespace)
            ? { mode: 'jwt', serviceAccount: { name: (0,core_values/* asString */.oJ)(auth.serviceAccountName), namespace: (0,core_values/* asString */.oJ)(auth.serviceAccountNamespace) } }
            : { mode: 'controller' };
        provider = {
            type: 'aws',
            region: (0,core_values/* asString */.oJ)(a.region) || DEFAULTS.awsRegion,
            service: a.service === 'ParameterStore' ? 'ParameterStore' : 'SecretsManager',
            auth: awsAuth
        };
    }
    else if (type === 'vault') {
        const v = (0,core_values/* asRecord */.qY)(s.vault);
        const auth = (0,core_values/* asRecord */.qY)(v.auth);
        let vaultAuth;
        if (auth.kubernetes !== undefined) {
            const k = (0,core_values/* asRecord */.qY)(auth.kubernetes);
            vaultAuth = { mode: 'kubernetes', mountPath: (0,core_values/* asString */.oJ)(k.mountPath) || 'kubernetes', role: (0,core_values/* asString */.oJ)(k.role) };
            const sa = saRef(k);
            if (sa)
                vaultAuth.serviceAccount = sa;
        }
        else if (auth.appRole !== undefined) {
            const r = (0,core_values/* asRecord */.qY)(auth.appRole);
            vaultAuth = {
                mode: 'appRole',
                path: (0,core_values/* asString */.oJ)(r.path) || 'approle',
                roleId: (0,core_values/* asString */.oJ)(r.roleId),
                secretRef: keyRef((0,core_values/* asRecord */.qY)(r.secretRef), 'key')
            };
        }
        else {
            vaultAuth = {
                mode: 'token',
                tokenSecretRef: { name: (0,core_values/* asString */.oJ)(auth.tokenName), namespace: (0,core_values/* asString */.oJ)(auth.tokenNamespace), key: (0,core_values/* asString */.oJ)(auth.tokenKey) }
            };
        }
        provider = {
            type: 'vault',
            server: (0,core_values/* asString */.oJ)(v.server),
            path: (0,core_values/* asString */.oJ)(v.path),
            version: v.version === 'v1' ? 'v1' : 'v2',
            auth: vaultAuth
        };
    }
    else {
        const z = (0,core_values/* asRecord */.qY)(s.azurekv);
        let auth;
        if ((0,core_values/* asString */.oJ)(z.identityid)) {
            auth = { mode: 'ManagedIdentity', identityId: (0,core_values/* asString */.oJ)(z.identityid) };
        }
        else if (z.workloadIdentity !== undefined) {
            auth = { mode: 'WorkloadIdentity', serviceAccount: saRef((0,core_values/* asRecord */.qY)(z.workloadIdentity)) ?? { name: '', namespace: '' } };
        }
        else {
            auth = {
                mode: 'ServicePrincipal',
                clientId: keyRef((0,core_values/* asRecord */.qY)(z.clientid), 'id'),
                clientSecret: keyRef((0,core_values/* asRecord */.qY)(z.clientsecret), 'id')
            };
        }
        provider = { type: 'azurekv', vaultUrl: (0,core_values/* asString */.oJ)(z.vaulturl), auth };
        if ((0,core_values/* asString */.oJ)(z.tenantid))
            provider.tenantId = (0,core_values/* asString */.oJ)(z.tenantid);
    }
    const store = { file, path, name: (0,core_values/* asString */.oJ)(s.name) || DEFAULTS.storeName, provider };
    if (Array.isArray(s.conditions))
        store.conditions = s.conditions.map((c) => normalizeCondition((0,core_values/* asRecord */.qY)(c)));
    return store;
}
function normalizeCondition(c) {
    const out = {};
    if (c.namespaceSelector !== undefined)
        out.namespaceSelector = labelSelector(c.namespaceSelector);
    if (Array.isArray(c.namespaces))
        out.namespaces = c.namespaces.map(core_values/* asString */.oJ);
    if (Array.isArray(c.namespaceRegexes))
        out.namespaceRegexes = c.namespaceRegexes.map(core_values/* asString */.oJ);
    return out;
}
function normalizeEntry(file, index, e, defaults) {
    // The one place an entry's kind is decided; lint, render and diff read entry.kind.
    const kind = (0,kinds/* decideKind */.vC)(e);
    const entry = {
        file,
        index,
        path: ['externalsecrets', index],
        kind,
        name: (0,core_values/* asString */.oJ)(e.secret),
        store: (0,core_values/* asString */.oJ)(e.clustersecstore),
        target: targetOf(e),
        secretName: (0,core_values/* asString */.oJ)(e.namespacesecretname),
        remoteName: (0,core_values/* asString */.oJ)(e.keyvaultsecretname),
        labels: (0,core_values/* stringEntries */.iq)(e.labels),
        refreshTime: (0,core_values/* asString */.oJ)(e.refreshTime) || (0,core_values/* asString */.oJ)(defaults.refreshTime) || DEFAULTS.refreshTime,
        refreshInterval: (0,core_values/* asString */.oJ)(e.refreshInterval) || (0,core_values/* asString */.oJ)(defaults.refreshInterval) || DEFAULTS.refreshInterval,
        creationPolicy: ((0,core_values/* asString */.oJ)(e.creationPolicy) || (0,core_values/* asString */.oJ)(defaults.creationPolicy) || DEFAULTS.creationPolicy),
        ...(0,kinds/* kindModule */.dF)(kind).read(e)
    };
    const deletionPolicy = (0,core_values/* asString */.oJ)(e.deletionPolicy) || (0,core_values/* asString */.oJ)(defaults.deletionPolicy);
    if (deletionPolicy)
        entry.deletionPolicy = deletionPolicy;
    return entry;
}
/** A selector wins over a namespace, as in the chart's documentation; the `namespaces` list is our extension. */
function targetOf(e) {
    if (e.namespaceSelector !== undefined && e.namespaceSelector !== null)
        return { kind: 'selector', selector: labelSelector(e.namespaceSelector) };
    if (Array.isArray(e.namespaces))
        return { kind: 'namespaces', namespaces: [...new Set(e.namespaces.map(core_values/* asString */.oJ))].sort() };
    return { kind: 'namespaces', namespaces: (0,core_values/* asString */.oJ)(e.namespace) ? [(0,core_values/* asString */.oJ)(e.namespace)] : [] };
}
/**
 * The chart documents `namespaceSelector` as "a label selector". We accept a
 * Kubernetes LabelSelector (`matchLabels` / `matchExpressions`) and, as a
 * shorthand, a plain map of labels, which means `matchLabels`.
 */
function labelSelector(v) {
    const o = (0,core_values/* asRecord */.qY)(v);
    const keys = Object.keys(o);
    const isSelector = keys.length > 0 && keys.every((k) => k === 'matchLabels' || k === 'matchExpressions');
    if (!isSelector)
        return { matchLabels: (0,core_values/* stringEntries */.iq)(o) };
    const out = {};
    if (o.matchLabels !== undefined)
        out.matchLabels = (0,core_values/* stringEntries */.iq)(o.matchLabels);
    if (Array.isArray(o.matchExpressions)) {
        out.matchExpressions = o.matchExpressions.map((x) => {
            const m = (0,core_values/* asRecord */.qY)(x);
            const expr = { key: (0,core_values/* asString */.oJ)(m.key), operator: (0,core_values/* asString */.oJ)(m.operator) };
            if (Array.isArray(m.values))
                expr.values = m.values.map(core_values/* asString */.oJ);
            return expr;
        });
    }
    return out;
}
function keyRef(o, keyField) {
    return { name: (0,core_values/* asString */.oJ)(o.name), namespace: (0,core_values/* asString */.oJ)(o.namespace), key: (0,core_values/* asString */.oJ)(o[keyField]) };
}
function saRef(o) {
    if (!(0,core_values/* asString */.oJ)(o.serviceAccountName))
        return undefined;
    return { name: (0,core_values/* asString */.oJ)(o.serviceAccountName), namespace: (0,core_values/* asString */.oJ)(o.serviceAccountNamespace) };
}


/***/ }),

/***/ 33072:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gX: () => (/* binding */ parseValuesFile),
  Jj: () => (/* binding */ prescan)
});

// UNUSED EXPORTS: lexerPrescan, provablyWithinPrescanLimits

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/core/limits.js
var core_limits = __webpack_require__(21827);
// EXTERNAL MODULE: ./.build/src/core/lint/rules.js
var rules = __webpack_require__(29414);
// EXTERNAL MODULE: ./.build/src/core/yaml-numbers.js
var yaml_numbers = __webpack_require__(97875);
;// CONCATENATED MODULE: ./.build/src/core/block-values.js

/**
 * The line reader of values files, the first of parse.ts's readers: block
 * mappings and lists with one scalar per line, the way people write values
 * files (and every file the benchmark generates). It builds the value as it
 * reads, line by line, and declines (returns undefined) anything else, which
 * then goes to js-yaml (plain-values.ts) and, past that, to the `yaml`
 * Document, exactly as before.
 *
 * Why by hand: js-yaml 5, the fast reader, first turns the whole text into a
 * list of events (about 150,000 objects for 10,000 entries) and only then
 * builds the value. Those events all survive V8's young-generation
 * collections, and that much surviving data makes V8 double its young
 * generation to the maximum, which was a fifth of `render`'s peak memory
 * with Node's default heap settings. js-yaml 4 builds the value directly,
 * but misreads valid YAML (see plain-values.ts); no other reader builds
 * without an intermediate list or tree. What a values file needs is small,
 * so this reader takes only that, and declines the moment a line is
 * anything else:
 * - lines of spaces (no tabs), `\n` or `\r\n` line ends, blank lines and
 *   `#` comments; characters YAML prints as they are (no C0 or C1 controls,
 *   no line or paragraph separators, no byte order mark, nothing outside the
 *   Basic Multilingual Plane);
 * - a mapping at the top, `key: value` or `key:` followed by a deeper
 *   mapping or list (a list may also sit at its key's own indentation),
 *   `- value`, `- key: value` (a mapping started on the item's line) and `-`
 *   followed by a deeper collection;
 * - keys of letters, digits and `_ . / -` (not first: `-`) that YAML reads
 *   as strings (not `null`, `true`, numbers...), or quoted; up to 1,000
 *   characters, no duplicates, no `__proto__`;
 * - values on one line: plain text (not starting with an indicator, no `: `
 *   inside, `#` starting a comment only after a space), 'single' or "double"
 *   quoted (double quotes without escapes). Plain text resolves by the YAML
 *   1.2 core schema as js-yaml does; a number other than a decimal integer
 *   of up to 15 digits is declined (plain-values.ts says why);
 * - no flow collections, block scalars, anchors, aliases, tags, explicit
 *   keys, directives or document markers, and no line deeper than a value
 *   already given (that would continue a multi-line scalar).
 * The property tests in lint.quick-reader.unit.test.ts read generated texts
 * with this reader and the Document path: whatever this reader accepts, the
 * Document reads to the same value, without an error or a warning.
 *
 * `nodes` counts every key, value and list item read: at least what
 * parse.ts's prescan counts in such a text (its lexer counts the plain
 * scalars and the `-` indicators, and finds no flow collection), so a file
 * read within `maxNodes` (the node limit) needs no prescan; past it the
 * reader stops, having built no more than that.
 */
function block_values_readBlockValues(text, maxNodes = Infinity) {
    if (OUTSIDE_ALPHABET.test(text))
        return undefined;
    const frames = [];
    let root;
    let nodes = 0;
    for (let start = 0; start < text.length;) {
        let next = text.indexOf('\n', start);
        if (next < 0)
            next = text.length;
        const stop = next > start && text.charCodeAt(next - 1) === CR ? next - 1 : next;
        const line = start;
        start = next + 1;
        let at = line;
        while (at < stop && text.charCodeAt(at) === SPACE)
            at++;
        if (at === stop || text.charCodeAt(at) === HASH)
            continue;
        if (nodes > maxNodes)
            return undefined;
        const indent = at - line;
        const isItem = startsItem(text, at, stop);
        if (root === undefined) {
            if (indent !== 0 || isItem)
                return undefined;
            root = {};
            frames.push({ indent: 0, map: root, seq: null, pending: null });
        }
        let top = frames[frames.length - 1];
        if (top.pending !== null && (indent > top.indent || (top.map !== null && indent === top.indent && isItem))) {
            // The value the last line left open: a mapping or a list on the lines below.
            const child = isItem ? { indent, map: null, seq: [], pending: null } : { indent, map: {}, seq: null, pending: null };
            give(top, child.map ?? child.seq);
            if (frames.push(child) > MAX_FRAMES)
                return undefined;
            top = child;
        }
        else {
            if (top.pending !== null)
                give(top, null);
            while (top.indent > indent) {
                frames.pop();
                top = frames[frames.length - 1];
            }
            // A list at its key's indentation ends at the first line that is not an item.
            if (top.seq !== null && top.indent === indent && !isItem && frames.length > 1) {
                frames.pop();
                top = frames[frames.length - 1];
            }
            // Also a line deeper than a value already given, which would continue a multi-line scalar.
            if (top.indent !== indent)
                return undefined;
        }
        if (top.map !== null) {
            if (isItem)
                return undefined;
            if (!readPair(text, at, stop, top, top.map))
                return undefined;
            nodes += top.pending === null ? 2 : 1;
            continue;
        }
        if (!isItem)
            return undefined;
        nodes++;
        at++;
        while (at < stop && text.charCodeAt(at) === SPACE)
            at++;
        if (at === stop || text.charCodeAt(at) === HASH) {
            top.pending = ITEM;
            continue;
        }
        if (startsItem(text, at, stop))
            return undefined;
        const key = readKey(text, at, stop);
        if (key === DECLINE)
            return undefined;
        if (key !== null) {
            // `- key: value`: a mapping that starts on the item's line, at the key's column.
            const item = { indent: at - line, map: {}, seq: null, pending: null };
            top.seq.push(item.map);
            if (frames.push(item) > MAX_FRAMES || !readPair(text, at, stop, item, item.map))
                return undefined;
            nodes += item.pending === null ? 2 : 1;
            continue;
        }
        const value = readScalar(text, at, stop);
        if (value === DECLINE)
            return undefined;
        top.seq.push(value);
        nodes++;
    }
    if (root === undefined || nodes > maxNodes)
        return undefined;
    const last = frames[frames.length - 1];
    if (last.pending !== null)
        give(last, null);
    return { value: root, nodes };
}
const ITEM = Symbol('item');
const DECLINE = Symbol('decline');
const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const CR = 0x0d;
/** Deeper than the nesting limit is for the Document path to report. */
const MAX_FRAMES = 64;
/** YAML's limit on an implicit key is 1,024 characters to its colon; the Document reports a longer one. */
const MAX_KEY = 1000;
/**
 * Anything but `\n`, `\r\n`, printable ASCII and the printable rest of the
 * Basic Multilingual Plane (without U+2028, U+2029 and the byte order mark).
 */
const OUTSIDE_ALPHABET = /[^\n\r\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd]|\r(?!\n)/;
/** A plain key: these characters only, and one the core schema reads as a string (checked apart). */
const PLAIN_KEY = /^[A-Za-z0-9_./][A-Za-z0-9_./-]*$/;
/** Plain text the core schema reads as null or a boolean. */
const WORDS = new Map([
    ['null', null],
    ['Null', null],
    ['NULL', null],
    ['~', null],
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false]
]);
/** Characters that cannot start a plain value here: YAML's indicators (`-` is taken apart). */
const INDICATORS = new Set('?:,[]{}#&*!|>\'"%@`');
function give(frame, value) {
    if (frame.map !== null)
        frame.map[frame.pending] = value;
    else
        frame.seq.push(value);
    frame.pending = null;
}
/** `-` followed by a space or the line's end. */
function startsItem(text, at, stop) {
    return text.charCodeAt(at) === 0x2d && (at + 1 === stop || text.charCodeAt(at + 1) === SPACE);
}
/**
 * `key: value` or `key:` at `at` into `map`; a key without a value is left
 * pending in `frame`. False when the line is not one this reader takes.
 */
function readPair(text, at, stop, frame, map) {
    const key = readKey(text, at, stop);
    if (key === null || key === DECLINE || Object.hasOwn(map, key.key))
        return false;
    let i = key.end;
    while (i < stop && text.charCodeAt(i) === SPACE)
        i++;
    if (i === stop || text.charCodeAt(i) === HASH) {
        map[key.key] = null;
        frame.pending = key.key;
        return true;
    }
    const value = readScalar(text, i, stop);
    if (value === DECLINE)
        return false;
    map[key.key] = value;
    return true;
}
/**
 * The key of a `key:` at `at`, and where its value starts (after the colon);
 * null when the text there is no key (a value), DECLINE when it is a key
 * this reader does not take.
 */
function readKey(text, at, stop) {
    const c = text.charCodeAt(at);
    let key;
    let colon;
    if (c === 0x22 || c === 0x27) {
        const q = readQuoted(text, at, stop);
        if (q === DECLINE)
            return DECLINE;
        colon = q.end;
        if (text.charCodeAt(colon) !== COLON)
            return null;
        key = q.value;
        if (key === '__proto__')
            return DECLINE;
    }
    else {
        colon = at;
        while (colon < stop && text.charCodeAt(colon) !== COLON && text.charCodeAt(colon) !== SPACE)
            colon++;
        if (colon === stop || text.charCodeAt(colon) !== COLON)
            return null;
        key = text.slice(at, colon);
        if (!PLAIN_KEY.test(key) || key === '__proto__' || WORDS.has(key) || yaml_numbers/* CORE_NUMBER */.g.test(key)) {
            // Not a key this reader takes, or not a key at all (`http://x`): a value then, or nothing.
            return colon + 1 < stop && text.charCodeAt(colon + 1) !== SPACE ? null : DECLINE;
        }
    }
    if (colon + 1 < stop && text.charCodeAt(colon + 1) !== SPACE)
        return null;
    if (colon - at > MAX_KEY)
        return DECLINE;
    return { key, end: colon + 1 };
}
/** A quoted scalar on one line at `at` (its quote) and the offset after the closing quote. */
function readQuoted(text, at, stop) {
    const quote = text[at];
    if (quote === '"') {
        const close = text.indexOf('"', at + 1);
        if (close < 0 || close >= stop)
            return DECLINE;
        const value = text.slice(at + 1, close);
        // Escapes are the Document's and js-yaml's business.
        return value.includes('\\') ? DECLINE : { value, end: close + 1 };
    }
    let value = '';
    let from = at + 1;
    for (;;) {
        const close = text.indexOf("'", from);
        if (close < 0 || close >= stop)
            return DECLINE;
        if (text.charCodeAt(close + 1) !== 0x27 || close + 1 >= stop)
            return { value: value + text.slice(from, close), end: close + 1 };
        value += text.slice(from, close + 1);
        from = close + 2;
    }
}
/** The value at `at` (not a space, not `#`) to the end of its line or its comment. */
function readScalar(text, at, stop) {
    const c = text.charCodeAt(at);
    if (c === 0x22 || c === 0x27) {
        const q = readQuoted(text, at, stop);
        if (q === DECLINE)
            return DECLINE;
        // Only spaces may follow, then a comment.
        let i = q.end;
        if (i < stop && text.charCodeAt(i) !== SPACE)
            return DECLINE;
        while (i < stop && text.charCodeAt(i) === SPACE)
            i++;
        return i === stop || text.charCodeAt(i) === HASH ? q.value : DECLINE;
    }
    if (INDICATORS.has(text[at]) || (c === 0x2d && (at + 1 === stop || text.charCodeAt(at + 1) === SPACE)))
        return DECLINE;
    let end = at;
    for (let i = at; i < stop; i++) {
        const ch = text.charCodeAt(i);
        if (ch === SPACE)
            continue;
        if (ch === HASH && text.charCodeAt(i - 1) === SPACE)
            break;
        // `: ` or a final `:` would make this a key: a mapping where a value belongs.
        if (ch === COLON && (i + 1 === stop || text.charCodeAt(i + 1) === SPACE))
            return DECLINE;
        end = i + 1;
    }
    const source = text.slice(at, end);
    const word = WORDS.get(source);
    if (word !== undefined)
        return word;
    // Only a digit, a sign or a dot can start a number.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) {
        if (yaml_numbers/* CORE_NUMBER */.g.test(source))
            return yaml_numbers/* SAFE_INTEGER */.R.test(source) ? Number(source) : DECLINE;
    }
    return source;
}

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(33243);
;// CONCATENATED MODULE: ./.build/src/core/plain-values.js



/**
 * The quick reader of values files, for parse.ts. The `yaml` package's
 * Document keeps the source range of every node, which every finding needs
 * for its file:line:column; building it is most of a lint: on a
 * 10,000-entry file about 0.9 s of CPU and 270 MB of memory, where js-yaml
 * reads the same value in under 0.2 s and 120 MB. Most files have no finding
 * at all, so parse.ts reads with a quick reader first and builds the
 * Document only when something asks for a position. The quick reader is two:
 * the line reader (block-values.ts), for block-style files with one scalar
 * per line, which builds the value without js-yaml's event list; and, for
 * whatever that declines, js-yaml, held to what follows.
 *
 * That is only sound when both readers make the same value of a text, so
 * this reader declines (returns undefined, and parse.ts takes the Document
 * path, exactly as before) whenever they might not, or whenever the Document
 * path has something to say:
 * - any error js-yaml reports: syntax, duplicate keys, nesting deeper than
 *   100, several documents;
 * - a file that is not one mapping (empty, a list, a single value): lint
 *   reports that, and needs the Document for where;
 * - tabs, carriage returns not followed by a line feed, C1 controls (NEL
 *   among them), Unicode line and paragraph separators and byte order marks
 *   past the start: YAML's rules for them are subtle and the readers differ
 *   on a few, and values files rarely have one (Windows line ends are fine);
 * - directives (`%YAML 1.1` changes how scalars resolve), document end
 *   markers and indented `---` lines (the readers count documents
 *   differently), anchors,
 *   aliases (where alias bombs live, which parse.ts bounds) and tags;
 * - keys that are collections, null (`~:`, `: x`), or the merge key `<<`
 *   (the readers turn them into property names differently), and keys
 *   longer than YAML allows an implicit key (js-yaml reads them);
 * - plain scalars that resolve to a number other than a decimal integer of
 *   up to 15 digits (floats, hex and octal: the readers part ways at the
 *   edges, such as `1e400`, and values files have no use for them).
 * The property tests in __tests__/lint.quick-reader.unit.test.ts read generated
 * texts with both: whatever this reader accepts, the `yaml` Document reads to
 * the same value, without an error or a warning.
 */
function readPlainValues(text) {
    // Most values files are block style with one scalar per line: read without js-yaml's event list.
    return readBlockValues(text) ?? readWithJsYaml(text);
}
/** readPlainValues without the line reader, for parse.ts, which has tried that first. */
function readWithJsYaml(text) {
    if (UNUSUAL_WHITESPACE.test(text) || DOCUMENT_MARKER.test(text))
        return undefined;
    let events;
    try {
        events = (0,js_yaml/* parseEvents */.PH)(text, { maxDepth: 100 });
    }
    catch {
        return undefined;
    }
    if (!plainEvents(text, events))
        return undefined;
    try {
        const docs = (0,js_yaml/* constructFromEvents */.fw)(events, { source: text, schema: js_yaml/* CORE_SCHEMA */.OU, maxAliases: 0 });
        return docs.length === 1 ? { value: docs[0] } : undefined;
    }
    catch {
        return undefined;
    }
}
const UNUSUAL_WHITESPACE = /[\t\u0080-\u009f\u2028\u2029]|\r(?!\n)|(?!^)\ufeff/;
/** A `...` line, which ends a document, or an indented `---`, which js-yaml takes for a document start. */
const DOCUMENT_MARKER = /^\ufeff?(?: +---| *\.\.\.)(?:[ \r\n]|$)/m;
/** Below YAML's 1,024 characters for an implicit key, with room for quotes. */
const plain_values_MAX_KEY = 1000;
/** Plain keys the readers name differently: the null forms and the merge key. */
const UNSAFE_PLAIN_KEYS = new Set(['', '~', 'null', 'Null', 'NULL', '<<']);
function plainNumberIsSafe(source) {
    return !yaml_numbers/* CORE_NUMBER */.g.test(source) || yaml_numbers/* SAFE_INTEGER */.R.test(source);
}
/** What the open collection expects next: any node (a sequence, the document), or a mapping's key or value. */
const ANY = 0;
const KEY = 1;
const VALUE = 2;
/** True when the events hold nothing this reader declines (see readPlainValues). */
function plainEvents(text, events) {
    const open = [];
    let documents = 0;
    for (const e of events) {
        if (e.type === js_yaml/* EVENT_ID */.hy.POP) {
            open.pop();
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.DOCUMENT) {
            documents++;
            if (documents > 1 || e.directives.length > 0)
                return false;
            open.push(ANY);
            continue;
        }
        if (e.type === js_yaml/* EVENT_ID */.hy.ALIAS || e.anchorStart !== -1 || e.tagStart !== -1)
            return false;
        const top = open.length - 1;
        if (top === 0 && e.type !== js_yaml/* EVENT_ID */.hy.MAPPING)
            return false;
        const isKey = open[top] === KEY;
        if (open[top] !== ANY)
            open[top] = isKey ? VALUE : KEY;
        if (e.type === js_yaml/* EVENT_ID */.hy.MAPPING || e.type === js_yaml/* EVENT_ID */.hy.SEQUENCE) {
            if (isKey)
                return false;
            open.push(e.type === js_yaml/* EVENT_ID */.hy.MAPPING ? KEY : ANY);
            continue;
        }
        // YAML bounds an implicit key at 1,024 characters: the Document reports a longer one, which js-yaml reads.
        if (isKey && e.valueEnd - e.valueStart > plain_values_MAX_KEY)
            return false;
        if (e.style !== js_yaml/* SCALAR_STYLE */.jK.PLAIN)
            continue;
        // Slices only for the few scalars that can matter: this pass must not
        // make garbage, or the GC it triggers keeps the event list alive longer.
        const length = e.valueStart === -1 ? 0 : e.valueEnd - e.valueStart;
        if (isKey && length <= 4 && UNSAFE_PLAIN_KEYS.has(length === 0 ? '' : text.slice(e.valueStart, e.valueEnd)))
            return false;
        // Only a digit, a sign or a dot can start a number.
        const c = length === 0 ? 0 : text.charCodeAt(e.valueStart);
        if (((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e) && !plainNumberIsSafe(text.slice(e.valueStart, e.valueEnd)))
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
;// CONCATENATED MODULE: ./.build/src/core/values-tree.js


/** Unwinds the build at the first fatal problem. */
class Stop extends Error {
}
const MERGE_KEY = '<<';
/**
 * Store a key as data. Mappings are plain objects, as js-yaml makes them on the
 * quick path (plain-values.ts), so both readers agree; `__proto__` is defined,
 * not assigned, so it stays a key and never becomes the prototype. Readers of
 * user keys check Object.hasOwn (normalize.ts copies labels into objects
 * without a prototype).
 */
function setKey(out, key, value) {
    if (key === '__proto__')
        Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
    else
        out[key] = value;
}
/**
 * Build the plain values of a document's contents. `offsetLine` turns an
 * offset into a line number for messages that mention a second place.
 */
function buildValues(contents, offsetLine) {
    const problems = [];
    const anchors = new Map();
    const done = new Map();
    const open = new Set();
    const index = new WeakMap();
    let produced = 0;
    const MERGED_KEYS = `a mapping of more than ${core_limits/* LIMITS */.b.keysPerMapping.toLocaleString('en-US')} keys (limit), ` +
        'counting the keys its merge keys (<<) bring in';
    const at = (n) => {
        const range = n !== null && typeof n === 'object' ? Reflect.get(n, 'range') : undefined;
        return Array.isArray(range) && typeof range[0] === 'number' ? range[0] : 0;
    };
    const stop = (n, rule, message) => {
        problems.push({ offset: at(n), rule, message, fatal: true });
        throw new Stop();
    };
    const count = (n, by) => {
        produced += by;
        if (produced > core_limits/* LIMITS */.b.expandedNodes) {
            stop(n, 'yaml-alias-bomb', (0,dist/* isAlias */.Vj)(n)
                ? `the alias *${values_tree_short(n.source)} makes the file expand to more than ${core_limits/* LIMITS */.b.expandedNodes.toLocaleString('en-US')} ` +
                    'nodes; refusing a possible alias bomb'
                : `the file expands to more than ${core_limits/* LIMITS */.b.expandedNodes.toLocaleString('en-US')} nodes`);
        }
    };
    const build = (n, depth) => {
        if (n === null || n === undefined) {
            count(n, 1);
            return { value: null, size: 1, height: 1 };
        }
        if (depth > core_limits/* LIMITS */.b.depth)
            stop(n, 'limit-exceeded', `values are nested deeper than ${core_limits/* LIMITS */.b.depth} levels (limit)`);
        if ((0,dist/* isAlias */.Vj)(n))
            return alias(n, depth);
        const anchor = Reflect.get(n, 'anchor');
        if (typeof anchor === 'string' && anchor !== '') {
            anchors.set(anchor, n);
            open.add(n);
            const b = node(n, depth);
            open.delete(n);
            done.set(n, b);
            return b;
        }
        return node(n, depth);
    };
    const alias = (n, depth) => {
        const target = anchors.get(n.source);
        if (target === undefined)
            return stop(n, 'yaml-syntax', `the alias *${values_tree_short(n.source)} has no anchor &${values_tree_short(n.source)} before it`);
        if (open.has(target))
            return stop(n, 'yaml-alias-bomb', `the alias *${values_tree_short(n.source)} refers to a node that contains it`);
        const b = done.get(target);
        if (b === undefined)
            return stop(n, 'yaml-syntax', `the alias *${values_tree_short(n.source)} cannot be resolved`);
        count(n, b.size);
        if (depth + b.height - 1 > core_limits/* LIMITS */.b.depth)
            stop(n, 'limit-exceeded', `the alias *${values_tree_short(n.source)} nests values deeper than ${core_limits/* LIMITS */.b.depth} levels (limit)`);
        return b;
    };
    const node = (n, depth) => {
        count(n, 1);
        if ((0,dist/* isScalar */.jn)(n)) {
            const v = n.value;
            if (typeof v === 'string' && v.length > core_limits/* LIMITS */.b.stringLength)
                stop(n, 'limit-exceeded', `a string of ${v.length.toLocaleString('en-US')} characters (limit ${core_limits/* LIMITS */.b.stringLength.toLocaleString('en-US')})`);
            return { value: typeof v === 'bigint' ? Number(v) : v, size: 1, height: 1 };
        }
        if ((0,dist/* isSeq */.oP)(n)) {
            if (n.items.length > core_limits/* LIMITS */.b.itemsPerList)
                stop(n.items[core_limits/* LIMITS */.b.itemsPerList], 'limit-exceeded', `a list of more than ${core_limits/* LIMITS */.b.itemsPerList.toLocaleString('en-US')} items (limit)`);
            const out = [];
            let size = 1;
            let height = 1;
            for (const item of n.items) {
                // `[a: b]`: a single-pair mapping inside a flow list.
                const b = (0,dist/* isPair */.tO)(item) ? mapping([item], n, depth + 1) : build(item, depth + 1);
                out.push(b.value);
                size += b.size;
                height = Math.max(height, b.height + 1);
            }
            return { value: out, size, height };
        }
        if ((0,dist/* isMap */.jh)(n)) {
            if (n.items.length > core_limits/* LIMITS */.b.keysPerMapping)
                stop(n.items[core_limits/* LIMITS */.b.keysPerMapping]?.key, 'limit-exceeded', `a mapping of more than ${core_limits/* LIMITS */.b.keysPerMapping.toLocaleString('en-US')} keys (limit)`);
            const b = mapping(n.items, n, depth);
            return { ...b, size: b.size - 1 };
        }
        return stop(n, 'yaml-syntax', 'unsupported YAML node');
    };
    /** A mapping from its pairs; `owner` gets the key index (when it is a real mapping node). */
    const mapping = (pairs, owner, depth) => {
        const out = {};
        const explicit = new Map();
        let size = 1;
        let height = 1;
        // Keys of `out`: merge keys add keys the node's own pair count (checked in node) does not see.
        let keys = 0;
        for (const pair of pairs) {
            const key = pair.key;
            if (isMergeKey(key)) {
                count(key, 1);
                const b = build(pair.value, depth + 1);
                size += b.size + 1;
                height = Math.max(height, b.height);
                keys += mergeInto(out, b.value, pair.value);
                if (keys > core_limits/* LIMITS */.b.keysPerMapping)
                    stop(key, 'limit-exceeded', MERGED_KEYS);
                continue;
            }
            const name = keyName(key);
            count(key, 1);
            if (name.length > core_limits/* LIMITS */.b.stringLength)
                stop(key, 'limit-exceeded', `a key of ${name.length.toLocaleString('en-US')} characters (limit ${core_limits/* LIMITS */.b.stringLength.toLocaleString('en-US')})`);
            const first = explicit.get(name);
            if (first !== undefined) {
                problems.push({ offset: at(key), rule: 'yaml-duplicate-key', message: duplicateMessage(first.key, key, name), fatal: false });
            }
            explicit.set(name, pair);
            const b = build(pair.value, depth + 1);
            if (!Object.hasOwn(out, name) && ++keys > core_limits/* LIMITS */.b.keysPerMapping)
                stop(key, 'limit-exceeded', MERGED_KEYS);
            setKey(out, name, b.value);
            size += b.size + 1;
            height = Math.max(height, b.height + 1);
        }
        if ((0,dist/* isMap */.jh)(owner))
            index.set(owner, explicit);
        return { value: out, size, height };
    };
    const keyName = (key) => {
        let k = key;
        if ((0,dist/* isAlias */.Vj)(k)) {
            const target = anchors.get(k.source);
            if (target === undefined)
                return stop(k, 'yaml-syntax', `the alias *${values_tree_short(k.source)} has no anchor &${values_tree_short(k.source)} before it`);
            k = target;
        }
        if (k === null || k === undefined)
            return '';
        if (!(0,dist/* isScalar */.jn)(k))
            return stop(key, 'yaml-syntax', 'a key must be a single value, not a mapping or a list');
        const v = k.value;
        return v === null ? '' : String(v);
    };
    /**
     * `<<: *defaults` or `<<: [*a, *b]`: copy keys not set yet; earlier sources win, as YAML's merge type says.
     * Returns how many keys it added.
     */
    const mergeInto = (out, source, n) => {
        const sources = Array.isArray(source) ? source : [source];
        let added = 0;
        for (const s of sources) {
            if (s === null || typeof s !== 'object' || Array.isArray(s))
                stop(n, 'yaml-syntax', 'a merge key (<<) takes a mapping or a list of mappings');
            for (const [k, v] of Object.entries(s)) {
                if (Object.hasOwn(out, k))
                    continue;
                setKey(out, k, v);
                added++;
            }
        }
        return added;
    };
    const duplicateMessage = (firstKey, againKey, name) => {
        const a = sourceOf(firstKey);
        const b = sourceOf(againKey);
        const same = a === b ? '' : ` (written ${a} and ${b}, which read as the same key)`;
        const last = offsetLine(at(againKey));
        return (`duplicate key ${JSON.stringify(values_tree_short(name))} (lines ${offsetLine(at(firstKey))} and ${last})${same}: a key may appear ` +
            `only once in a mapping. Like Helm, this tool uses the last one (line ${last}) and checks the rest of the file with it`);
    };
    let value;
    try {
        value = build(contents, 1).value;
    }
    catch (error) {
        if (!(error instanceof Stop))
            throw error;
        value = undefined;
    }
    return { value, problems, pairsOf: (map) => index.get(map) };
}
function isMergeKey(key) {
    if (!(0,dist/* isScalar */.jn)(key))
        return false;
    const v = key.value;
    if (typeof v === 'symbol')
        return v.description === MERGE_KEY;
    return v === MERGE_KEY && (key.type === undefined || key.type === 'PLAIN');
}
/** How a key was written, for the duplicate-key message. */
function sourceOf(key) {
    if ((0,dist/* isScalar */.jn)(key)) {
        const src = typeof key.source === 'string' ? key.source : String(key.value);
        if (key.type === 'QUOTE_DOUBLE' || key.type === 'QUOTE_SINGLE')
            return JSON.stringify(values_tree_short(src));
        return values_tree_short(src);
    }
    return 'a key';
}
/** User text repeated in a message is cut, so no message grows with the input. */
function values_tree_short(s) {
    return s.length <= 60 ? s : `${s.slice(0, 60)}…`;
}

;// CONCATENATED MODULE: ./.build/src/core/parse.js







/**
 * Parse one values file. Never throws: broken input is reported as findings
 * with a location, and `value` is whatever could be recovered (or undefined).
 * A duplicate key is an error that still leaves the values (the last one
 * wins, as in Helm), so the rest of the file is linted too.
 * `reader: 'document'` skips the quick readers (block-values.ts, plain-values.ts).
 */
function parseValuesFile(source, reader = 'quick') {
    const { name: file, text } = source;
    const lineCounter = new dist/* LineCounter */.HN();
    const findings = [];
    const pos = (offset) => {
        const p = lineCounter.linePos(offset);
        return { line: p.line, column: p.col };
    };
    const START = { line: 1, column: 1 };
    const at = (rule, offset, message) => (0,rules/* finding */.gk)(rule, file, pos(offset), message);
    const empty = (value) => ({
        file,
        text,
        value,
        findings,
        positionOf: () => ({ line: 1, column: 1 }),
        keyPositionOf: () => ({ line: 1, column: 1 }),
        plainScalars: () => [],
        tokenAt: () => null
    });
    /** Line starts up to `offset`, for findings made before the parser has counted lines. */
    const countLines = (offset) => {
        lineCounter.addNewLine(0);
        for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1))
            lineCounter.addNewLine(i + 1);
    };
    // A shell that refused to read the file (a link out of the workspace, a device, too large) says why; its text is never looked at.
    if (source.refused !== undefined) {
        findings.push((0,rules/* finding */.gk)(source.refused.rule, file, START, source.refused.reason));
        return empty(undefined);
    }
    if (text.length > core_limits/* LIMITS */.b.fileBytes) {
        findings.push((0,rules/* finding */.gk)('limit-exceeded', file, START, `the file is larger than ${core_limits/* LIMITS */.b.fileBytes} bytes (limit); this is not a values file`));
        return empty(undefined);
    }
    const binaryAt = findBinary(text);
    if (binaryAt >= 0) {
        countLines(binaryAt);
        findings.push(at('yaml-syntax', binaryAt, 'file contains binary data (a control character); values files are UTF-8 text'));
        return empty(undefined);
    }
    // A file of plain data (most are) is read by a quick reader at a fraction of the
    // cost; the Document, which knows where every node is, is built only when a
    // finding or the YAML 1.1 check asks for a position. The line reader comes
    // first: it stops at the node limit, and counts at least the nodes the
    // prescan would, so a file it reads needs no prescan.
    const lineRead = reader === 'quick' ? block_values_readBlockValues(text, core_limits/* LIMITS */.b.nodes) : undefined;
    const over = lineRead === undefined ? prescan(text) : null;
    if (over !== null) {
        countLines(over.offset);
        findings.push(at('limit-exceeded', over.offset, over.message));
        return empty(undefined);
    }
    if (reader === 'quick') {
        const plain = lineRead ?? readWithJsYaml(text);
        // Past a limit, the Document path says which one, and where.
        if (plain !== undefined && withinLimits(plain.value, 1)) {
            return positionsOnDemand(source, plain.value, () => parseValuesFile(source, 'document'));
        }
    }
    let doc;
    try {
        // merge: Helm's YAML reader honours `<<: *anchor` merge keys, so values files may use them.
        // Duplicate keys are found by values-tree.ts (the parser's own check is quadratic).
        doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: false, strict: true, version: '1.2', merge: true });
    }
    catch (err) {
        // The parser documents no throws for text input; keep the promise of "never a crash" anyway.
        findings.push((0,rules/* finding */.gk)('yaml-syntax', file, START, `cannot parse YAML: ${libraryMessage(err)}`));
        return empty(undefined);
    }
    for (const e of doc.errors) {
        if (/call stack/i.test(e.message)) {
            findings.push(at('limit-exceeded', e.pos[0], `values are nested deeper than ${core_limits/* LIMITS */.b.depth} levels (limit)`));
            continue;
        }
        const rule = e.code === 'TAB_AS_INDENT' ? 'yaml-tab' : 'yaml-syntax';
        // The library's own words for this one send the reader to its API (YAML.parseAllDocuments()).
        const message = e.code === 'MULTIPLE_DOCS' ? SECOND_DOCUMENT : libraryMessage(e);
        findings.push(at(rule, e.pos[0], message));
    }
    for (const w of doc.warnings)
        findings.push((0,rules/* warningFinding */.oL)('yaml-syntax', file, pos(w.pos[0]), libraryMessage(w)));
    if (findings.some((f) => f.severity === 'error'))
        return empty(undefined);
    const tree = buildValues(doc.contents, (offset) => lineCounter.linePos(offset).line);
    for (const p of tree.problems)
        findings.push(at(p.rule, p.offset, p.message));
    const value = tree.problems.some((p) => p.fatal) ? undefined : tree.value;
    if (value === undefined)
        return empty(undefined);
    // One lookup per path segment: the key index values-tree.ts built (a scan per lookup made lint quadratic in the keys).
    const pairAt = (map, seg) => ((0,dist/* isMap */.jh)(map) ? tree.pairsOf(map)?.get(String(seg)) : undefined);
    const nodeAt = (path) => {
        let node = doc.contents;
        let key = null;
        for (const seg of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = pairAt(node, seg);
                if (!pair)
                    break;
                key = (0,dist/* isScalar */.jn)(pair.key) ? pair.key : null;
                node = pair.value ?? pair.key;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
                const item = node.items[seg];
                if (!item)
                    break;
                key = null;
                node = item;
            }
            else
                break;
        }
        return { node: (0,dist/* isNode */.Ll)(node) ? node : null, key };
    };
    const rangePos = (n) => (n?.range ? pos(n.range[0]) : { line: 1, column: 1 });
    /** The exact node at `path` (no closest-parent fallback), and its key when it is a map value. */
    const exactAt = (path) => {
        let node = doc.contents;
        let key = null;
        for (const seg of path) {
            if ((0,dist/* isMap */.jh)(node)) {
                const pair = pairAt(node, seg);
                if (!pair)
                    return null;
                key = pair.key;
                node = pair.value;
            }
            else if ((0,dist/* isSeq */.oP)(node) && typeof seg === 'number') {
                if (seg >= node.items.length)
                    return null;
                key = null;
                node = node.items[seg];
            }
            else
                return null;
        }
        return { node, key };
    };
    return {
        file,
        text,
        value,
        findings,
        tokenAt: (path, anchor) => {
            const at = exactAt(path);
            const n = anchor === 'key' ? at?.key : at?.node;
            if (!(0,dist/* isScalar */.jn)(n) || !n.range || n.type === undefined)
                return null;
            return { start: n.range[0], end: n.range[1], style: n.type };
        },
        positionOf: (path) => rangePos(nodeAt(path).node),
        keyPositionOf: (path) => {
            const { node, key } = nodeAt(path);
            return rangePos(key ?? node);
        },
        plainScalars: (test) => {
            const out = [];
            if (value === undefined)
                return out;
            const path = [];
            // A plain recursive walk: `visit` is several times slower on big files.
            const walk = (n, depth) => {
                if (depth > core_limits/* LIMITS */.b.depth)
                    return;
                if ((0,dist/* isScalar */.jn)(n)) {
                    if (isUntaggedPlain(n) && test(n.source))
                        out.push({ path: [...path], position: rangePos(n), source: n.source, isKey: false });
                }
                else if ((0,dist/* isMap */.jh)(n)) {
                    for (const pair of n.items) {
                        const k = pair.key;
                        const name = (0,dist/* isScalar */.jn)(k) ? String(k.value) : String(k);
                        path.push(name);
                        if (isUntaggedPlain(k) && test(k.source))
                            out.push({ path: [...path], position: rangePos(k), source: k.source, isKey: true });
                        walk(pair.value, depth + 1);
                        path.pop();
                    }
                }
                else if ((0,dist/* isSeq */.oP)(n)) {
                    n.items.forEach((item, i) => {
                        path.push(i);
                        walk((0,dist/* isPair */.tO)(item) ? item.value : item, depth + 1);
                        path.pop();
                    });
                }
            };
            walk(doc.contents, 0);
            return out;
        }
    };
}
/** A file read by the quick reader: no findings, and positions and tokens from the Document, built on first use. */
function positionsOnDemand(source, value, parseDocumentPath) {
    let parsed;
    const withPositions = () => (parsed ??= parseDocumentPath());
    return {
        file: source.name,
        text: source.text,
        value,
        findings: [],
        positionOf: (path) => withPositions().positionOf(path),
        keyPositionOf: (path) => withPositions().keyPositionOf(path),
        plainScalars: (test) => withPositions().plainScalars(test),
        tokenAt: (path, anchor) => withPositions().tokenAt(path, anchor)
    };
}
/** A plain scalar whose type its text decides (no tag), with that text. */
function isUntaggedPlain(n) {
    return (0,dist/* isScalar */.jn)(n) && n.type === 'PLAIN' && n.tag === undefined && typeof n.source === 'string';
}
const SECOND_DOCUMENT = 'the file holds more than one YAML document (the second starts here); a values file is one document';
/** Index of the first character that cannot appear in a text values file, or -1. */
function findBinary(text) {
    // A regular expression searches natively: a fifth of the time of a loop over the characters.
    return text.search(BINARY);
}
/** C0 controls but tab, line feed and carriage return; U+FFFD, the replacement character: the bytes were not UTF-8. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const BINARY = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffd]/;
/**
 * Whether a value the quick reader made stays within the limits the Document
 * path enforces (that path then names the limit and its place). One walk.
 */
function withinLimits(v, depth) {
    if (typeof v === 'string')
        return v.length <= core_limits/* LIMITS */.b.stringLength;
    if (v === null || typeof v !== 'object')
        return true;
    if (depth > core_limits/* LIMITS */.b.depth)
        return false;
    if (Array.isArray(v))
        return v.length <= core_limits/* LIMITS */.b.itemsPerList && v.every((x) => withinLimits(x, depth + 1));
    if (!(0,values/* isRecord */.u4)(v))
        return true;
    // Keys, then values: no [key, value] pair made per entry.
    const keys = Object.keys(v);
    return keys.length <= core_limits/* LIMITS */.b.keysPerMapping && keys.every((k) => k.length <= core_limits/* LIMITS */.b.stringLength && withinLimits(v[k], depth + 1));
}
/**
 * A parser message on one line, without its position suffix, and with any
 * quoted source text cut: the text may be anything, and a message must not
 * grow with it.
 */
function libraryMessage(err) {
    const message = err instanceof Error ? err.message : String(err);
    return message
        .split('\n')[0]
        .replace(/ at line \d+, column \d+:?$/, '')
        .replace(/"([^"]{60})[^"]+"/g, '"$1…"')
        .slice(0, 200)
        .trim();
}
/**
 * Count the nodes and the flow nesting of a file with the lexer alone, which
 * holds one token at a time: a file past the limits is refused before the
 * parser builds a tree for it (a 15 MB flow list took 4 GB of heap). Exported
 * for the other YAML inputs (the namespaces file).
 *
 * Most files are proven within both limits without lexing (see
 * provablyWithinPrescanLimits); the lexer, whose tokens were a tenth of a
 * 1,000-entry lint, counts only the others.
 */
function prescan(text, limits = core_limits/* LIMITS */.b) {
    return provablyWithinPrescanLimits(text, limits) ? null : lexerPrescan(text, limits);
}
/**
 * True when lexerPrescan is certain to find nothing, judged from characters
 * alone: it never counts more nodes than the text has characters, nor opens
 * more flow collections than the text has `[` and `{`. Why the first holds
 * (the `yaml` package's Lexer, parse/lexer.js): each count can be paid by a
 * character no other count uses. A `-`, `[` or `{` token, or an alias
 * (`*...`), pays with its own first character. The marker before a scalar
 * pays with the scalar's first character, except in three cases: a block
 * scalar (whose body may be empty) pays with its `|` or `>` header; a plain
 * scalar that is just `-` (counted once more as a `-` token) is always
 * followed by the `:` that ended it, and pays with that; an empty plain scalar
 * (only in a flow collection, where an indicator is followed by `,`) pays with
 * the `,`. Headers, `:` and `,` tokens are never counted themselves. The
 * property test in lint.limits.unit.test.ts holds this against the lexer with
 * small limits.
 */
function provablyWithinPrescanLimits(text, limits) {
    if (text.length > limits.nodes)
        return false;
    let opens = 0;
    for (const bracket of ['[', '{']) {
        for (let i = text.indexOf(bracket); i >= 0; i = text.indexOf(bracket, i + 1))
            if (++opens > limits.depth)
                return false;
    }
    return true;
}
/** prescan by the lexer: exact, for the files the character bound cannot clear. */
function lexerPrescan(text, limits) {
    let nodes = 0;
    let depth = 0;
    let offset = 0;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        switch (token) {
            case '\x1f': // before every scalar
                nodes++;
                break;
            case '\x02': // document and flow-error markers: no source text
            case '\x18':
                continue;
            case '-':
                nodes++;
                break;
            case '[':
            case '{':
                nodes++;
                if (++depth > limits.depth)
                    return { offset, message: `values are nested deeper than ${limits.depth} levels (limit)` };
                break;
            case ']':
            case '}':
                depth = Math.max(0, depth - 1);
                break;
            default:
                if (token.startsWith('*'))
                    nodes++;
        }
        if (nodes > limits.nodes)
            return { offset, message: `the file has more than ${limits.nodes.toLocaleString('en-US')} YAML nodes (limit)` };
        if (token !== '\x1f')
            offset += token.length;
    }
    return null;
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

/***/ 38917:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DD: () => (/* binding */ asList),
/* harmony export */   Eb: () => (/* binding */ present),
/* harmony export */   iq: () => (/* binding */ stringEntries),
/* harmony export */   oJ: () => (/* binding */ asString),
/* harmony export */   qY: () => (/* binding */ asRecord),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79072);

/**
 * Reading plain values, as YAML or JSON parsing leaves them (`unknown`):
 * the one place that decides what counts as a mapping, a list, a string
 * and a value that is "given". Everything that reads parsed input (lint,
 * normalize, the inventory and manifest readers) goes through these, so a
 * list is never taken for a mapping in one place and not in another.
 */
/** A YAML mapping (plain object), as opposed to a list, a scalar or null. */
function isRecord(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** The mapping itself, or an empty one (without a prototype) when `v` is anything else (values of the wrong type count as absent). */
function asRecord(v) {
    return isRecord(v) ? v : Object.create(null);
}
/** The list itself, or an empty one. */
function asList(v) {
    return Array.isArray(v) ? v : [];
}
/** The string itself, or '' (so `x || default` falls back on absent and wrong-typed values alike). */
function asString(v) {
    return typeof v === 'string' ? v : '';
}
/** "Given" in the values sense: YAML `key:` with nothing after it (null) and '' mean unset. */
function present(v) {
    return v !== undefined && v !== null && v !== '';
}
/**
 * The string entries of a mapping, keys in code-unit order; other values are
 * dropped. The keys are the user's (labels), so the result has no prototype:
 * `constructor` is a label like any other.
 */
function stringEntries(v) {
    const out = Object.create(null);
    for (const [k, val] of Object.entries(asRecord(v)).sort(([a], [b]) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a, b))) {
        if (typeof val === 'string')
            out[k] = val;
    }
    return out;
}


/***/ }),

/***/ 97875:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ SAFE_INTEGER),
/* harmony export */   g: () => (/* binding */ CORE_NUMBER)
/* harmony export */ });
/** Plain scalars the YAML 1.2 core schema reads as numbers (the same patterns as the `yaml` package's core tags). */
const CORE_NUMBER = new RegExp(`^(?:${[
    '[-+]?[0-9]+',
    '0o[0-7]+',
    '0x[0-9a-fA-F]+',
    '[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?',
    '[-+]?\\.(?:inf|Inf|INF)',
    '\\.(?:nan|NaN|NAN)'
].join('|')})$`);
/**
 * The numbers the quick readers take: decimal integers of up to 15 digits,
 * which js-yaml and the `yaml` Document turn into the same JavaScript number.
 * Other numbers (floats, hex, octal) part the readers at the edges, such as
 * `1e400`, and values files have no use for them: the readers decline them.
 */
const SAFE_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/;


/***/ })

};
