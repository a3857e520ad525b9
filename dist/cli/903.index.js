export const id = 903;
export const ids = [903];
export const modules = {

/***/ 50903:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   keyVaultDirectory: () => (/* binding */ keyVaultDirectory)
/* harmony export */ });
/* harmony import */ var _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79336);
/* harmony import */ var _directory_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(58789);


/** Key Vault's largest list page. */
const PAGE_SIZE = 25;
/** Key Vault secret names: 1-127 letters, digits and dashes; ESO cannot read anything else either. */
const VALID_NAME = /^[0-9A-Za-z-]{1,127}$/;
/**
 * Azure Key Vault through `@azure/keyvault-secrets`, with only the calls
 * that list secret properties (the `list` permission; Key Vault Reader in
 * RBAC): `listPropertiesOfSecretVersions(name)`, first page of one version,
 * to check one secret, and `listPropertiesOfSecrets` for large stores. No
 * call returns a value; `getSecret` is never made. The SDK brings the
 * challenge-based bearer authentication (it asks `credential` for a token
 * for the resource the vault names, and refuses a vault outside that
 * resource's domain) and its retry policy, which honours 429 Retry-After.
 */
function keyVaultDirectory(vaultUrl, credential) {
    const client = new _azure_keyvault_secrets__WEBPACK_IMPORTED_MODULE_0__/* .SecretClient */ ._V(vaultUrl, credential, { retryOptions: { maxRetries: 3 } });
    return {
        batchSize: 1,
        async check(names, signal) {
            const out = new Map();
            for (const name of names) {
                if (!VALID_NAME.test(name)) {
                    out.set(name, { state: 'missing', note: 'not a valid Key Vault secret name: letters, digits and "-" only' });
                    continue;
                }
                try {
                    let found = false;
                    for await (const page of client.listPropertiesOfSecretVersions(name, { abortSignal: signal }).byPage({ maxPageSize: 1 })) {
                        found = page.length > 0;
                        break;
                    }
                    out.set(name, found ? { state: 'present' } : { state: 'missing' });
                }
                catch (err) {
                    if (statusOf(err) === 404 && codeOf(err) === 'SecretNotFound')
                        out.set(name, { state: 'missing' });
                    else
                        throw azureError(err, `listing the versions of "${name}"`, signal);
                }
            }
            return out;
        },
        async *listPages(signal) {
            try {
                for await (const page of client.listPropertiesOfSecrets({ abortSignal: signal }).byPage({ maxPageSize: PAGE_SIZE })) {
                    yield new Map(page.map((p) => [p.name, { state: 'present' }]));
                }
            }
            catch (err) {
                throw azureError(err, 'listing the secrets', signal);
            }
        },
        // Key Vault object names are case-insensitive, and so is ESO's read of one.
        listingKey: (name) => name.toLowerCase()
    };
}
function statusOf(err) {
    return err !== null && typeof err === 'object' && 'statusCode' in err && typeof err.statusCode === 'number' ? err.statusCode : undefined;
}
function codeOf(err) {
    return err !== null && typeof err === 'object' && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}
/** Azure SDK and identity failures as ProviderErrors (the SDK has retried what it retries). */
function azureError(err, call, signal) {
    if ((0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .isAbort */ .rV)(err, signal))
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('timeout', `${call} did not answer in time`);
    const name = err instanceof Error ? err.name : '';
    if (name === 'CredentialUnavailableError' || name === 'AggregateAuthenticationError')
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('no-credentials', 'no Azure credentials (DefaultAzureCredential found none: log in with azure/login or set AZURE_CLIENT_ID, ' +
            'AZURE_TENANT_ID and AZURE_FEDERATED_TOKEN_FILE)');
    if (name === 'AuthenticationError' || name === 'AuthenticationRequiredError')
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('denied', `Microsoft Entra ID refused a token (${(0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .shortMessage */ .Sq)(err)})`);
    const status = statusOf(err);
    if (status === 401 || status === 403)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('denied', `permission denied ${call}: the identity needs the secrets "list" permission (${(0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .shortMessage */ .Sq)(err)})`);
    if (status === 429)
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('throttled', `${call} was still throttled after the SDK's retries`);
    // 502-504 after the SDK's retries: a proxy or gateway could not reach the vault (e.g. no such vault name).
    if (codeOf(err) === 'REQUEST_SEND_ERROR' || (0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .networkCode */ .e8)(err) !== undefined || (status !== undefined && status >= 502 && status <= 504))
        return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('unreachable', `${call}: the vault is unreachable (${(0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .networkCode */ .e8)(err) ?? status ?? (0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .shortMessage */ .Sq)(err)})`);
    return new _directory_js__WEBPACK_IMPORTED_MODULE_1__/* .ProviderError */ .mZ('failed', `${call} failed (${status ?? name}: ${(0,_directory_js__WEBPACK_IMPORTED_MODULE_1__/* .shortMessage */ .Sq)(err)})`);
}


/***/ })

};
