export const id = 526;
export const ids = [526];
export const modules = {

/***/ 93024:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wb: () => (/* binding */ processIO),
/* harmony export */   dc: () => (/* binding */ EXIT),
/* harmony export */   eb: () => (/* binding */ UsageError)
/* harmony export */ });
/** The CliIO of a real process. */
function processIO() {
    return {
        stdout: (s) => void process.stdout.write(s),
        stderr: (s) => void process.stderr.write(s),
        cwd: process.cwd(),
        env: process.env
    };
}
/** Exit codes shared by every command. */
const EXIT = { ok: 0, findings: 1, usage: 2 };
/** A mistake in how the command was called: reported in one line, exit 2. */
class UsageError extends Error {
    name = 'UsageError';
}


/***/ }),

/***/ 96526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cli: () => (/* binding */ cli),
  main: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"1.0.0"};
// EXTERNAL MODULE: ./.build/src/core/internal-error.js
var internal_error = __webpack_require__(51225);
// EXTERNAL MODULE: ./.build/src/core/lint/suggest.js
var suggest = __webpack_require__(84215);
// EXTERNAL MODULE: ./.build/src/cli/io.js
var cli_io = __webpack_require__(93024);
// EXTERNAL MODULE: ./.build/src/core/format/log-line.js
var log_line = __webpack_require__(9236);
;// CONCATENATED MODULE: ./.build/src/cli/main.js





const COMMANDS = {
    lint: { summary: 'check values files; findings as file:line:col', load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(478), __webpack_require__.e(120)]).then(__webpack_require__.bind(__webpack_require__, 34120)) },
    render: { summary: 'lint, then print or write the ESO resources', load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(478), __webpack_require__.e(930)]).then(__webpack_require__.bind(__webpack_require__, 70930)) },
    diff: { summary: 'per-namespace Secret changes between two sets of values files', load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(478), __webpack_require__.e(75), __webpack_require__.e(500)]).then(__webpack_require__.bind(__webpack_require__, 90119)) },
    status: { summary: 'what a cluster says now about the values: ready, failing, drift', load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(478), __webpack_require__.e(606)]).then(__webpack_require__.bind(__webpack_require__, 97606)) },
    publish: { summary: 'commit the rendered manifests to a GitOps branch and push', load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(119), __webpack_require__.e(392), __webpack_require__.e(478), __webpack_require__.e(75), __webpack_require__.e(286)]).then(__webpack_require__.bind(__webpack_require__, 97286)) },
    verify: {
        summary: 'check that every remote secret exists in its provider (names only, never values)',
        load: () => Promise.all(/* import() */[__webpack_require__.e(276), __webpack_require__.e(478), __webpack_require__.e(615)]).then(__webpack_require__.bind(__webpack_require__, 67615))
    }
};
function mainHelp() {
    const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
    const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
    return `Usage: secrets-injector <command> [options] <values files...>

Lint, render, diff, verify and publish External Secrets Operator resources from
Secrets Injector values files.

Commands:
${lines.join('\n')}

Run 'secrets-injector <command> --help' for the options of a command.
Exit status: 0 ok (warnings and infos allowed), 1 errors found, 2 usage error,
3 (status only) the cluster could not be read at all.
`;
}
/**
 * Run the CLI with the given arguments. Returns the exit status; never
 * throws for a user's mistake (usage errors become one line on stderr).
 */
async function main(argv, io) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
        io.stdout(mainHelp());
        return name === undefined ? cli_io/* EXIT */.dc.usage : cli_io/* EXIT */.dc.ok;
    }
    if (name === '--version' || name === '-V') {
        io.stdout(`${package_namespaceObject.rE}\n`);
        return cli_io/* EXIT */.dc.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (!command) {
        const guess = (0,suggest/* didYouMean */.a)(name, Object.keys(COMMANDS));
        const hint = guess === undefined ? '' : ` did you mean ${guess}?`;
        io.stderr(`${(0,log_line/* plainLogText */.I)(`secrets-injector: unknown command "${name}";${hint} Commands: ${Object.keys(COMMANDS).join(', ')}`)}\n`);
        return cli_io/* EXIT */.dc.usage;
    }
    try {
        const { run } = await command.load();
        return await run(rest, io);
    }
    catch (err) {
        if (err instanceof cli_io/* UsageError */.eb) {
            // A usage error can quote a path the user (or a pull request) named: one inert line.
            io.stderr(`${(0,log_line/* plainLogText */.I)(`secrets-injector ${name}: ${err.message}`)}\nRun 'secrets-injector ${name} --help' for usage.\n`);
            return cli_io/* EXIT */.dc.usage;
        }
        // A bug of ours, not the user's: say so plainly; its text and stack only on request (they may hold anything).
        io.stderr(`secrets-injector ${name}: ${(0,internal_error/* internalErrorText */.Z)(err)}\n`);
        if (io.env['SECRETS_INJECTOR_DEBUG'] === '1' && err instanceof Error)
            io.stderr(`${err.stack ?? err.message}\n`);
        return cli_io/* EXIT */.dc.findings;
    }
}
/** Entry point of the bundled CLI. */
async function cli() {
    process.exitCode = await main(process.argv.slice(2), (0,cli_io/* processIO */.Wb)());
}


/***/ }),

/***/ 9236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ plainLogText)
/* harmony export */ });
/**
 * One line of plain text that a terminal or a CI runner shows as it is.
 *
 * GitHub's runner reads every line a step prints and runs a line that starts
 * with `::` (after leading blanks) as a workflow command, and the legacy form
 * `##[command]` anywhere in a line; a terminal runs escape sequences. File
 * names, messages from servers and anything else from a pull request may
 * hold line breaks, control characters or such markers, so every plain line
 * the action logs and every finding line the CLI prints goes through here.
 */
// Line breaks (the runner splits on CR and LF), other C0/C1 controls (terminal escapes) and Unicode line separators.
// eslint-disable-next-line no-control-regex -- control characters are exactly what the class finds
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
const ESCAPES = { '\n': '\\n', '\r': '\\r' };
const ZWSP = '\u200b';
/**
 * `text` as one inert line: line breaks and control characters shown as
 * escapes (`\n`, `\u001b`), a leading `::` and every `##[` broken by a
 * zero-width space, so neither a runner nor a terminal finds a command in it.
 */
function plainLogText(text) {
    const oneLine = text.replace(CONTROL, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return oneLine.replace(/^(\s*):(?=:)/, `$1:${ZWSP}`).replaceAll('##[', `##${ZWSP}[`);
}


/***/ }),

/***/ 51225:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ internalErrorText)
/* harmony export */ });
/**
 * What a user sees of a bug of ours: that it is one, and a short id to quote
 * in a report, never the exception's text or stack. Those can hold anything
 * the failing code held (a path, a value from the file, a token) and end up
 * in annotations, PR comments and logs. The id is a hash of the class and
 * message, so the same bug gets the same id on every run; the shells print
 * the stack only when debugging is asked for.
 */
function internalErrorText(error) {
    const name = error instanceof Error ? error.constructor.name || 'Error' : typeof error;
    const message = error instanceof Error ? error.message : String(error);
    return `internal error, please report it (${name} #${shortHash(`${name}:${message}`)})`;
}
/** FNV-1a, 32 bits, as 8 hex digits: enough to tell two reports apart, not a secret. */
function shortHash(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
}


/***/ }),

/***/ 84215:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export editDistanceUpTo */
/**
 * "Did you mean" for unknown keys, enum values and store names. A word is
 * compared with every candidate, and both can be the user's: a file may
 * hold a thousand unknown keys of 200 characters, or thousands of store
 * names, and a full edit-distance table per pair made such a lint take
 * minutes. Only a distance of at most 3 is ever suggested, so each
 * comparison stops at that bound (editDistanceUpTo).
 */
/**
 * The edit distance of `a` and `b` (insert, delete, substitute, each cost 1)
 * when it is at most `max`, else `max + 1`. A path through the table that
 * strays more than `max` cells from the diagonal costs more than `max`, so
 * only that band is computed: O(|a| × max) instead of O(|a| × |b|).
 */
function editDistanceUpTo(a, b, max) {
    const over = max + 1;
    if (Math.abs(a.length - b.length) > max)
        return over;
    let prev = [];
    let cur = [];
    for (let j = 0; j <= b.length; j++)
        prev.push(Math.min(j, over));
    for (let i = 1; i <= a.length; i++) {
        const lo = Math.max(1, i - max);
        const hi = Math.min(b.length, i + max);
        // The cells left and right of the band read as "too far"; column 0 is i deletions.
        cur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
        if (hi < b.length)
            cur[hi + 1] = over;
        let rowMin = cur[lo - 1];
        const ca = a.charCodeAt(i - 1);
        for (let j = lo; j <= hi; j++) {
            const substitute = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
            const d = Math.min(prev[j] + 1, cur[j - 1] + 1, substitute, over);
            cur[j] = d;
            if (d < rowMin)
                rowMin = d;
        }
        if (rowMin === over)
            return over;
        const done = prev;
        prev = cur;
        cur = done;
    }
    return prev[b.length];
}
const fold = (s) => s.toLowerCase().replace(/[-_. ]/g, '');
/**
 * The candidate closest to `word`, or undefined when nothing is close enough
 * to be a plausible typo. Case and separators (`-`, `_`, `.`) are ignored
 * first, so `NamespaceSelector` and `namespace_selector` both find `namespaceSelector`.
 * Among candidates equally close, the first in code-unit order.
 */
function didYouMean(word, candidates) {
    const w = fold(word);
    if (w.length > 200)
        return undefined;
    const limit = Math.min(3, Math.max(1, Math.floor(w.length / 3)));
    let best;
    let bestDistance = limit + 1;
    for (const c of candidates) {
        // Folding only shortens: a candidate already too short cannot come within the limit.
        if (c.length < w.length - limit)
            continue;
        const d = editDistanceUpTo(w, fold(c), limit);
        if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
            best = c;
            bestDistance = d;
        }
    }
    return best;
}


/***/ })

};
