export const id = 509;
export const ids = [509];
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

/***/ 32509:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   secretsManagerDirectory: () => (/* binding */ secretsManagerDirectory)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(12994);
/* harmony import */ var _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96395);


/** ListSecrets' largest page. */
const PAGE_SIZE = 100;
const DELETED = { state: 'missing', note: 'scheduled for deletion' };
/**
 * AWS Secrets Manager, through `DescribeSecret` (one secret's metadata) and
 * `ListSecrets` (metadata of every secret, for large stores). Neither
 * returns a value; `GetSecretValue` and `BatchGetSecretValue` are never
 * called. Credentials and endpoint come from the SDK's default chain and
 * its environment (AWS_ENDPOINT_URL_SECRETS_MANAGER included).
 */
function secretsManagerDirectory(region) {
    const client = new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .SecretsManagerClient */ ._H({ region, requestHandler: _aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AWS_REQUEST_HANDLER */ .f });
    return {
        batchSize: 1,
        async check(names, signal) {
            const out = new Map();
            for (const name of names) {
                try {
                    const r = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .DescribeSecretCommand */ .X5({ SecretId: name }), { abortSignal: signal });
                    // A secret scheduled for deletion still describes, but ESO cannot read it.
                    out.set(name, r.DeletedDate !== undefined ? DELETED : { state: 'present' });
                }
                catch (err) {
                    if (err instanceof Error && err.name === 'ResourceNotFoundException')
                        out.set(name, { state: 'missing' });
                    else
                        throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(err, `secretsmanager:DescribeSecret on "${name}"`, signal);
                }
            }
            return out;
        },
        async *listPages(signal) {
            let token;
            do {
                let page;
                try {
                    page = await client.send(new _aws_sdk_client_secrets_manager__WEBPACK_IMPORTED_MODULE_1__/* .ListSecretsCommand */ .j({ MaxResults: PAGE_SIZE, IncludePlannedDeletion: true, ...(token ? { NextToken: token } : {}) }), { abortSignal: signal });
                }
                catch (err) {
                    throw (0,_aws_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsError */ .e)(err, 'secretsmanager:ListSecrets', signal);
                }
                const out = new Map();
                for (const s of page.SecretList ?? []) {
                    const p = s.DeletedDate !== undefined ? DELETED : { state: 'present' };
                    if (s.Name !== undefined)
                        out.set(s.Name, p);
                    if (s.ARN !== undefined)
                        out.set(s.ARN, p);
                }
                yield out;
                token = page.NextToken;
            } while (token !== undefined && token !== '');
        },
        // ESO also accepts partial ARNs, which no listed name or ARN equals: those are described one by one.
        listingCovers: (name) => !name.startsWith('arn:')
    };
}


/***/ })

};
