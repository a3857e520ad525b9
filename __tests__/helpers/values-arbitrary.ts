/**
 * Generators of valid Secrets Injector values files, as plain objects (what
 * `yaml.parse` of a values file gives):
 *
 * - `validValuesArbitrary()`: a fast-check arbitrary for property tests. It
 *   covers every secret kind, every store provider and auth mode, every
 *   extension, and deliberately uses YAML 1.1 traps as names, keys and label
 *   values (`on`, `yes`, `0755`, `1e3`, ...), which are all valid Kubernetes
 *   names but change type if written unquoted.
 * - `generateValues({ entries, namespaces, seed })`: one big deterministic
 *   values object for the benchmark, with every kind and every store mode.
 *
 * "Valid" means what lint accepts without errors: unique CES names, every
 * entry reads from a store of the same file, one kind flag per entry,
 * exactly one target form, DNS-1123 names, Secret keys and labels
 * Kubernetes accepts, Delete only with Owner.
 */
import fc from 'fast-check'

type Values = Record<string, unknown>

/** DNS-1123 labels that YAML 1.1 readers would turn into booleans, nulls or numbers. */
export const YAML_TRAP_NAMES = ['on', 'off', 'yes', 'no', 'y', 'n', 'true', 'false', 'null', '123', '0755', '1e3', '0x1f', '1-000'] as const
/** Secret keys (`[-._a-zA-Z0-9]+`) that are YAML 1.1 traps. */
export const YAML_TRAP_KEYS = ['0755', '1_000', '.inf', '.NaN', '1e3', 'yes', 'On', '-', '0x1F', '12.5', 'null', 'true'] as const
/** Label values that are YAML 1.1 traps. */
export const YAML_TRAP_LABEL_VALUES = ['', 'yes', 'on', 'No', '123', '0755', '1e3', 'true', 'null', '1_000'] as const

const WORDS = ['app', 'web', 'api', 'db', 'payments', 'billing', 'monitoring', 'argocd', 'grafana', 'team-a', 'prod', 'stage'] as const
const AWS_REGIONS = ['us-east-1', 'eu-west-1', 'eu-central-1', 'ap-southeast-2'] as const

const dnsLabel = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_TRAP_NAMES) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z]([a-z0-9-]{0,10}[a-z0-9])?$/) }
)
const secretKey = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('password', 'username', 'token', 'api-key', 'config.json', 'DB_URL') },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_TRAP_KEYS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,11}$/) }
)
const remoteName = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom(...YAML_TRAP_NAMES) }
)
const labelKey = fc.constantFrom('app', 'team', 'app.kubernetes.io/name', 'example.com/owner', 'yes', 'on', '123', 'n', 'tier')
const labelValue = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...YAML_TRAP_LABEL_VALUES) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,10}[A-Za-z0-9])?$/) }
)
const labels = fc.dictionary(labelKey, labelValue, { maxKeys: 3 })
const duration = fc.constantFrom('1m', '5m', '1h', '1h30m', '30s', '0', '10m', '0.5h')
const guid = fc.uuid()
const secretRef = (key: string): fc.Arbitrary<Record<string, string>> =>
  fc.record({ name: dnsLabel, namespace: dnsLabel, id: fc.constant(key) })
const serviceAccount = fc.record({ serviceAccountName: dnsLabel, serviceAccountNamespace: dnsLabel })

/** A store block without its name: every provider and every auth mode. */
const storeBody: fc.Arbitrary<Values> = fc.oneof(
  fc.record(
    {
      providerType: fc.constantFrom(undefined, 'azurekv'),
      azurekv: fc.oneof(
        fc.record(
          { vaulturl: fc.constant('https://kv-main.vault.azure.net'), identityid: guid, tenantid: fc.option(guid, { nil: undefined }) },
          { requiredKeys: ['vaulturl', 'identityid'] }
        ),
        fc.record({
          vaulturl: fc.constant('https://kv-sp.vault.azure.net'),
          tenantid: guid,
          clientid: secretRef('client-id'),
          clientsecret: secretRef('client-secret')
        }),
        fc.record(
          {
            vaulturl: fc.constant('https://kv-wi.vault.azure.net'),
            tenantid: fc.option(guid, { nil: undefined }),
            workloadIdentity: serviceAccount
          },
          { requiredKeys: ['vaulturl', 'workloadIdentity'] }
        )
      )
    },
    { requiredKeys: ['azurekv'] }
  ),
  fc.record({
    providerType: fc.constant('aws'),
    aws: fc.record(
      { region: fc.constantFrom(...AWS_REGIONS), service: fc.constantFrom('SecretsManager', 'ParameterStore'), auth: serviceAccount },
      { requiredKeys: ['auth'] }
    )
  }),
  fc.record({
    providerType: fc.constant('vault'),
    vault: fc.record(
      {
        server: fc.constant('https://vault.service.consul:8200'),
        path: fc.constantFrom('secret', 'kv', 'team-a'),
        version: fc.constantFrom(undefined, 'v1', 'v2'),
        auth: fc.oneof(
          fc.record({ tokenName: dnsLabel, tokenNamespace: dnsLabel, tokenKey: secretKey }),
          fc.record({
            kubernetes: fc
              .tuple(
                fc.record({ mountPath: fc.constantFrom('kubernetes', 'k8s-prod'), role: dnsLabel }, { requiredKeys: ['role'] }),
                fc.option(serviceAccount, { nil: undefined })
              )
              .map(([k, sa]) => ({ ...k, ...sa }))
          }),
          fc.record({
            appRole: fc.record({
              path: fc.constantFrom('approle', 'ar'),
              roleId: guid,
              secretRef: secretRef('secret-id').map(({ name, namespace }) => ({ name, namespace, key: 'secret-id' }))
            })
          })
        )
      },
      { requiredKeys: ['server', 'path', 'auth'] }
    )
  })
)

const conditions = fc.array(
  fc.oneof(
    fc.record({ namespaces: fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 }) }),
    fc.record({ namespaceRegexes: fc.constant(['^team-.*$']) }),
    fc.record({ namespaceSelector: fc.record({ matchLabels: fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }) }) })
  ),
  { minLength: 1, maxLength: 2 }
)

/** The kind-selecting fields of an entry: exactly one kind each. */
const kindFields: fc.Arbitrary<Values> = fc.oneof(
  fc.record(
    {
      type: fc.constant('kubernetes.io/tls'),
      namespacesecretkeynamecrt: fc.constant('tls.crt'),
      namespacesecretkeynamekey: fc.constant('tls.key')
    },
    { requiredKeys: ['type'] }
  ),
  fc.oneof(
    fc.record({ type: fc.constant('kubernetes.io/dockerconfigjson'), namespacesecretkeyname: fc.constant('.dockerconfigjson') }),
    fc.record({ type: fc.constantFrom('Opaque', 'example.com/custom'), namespacesecretkeyname: secretKey })
  ),
  fc.record({ argocd: fc.constant(true), argocdBearerToken: fc.boolean() }, { requiredKeys: ['argocd'] }),
  fc.record({ argocdRepoCreds: fc.constant(true) }),
  fc.record({ contactpoint: fc.constant(true) }),
  fc.record({ multivalue: fc.constant(true) }),
  fc.record({ property: secretKey, namespacesecretkeyname: secretKey }),
  fc.record({ namespacesecretkeyname: secretKey })
)

const target: fc.Arbitrary<Values> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ namespace: dnsLabel }) },
  { weight: 1, arbitrary: fc.record({ namespaces: fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 4 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      namespaceSelector: fc.oneof(
        fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }),
        fc.record({ matchLabels: fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }) }),
        fc.record({
          matchExpressions: fc.constant([
            { key: 'team', operator: 'In', values: ['a', 'yes'] },
            { key: 'env', operator: 'Exists' }
          ])
        })
      )
    })
  }
)

const policies: fc.Arbitrary<Values> = fc.oneof(
  fc.constant({}),
  fc.record(
    { creationPolicy: fc.constantFrom('Owner', 'Orphan', 'Merge'), deletionPolicy: fc.constantFrom('Retain', 'Merge') },
    { requiredKeys: [] }
  ),
  fc.constant({ creationPolicy: 'Owner', deletionPolicy: 'Delete' })
)

/** The per-entry part that does not depend on the file's stores. */
const entryBody: fc.Arbitrary<Values> = fc
  .tuple(
    kindFields,
    target,
    policies,
    remoteName,
    fc.option(labels, { nil: undefined }),
    fc.record({ refreshTime: duration, refreshInterval: duration }, { requiredKeys: [] }),
    fc.boolean()
  )
  .map(([kind, tgt, pol, remote, lbl, refresh, sameSecretName]) => {
    const e: Values = { ...tgt, keyvaultsecretname: remote, ...kind, ...refresh, ...pol, sameSecretName }
    if (lbl !== undefined) e.labels = lbl
    return e
  })

/** Arbitrary valid values file (plain object). */
export function validValuesArbitrary(): fc.Arbitrary<Values> {
  return fc
    .record({
      storeNames: fc.uniqueArray(dnsLabel, { minLength: 1, maxLength: 3 }),
      stores: fc.array(fc.tuple(storeBody, fc.option(conditions, { nil: undefined })), { minLength: 3, maxLength: 3 }),
      omitFirstName: fc.boolean(),
      secretNames: fc.uniqueArray(dnsLabel, { minLength: 0, maxLength: 8 }),
      entries: fc.array(fc.tuple(entryBody, fc.nat()), { minLength: 8, maxLength: 8 }),
      esoApiVersion: fc.constantFrom(undefined, 'v1', 'v1beta1'),
      defaults: fc.option(
        fc.record({ refreshTime: duration, refreshInterval: duration, creationPolicy: fc.constant('Owner') }, { requiredKeys: [] }),
        { nil: undefined }
      )
    })
    .map((g) => {
      const names = g.storeNames.map((n, i) => (i === 0 && g.omitFirstName ? 'cluster-azure-backend' : n))
      const stores = names.map((name, i) => {
        const [body, cond] = g.stores[i]!
        const s: Values = { ...body }
        if (!(i === 0 && g.omitFirstName)) s.name = name
        if (cond !== undefined) s.conditions = cond
        return s
      })
      const values: Values = { clustersecretstore: stores[0] }
      if (stores.length > 1) values.clustersecretstores = stores.slice(1)
      values.externalsecrets = g.secretNames.map((secret, i) => {
        const [body, pick] = g.entries[i]!
        const { sameSecretName, ...rest } = body
        return {
          secret,
          clustersecstore: names[pick % names.length],
          namespacesecretname: sameSecretName === true ? secret : `${secret}-secret`,
          ...rest
        }
      })
      if (g.esoApiVersion !== undefined) values.esoApiVersion = g.esoApiVersion
      if (g.defaults !== undefined) values.defaults = g.defaults
      return withoutUndefined(values)
    })
}

/** Drop keys whose value is undefined: a parsed YAML file never has them. */
function withoutUndefined(v: Values): Values {
  const out: Values = {}
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = clean(x)
  return out
}
function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean)
  if (v !== null && typeof v === 'object') return withoutUndefined(Object.fromEntries(Object.entries(v)))
  return v
}

/** Small fast deterministic PRNG (mulberry32): the benchmark must not depend on fast-check's sampling. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One store of each provider and auth mode, with realistic names. */
const BENCH_STORES: Values[] = [
  {
    name: 'azure-mi',
    providerType: 'azurekv',
    azurekv: {
      vaulturl: 'https://kv-mi.vault.azure.net',
      tenantid: '11111111-2222-3333-4444-555555555555',
      identityid: '66666666-7777-8888-9999-000000000000'
    }
  },
  {
    name: 'azure-sp',
    providerType: 'azurekv',
    azurekv: {
      vaulturl: 'https://kv-sp.vault.azure.net',
      tenantid: '11111111-2222-3333-4444-555555555555',
      clientid: { name: 'azure-sp', namespace: 'external-secrets', id: 'client-id' },
      clientsecret: { name: 'azure-sp', namespace: 'external-secrets', id: 'client-secret' }
    }
  },
  {
    name: 'azure-wi',
    providerType: 'azurekv',
    azurekv: {
      vaulturl: 'https://kv-wi.vault.azure.net',
      tenantid: '11111111-2222-3333-4444-555555555555',
      workloadIdentity: { serviceAccountName: 'eso-azure', serviceAccountNamespace: 'external-secrets' }
    }
  },
  {
    name: 'aws-sm',
    providerType: 'aws',
    aws: { region: 'eu-west-1', auth: { serviceAccountName: 'eso-aws', serviceAccountNamespace: 'external-secrets' } }
  },
  {
    name: 'aws-ps',
    providerType: 'aws',
    aws: {
      region: 'eu-west-1',
      service: 'ParameterStore',
      auth: { serviceAccountName: 'eso-aws', serviceAccountNamespace: 'external-secrets' }
    }
  },
  {
    name: 'vault-token',
    providerType: 'vault',
    vault: {
      server: 'https://vault.service.consul:8200',
      path: 'secret',
      version: 'v2',
      auth: { tokenName: 'vault-token', tokenNamespace: 'external-secrets', tokenKey: 'token' }
    }
  },
  {
    name: 'vault-k8s',
    providerType: 'vault',
    vault: {
      server: 'https://vault.service.consul:8200',
      path: 'secret',
      auth: {
        kubernetes: { mountPath: 'kubernetes', role: 'eso', serviceAccountName: 'eso-vault', serviceAccountNamespace: 'external-secrets' }
      }
    },
    conditions: [{ namespaceRegexes: ['^ns-[0-9]+$'] }]
  },
  {
    name: 'vault-approle',
    providerType: 'vault',
    vault: {
      server: 'https://vault.service.consul:8200',
      path: 'kv',
      version: 'v1',
      auth: {
        appRole: {
          path: 'approle',
          roleId: '0f3c2a9e-1b2c-4d5e-8f90-123456789abc',
          secretRef: { name: 'vault-approle', namespace: 'external-secrets', key: 'secret-id' }
        }
      }
    }
  }
]

const BENCH_KINDS: Array<(i: number) => Values> = [
  () => ({ type: 'kubernetes.io/tls', namespacesecretkeynamecrt: 'tls.crt', namespacesecretkeynamekey: 'tls.key' }),
  () => ({ type: 'kubernetes.io/dockerconfigjson', namespacesecretkeyname: '.dockerconfigjson' }),
  () => ({ argocd: true }),
  () => ({ argocd: true, argocdBearerToken: true }),
  () => ({ argocdRepoCreds: true }),
  () => ({ contactpoint: true }),
  () => ({ multivalue: true }),
  (i) => ({ property: `field-${i % 7}`, namespacesecretkeyname: 'value' }),
  () => ({ namespacesecretkeyname: 'password' })
]

/**
 * A big deterministic values file: `entries` entries over `namespaces`
 * namespaces (`ns-0` ...), cycling through every kind and every store mode,
 * with a mix of named namespaces, namespace lists and selectors, labels and
 * per-entry refresh settings. Same arguments, same object.
 */
export function generateValues(opts: { entries: number; namespaces: number; seed: number }): Values {
  const rnd = prng(opts.seed)
  const pick = (n: number): number => Math.floor(rnd() * n)
  const nsCount = Math.max(1, opts.namespaces)
  const entries: Values[] = []
  for (let i = 0; i < opts.entries; i++) {
    const name = `app-${i}`
    const e: Values = {
      secret: name,
      clustersecstore: BENCH_STORES[i % BENCH_STORES.length]!.name,
      namespacesecretname: name,
      keyvaultsecretname: `remote-${i}`,
      ...BENCH_KINDS[i % BENCH_KINDS.length]!(i)
    }
    // A single value read from Vault gets the whole entry as JSON (lint warns); read it from a non-Vault store.
    const store = BENCH_STORES[i % BENCH_STORES.length]!
    if (i % BENCH_KINDS.length === BENCH_KINDS.length - 1 && store.providerType === 'vault') e.clustersecstore = BENCH_STORES[i % 5]!.name
    const t = pick(10)
    if (t < 7) e.namespace = `ns-${pick(nsCount)}`
    else if (t < 9) e.namespaces = [...new Set([`ns-${pick(nsCount)}`, `ns-${pick(nsCount)}`, `ns-${pick(nsCount)}`])]
    else e.namespaceSelector = { matchLabels: { team: `team-${pick(5)}` } }
    if (pick(3) === 0) e.labels = { app: name, team: `team-${pick(5)}` }
    if (pick(10) === 0) e.refreshInterval = '1h'
    if (pick(20) === 0) Object.assign(e, { creationPolicy: 'Owner', deletionPolicy: 'Delete' })
    entries.push(e)
  }
  return {
    clustersecretstore: BENCH_STORES[0],
    clustersecretstores: BENCH_STORES.slice(1),
    externalsecrets: entries
  }
}
