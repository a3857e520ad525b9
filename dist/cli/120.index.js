export const id = 120;
export const ids = [120];
export const modules = {

/***/ 34120:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HELP: () => (/* binding */ HELP),
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _core_lint_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(90233);
/* harmony import */ var _core_lint_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33882);
/* harmony import */ var _args_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(96329);
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(45744);
/* harmony import */ var _io_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(93024);





const HELP = `Usage: secrets-injector lint [--format text|json] <values files...>

Check Secrets Injector values files: YAML syntax, the JSON Schema
(schema/values.schema.json) and the rules of docs/lint-rules.md. Several files
are several releases checked together (duplicate names across files, store
references).

Options:
  --format text|json  text: one finding per line, file:line:col: severity: message [rule-id]
                      (default); json: an array of findings, each with "fix": {line, text}
                      (the corrected line) when the rule knows the exact correction
  -h, --help          show this help

Exit status: 0 clean or only warnings and infos, 1 any error, 2 usage error.
`;
/** `secrets-injector lint`. */
async function run(argv, io) {
    const { values, positionals } = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .parseCommandArgs */ .Q)(argv, {
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
    });
    if (values.help) {
        io.stdout(HELP);
        return _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
    }
    const format = (0,_args_js__WEBPACK_IMPORTED_MODULE_2__/* .choice */ .Y)('format', values.format, ['text', 'json'], 'text');
    const { findings } = (0,_core_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .lintFiles */ .ji)((0,_files_js__WEBPACK_IMPORTED_MODULE_3__/* .readSources */ .tW)(positionals, io.cwd));
    if (format === 'json')
        io.stdout((0,_core_lint_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFindingsJson */ .gC)(findings));
    else if (findings.length > 0)
        io.stdout((0,_core_lint_format_js__WEBPACK_IMPORTED_MODULE_1__/* .formatFindingsText */ .$u)(findings));
    return (0,_core_lint_index_js__WEBPACK_IMPORTED_MODULE_0__/* .hasErrors */ .Cs)(findings) ? _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.findings : _io_js__WEBPACK_IMPORTED_MODULE_4__/* .EXIT */ .dc.ok;
}


/***/ })

};
