export const id = 930;
export const ids = [930];
export const modules = {

/***/ 70930:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var format = __webpack_require__(33882);
// EXTERNAL MODULE: ./.build/src/core/pipeline.js
var pipeline = __webpack_require__(41773);
// EXTERNAL MODULE: ./.build/src/core/render/yaml.js
var yaml = __webpack_require__(16069);
// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(96329);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./.build/src/core/git-paths.js
var git_paths = __webpack_require__(29846);
;// CONCATENATED MODULE: ./.build/src/files/output-dir.js



/** A refusal or failure of the write, with a message naming the path. */
class OutputError extends Error {
    name = 'OutputError';
}
/**
 * Why `dir` must not be replaced, or null. Replacing deletes what DIR held:
 * the workspace itself (`.`), a directory holding it (`..`) or a place in
 * `.git` would take the checkout, its history or its credentials with it.
 */
function replaceProblem(dir, workspace) {
    const root = external_node_path_.resolve(workspace);
    const target = external_node_path_.resolve(root, dir);
    // `from` itself or below it: the relative path does not climb (a name like `..x` is no climb).
    const within = (from, to) => {
        const rel = external_node_path_.relative(from, to);
        const parts = rel === '' ? [] : rel.split(external_node_path_.sep);
        return external_node_path_.isAbsolute(rel) || parts[0] === '..' ? null : parts;
    };
    if (within(target, root) !== null)
        return 'is the workspace or a directory holding it';
    if (within(root, target)?.some(git_paths/* isGitDirName */.h) === true)
        return 'is inside .git';
    return null;
}
/** Write `files` into `dir` as described above. Throws OutputError. */
function writeOutputFiles(dir, files, opts) {
    const target = external_node_path_.resolve(dir);
    const refused = opts.mode === 'replace' ? replaceProblem(target, opts.workspace) : null;
    if (refused !== null)
        throw new OutputError(`${dir} ${refused}; it is replaced on every run`);
    for (const f of files) {
        if (f.name === '' || f.name === '.' || f.name === '..' || /[/\\\0]/.test(f.name))
            throw new OutputError(`unsafe file name ${JSON.stringify(f.name)}`);
    }
    const parent = external_node_path_.dirname(target);
    makeParents(parent, external_node_path_.resolve(opts.workspace));
    const existing = lstatOrNull(target);
    if (existing?.isSymbolicLink())
        throw new OutputError(`${dir} is a symbolic link; refusing to write through it`);
    if (existing !== null && !existing.isDirectory())
        throw new OutputError(`${dir} exists and is not a directory`);
    let stage;
    try {
        stage = (0,external_node_fs_.mkdtempSync)(external_node_path_.join(parent, `.${external_node_path_.basename(target)}.tmp-`));
    }
    catch (error) {
        throw new OutputError(`cannot write next to ${dir}: ${describe(error)}`);
    }
    try {
        for (const f of files)
            (0,external_node_fs_.writeFileSync)(external_node_path_.join(stage, f.name), f.text, { flag: 'wx', mode: 0o644 });
        if (existing === null) {
            (0,external_node_fs_.renameSync)(stage, target);
            return;
        }
        if (opts.mode === 'replace') {
            const old = `${stage}.old`;
            (0,external_node_fs_.renameSync)(target, old);
            (0,external_node_fs_.renameSync)(stage, target);
            // rm does not follow links: whatever was planted in the old directory goes, and only that.
            (0,external_node_fs_.rmSync)(old, { recursive: true, force: true });
            return;
        }
        // Merge: every target must be a file or a link (the link itself is replaced); checked before the first rename.
        for (const f of files) {
            const st = lstatOrNull(external_node_path_.join(target, f.name));
            if (st !== null && !st.isFile() && !st.isSymbolicLink())
                throw new OutputError(`${external_node_path_.join(dir, f.name)} exists and is a ${kindOf(st)}; refusing to replace it`);
        }
        for (const f of files)
            (0,external_node_fs_.renameSync)(external_node_path_.join(stage, f.name), external_node_path_.join(target, f.name));
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(stage, { recursive: true, force: true });
        if (error instanceof OutputError)
            throw error;
        throw new OutputError(`cannot write to ${dir}: ${describe(error)}`);
    }
    (0,external_node_fs_.rmSync)(stage, { recursive: true, force: true });
}
/**
 * `mkdir -p` one level at a time. Node's recursive mkdir never returns for
 * some paths (`/proc/x`); and below the workspace a link among the parents
 * would carry the write elsewhere, so it is refused.
 */
function makeParents(dir, workspace) {
    const { root } = external_node_path_.parse(dir);
    const parts = dir
        .slice(root.length)
        .split(external_node_path_.sep)
        .filter((p) => p !== '');
    let at = root;
    for (const part of parts) {
        at = external_node_path_.join(at, part);
        const st = lstatOrNull(at);
        const below = at !== workspace && !external_node_path_.relative(workspace, at).startsWith('..') && !external_node_path_.isAbsolute(external_node_path_.relative(workspace, at));
        if (st === null) {
            try {
                (0,external_node_fs_.mkdirSync)(at);
            }
            catch (error) {
                // Created meanwhile (the action writes its diff JSON into the same work directory at the same time): fine if it is a directory.
                const now = Reflect.get(Object(error), 'code') === 'EEXIST' ? lstatOrNull(at) : null;
                if (now === null || !now.isDirectory())
                    throw new OutputError(`cannot create ${at}: ${describe(error)}`);
            }
        }
        else if (st.isSymbolicLink()) {
            if (below)
                throw new OutputError(`${at} is a symbolic link; refusing to write through it`);
            if (!(statOrNull(at)?.isDirectory() ?? false))
                throw new OutputError(`${at} is not a directory`);
        }
        else if (!st.isDirectory()) {
            throw new OutputError(`${at} is not a directory`);
        }
    }
}
function lstatOrNull(p) {
    try {
        return (0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false }) ?? null;
    }
    catch (error) {
        throw new OutputError(`cannot inspect ${p}: ${describe(error)}`);
    }
}
function statOrNull(p) {
    try {
        return (0,external_node_fs_.statSync)(p, { throwIfNoEntry: false }) ?? null;
    }
    catch {
        return null;
    }
}
function kindOf(st) {
    if (st.isDirectory())
        return 'directory';
    if (st.isFIFO())
        return 'FIFO';
    if (st.isCharacterDevice() || st.isBlockDevice())
        return 'device';
    return 'special file';
}
function describe(error) {
    const code = error !== null && typeof error === 'object' ? Reflect.get(error, 'code') : undefined;
    if (code === 'ENOENT')
        return 'no such directory';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (typeof code === 'string')
        return code;
    return error instanceof Error ? error.message : String(error);
}

// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var cli_files = __webpack_require__(45744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
// EXTERNAL MODULE: ./.build/src/core/format/log-line.js
var log_line = __webpack_require__(9236);
;// CONCATENATED MODULE: ./.build/src/cli/commands/render.js









const HELP = `Usage: secrets-injector render [-o DIR] <values files...>

Lint, then render the External Secrets Operator resources (one
ClusterSecretStore per store, one ClusterExternalSecret per entry).
Without -o the resources go to stdout as one multi-document YAML stream.
With -o DIR each resource is written to DIR/<kind>-<name>.yaml (stable names;
other files in DIR are left alone). Files are written next to DIR first and
renamed into place: a link already in DIR is replaced, never written through,
and a failed write changes nothing in DIR.

When lint finds an error the findings go to stderr, nothing is written and
the exit status is 1. Warnings go to stderr and do not stop the render.

Options:
  -o, --output DIR  write one file per resource under DIR (created if missing)
  -h, --help        show this help

Exit status: 0 rendered, 1 lint errors, 2 usage error.
`;
/** `secrets-injector render`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    if (values.output === '')
        throw new cli_io/* UsageError */.eb('--output needs a directory');
    const sources = (0,cli_files/* readSources */.tW)(positionals, io.cwd);
    if (values.output === undefined) {
        // Written as it is made: a large render never holds every resource.
        const { findings, resources } = (0,pipeline/* lintThenRenderEach */.e)(sources);
        if (findings.length > 0)
            io.stderr((0,format/* formatFindingsText */.$u)(findings));
        if (resources === null)
            return cli_io/* EXIT */.dc.findings;
        for (const chunk of (0,yaml/* toYamlChunks */.zZ)(resources))
            io.stdout(chunk);
        return cli_io/* EXIT */.dc.ok;
    }
    const { findings, resources } = (0,pipeline/* lintAndRender */.R)(sources);
    if (findings.length > 0)
        io.stderr((0,format/* formatFindingsText */.$u)(findings));
    if (resources === null)
        return cli_io/* EXIT */.dc.findings;
    const dir = (0,external_node_path_.resolve)(io.cwd, values.output);
    // Build every file before touching the disk; the writer stages them and renames them into place, never through a link.
    const files = resources.map((r) => ({ name: (0,yaml/* resourceFileName */.Ib)(r), text: (0,yaml/* resourceToYaml */.Nt)(r) }));
    try {
        writeOutputFiles(dir, files, { mode: 'merge', workspace: io.cwd });
    }
    catch (err) {
        if (!(err instanceof OutputError))
            throw err;
        throw new cli_io/* UsageError */.eb(`cannot write to ${values.output}: ${err.message}`);
    }
    io.stderr(`${(0,log_line/* plainLogText */.I)(`wrote ${files.length} file${files.length === 1 ? '' : 's'} to ${values.output}`)}\n`);
    return cli_io/* EXIT */.dc.ok;
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
