export const id = 286;
export const ids = [286];
export const modules = {

/***/ 97286:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HELP: () => (/* binding */ HELP),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./.build/src/core/lint/format.js
var format = __webpack_require__(33882);
// EXTERNAL MODULE: ./.build/src/core/pipeline.js
var pipeline = __webpack_require__(41773);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./.build/src/core/compare.js
var compare = __webpack_require__(79072);
// EXTERNAL MODULE: ./.build/src/core/kinds/index.js + 10 modules
var kinds = __webpack_require__(44436);
// EXTERNAL MODULE: ./.build/src/core/normalize.js + 1 modules
var normalize = __webpack_require__(80177);
// EXTERNAL MODULE: ./.build/src/core/render/ces.js
var ces = __webpack_require__(83857);
// EXTERNAL MODULE: ./.build/src/core/values.js
var values = __webpack_require__(38917);
// EXTERNAL MODULE: ./.build/src/core/diff/stores.js
var diff_stores = __webpack_require__(64525);
;// CONCATENATED MODULE: ./.build/src/core/diff/manifests.js







/** Aliases a manifest may expand; ours have none, and a file read back from a branch is untrusted. */
const MAX_ALIAS_COUNT = 100;
/**
 * The Secrets and stores that rendered manifests describe, read back from
 * the files (what a GitOps branch holds, before and after a publish), in the
 * same records the diff makes from values files, so a commit body says what
 * the PR comment says. Files that are not ClusterExternalSecrets or
 * ClusterSecretStores, or do not parse, describe nothing.
 */
function describeManifests(files) {
    const secrets = [];
    const stores = [];
    for (const f of files) {
        const doc = readManifest(f.content);
        if (doc === null)
            continue;
        const name = str(doc.metadata.name);
        if (doc.kind === 'ClusterSecretStore')
            stores.push({ name, fields: (0,diff_stores/* storeSpecFields */.kr)(doc.spec) });
        if (doc.kind === 'ClusterExternalSecret')
            secrets.push(describeExternalSecret(name, doc.spec, f.name));
    }
    return { secrets, stores };
}
function readManifest(content) {
    let doc;
    try {
        // Silent: the core never writes to the console.
        const parsed = (0,dist/* parseDocument */.Tp)(content, { logLevel: 'silent' });
        if (parsed.errors.length > 0)
            return null;
        doc = parsed.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch {
        return null;
    }
    if (!(0,values/* isRecord */.u4)(doc) || typeof doc.kind !== 'string' || !(0,values/* isRecord */.u4)(doc.metadata))
        return null;
    return { kind: doc.kind, metadata: doc.metadata, spec: (0,values/* isRecord */.u4)(doc.spec) ? doc.spec : {} };
}
function describeExternalSecret(name, spec, file) {
    const es = obj(spec.externalSecretSpec);
    const target = obj(es.target);
    const template = obj(target.template);
    const labels = stringMap(obj(template.metadata).labels);
    const data = Array.isArray(es.data) ? es.data.filter(values/* isRecord */.u4) : [];
    const dataFrom = Array.isArray(es.dataFrom) ? es.dataFrom.filter(values/* isRecord */.u4) : [];
    const templateKeys = Object.keys(obj(template.data));
    const refs = [
        ...data.map((d) => {
            const ref = obj(d.remoteRef);
            return str(ref.property) === '' ? str(ref.key) : `${str(ref.key)}#${str(ref.property)}`;
        }),
        ...dataFrom.map((d) => str(obj(d.extract).key))
    ];
    const keys = dataFrom.length > 0 ? [kinds/* ALL_KEYS */.nX] : templateKeys.length > 0 ? templateKeys : data.map((d) => str(d.secretKey));
    return {
        secret: {
            name: str(target.name),
            externalSecret: name,
            kind: recognizeKind({ data: es.data, dataFrom: es.dataFrom, template: target.template }),
            type: str(template.type) || 'Opaque',
            keys: [...new Set(keys)].sort(compare/* compareStrings */.K),
            store: str(obj(es.secretStoreRef).name),
            remoteRefs: [...new Set(refs)].sort(compare/* compareStrings */.K),
            labels,
            refreshInterval: str(es.refreshInterval),
            refreshTime: str(spec.refreshTime),
            creationPolicy: str(target.creationPolicy),
            deletionPolicy: str(target.deletionPolicy) || null,
            file
        },
        target: targetOf(spec)
    };
}
/**
 * The kind a rendered ExternalSecret was made as: the first kind, in
 * decision order, whose own renderer makes exactly this body from the names
 * the manifest holds. No kind's shape is described twice; a kind added to
 * kinds/ is recognised without a change here. What a manifest cannot tell
 * apart reads as the kind that comes first (a kind switched by `type` needs
 * a type in the template, so a custom type `Opaque`, which the renderer
 * leaves out, reads as a single value). A body no kind makes (a file not
 * written by this tool) reads as a single value; its keys, references and
 * labels are still what the manifest says.
 */
function recognizeKind(body) {
    const want = (0,diff_stores/* canonicalJson */.dj)(body);
    const data = Array.isArray(body.data) ? body.data.filter(values/* isRecord */.u4) : [];
    const refs = [
        ...data.map((d) => str(obj(d.remoteRef).key)),
        ...(Array.isArray(body.dataFrom) ? body.dataFrom.filter(values/* isRecord */.u4).map((d) => str(obj(d.extract).key)) : [])
    ];
    // The remote name as written, or without a suffix a kind appends to it (`R-crt`).
    const names = [...new Set(refs.flatMap((r) => [r, ...[...r.matchAll(/-/g)].map((m) => r.slice(0, m.index))]))];
    const template = obj(body.template);
    const labels = stringMap(obj(template.metadata).labels);
    const type = str(template.type) || undefined;
    const only = data.length === 1 ? data[0] : undefined;
    const key = only === undefined ? undefined : str(only.secretKey);
    const property = only === undefined ? undefined : str(obj(only.remoteRef).property) || undefined;
    for (const kind of kinds/* KINDS */.GW) {
        if (kind.flag?.key === 'type' && type === undefined)
            continue;
        // The user's labels: all of them, or all but the kind's own.
        const own = Object.fromEntries(Object.entries(labels).filter(([k, v]) => kind.fixedLabels[k] !== v));
        for (const remoteName of names) {
            for (const userLabels of [labels, own]) {
                const entry = { remoteName, labels: userLabels };
                if (key !== undefined)
                    entry.key = key;
                if (property !== undefined)
                    entry.property = property;
                if (type !== undefined)
                    entry.type = type;
                if ((0,diff_stores/* canonicalJson */.dj)(kind.render(entry)) === want)
                    return kind.kind;
            }
        }
    }
    return 'single';
}
/**
 * The target of a ClusterExternalSecret: selectors that only name
 * namespaces (as the renderer writes `namespace` and `namespaces`) are
 * namespaces; anything else is a selector.
 */
function targetOf(spec) {
    const selectors = [];
    if (Array.isArray(spec.namespaceSelectors))
        selectors.push(...spec.namespaceSelectors.filter(values/* isRecord */.u4).map(normalize/* labelSelector */.wb));
    if ((0,values/* isRecord */.u4)(spec.namespaceSelector))
        selectors.push((0,normalize/* labelSelector */.wb)(spec.namespaceSelector));
    const names = Array.isArray(spec.namespaces) ? spec.namespaces.filter((n) => typeof n === 'string') : [];
    for (const s of selectors) {
        const named = namesOf(s);
        if (named === null)
            return { kind: 'selector', selector: s };
        names.push(...named);
    }
    return { kind: 'namespaces', namespaces: [...new Set(names)].sort(compare/* compareStrings */.K) };
}
/** The namespaces a selector names by their name label, or null when it selects by other labels. */
function namesOf(s) {
    const labels = Object.entries(s.matchLabels ?? {});
    const exprs = s.matchExpressions ?? [];
    if (labels.length === 1 && exprs.length === 0 && labels[0]?.[0] === ces/* NAMESPACE_NAME_LABEL */.Dg)
        return [labels[0][1]];
    const only = exprs[0];
    if (labels.length === 0 && exprs.length === 1 && only?.key === ces/* NAMESPACE_NAME_LABEL */.Dg && only.operator === 'In')
        return [...(only.values ?? [])];
    return null;
}
function obj(v) {
    return (0,values/* isRecord */.u4)(v) ? v : {};
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function stringMap(v) {
    const out = {};
    for (const [k, val] of Object.entries(obj(v)).sort(([a], [b]) => (0,compare/* compareStrings */.K)(a, b)))
        if (typeof val === 'string')
            out[k] = val;
    return out;
}

// EXTERNAL MODULE: ./.build/src/core/diff/describe.js
var describe = __webpack_require__(29902);
// EXTERNAL MODULE: ./.build/src/core/diff/diff.js
var diff = __webpack_require__(21776);
// EXTERNAL MODULE: ./.build/src/core/format/report.js + 8 modules
var report = __webpack_require__(18902);
// EXTERNAL MODULE: ./.build/src/core/git-paths.js
var git_paths = __webpack_require__(29846);
;// CONCATENATED MODULE: ./.build/src/core/publish/plan.js





/**
 * The pure half of `publish`: given the rendered files and what the target
 * directory holds right now, decide what to write and delete. No git, no fs:
 * the git shell (src/gitops) reads the tree, calls `planPublish`, and turns
 * the plan into a commit. Re-planning on every retry is what keeps a
 * concurrent writer's changes to the same directory intact.
 */
/** File this tool owns in DIR: the list of files it wrote, so it only ever deletes its own. */
const INDEX_FILE = '.secrets-injector-index';
/** Written next to the resources so Argo CD / Flux apply exactly the listed files. */
const KUSTOMIZATION_FILE = 'kustomization.yaml';
/** Resource file names as `resourceFileName` makes them; anything else is refused. */
const RESOURCE_NAME = /^[a-z0-9][a-z0-9.-]*\.yaml$/;
/** Most file systems cap a path segment at 255 bytes. */
const MAX_NAME_LENGTH = 255;
/**
 * The one default headline of a GitOps commit, whoever publishes (the action,
 * the CLI): it names the source commit when known, so the GitOps history
 * points back at the change that rendered it.
 */
function defaultCommitHeadline(sourceSha) {
    const short = sourceSha?.slice(0, 7) ?? '';
    return `secrets-injector: render ${short === '' ? 'manifests' : short}`;
}
/**
 * Validate and normalize DIR: relative, forward slashes, no '.', '..', empty
 * segments, no control characters, and no segment git drops or treats
 * specially (`.git` in any NTFS or HFS+ spelling: git-paths.ts). Returns the segments, or an
 * error message naming the problem.
 */
function normalizeDir(dir) {
    const trimmed = dir.trim();
    if (trimmed === '' || trimmed === '.' || trimmed === './')
        return { ok: true, segments: [] };
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\\]/.test(trimmed))
        return { ok: false, error: `path "${dir}": control characters and backslashes are not allowed` };
    if (trimmed.startsWith('/'))
        return { ok: false, error: `path "${dir}" must be relative to the repository root` };
    const segments = trimmed.replace(/^\.\//, '').replace(/\/+$/, '').split('/');
    for (const s of segments) {
        if (s === '' || s === '.' || s === '..')
            return { ok: false, error: `path "${dir}" must not contain empty, "." or ".." segments` };
        const special = (0,git_paths/* gitSegmentProblem */.n)(s);
        if (special !== null)
            return { ok: false, error: `path "${dir}": ${special}; git would drop or misread it, so nothing would be published` };
        if (s.length > MAX_NAME_LENGTH)
            return { ok: false, error: `path "${dir}": segment longer than ${MAX_NAME_LENGTH} characters` };
    }
    return { ok: true, segments };
}
/**
 * Branch names git and GitHub both accept (the rules of `git check-ref-format
 * --branch`), checked up front so both publish modes refuse the same names.
 */
function isValidBranchName(name) {
    if (name === '' || name === '@' || name.length > 255)
        return false;
    // git accepts these as names, but they mean something else: `HEAD` is the checked-out commit, and
    // `refs/heads/x` would become refs/heads/refs/heads/x, a branch nobody asked for.
    if (name === 'HEAD' || name.startsWith('refs/'))
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0020\u007f~^:?*[\\]|\.\.|@\{|\/\/|^[-/.]|[/.]$|\.lock$|\/\.|\.lock\//.test(name))
        return false;
    return true;
}
/** True when `name` is an acceptable resource file name (one safe path segment). */
function isResourceFileName(name) {
    return name.length <= MAX_NAME_LENGTH && RESOURCE_NAME.test(name) && name !== KUSTOMIZATION_FILE;
}
/**
 * Join DIR and a validated file name, and check the result once more: exactly
 * one segment below DIR, no traversal. The second check is deliberate defence
 * in depth against a future change to the name rule.
 */
function childPath(dirSegments, name) {
    const path = [...dirSegments, name].join('/');
    const parts = path.split('/');
    const prefix = dirSegments.length === 0 ? '' : `${dirSegments.join('/')}/`;
    if (parts.length !== dirSegments.length + 1 ||
        parts.some((p) => p === '' || p === '.' || p === '..') ||
        !path.startsWith(prefix) ||
        path.slice(prefix.length) !== name) {
        throw new Error(`internal: path "${path}" escapes the target directory`);
    }
    return path;
}
/** Parse the index file we wrote earlier. Anything unexpected = we own nothing (so we delete nothing). */
function parseIndex(text) {
    if (text === undefined)
        return [];
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return [];
    }
    if (typeof value !== 'object' || value === null || !('files' in value))
        return [];
    const files = value.files;
    if (!Array.isArray(files))
        return [];
    return files.filter((f) => typeof f === 'string' && (isResourceFileName(f) || f === KUSTOMIZATION_FILE));
}
/** The index file text: sorted, stable, one name per line for readable diffs. */
function formatIndex(names) {
    const sorted = [...new Set(names)].sort();
    const body = {
        generator: 'secrets-injector',
        note: 'Files in this directory written by secrets-injector publish; it deletes only these.',
        version: 1,
        files: sorted
    };
    return `${JSON.stringify(body, null, 2)}\n`;
}
/** kustomization.yaml listing the resources in render order (stores first). */
function formatKustomization(names) {
    const lines = [
        '# Generated by secrets-injector publish. Do not edit: the next publish rewrites this file.',
        'apiVersion: kustomize.config.k8s.io/v1beta1',
        'kind: Kustomization'
    ];
    // Names are validated to [a-z0-9.-], so they need no YAML quoting.
    if (names.length === 0)
        lines.push('resources: []');
    else
        lines.push('resources:', ...names.map((n) => `  - ${n}`));
    return `${lines.join('\n')}\n`;
}
function withNewline(s) {
    return s.endsWith('\n') ? s : `${s}\n`;
}
/**
 * Plan one publish. Refuses (errors, nothing written) when a name is unsafe,
 * DIR is not a directory, or a file we would write exists and was not written
 * by us (unless it already has exactly our content, then we adopt it).
 */
function planPublish(input) {
    const errors = [];
    const notes = [];
    const nd = normalizeDir(input.dir);
    if (!nd.ok)
        return { ok: false, errors: [nd.error] };
    const dirSegments = nd.segments;
    const dir = dirSegments.join('/');
    // DIR and every parent must be a real directory or absent (then all below it absent).
    if (input.state.ancestors.length !== dirSegments.length) {
        return { ok: false, errors: [`internal: expected ${dirSegments.length} ancestor kinds, got ${input.state.ancestors.length}`] };
    }
    for (const [i, kind] of input.state.ancestors.entries()) {
        if (kind !== null && kind !== 'dir') {
            const p = dirSegments.slice(0, i + 1).join('/');
            errors.push(`"${p}" is a ${kind}, not a directory; refusing to publish through it`);
        }
    }
    const seen = new Set();
    for (const f of input.files) {
        if (!isResourceFileName(f.name)) {
            errors.push(`unsafe resource file name ${JSON.stringify(f.name)}: expected one path segment matching [a-z0-9][a-z0-9.-]*.yaml`);
        }
        else if (seen.has(f.name)) {
            errors.push(`two resources map to the same file name "${f.name}"`);
        }
        seen.add(f.name);
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const current = new Map(input.state.entries.map((e) => [e.name, e]));
    const indexEntry = current.get(INDEX_FILE);
    if (indexEntry !== undefined && indexEntry.kind !== 'file') {
        return {
            ok: false,
            errors: [`"${childPath(dirSegments, INDEX_FILE)}" is a ${indexEntry.kind}, not our index file; refusing to publish`]
        };
    }
    const owned = new Set(parseIndex(indexEntry?.content));
    const desired = input.files.map((f) => ({ name: f.name, content: withNewline(f.content) }));
    desired.push({ name: KUSTOMIZATION_FILE, content: formatKustomization(input.files.map((f) => f.name)) });
    const desiredNames = new Set(desired.map((f) => f.name));
    const writes = [];
    const added = [];
    const changed = [];
    for (const f of desired) {
        const path = childPath(dirSegments, f.name);
        const cur = current.get(f.name);
        if (cur === undefined) {
            writes.push({ path, content: f.content });
            added.push(path);
        }
        else if (cur.kind !== 'file') {
            errors.push(`"${path}" exists as a ${cur.kind}; refusing to replace it`);
        }
        else if (cur.content === undefined) {
            errors.push(`cannot compare "${path}": its content could not be read (binary or too large); refusing to replace it`);
        }
        else if (cur.content !== f.content) {
            if (owned.has(f.name)) {
                writes.push({ path, content: f.content });
                changed.push(path);
            }
            else {
                errors.push(`"${path}" exists and was not written by secrets-injector (not in ${INDEX_FILE}); refusing to overwrite it`);
            }
        }
    }
    if (errors.length > 0)
        return { ok: false, errors };
    const deletes = [];
    for (const name of [...owned].sort()) {
        if (desiredNames.has(name))
            continue;
        const cur = current.get(name);
        if (cur === undefined)
            continue;
        const path = childPath(dirSegments, name);
        if (cur.kind === 'file')
            deletes.push(path);
        else
            notes.push(`"${path}" is listed in ${INDEX_FILE} but is now a ${cur.kind}; left alone`);
    }
    const indexText = formatIndex([...desiredNames]);
    const indexPath = childPath(dirSegments, INDEX_FILE);
    if (indexEntry === undefined) {
        writes.push({ path: indexPath, content: indexText });
        added.push(indexPath);
    }
    else if (indexEntry.content !== indexText) {
        writes.push({ path: indexPath, content: indexText });
        changed.push(indexPath);
    }
    const summary = summarize(input.files, input.state.entries, owned);
    const headline = input.message.trim() === '' ? defaultCommitHeadline() : input.message.trim();
    const commitMessage = summary === '' ? `${headline}\n` : `${headline}\n\n${summary}\n`;
    return {
        ok: true,
        plan: {
            dir,
            writes,
            deletes,
            added,
            removed: deletes,
            changed,
            hasChanges: writes.length > 0 || deletes.length > 0,
            summary,
            commitMessage,
            notes
        }
    };
}
/**
 * The commit body: the Secrets the branch held before (the files this tool
 * owns or is about to write) compared with the rendered files, read back
 * from the manifests themselves, so the body is right whatever commit the
 * branch was at, and formatted by the same formatter as the PR comment.
 */
function summarize(files, entries, owned) {
    const desired = new Set(files.map((f) => f.name));
    const old = entries.flatMap((e) => e.kind === 'file' && e.content !== undefined && (owned.has(e.name) || desired.has(e.name)) ? [{ name: e.name, content: e.content }] : []);
    const before = describeManifests(old);
    const after = describeManifests(files);
    return (0,report/* formatCommitBody */.TC)((0,diff/* diffRecords */.OM)((0,describe/* expandTargets */.Vq)(before.secrets), (0,describe/* expandTargets */.Vq)(after.secrets), before.stores, after.stores));
}

// EXTERNAL MODULE: ./.build/src/core/render/yaml.js
var yaml = __webpack_require__(16069);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js
var github = __webpack_require__(61351);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 19 modules
var utils = __webpack_require__(85555);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(49735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(86856);
// EXTERNAL MODULE: ./node_modules/bottleneck/light.js
var light = __webpack_require__(63251);
;// CONCATENATED MODULE: ./.build/src/github/json.js

/**
 * A nested field of JSON GitHub sent (a webhook payload, a GraphQL answer, a
 * report bundle another run wrote), or undefined when any step of the path is
 * not an object. Callers check the type of what they get: nothing is cast.
 */
function json_field(value, ...path) {
    let cur = value;
    for (const key of path)
        cur = (0,values/* isRecord */.u4)(cur) && Object.hasOwn(cur, key) ? cur[key] : undefined;
    return cur;
}

;// CONCATENATED MODULE: ./.build/src/github/errors.js

/**
 * How the shells read a failed GitHub API call. Octokit rejects with a
 * RequestError carrying the HTTP status; these helpers look only at that
 * status and the message, so in-memory implementations of the port can fail
 * the same way with a plain Error that has a `status`.
 */
/**
 * The run's GitHub API deadline passed: the call was aborted or never sent,
 * and no later call will be. Not transient: retrying cannot help.
 */
class ApiDeadlineError extends Error {
    name = 'ApiDeadlineError';
}
/** One HTTP attempt got no (complete) answer in time; the client's retry may try again within the deadline. */
class ApiRequestTimeoutError extends Error {
    name = 'ApiRequestTimeoutError';
}
/** The HTTP status of a failed call, or undefined (network failure, anything else). */
function httpStatus(error) {
    const status = json_field(error, 'status');
    return typeof status === 'number' ? status : undefined;
}
/**
 * True when a write was refused because the token may not write: the
 * read-only GITHUB_TOKEN of a fork pull request, or missing permissions.
 */
function isPermissionError(error) {
    const status = httpStatus(error);
    if (status === 401)
        return true;
    if (status !== 403)
        return false;
    const message = error instanceof Error ? error.message : '';
    // A 403 that is a rate limit was already retried by the throttling plugin; it is a fault, not a permission.
    return !/rate limit/i.test(message);
}
/** 5xx answers and network failures (no status at all): another try later may succeed. */
function isTransientApiError(error) {
    const status = httpStatus(error);
    if (status !== undefined)
        return status >= 500;
    const message = error instanceof Error ? error.message : String(error);
    return /ECONNRESET|ETIMEDOUT|socket hang up/i.test(message);
}
/**
 * A one-line description of an API error for a warning, without the request
 * body. Octokit gives a request that got no answer at all (refused, reset,
 * timed out) the status 500 without a response: that is not an HTTP status.
 */
function describeApiError(error) {
    const status = httpStatus(error);
    const message = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    const answered = status !== undefined && !(status === 500 && field(error, 'request') !== undefined && field(error, 'response') === undefined);
    return answered ? `HTTP ${status}: ${message}` : message || 'unknown error';
}

;// CONCATENATED MODULE: ./.build/src/github/client.js







const QUIET = { info: () => undefined, warning: () => undefined };
/** One HTTP attempt, answer included; GitHub itself gives up on a request after 10 s. */
const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Retries after the first attempt, for 5xx, timeouts and rate limits. */
const DEFAULT_RETRIES = 3;
/**
 * The deadline of all calls of one client: starts with the first request,
 * aborts everything in flight when it passes. Octokit passes an abort through
 * untouched and its retry plugin does not retry it, which is what ends the
 * waiting; a request timeout, by contrast, is a failed attempt to retry.
 */
class Deadline {
    ms;
    controller = new AbortController();
    endsAt = null;
    constructor(ms) {
        this.ms = ms;
    }
    /** Start the clock (first request); the timer never keeps the process alive. */
    start() {
        if (this.ms === undefined || this.endsAt !== null)
            return;
        this.endsAt = Date.now() + this.ms;
        setTimeout(() => this.controller.abort(), this.ms).unref();
    }
    get signal() {
        return this.controller.signal;
    }
    get passed() {
        return this.controller.signal.aborted;
    }
    /** Milliseconds left, Infinity without a deadline (or before the first request). */
    remaining() {
        return this.endsAt === null ? Infinity : Math.max(0, this.endsAt - Date.now());
    }
    error() {
        return new ApiDeadlineError(`the GitHub API did not finish within the run's deadline (api-timeout: ${Math.round((this.ms ?? 0) / 1000)} s); ` +
            'the call was not completed');
    }
}
const VIEWER_QUERY = 'query Viewer { viewer { login } }';
const HEAD_QUERY = `query PublishHead($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) { ref(qualifiedName: $ref) { target { oid } } }
}`;
const COMMIT_MUTATION = `mutation PublishCommit($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;
/** Tree reads for DIR's ancestors (a0..an) and DIR's entries, all at one commit, in one request. */
function treeQuery(ancestors) {
    const vars = Array.from({ length: ancestors }, (_, i) => `, $a${i}: String!`).join('');
    const fields = Array.from({ length: ancestors }, (_, i) => `    a${i}: object(expression: $a${i}) { __typename }\n`).join('');
    return `query PublishTree($owner: String!, $name: String!, $dir: String!${vars}) {
  repository(owner: $owner, name: $name) {
${fields}    dir: object(expression: $dir) {
      __typename
      ... on Tree { entries { name type mode object { ... on Blob { text isBinary isTruncated } } } }
    }
  }
}`;
}
function client_str(v, what) {
    if (typeof v !== 'string')
        throw new Error(`GitHub API ${what}: unexpected response`);
    return v;
}
/** Git file modes as GraphQL reports them (decimal). */
function entryKind(type, mode) {
    if (type === 'tree')
        return 'dir';
    if (mode === 0o120000)
        return 'symlink';
    if (type === 'blob' && (mode === 0o100644 || mode === 0o100755))
        return 'file';
    return 'other';
}
/** createCommitOnBranch refuses with this when the branch is not at expectedHeadOid. */
function isHeadMoved(err) {
    const errors = json_field(err, 'errors');
    if (Array.isArray(errors) && errors.some((e) => json_field(e, 'type') === 'STALE_DATA'))
        return true;
    return /expected branch to point to|pull and try again/i.test(err instanceof Error ? err.message : String(err));
}
function author(user) {
    return user === null || user === undefined ? null : { login: user.login, type: user.type };
}
/** Build the client for one run; every GitHub call of the shells goes through it. */
function createGitHubClient(options) {
    const retries = options.retries ?? DEFAULT_RETRIES;
    const unit = options.retryUnitMs ?? 1000;
    const log = options.log ?? QUIET;
    const requestTimeout = Math.min(options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, options.deadlineMs ?? Infinity);
    const deadline = new Deadline(options.deadlineMs);
    let count = 0;
    // Every HTTP attempt goes through here (retries included): count it, bound
    // it in time, and say when GitHub fails, since the retry plugin itself
    // retries silently.
    const baseFetch = typeof utils/* defaults */.NT.request?.fetch === 'function' ? utils/* defaults */.NT.request.fetch : fetch;
    const observedFetch = async (input, init) => {
        deadline.start();
        count++;
        const timeout = AbortSignal.timeout(requestTimeout);
        const signals = [deadline.signal, timeout, ...(init?.signal ? [init.signal] : [])];
        let response;
        try {
            // The signal also covers reading the body, which octokit does after this returns.
            response = await baseFetch(input, { ...init, signal: AbortSignal.any(signals) });
        }
        catch (error) {
            if (!deadline.passed && timeout.aborted) {
                log.info(`GitHub API did not answer ${init?.method ?? 'GET'} ${String(input)} within ${requestTimeout / 1000} s`);
                throw new ApiRequestTimeoutError(`no answer within ${requestTimeout / 1000} s`);
            }
            throw error;
        }
        if (response.status >= 500)
            log.info(`GitHub API answered ${response.status} to ${init?.method ?? 'GET'} ${String(input)}; retrying while attempts remain`);
        return response;
    };
    /** Whether to wait out a rate limit: not past the retries, and not past the deadline (the wait itself is not abortable). */
    const waitOut = (what, retryAfter, opts, retryCount) => {
        if (retryAfter * unit > deadline.remaining()) {
            log.warning(`GitHub API ${what} on ${opts.method} ${opts.url}; retry-after ${retryAfter}s is past the run's deadline, not retried`);
            return false;
        }
        log.warning(`GitHub API ${what} on ${opts.method} ${opts.url}; retry ${retryCount + 1} of ${retries} in ${retryAfter}s`);
        return retryCount < retries;
    };
    // Octokit's own messages (deprecation notices quoting the server's headers) would go to the console, past the
    // action's log escaping: they go where the client's other messages go. The request layer takes its own copy.
    const octokitLog = {
        debug: () => undefined,
        info: (m) => log.info(m),
        warn: (m) => log.warning(m),
        error: (m) => log.warning(m)
    };
    const octokit = (0,github/* getOctokit */.Q)(options.token, {
        baseUrl: options.baseUrl,
        log: octokitLog,
        // Spread the toolkit defaults back in: `request` is merged shallowly and
        // would otherwise drop the proxy-aware fetch of @actions/github. The
        // retry count goes to the plugin state, not to `request.retries`: set
        // there, the plugin would retry every error, 403 and 404 included.
        request: { ...utils/* defaults */.NT.request, fetch: observedFetch, log: octokitLog },
        retry: { retryAfterBaseValue: unit, retries },
        throttle: {
            retryAfterBaseValue: unit,
            // The plugin's own write limiter is the same, with the spacing fixed at one second.
            write: new light.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: unit, timeout: 120_000 }),
            onRateLimit: (retryAfter, opts, _o, retryCount) => waitOut('rate limit hit', retryAfter, opts, retryCount),
            onSecondaryRateLimit: (retryAfter, opts, _o, retryCount) => waitOut('secondary rate limit', retryAfter, opts, retryCount)
        }
    }, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
    // Outermost, after the plugins' retries: once the deadline has passed, every failure says so.
    octokit.hook.error('request', (error) => {
        throw deadline.passed ? deadline.error() : error;
    });
    const rest = octokit.rest;
    const comment = (c) => ({ id: c.id, url: c.html_url, body: c.body ?? '', createdAt: c.created_at, author: author(c.user) });
    return {
        requestCount: () => count,
        async listIssueComments(repo, issue) {
            const all = await octokit.paginate(rest.issues.listComments, { ...repo, issue_number: issue, per_page: 100 });
            return all.map(comment);
        },
        async createIssueComment(repo, issue, body) {
            return comment((await rest.issues.createComment({ ...repo, issue_number: issue, body })).data);
        },
        async updateIssueComment(repo, id, body) {
            return comment((await rest.issues.updateComment({ ...repo, comment_id: id, body })).data);
        },
        async deleteIssueComment(repo, id) {
            await rest.issues.deleteComment({ ...repo, comment_id: id });
        },
        async viewerLogin() {
            // GraphQL's viewer, unlike GET /user, also answers installation tokens, with the app's bot login.
            return client_str(json_field(await octokit.graphql(VIEWER_QUERY), 'viewer', 'login'), 'viewer');
        },
        async pullHead(repo, pull) {
            const head = (await rest.pulls.get({ ...repo, pull_number: pull })).data.head;
            return { sha: head.sha, repository: head.repo?.full_name ?? null };
        },
        async listPullFiles(repo, pull) {
            const files = await octokit.paginate(rest.pulls.listFiles, { ...repo, pull_number: pull, per_page: 100 });
            return files.map((f) => ({ filename: f.filename, status: f.status, patch: f.patch, previousFilename: f.previous_filename }));
        },
        async listReviewComments(repo, pull) {
            const all = await octokit.paginate(rest.pulls.listReviewComments, { ...repo, pull_number: pull, per_page: 100 });
            return all.map((c) => ({ path: c.path, line: c.line ?? null, body: c.body, author: author(c.user) }));
        },
        async createReview(repo, pull, review) {
            await rest.pulls.createReview({
                ...repo,
                pull_number: pull,
                commit_id: review.commitId,
                event: 'COMMENT',
                body: review.body,
                comments: review.comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body })),
                // A 5xx may come after GitHub stored the review, and nothing removes a second one: the next run posts what is missing.
                request: { retries: 0 }
            });
        },
        async fileText(repo, path, ref) {
            let data;
            try {
                data = (await rest.repos.getContent({ ...repo, path, ref })).data;
            }
            catch (error) {
                if (httpStatus(error) === 404)
                    return { status: 'missing' };
                throw error;
            }
            const content = json_field(data, 'content');
            const encoding = json_field(data, 'encoding');
            const type = json_field(data, 'type');
            // A link out of the repository is answered as `symlink`; one inside it, with the target's content under the target's path.
            const served = json_field(data, 'path');
            if (type === 'symlink' || (type === 'file' && typeof served === 'string' && served !== path))
                return { status: 'symlink' };
            if (type !== 'file' || typeof content !== 'string')
                return { status: 'missing' };
            // Files over 1 MB come without content (encoding "none").
            if (encoding === 'none')
                return { status: 'too-large' };
            return { status: 'found', text: encoding === 'base64' ? Buffer.from(content, 'base64').toString('utf8') : content };
        },
        async branchHead(repo, branch) {
            const data = await octokit.graphql(HEAD_QUERY, { owner: repo.owner, name: repo.repo, ref: `refs/heads/${branch}` });
            const repository = json_field(data, 'repository');
            if (repository === null || repository === undefined)
                return { status: 'no-repository' };
            const oid = json_field(repository, 'ref', 'target', 'oid');
            return typeof oid === 'string' ? { status: 'found', oid } : { status: 'no-branch' };
        },
        async readDirectory(repo, commit, dirSegments) {
            const vars = { owner: repo.owner, name: repo.repo, dir: `${commit}:${dirSegments.join('/')}` };
            dirSegments.forEach((_, i) => (vars[`a${i}`] = `${commit}:${dirSegments.slice(0, i + 1).join('/')}`));
            const data = await octokit.graphql(treeQuery(dirSegments.length), vars);
            const ancestors = dirSegments.map((_, i) => {
                const t = json_field(data, 'repository', `a${i}`, '__typename');
                return t === undefined || t === null ? null : t === 'Tree' ? 'dir' : t === 'Blob' ? 'file' : 'other';
            });
            const state = { ancestors, entries: [] };
            if (ancestors.some((k) => k !== 'dir'))
                return state;
            const entries = json_field(data, 'repository', 'dir', 'entries');
            if (Array.isArray(entries)) {
                state.entries = entries.flatMap((e) => {
                    const name = json_field(e, 'name');
                    if (typeof name !== 'string')
                        return [];
                    const kind = entryKind(json_field(e, 'type'), json_field(e, 'mode'));
                    const text = json_field(e, 'object', 'text');
                    const whole = json_field(e, 'object', 'isTruncated') !== true && json_field(e, 'object', 'isBinary') !== true;
                    return [kind === 'file' && typeof text === 'string' && whole ? { name, kind, content: text } : { name, kind }];
                });
            }
            return state;
        },
        async createCommitOnBranch(c) {
            const input = {
                branch: { repositoryNameWithOwner: `${c.repo.owner}/${c.repo.repo}`, branchName: c.branch },
                expectedHeadOid: c.expectedHeadOid,
                message: { headline: c.headline, body: c.body },
                fileChanges: {
                    additions: c.additions.map((a) => ({ path: a.path, contents: Buffer.from(a.content, 'utf8').toString('base64') })),
                    deletions: c.deletions.map((path) => ({ path }))
                }
            };
            try {
                const data = await octokit.graphql(COMMIT_MUTATION, { input });
                return { status: 'ok', oid: client_str(json_field(data, 'createCommitOnBranch', 'commit', 'oid'), 'createCommitOnBranch') };
            }
            catch (err) {
                if (isHeadMoved(err))
                    return { status: 'stale' };
                throw err;
            }
        },
        async createTree(repo, files) {
            const r = await rest.git.createTree({
                ...repo,
                tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.content }))
            });
            return client_str(r.data.sha, 'create tree');
        },
        async createCommit(repo, commit) {
            const r = await rest.git.createCommit({ ...repo, message: commit.message, tree: commit.tree, parents: commit.parents });
            return client_str(r.data.sha, 'create commit');
        },
        async createRef(repo, ref, sha) {
            try {
                await rest.git.createRef({ ...repo, ref, sha });
                return 'created';
            }
            catch (err) {
                // 422: the ref exists (another writer created it first).
                if (httpStatus(err) === 422)
                    return 'exists';
                throw err;
            }
        }
    };
}

;// CONCATENATED MODULE: ./.build/src/gitops/publish-backend.js
/** A publish that must not (or cannot) go on: nothing was committed. */
class PublishError extends Error {
    details;
    name = 'PublishError';
    constructor(message, details = []) {
        super(message);
        this.details = details;
    }
}
/**
 * A failure worth another try within the same retry budget: a 5xx from the
 * server, a dropped connection, a timeout. Never used for auth failures or
 * refusals, which would only fail again.
 */
class TransientError extends Error {
    name = 'TransientError';
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./.build/src/git/git.js

/**
 * The one wrapper around git, for every shell (the action's history reads,
 * the GitOps publish in a private bare repository). One method per git
 * question; all of them go through `run`, the single place in src/ that
 * spawns git (execFile, argv as an array, never a shell), with a controlled
 * environment: inherited GIT_* variables that select another repository,
 * index or config are dropped, the repository is `gitDir` or `cwd`, prompts
 * are off, pathspecs are literal, and extra config (remote URL, auth headers)
 * travels in GIT_CONFIG_* variables so no credential ever appears in argv.
 * Every call has a time bound: calls that talk to a remote give up on a
 * stalled transfer (http.lowSpeedLimit/Time) and are killed, with their
 * transport helpers, after an overall timeout. Everything it returns or
 * throws is redacted. Best-effort calls are named `try…` and answer null (or
 * nothing) instead of throwing.
 */
/** A failed git call; message and stderr are already redacted. */
class GitError extends Error {
    args;
    exitCode;
    stderr;
    name = 'GitError';
    constructor(message, args, exitCode, stderr) {
        super(message);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
/** A git call that did not finish in time; git and its helpers were killed. */
class GitTimeoutError extends GitError {
    name = 'GitTimeoutError';
}
/** Generous for a branch of manifests, short enough that a dead remote ends the run within minutes. */
const NETWORK_LIMITS = { lowSpeedLimit: 1000, lowSpeedTimeSeconds: 30, timeoutMs: 120_000 };
/** Local plumbing never waits on anyone; this only stops a git that hangs for reasons of its own. */
const LOCAL_TIMEOUT_MS = 600_000;
/** Inherited variables that would point git at another repository, index or config. */
const DROPPED_ENV = new RegExp('^GIT_(' +
    [
        'DIR',
        'WORK_TREE',
        'INDEX_FILE',
        'OBJECT_DIRECTORY',
        'ALTERNATE_OBJECT_DIRECTORIES',
        'NAMESPACE',
        'CEILING_DIRECTORIES',
        'CONFIG_COUNT',
        'CONFIG_KEY_\\d+',
        'CONFIG_VALUE_\\d+',
        'CONFIG_PARAMETERS',
        'PREFIX',
        'COMMON_DIR',
        'SHALLOW_FILE',
        'QUARANTINE_PATH',
        'ASKPASS'
    ].join('|') +
    ')$');
/** Large enough for a cat-file batch of every manifest of a big cluster. */
const MAX_OUTPUT = 256 * 1024 * 1024;
/**
 * Hide credentials in text meant for logs or errors: known secret strings,
 * `user:password@` in URLs and the value of any Authorization header.
 */
function redact(text, secrets = []) {
    let out = text;
    for (const s of secrets)
        if (s.length >= 4)
            out = out.split(s).join('***');
    out = out.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^/@\s]+@/gi, '$1***@');
    out = out.replace(/(authorization:\s*(?:basic|bearer|token)\s+)\S+/gi, '$1***');
    return out;
}
/** The `http.<url>.extraheader` setting for a token, scoped to the remote's origin. */
function tokenAuthConfig(remoteUrl, token) {
    const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
    let scope = 'http';
    try {
        const u = new URL(remoteUrl);
        if (u.protocol === 'http:' || u.protocol === 'https:')
            scope = `http.${u.protocol}//${u.host}/`;
    }
    catch {
        // Not a URL (scp-like or a path): token auth does not apply; keep the unscoped key harmlessly.
    }
    return { config: [[`${scope}.extraheader`, `AUTHORIZATION: basic ${basic}`]], secrets: [token, basic] };
}
/**
 * Credentials for an HTTP(S) remote, kept out of every command line. git
 * hands the remote URL to its transport helper as an argument
 * (`git-remote-http origin <url>`), which any local user can read in the
 * process list; so `user:password@` is taken out of the URL and sent as an
 * Authorization header through the environment instead, scoped to the
 * remote's origin. An explicit token wins over credentials in the URL.
 * Other remotes (ssh, paths) are left as they are: their user is no secret.
 */
function remoteAuth(remoteUrl, token) {
    let url = null;
    try {
        url = new URL(remoteUrl);
    }
    catch {
        // scp-like (git@host:path) or a path: nothing to take out.
    }
    const http = url !== null && (url.protocol === 'http:' || url.protocol === 'https:');
    const withToken = (base) => token !== undefined && token !== ''
        ? { url: base, ...tokenAuthConfig(base, token), credentials: true }
        : { url: base, config: [], secrets: [], credentials: false };
    if (url === null || !http || (url.username === '' && url.password === ''))
        return withToken(remoteUrl);
    const user = url.username;
    const password = url.password;
    url.username = '';
    url.password = '';
    const plain = [decodeURIComponent(user), decodeURIComponent(password)];
    const hidden = [user, password, ...plain].filter((s) => s.length >= 4);
    const auth = withToken(url.href);
    if (auth.credentials)
        return { ...auth, secrets: [...auth.secrets, ...hidden] };
    const basic = Buffer.from(plain.join(':'), 'utf8').toString('base64');
    return {
        url: url.href,
        config: [[`http.${url.protocol}//${url.host}/.extraheader`, `AUTHORIZATION: basic ${basic}`]],
        secrets: [...hidden, basic],
        credentials: true
    };
}
/** Git and proxy texts (without an HTTP status git could name) that mean "try again later". */
const TRANSIENT = new RegExp([
    '\\b50[234]\\b.*(gateway|unavailable)',
    'connection (reset|timed out)',
    'timed out',
    'early EOF',
    'RPC failed',
    'unexpected disconnect',
    'remote end hung up'
].join('|'), 'i');
/**
 * Read git's stderr after a failed fetch or push. An HTTP status is read
 * first: git adds "RPC failed" and "remote end hung up" to a 403, which must
 * not look like a dropped connection (a refused push is never retried).
 */
function remoteFailure(stderr) {
    if (/Operation too slow/i.test(stderr))
        return { kind: 'stalled' };
    const status = /returned error: (\d{3})/.exec(stderr)?.[1] ?? /\bHTTP (\d{3})\b/.exec(stderr)?.[1];
    if (status !== undefined)
        return { kind: 'http', status: Number(status) };
    // git asks for a user name (or password) only after a 401, and cannot with prompts off.
    if (/could not read (Username|Password)|Authentication failed/i.test(stderr))
        return { kind: 'http', status: 401 };
    return TRANSIENT.test(stderr) ? { kind: 'transient' } : { kind: 'other' };
}
/** What the remote itself said (`remote:` lines, e.g. a hook's reason for refusing a push), one line, bounded. */
function remoteMessage(stderr) {
    const said = stderr
        .split(/\r?\n/)
        .filter((l) => l.startsWith('remote: '))
        .map((l) => l.slice('remote: '.length).trim())
        .filter((l) => l !== '')
        .join(' ');
    return said.length > 1000 ? `${said.slice(0, 1000)}…` : said;
}
function parseLsTree(out) {
    const entries = [];
    for (const rec of out.split('\0')) {
        if (rec === '')
            continue;
        const tab = rec.indexOf('\t');
        const [mode, type, oid] = rec.slice(0, tab).split(' ');
        if (mode === undefined || type === undefined || oid === undefined)
            continue;
        entries.push({ mode, type, oid, path: rec.slice(tab + 1) });
    }
    return entries;
}
/** A git command manager bound to one repository (a bare `gitDir` or a working tree `cwd`). */
class Git {
    opts;
    secrets;
    /** The limits for calls to a remote. */
    limits;
    constructor(opts = {}) {
        this.opts = opts;
        this.secrets = [...(opts.secrets ?? [])];
        this.limits = { ...NETWORK_LIMITS, ...opts.network };
    }
    /** `text` with this repository's credentials hidden. */
    redact(text) {
        return redact(text, this.secrets);
    }
    environment(extra) {
        const env = {};
        for (const [k, v] of Object.entries(this.opts.env ?? process.env))
            if (!DROPPED_ENV.test(k))
                env[k] = v;
        env.GIT_TERMINAL_PROMPT = '0';
        env.GCM_INTERACTIVE = 'never';
        env.GIT_LITERAL_PATHSPECS = '1';
        env.LC_ALL = 'C';
        if (this.opts.gitDir !== undefined)
            env.GIT_DIR = this.opts.gitDir;
        const config = [
            ...(this.opts.config ?? []),
            ['http.lowSpeedLimit', String(this.limits.lowSpeedLimit)],
            ['http.lowSpeedTime', String(this.limits.lowSpeedTimeSeconds)]
        ];
        env.GIT_CONFIG_COUNT = String(config.length);
        config.forEach(([k, v], i) => {
            env[`GIT_CONFIG_KEY_${i}`] = k;
            env[`GIT_CONFIG_VALUE_${i}`] = v;
        });
        return { ...env, ...extra };
    }
    /**
     * The single exec funnel: every git process of src/ starts here. Throws
     * GitError (redacted) unless `allowFail`, and GitTimeoutError when the call
     * outlives its timeout.
     */
    run(args, options = {}) {
        this.opts.log?.(`git ${this.redact(args.join(' '))}`);
        const remote = options.remote === true;
        const timeoutMs = remote ? this.limits.timeoutMs : LOCAL_TIMEOUT_MS;
        return new Promise((resolve, reject) => {
            // A remote call runs in its own process group: git leaves the transport to a helper
            // (git-remote-http, ssh) that holds our pipes open, so a timeout must stop them all.
            const child = (0,external_node_child_process_.spawn)('git', args, { cwd: this.opts.cwd, env: this.environment(options.env), detached: remote });
            const stdout = [];
            const stderr = [];
            let size = 0;
            let stopped = null;
            const stop = (why) => {
                stopped ??= why;
                try {
                    if (remote && child.pid !== undefined)
                        process.kill(-child.pid, 'SIGKILL');
                    else
                        child.kill('SIGKILL');
                }
                catch {
                    child.kill('SIGKILL');
                }
            };
            const collect = (into) => (chunk) => {
                size += chunk.length;
                if (size > MAX_OUTPUT)
                    stop('output');
                else
                    into.push(chunk);
            };
            child.stdout.on('data', collect(stdout));
            child.stderr.on('data', collect(stderr));
            const timer = setTimeout(() => stop('timeout'), timeoutMs);
            let spawnError = null;
            child.on('error', (err) => (spawnError = err));
            // 'close', not 'exit': the output is complete only when every holder of the pipes is gone.
            child.on('close', (code) => {
                clearTimeout(timer);
                const command = `git ${args[0] ?? ''}`;
                if (stopped === 'timeout') {
                    reject(new GitTimeoutError(`${command} did not finish within ${timeoutMs / 1000} s and was stopped`, args, -1, ''));
                    return;
                }
                const exitCode = code ?? 1;
                const result = { exitCode, stdout: Buffer.concat(stdout), stderr: this.redact(Buffer.concat(stderr).toString('utf8')) };
                if (stopped === 'output') {
                    reject(new GitError(`${command} printed more than ${MAX_OUTPUT} bytes and was stopped`, args, exitCode, result.stderr));
                }
                else if (spawnError !== null) {
                    reject(new GitError(`${command} could not start: ${this.redact(String(spawnError))}`, args, exitCode, result.stderr));
                }
                else if (exitCode !== 0 && options.allowFail !== true) {
                    const detail = result.stderr.trim() || 'no message';
                    reject(new GitError(`${command} failed (exit ${exitCode}): ${detail}`, args, exitCode, result.stderr));
                }
                else {
                    resolve(result);
                }
            });
            // Commands that read stdin need their input, and the others an end to it.
            child.stdin.on('error', () => undefined);
            child.stdin.end(options.input ?? '');
        });
    }
    async text(args, options = {}) {
        return (await this.run(args, options)).stdout.toString('utf8');
    }
    /** A call to a remote whose failure the caller reads. */
    async outcome(args) {
        const r = await this.run(args, { allowFail: true, remote: true });
        return { ok: r.exitCode === 0, stdout: this.redact(r.stdout.toString('utf8')), stderr: r.stderr };
    }
    // ---- Questions about history (read-only) ----
    /** True when `rev` names a commit present in the local history (not the case in a shallow checkout). */
    async hasCommit(rev) {
        return (await this.run(['cat-file', '-e', `${rev}^{commit}`], { allowFail: true })).exitCode === 0;
    }
    /** The commit `rev` resolves to (full SHA), or null. */
    async tryRevParse(rev) {
        const r = await this.run(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.toString('utf8').trim() : null;
    }
    /** The text of `path` (relative to the working directory) at commit `rev`, or null when it does not exist there. */
    async tryShow(rev, path) {
        const r = await this.run(['show', `${rev}:./${path}`], { allowFail: true });
        return r.exitCode === 0 ? r.stdout.toString('utf8') : null;
    }
    /** Paths (relative to the working directory) deleted between two commits, or null when git cannot tell. */
    async tryDeletedFiles(from, to) {
        const r = await this.run(['diff', '--name-only', '--relative', '--no-renames', '--diff-filter=D', '-z', from, to], { allowFail: true });
        if (r.exitCode !== 0)
            return null;
        return r.stdout
            .toString('utf8')
            .split('\0')
            .filter((p) => p !== '');
    }
    /** Entries of `treeish` (optionally only `path` inside it), as `git ls-tree -z` lists them. */
    async lsTree(treeish, path) {
        return parseLsTree(await this.text(path === undefined ? ['ls-tree', '-z', treeish] : ['ls-tree', '-z', treeish, '--', path]));
    }
    /** Size in bytes of object `oid`, or null when there is no such object (checked before reading a blob that may be huge). */
    async tryObjectSize(oid) {
        const r = await this.run(['cat-file', '-s', oid], { allowFail: true });
        const size = Number(r.stdout.toString('utf8').trim());
        return r.exitCode === 0 && Number.isSafeInteger(size) ? size : null;
    }
    /** Blobs by id (`cat-file --batch`), as UTF-8 text; missing ids are left out. */
    async readBlobs(oids) {
        const result = new Map();
        if (oids.length === 0)
            return result;
        const raw = (await this.run(['cat-file', '--batch'], { input: `${oids.join('\n')}\n` })).stdout;
        let pos = 0;
        while (pos < raw.length) {
            const eol = raw.indexOf(0x0a, pos);
            if (eol < 0)
                break;
            const [oid, type, size] = raw.subarray(pos, eol).toString('utf8').split(' ');
            pos = eol + 1;
            if (type === 'missing' || oid === undefined || size === undefined)
                continue;
            const n = Number(size);
            result.set(oid, raw.subarray(pos, pos + n).toString('utf8'));
            pos += n + 1;
        }
        return result;
    }
    // ---- Questions about configuration ----
    /** True when git accepts `ref` as a reference name. */
    async isValidRefName(ref) {
        return !ref.startsWith('-') && (await this.run(['check-ref-format', ref], { allowFail: true })).exitCode === 0;
    }
    /** A config value as git resolves it (env, repository, global), or null. */
    async tryConfig(key) {
        const r = await this.run(['config', '--get', key], { allowFail: true });
        const value = r.stdout.toString('utf8').trim();
        return r.exitCode === 0 && value !== '' ? value : null;
    }
    /** `http.*.extraheader` settings of a working tree (what actions/checkout persists); none when unreadable. */
    async tryExtraHeaders() {
        const r = await this.run(['config', '--includes', '--null', '--get-regexp', '^http\\..*\\.extraheader$'], { allowFail: true });
        if (r.exitCode !== 0)
            return [];
        const pairs = [];
        for (const rec of r.stdout.toString('utf8').split('\0')) {
            const nl = rec.indexOf('\n');
            if (nl > 0)
                pairs.push([rec.slice(0, nl), rec.slice(nl + 1)]);
        }
        return pairs;
    }
    // ---- Building commits in a bare repository (GitOps publish) ----
    /** Create the bare repository this Git is bound to (`gitDir`). */
    async initBare() {
        if (this.opts.gitDir === undefined)
            throw new GitError('git init: no gitDir to create', ['init'], 1, '');
        await this.run(['init', '--quiet', '--bare', this.opts.gitDir]);
    }
    /** Fetch one branch of `origin` (depth 1) into `ref`; the caller reads the failure. */
    fetchBranch(branch, ref) {
        return this.outcome(['fetch', '--quiet', '--no-tags', '--depth=1', 'origin', `+refs/heads/${branch}:${ref}`]);
    }
    /** Remove a ref if it exists. */
    async tryDeleteRef(ref) {
        await this.run(['update-ref', '-d', ref], { allowFail: true });
    }
    /** Load `treeish` (or nothing) into the index file `index`. */
    async readTree(index, treeish) {
        await this.run(treeish === null ? ['read-tree', '--empty'] : ['read-tree', treeish], { env: { GIT_INDEX_FILE: index } });
    }
    /** Store the files at `paths` as blobs (no filters); their ids in the same order. */
    async hashFiles(paths) {
        if (paths.length === 0)
            return [];
        const out = await this.text(['hash-object', '-w', '--no-filters', '--stdin-paths'], { input: `${paths.join('\n')}\n` });
        return out.split('\n').slice(0, paths.length);
    }
    /** Apply `--index-info` records ("mode oid\tpath"; mode 0 removes) to the index file `index`. */
    async updateIndex(index, records) {
        await this.run(['update-index', '-z', '--index-info'], { input: records.map((l) => `${l}\0`).join(''), env: { GIT_INDEX_FILE: index } });
    }
    /** Write the index file `index` as a tree; returns its id. */
    async writeTree(index) {
        return (await this.text(['write-tree'], { env: { GIT_INDEX_FILE: index } })).trim();
    }
    /** Create a commit of `tree` on `parents` with `message`; `identity` sets GIT_AUTHOR_* / GIT_COMMITTER_*. */
    async commitTree(tree, parents, message, identity) {
        const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'];
        return (await this.text(args, { input: message, env: identity })).trim();
    }
    /** Push `sha` to `refs/heads/<branch>` of `origin`, never forced; the caller reads the porcelain output. */
    push(sha, branch) {
        return this.outcome(['push', '--porcelain', '--no-verify', 'origin', `${sha}:refs/heads/${branch}`]);
    }
}

;// CONCATENATED MODULE: ./.build/src/gitops/git-backend.js






/** Ref-update refusals that another writer racing us can cause; a re-read and retry can succeed. */
const REMOTE_REJECTED_RETRYABLE = new RegExp('^\\[remote rejected\\] .*(' +
    [
        'failed to update ref',
        'cannot lock ref',
        'failed to lock',
        'incorrect old value',
        'reference already exists',
        'shallow update not allowed'
    ].join('|') +
    ')');
const TRACKING_REF = 'refs/secrets-injector/tip';
/** Author when none is given or configured: the Actions bot inside GitHub Actions, a clearly non-personal identity elsewhere. */
function defaultAuthor(env) {
    return env.GITHUB_ACTIONS === 'true'
        ? { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' }
        : { name: 'secrets-injector', email: 'noreply@secrets-injector.invalid' };
}
/** Modes from `git ls-tree` mapped to what publish cares about. */
function kindOf(mode, type) {
    if (type === 'tree')
        return 'dir';
    if (mode === '120000')
        return 'symlink';
    if (type === 'blob' && (mode === '100644' || mode === '100755'))
        return 'file';
    return 'other';
}
/** Create a git backend; it owns a temporary directory until `close()`. */
async function createGitBackend(opts) {
    if (!(await new Git({ env: opts.env }).isValidRefName(`refs/heads/${opts.branch}`))) {
        throw new PublishError(`invalid branch name "${opts.branch}"`);
    }
    const auth = remoteAuth(opts.remote, opts.token);
    const config = [
        ['remote.origin.url', auth.url],
        ['core.hooksPath', '/dev/null'],
        ['gc.auto', '0'],
        ...auth.config
    ];
    const secrets = [...auth.secrets];
    let credentials = auth.credentials;
    if (!credentials && opts.authFrom !== undefined) {
        // actions/checkout persists an Authorization extraheader in the checkout's config; our clone is elsewhere, so carry it over.
        const headers = await new Git({ cwd: opts.authFrom, env: opts.env }).tryExtraHeaders();
        for (const [k, v] of headers) {
            config.push([k, v]);
            secrets.push(v, v.replace(/^authorization:\s*\w+\s+/i, ''));
            credentials = true;
        }
    }
    const limits = { ...NETWORK_LIMITS, ...opts.network };
    const where = redact(auth.url, secrets);
    /**
     * A failed fetch or push in words a user can act on, and whether another
     * try can help: only a dropped connection or a 5xx. A stalled or timed-out
     * remote, a refusal and rejected credentials would fail the same way again.
     */
    function remoteProblem(stderr) {
        const failure = remoteFailure(stderr);
        const said = remoteMessage(stderr);
        const because = said === '' ? '' : ` (the remote said: ${said})`;
        switch (failure.kind) {
            case 'stalled':
                return {
                    transient: false,
                    text: `the remote ${where} did not answer (less than ${limits.lowSpeedLimit} bytes/s for ${limits.lowSpeedTimeSeconds} s)`
                };
            case 'http':
                if (failure.status >= 500)
                    return { transient: true, text: stderr.trim() };
                if (failure.status === 401)
                    return {
                        transient: false,
                        text: credentials
                            ? `the remote rejected the credentials (HTTP 401): check that the token is valid and may access ${where}${because}`
                            : `the remote asks for credentials (HTTP 401) and none were given: pass a token${because}`
                    };
                return { transient: false, text: `the remote answered HTTP ${failure.status}${because}` };
            case 'transient':
                return { transient: true, text: stderr.trim() };
            case 'other':
                return { transient: false, text: stderr.trim() };
        }
    }
    /** A remote call that timed out becomes a PublishError naming the remote (never retried). */
    async function bounded(what, call) {
        try {
            return await call();
        }
        catch (err) {
            if (err instanceof GitTimeoutError)
                throw new PublishError(`${what}: the remote ${where} did not answer: ${err.message}`);
            throw err;
        }
    }
    const tmp = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'secrets-injector-publish-'));
    const git = new Git({ gitDir: (0,external_node_path_.join)(tmp, 'repo.git'), config, secrets, env: opts.env, log: opts.debug, network: limits });
    let indexSeq = 0;
    try {
        await git.initBare();
    }
    catch (err) {
        await (0,promises_.rm)(tmp, { recursive: true, force: true });
        throw err;
    }
    let author = opts.author;
    // A configured identity (env or git config) wins; never let git invent one from the host name.
    const env = opts.env ?? process.env;
    if (author === undefined && env.GIT_AUTHOR_EMAIL === undefined && (await git.tryConfig('user.email')) === null)
        author = defaultAuthor(env);
    const identityEnv = author === undefined
        ? {}
        : { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
    async function fetchTip() {
        const r = await bounded(`cannot fetch ${opts.branch}`, () => git.fetchBranch(opts.branch, TRACKING_REF));
        if (!r.ok) {
            if (/couldn't find remote ref/i.test(r.stderr)) {
                await git.tryDeleteRef(TRACKING_REF);
                return null;
            }
            const problem = remoteProblem(r.stderr);
            if (problem.transient)
                throw new TransientError(`fetch failed: ${problem.text}`);
            throw new PublishError(`cannot fetch ${opts.branch}: ${problem.text}`);
        }
        const tip = await git.tryRevParse(TRACKING_REF);
        if (tip === null)
            throw new PublishError(`fetched ${opts.branch} but it does not point to a commit`);
        return tip;
    }
    return {
        async read(dirSegments) {
            const head = await fetchTip();
            const state = { ancestors: [], entries: [] };
            if (head === null) {
                state.ancestors = dirSegments.map(() => null);
                return { head, state };
            }
            for (let i = 0; i < dirSegments.length; i++) {
                const p = dirSegments.slice(0, i + 1).join('/');
                const found = (await git.lsTree(head, p)).find((e) => e.path === p);
                state.ancestors.push(found === undefined ? null : kindOf(found.mode, found.type));
            }
            if (state.ancestors.some((k) => k !== 'dir'))
                return { head, state };
            const dir = dirSegments.join('/');
            const listing = await git.lsTree(head, dir === '' ? undefined : `${dir}/`);
            const prefix = dir === '' ? '' : `${dir}/`;
            const entries = listing.map((e) => ({ ...e, name: e.path.slice(prefix.length), kind: kindOf(e.mode, e.type) }));
            // Only files the plan may compare or adopt are read; unrelated files stay unread.
            const wanted = entries.filter((e) => e.kind === 'file' && (e.name === INDEX_FILE || e.name === KUSTOMIZATION_FILE || isResourceFileName(e.name)));
            const blobs = await git.readBlobs(wanted.map((e) => e.oid));
            state.entries = entries.map((e) => {
                const content = e.kind === 'file' ? blobs.get(e.oid) : undefined;
                return content === undefined ? { name: e.name, kind: e.kind } : { name: e.name, kind: e.kind, content };
            });
            return { head, state };
        },
        async commit(plan, head) {
            const index = (0,external_node_path_.join)(tmp, `index-${++indexSeq}`);
            await git.readTree(index, head);
            // One hash-object for all blobs: contents go to numbered files in our own temp dir (never the target tree).
            const blobDir = (0,external_node_path_.join)(tmp, `blobs-${indexSeq}`);
            await (0,promises_.mkdir)(blobDir);
            const blobPaths = plan.writes.map((_, i) => (0,external_node_path_.join)(blobDir, String(i)));
            await Promise.all(plan.writes.map((w, i) => (0,promises_.writeFile)(blobPaths[i] ?? '', w.content)));
            const oids = await git.hashFiles(blobPaths);
            await (0,promises_.rm)(blobDir, { recursive: true, force: true });
            const lines = [];
            plan.writes.forEach((w, i) => {
                const oid = oids[i]?.trim() ?? '';
                if (!/^[0-9a-f]{40,64}$/.test(oid))
                    throw new PublishError(`internal: git hash-object returned no id for ${w.path}`);
                lines.push(`100644 ${oid}\t${w.path}`);
            });
            for (const d of plan.deletes)
                lines.push(`0 ${'0'.repeat(40)}\t${d}`);
            await git.updateIndex(index, lines);
            const tree = await git.writeTree(index);
            const sha = await git.commitTree(tree, head === null ? [] : [head], plan.commitMessage, identityEnv);
            await opts.beforePush?.();
            const r = await bounded(`push to ${opts.branch} failed`, () => git.push(sha, opts.branch));
            if (r.ok)
                return { status: 'ok', sha };
            const line = r.stdout.split('\n').find((l) => l.startsWith('!\t'));
            const reason = (line ?? '').split('\t')[2] ?? '';
            const retryable = /^\[rejected\] \((fetch first|non-fast-forward|stale info)\)/.test(reason) || REMOTE_REJECTED_RETRYABLE.test(reason);
            if (retryable)
                return { status: 'conflict', reason: reason === '' ? 'rejected' : reason };
            if (line !== undefined) {
                // The ref was refused (a hook, branch protection): the remote's own lines say why.
                const said = remoteMessage(r.stderr);
                throw new PublishError(`push to ${opts.branch} failed: ${reason}${said === '' ? '' : ` (the remote said: ${said})`}`);
            }
            const problem = remoteProblem(r.stderr);
            if (problem.transient)
                throw new TransientError(`push failed: ${problem.text}`);
            throw new PublishError(`push to ${opts.branch} refused: ${problem.text}`);
        },
        async close() {
            await (0,promises_.rm)(tmp, { recursive: true, force: true });
        }
    };
}

;// CONCATENATED MODULE: ./.build/src/gitops/github-backend.js




function errorText(err) {
    return err instanceof Error ? err.message : String(err);
}
/** Create the GitHub API backend. */
function createGitHubBackend(opts) {
    const target = opts.github;
    if (target === undefined || target.repo.owner === '' || target.repo.repo === '')
        throw new PublishError('github-api mode needs the GitHub repository (owner/repo) and a client');
    const { repo, api } = target;
    const secrets = opts.secrets ?? [];
    const log = opts.log ?? (() => undefined);
    /** Failures of the API: 5xx and dropped connections are worth another attempt, anything else ends the publish. */
    async function call(what, fn) {
        try {
            return await fn();
        }
        catch (err) {
            if (err instanceof PublishError)
                throw err;
            const message = `GitHub API ${what} failed: ${redact(errorText(err), secrets)}`;
            throw isTransientApiError(err) ? new TransientError(message) : new PublishError(message);
        }
    }
    async function readHead() {
        const head = await call('read branch', () => api.branchHead(repo, opts.branch));
        if (head.status === 'no-repository')
            throw new PublishError(`repository ${repo.owner}/${repo.repo} not found or not accessible`);
        return head.status === 'found' ? head.oid : null;
    }
    /**
     * Start a missing branch with a root commit holding only an empty index file
     * in DIR (GitHub refuses the well-known empty tree, and createCommitOnBranch
     * needs an existing branch). The manifests then go in through
     * createCommitOnBranch like every later change, so each of those commits is
     * verified; this first, file-less one is made with the REST API. Returns
     * false when another writer created the branch first.
     */
    async function createBranch(dir) {
        const path = dir === '' ? INDEX_FILE : `${dir}/${INDEX_FILE}`;
        const tree = await call('create root tree', () => api.createTree(repo, [{ path, content: formatIndex([]) }]));
        const message = `Start ${opts.branch} for secrets-injector publish`;
        const sha = await call('create root commit', () => api.createCommit(repo, { message, tree, parents: [] }));
        let created;
        try {
            created = await api.createRef(repo, `refs/heads/${opts.branch}`, sha);
        }
        catch (err) {
            throw new PublishError(`GitHub API create branch failed: ${redact(errorText(err), secrets)}`);
        }
        // Another writer created the branch first: re-read and re-plan either way.
        if (created === 'exists')
            return false;
        log(`created branch ${opts.branch} at root commit ${sha}`);
        return true;
    }
    return {
        async read(dirSegments) {
            const head = await readHead();
            if (head === null)
                return { head, state: { ancestors: dirSegments.map(() => null), entries: [] } };
            const state = await call('read tree', () => api.readDirectory(repo, head, dirSegments));
            return { head, state };
        },
        async commit(plan, head) {
            if (head === null) {
                // The plan was made against no branch; after creating it, re-read and re-plan on the new root.
                const created = await createBranch(plan.dir);
                return created
                    ? { status: 'replan', reason: `created ${opts.branch}` }
                    : { status: 'conflict', reason: `${opts.branch} was created by another writer` };
            }
            const [headline = '', ...rest] = plan.commitMessage.split('\n');
            const outcome = await call('createCommitOnBranch', () => api.createCommitOnBranch({
                repo,
                branch: opts.branch,
                expectedHeadOid: head,
                headline,
                body: rest.join('\n').trim(),
                additions: plan.writes.map((w) => ({ path: w.path, content: w.content })),
                deletions: plan.deletes
            }));
            if (outcome.status === 'stale')
                return { status: 'conflict', reason: 'head moved (expectedHeadOid mismatch)' };
            return { status: 'ok', sha: outcome.oid };
        },
        async close() {
            // Nothing held: every call is a stateless HTTP request.
        }
    };
}

;// CONCATENATED MODULE: ./.build/src/gitops/publish.js






/** Tries when the branch keeps moving, and the cap of the wait between two (docs/threat-model.md names both). */
const MAX_ATTEMPTS = 8;
const MAX_BACKOFF_MS = 8000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/**
 * Publish rendered manifests to a branch: re-read the branch, plan, commit,
 * move the branch only from the tip that was read. When another writer got
 * there first, wait (exponential backoff with full jitter) and redo the whole
 * read-plan-commit on the new tip, so their commit is kept and ours is
 * rebuilt against what they wrote. Never forces. Throws PublishError when the
 * plan is refused (unsafe name, foreign file in the way), git or the API fails
 * for good, or retries run out; nothing of this publish is on the branch then
 * (barring a push the server applied but whose answer was lost: a re-run then
 * finds nothing to change).
 */
async function publish(opts) {
    const nd = normalizeDir(opts.dir);
    if (!nd.ok)
        throw new PublishError(nd.error);
    if (!isValidBranchName(opts.branch))
        throw new PublishError(`invalid branch name "${opts.branch}"`);
    // A bad number must not turn into an endless loop.
    const maxAttempts = Number.isInteger(opts.maxAttempts) ? Math.max(1, opts.maxAttempts ?? MAX_ATTEMPTS) : MAX_ATTEMPTS;
    const base = Number.isFinite(opts.backoffMs) ? Math.max(0, opts.backoffMs ?? 250) : 250;
    const log = opts.log ?? (() => undefined);
    const secrets = opts.token === undefined ? [] : [opts.token];
    const message = opts.message ?? defaultCommitHeadline(opts.sourceSha);
    const asPublishError = (err) => err instanceof PublishError ? err : new PublishError(redact(err instanceof Error ? err.message : String(err), secrets));
    let backend;
    try {
        backend =
            (opts.mode ?? 'git') === 'github-api'
                ? createGitHubBackend({ branch: opts.branch, github: opts.github, secrets, log })
                : await createGitBackend({
                    remote: opts.remote,
                    branch: opts.branch,
                    token: opts.token,
                    ...(opts.network === undefined ? {} : { network: opts.network }),
                    authFrom: opts.authFrom,
                    author: opts.author,
                    env: opts.env,
                    debug: opts.debug,
                    beforePush: opts.beforePush
                });
    }
    catch (err) {
        throw asPublishError(err);
    }
    try {
        for (let attempt = 1;; attempt++) {
            let reason;
            try {
                const { head, state } = await backend.read(nd.segments);
                const planned = planPublish({ files: opts.files, dir: opts.dir, state, message });
                if (!planned.ok)
                    throw new PublishError(`refusing to publish to ${opts.branch}:${nd.segments.join('/') || '.'}`, planned.errors);
                const plan = planned.plan;
                const result = {
                    filesAdded: plan.added,
                    filesRemoved: plan.removed,
                    filesChanged: plan.changed,
                    attempts: attempt,
                    notes: plan.notes
                };
                if (!plan.hasChanges) {
                    return { changed: false, commitSha: head, ...result };
                }
                const outcome = await backend.commit(plan, head);
                if (outcome.status === 'ok') {
                    return { changed: true, commitSha: outcome.sha, ...result };
                }
                if (outcome.status === 'replan') {
                    if (attempt >= maxAttempts)
                        throw new PublishError(`gave up after ${attempt} attempts: ${outcome.reason}`);
                    log(`${outcome.reason}; re-planning on the new tip`);
                    continue;
                }
                reason = `${opts.branch} moved (${outcome.reason})`;
            }
            catch (err) {
                // A dropped connection or a 5xx is retried like a moved branch; anything else ends the publish.
                if (!(err instanceof TransientError))
                    throw err;
                reason = err.message;
            }
            if (attempt >= maxAttempts)
                throw new PublishError(`gave up after ${attempt} attempts: ${reason}`);
            const delay = Math.random() * Math.min(MAX_BACKOFF_MS, base * 2 ** (attempt - 1));
            log(`${reason}; retrying in ${Math.round(delay)} ms`);
            await sleep(delay);
        }
    }
    catch (err) {
        // Anything else (git or network failure) is reported without credentials.
        throw asPublishError(err);
    }
    finally {
        await backend.close();
    }
}

// EXTERNAL MODULE: ./.build/src/cli/args.js
var args = __webpack_require__(96329);
// EXTERNAL MODULE: ./.build/src/cli/files.js + 1 modules
var files = __webpack_require__(45744);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
;// CONCATENATED MODULE: ./.build/src/cli/commands/publish.js









const HELP = `Usage: secrets-injector publish --remote URL --branch NAME [options] <values files...>

Lint and render, then commit the ESO resources to a GitOps branch and push:
one file per resource under --path, a kustomization.yaml listing them, and
an index file (.secrets-injector-index) naming the files this tool wrote, so
a later publish deletes only its own files that are no longer rendered.
A missing branch is created without any file of the default branch. When
nothing changed, no commit is made.

If another writer pushes first, publish fetches the new tip, re-applies its
change on top and pushes again (bounded retries with jitter). It never
force-pushes and never drops another commit. Lint errors: nothing is
committed, exit 1.

Options:
  --remote URL         git remote (https://, file://, ssh, or a path); user:password in an
                       https:// URL is sent as a header, never on a command line
  --branch NAME        branch to publish to
  --path DIR           directory inside the branch (default: manifests; '.' = root)
  --message TEXT       commit headline (default: "secrets-injector: render manifests");
                       the body lists the changes per namespace
  --author "N <E>"     commit author (default: your git identity, else secrets-injector)
  --token-env NAME     read a token from environment variable NAME and send it as an
                       Authorization header (never on the command line or in the URL);
                       without it git's own credentials are used
  --verified           commit through the GitHub API (createCommitOnBranch) so commits are
                       signed by GitHub; needs --github-repo and a token (--token-env, or
                       GITHUB_TOKEN)
  --github-repo O/R    repository for --verified
  --api-url URL        GitHub API URL for --verified (default: GITHUB_API_URL or api.github.com)
  --max-attempts N     tries when the branch keeps moving (default 8)
  --json               print the result as JSON on stdout
  -v, --verbose        print the git commands run (credentials redacted) on stderr
  -h, --help           show this help

Exit status: 0 published or nothing to change, 1 lint errors or publish failed,
2 usage error.
`;
function parseAuthor(s) {
    const m = /^\s*([^<>]+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(s);
    if (m === null || m[1] === undefined || m[2] === undefined)
        throw new cli_io/* UsageError */.eb(`--author must look like "Name <email>"; got "${s}"`);
    return { name: m[1], email: m[2] };
}
function readToken(io, name, fallback) {
    if (name === undefined)
        return fallback === undefined ? undefined : io.env[fallback] || undefined;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name))
        throw new cli_io/* UsageError */.eb(`--token-env must name an environment variable; got "${name}"`);
    const value = io.env[name];
    if (value === undefined || value === '')
        throw new cli_io/* UsageError */.eb(`--token-env ${name}: the variable is not set`);
    return value;
}
function publish_describe(r, branch, dir) {
    const where = `${branch}:${dir}`;
    if (!r.changed)
        return `nothing to change: ${where} is up to date${r.commitSha === null ? '' : ` at ${r.commitSha.slice(0, 12)}`}; no commit made\n`;
    const lines = [`published ${r.commitSha ?? ''} to ${where} (attempt ${r.attempts})`];
    for (const [label, files] of [
        ['added', r.filesAdded],
        ['changed', r.filesChanged],
        ['removed', r.filesRemoved]
    ]) {
        for (const f of files)
            lines.push(`  ${label.padEnd(7)} ${f}`);
    }
    return `${lines.join('\n')}\n`;
}
/** `secrets-injector publish`. */
async function run(argv, io) {
    const { values, positionals } = (0,args/* parseCommandArgs */.Q)(argv, {
        remote: { type: 'string' },
        branch: { type: 'string' },
        path: { type: 'string' },
        message: { type: 'string' },
        author: { type: 'string' },
        'token-env': { type: 'string' },
        verified: { type: 'boolean' },
        'github-repo': { type: 'string' },
        'api-url': { type: 'string' },
        'max-attempts': { type: 'string' },
        json: { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return cli_io/* EXIT */.dc.ok;
    }
    const verified = values.verified === true;
    if (!verified && (values.remote === undefined || values.remote === ''))
        throw new cli_io/* UsageError */.eb('--remote is required');
    if (values.branch === undefined || values.branch.trim() === '')
        throw new cli_io/* UsageError */.eb('--branch is required');
    if (!isValidBranchName(values.branch))
        throw new cli_io/* UsageError */.eb(`--branch: "${values.branch}" is not a valid branch name`);
    let repo;
    let github;
    if (verified) {
        const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(values['github-repo'] ?? '');
        if (m === null || m[1] === undefined || m[2] === undefined)
            throw new cli_io/* UsageError */.eb('--verified needs --github-repo OWNER/REPO');
        repo = { owner: m[1], repo: m[2] };
    }
    const token = readToken(io, values['token-env'], verified ? 'GITHUB_TOKEN' : undefined);
    if (verified && token === undefined)
        throw new cli_io/* UsageError */.eb('--verified needs a token: set GITHUB_TOKEN or use --token-env NAME');
    if (repo !== undefined && token !== undefined) {
        const baseUrl = values['api-url'] ?? (io.env.GITHUB_API_URL || 'https://api.github.com');
        const log = { info: (s) => io.stderr(`${s}\n`), warning: (s) => io.stderr(`warning: ${s}\n`) };
        github = { repo, api: createGitHubClient({ token, baseUrl: baseUrl.replace(/\/+$/, ''), log }) };
    }
    let maxAttempts;
    if (values['max-attempts'] !== undefined) {
        maxAttempts = Number(values['max-attempts']);
        if (!Number.isInteger(maxAttempts) || maxAttempts < 1 || maxAttempts > 100)
            throw new cli_io/* UsageError */.eb('--max-attempts must be an integer from 1 to 100');
    }
    const dir = values.path ?? 'manifests';
    const checkedDir = normalizeDir(dir);
    if (!checkedDir.ok)
        throw new cli_io/* UsageError */.eb(`--path: ${checkedDir.error}`);
    const author = values.author === undefined ? undefined : parseAuthor(values.author);
    const { findings, resources } = (0,pipeline/* lintAndRender */.R)((0,files/* readSources */.tW)(positionals, io.cwd));
    if (findings.length > 0)
        io.stderr((0,format/* formatFindingsText */.$u)(findings));
    if (resources === null) {
        io.stderr('secrets-injector publish: lint found errors; nothing was committed\n');
        return cli_io/* EXIT */.dc.findings;
    }
    try {
        const result = await publish({
            remote: values.remote ?? '',
            branch: values.branch,
            dir,
            ...(values.message === undefined ? {} : { message: values.message }),
            files: resources.map((r) => ({ name: (0,yaml/* resourceFileName */.Ib)(r), content: (0,yaml/* resourceToYaml */.Nt)(r) })),
            ...(token === undefined ? {} : { token }),
            ...(author === undefined ? {} : { author }),
            mode: verified ? 'github-api' : 'git',
            ...(github === undefined ? {} : { github }),
            ...(maxAttempts === undefined ? {} : { maxAttempts }),
            env: io.env,
            log: (s) => io.stderr(`${s}\n`),
            debug: (s) => {
                if (values.verbose === true)
                    io.stderr(`${s}\n`);
            }
        });
        for (const note of result.notes)
            io.stderr(`note: ${note}\n`);
        io.stdout(values.json === true ? `${JSON.stringify(result, null, 2)}\n` : publish_describe(result, values.branch, dir));
        return cli_io/* EXIT */.dc.ok;
    }
    catch (err) {
        if (!(err instanceof PublishError))
            throw err;
        io.stderr(`secrets-injector publish: ${err.message}\n`);
        for (const d of err.details)
            io.stderr(`  ${d}\n`);
        return cli_io/* EXIT */.dc.findings;
    }
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
