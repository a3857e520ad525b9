export const id = 61;
export const ids = [61];
export const modules = {

/***/ 96395:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ awsError),
/* harmony export */   f: () => (/* binding */ AWS_REQUEST_HANDLER)
/* harmony export */ });
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(58789);

/**
 * AWS SDK failures as ProviderErrors. The SDK has already retried what its
 * standard retry strategy retries (throttling, 5xx, dropped connections,
 * with backoff and its retry token bucket), so what arrives here is final.
 */
function awsError(err, call, signal) {
    if (err instanceof _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ)
        return err;
    if ((0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .isAbort */ .rV)(err, signal))
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('timeout', `${call} did not answer in time`);
    const name = err instanceof Error ? err.name : '';
    if (name === 'CredentialsProviderError')
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('no-credentials', 'no AWS credentials (the SDK default chain found none: use aws-actions/configure-aws-credentials, ' +
            'or set AWS_ROLE_ARN and AWS_WEB_IDENTITY_TOKEN_FILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY)');
    if (['UnrecognizedClientException', 'InvalidSignatureException', 'ExpiredTokenException', 'InvalidClientTokenId'].includes(name))
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('denied', `AWS rejected the credentials (${name}: ${(0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .shortMessage */ .Sq)(err)})`);
    if (name === 'AccessDeniedException' || name === 'AccessDenied' || status(err) === 403)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('denied', `permission denied for ${call} (${(0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .shortMessage */ .Sq)(err)})`);
    if (['ThrottlingException', 'TooManyRequestsException', 'ThrottledException'].includes(name) || status(err) === 429)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('throttled', `${call} was still throttled after the SDK's retries (${name})`);
    const code = (0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .networkCode */ .e8)(err);
    if (code !== undefined || name === 'TimeoutError')
        return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('unreachable', `${call}: endpoint unreachable (${code ?? name})`);
    return new _directory_js__WEBPACK_IMPORTED_MODULE_0__/* .ProviderError */ .mZ('failed', `${call} failed (${name || 'error'}: ${(0,_directory_js__WEBPACK_IMPORTED_MODULE_0__/* .shortMessage */ .Sq)(err)})`);
}
function status(err) {
    if (err === null || typeof err !== 'object' || !('$metadata' in err))
        return undefined;
    const meta = err.$metadata;
    return meta !== null && typeof meta === 'object' && 'httpStatusCode' in meta && typeof meta.httpStatusCode === 'number'
        ? meta.httpStatusCode
        : undefined;
}
/** Connection and request time limits of the SDK's Node HTTP handler: a dead endpoint fails fast instead of hanging. */
const AWS_REQUEST_HANDLER = { connectionTimeout: 5_000, requestTimeout: 15_000 };


/***/ }),

/***/ 36061:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parameterStoreDirectory: () => (/* binding */ parameterStoreDirectory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34736);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96395);


/** DescribeParameters takes at most 50 values in one filter and returns at most 50 parameters a page. */
const BATCH = 50;
/** Parameter Store may page even a filtered answer; a bound keeps a broken endpoint from paging forever. */
const MAX_PAGES = 50;
/**
 * AWS Systems Manager Parameter Store, through `DescribeParameters` with a
 * `Name Equals` filter: metadata of up to 50 named parameters per call, no
 * value (`GetParameter` and `GetParameters` are never called). One call per
 * 50 names is already cheaper than listing the account, so there is no
 * listing mode.
 */
function parameterStoreDirectory(region) {
    const client = new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .SSMClient */ .jBj({ region, requestHandler: _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_REQUEST_HANDLER */ .f });
    return {
        batchSize: BATCH,
        async check(names, signal) {
            const found = new Set();
            let token;
            let pages = 0;
            do {
                if (++pages > MAX_PAGES)
                    throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(new Error(`more than ${MAX_PAGES} pages for ${names.length} names`), 'ssm:DescribeParameters', signal);
                let page;
                try {
                    page = await client.send(new _aws_sdk_client_ssm__WEBPACK_IMPORTED_MODULE_1__/* .DescribeParametersCommand */ .$hz({
                        ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: names }],
                        MaxResults: BATCH,
                        ...(token ? { NextToken: token } : {})
                    }), { abortSignal: signal });
                }
                catch (err) {
                    throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(err, 'ssm:DescribeParameters', signal);
                }
                for (const p of page.Parameters ?? [])
                    if (p.Name !== undefined)
                        found.add(p.Name);
                token = page.NextToken;
            } while (token !== undefined && token !== '');
            return new Map(names.map((n) => [n, found.has(n) ? { state: 'present' } : { state: 'missing' }]));
        }
    };
}


/***/ })

};
