import { appendFileSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export const AWS_SECRETS_FILE = 'aws-secrets.json'
export const AWS_PARAMETERS_FILE = 'aws-parameters.json'
export const AWS_CALLS_FILE = 'aws-calls.jsonl'
/** The access key STS hands out here (ESO's, after AssumeRoleWithWebIdentity): the only one that may read values. */
export const AWS_ESO_ACCESS_KEY = 'ASIAE2EFAKE'

/** One request the fake AWS endpoint answered. */
export interface AwsCall {
  service: 'sts' | 'secretsmanager' | 'ssm' | 'other'
  action: string
  secretId?: string
  /** Access key id of the SigV4 signature. */
  accessKeyId?: string
  /** A value-returning call signed by a key other than ESO's. */
  violation?: boolean
}

/** Calls that return a secret value. */
const VALUE_ACTIONS = new Set(['GetSecretValue', 'BatchGetSecretValue', 'GetParameter', 'GetParameters', 'GetParametersByPath'])

/**
 * A loopback stand-in for the AWS APIs that ESO's aws provider (IRSA: STS
 * AssumeRoleWithWebIdentity, query protocol; Secrets Manager GetSecretValue,
 * JSON 1.1) and `verify` (Secrets Manager DescribeSecret and ListSecrets, SSM
 * DescribeParameters) call. Clients are pointed at it with endpoint
 * variables (AWS_STS_ENDPOINT / AWS_SECRETSMANAGER_ENDPOINT for ESO,
 * AWS_ENDPOINT_URL for the SDK v3). Secrets and parameters are read from
 * `aws-secrets.json` / `aws-parameters.json` (`{name: value}`) in `dir` on
 * every call and each call is appended to `aws-calls.jsonl` there, so a test
 * in another process than the one serving can set the data and see the
 * calls. A value-returning call signed by any key but ESO's is refused and
 * recorded as a violation. Faults for tests: `deny` (names, or '*'),
 * `throttleNext`, `delayMs`.
 */
export class FakeAws {
  private server: Server | null = null
  readonly secretsFile: string
  readonly parametersFile: string
  readonly callsFile: string
  readonly calls: AwsCall[] = []
  /** Secret names whose describe is AccessDenied; 'ListSecrets' denies listing; '*' denies every call. */
  deny = new Set<string>()
  /** Names scheduled for deletion (DescribeSecret shows DeletedDate). */
  deleted = new Set<string>()
  /** This many next requests answer ThrottlingException. */
  throttleNext = 0
  /** Every answer waits this long. */
  delayMs = 0

  constructor(dir: string) {
    this.secretsFile = join(dir, AWS_SECRETS_FILE)
    this.parametersFile = join(dir, AWS_PARAMETERS_FILE)
    this.callsFile = join(dir, AWS_CALLS_FILE)
  }

  /** Replace the secrets and parameters the endpoint serves. */
  put(secrets: Record<string, string>, parameters: Record<string, string> = {}): void {
    writeFileSync(this.secretsFile, JSON.stringify(secrets))
    writeFileSync(this.parametersFile, JSON.stringify(parameters))
  }

  /** Value-returning calls made with a key other than ESO's. */
  get violations(): AwsCall[] {
    return this.calls.filter((c) => c.violation === true)
  }

  private record(call: AwsCall): void {
    this.calls.push(call)
    appendFileSync(this.callsFile, JSON.stringify(call) + '\n')
  }

  get url(): string {
    const addr = this.server?.address()
    if (typeof addr !== 'object' || addr === null) throw new Error('fake AWS not started')
    return `http://127.0.0.1:${addr.port}`
  }

  start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c: Buffer) => chunks.push(c))
      req.on('end', () => {
        const answer = (): void => this.handle(req, Buffer.concat(chunks).toString('utf8'), res)
        if (this.delayMs > 0) setTimeout(answer, this.delayMs)
        else answer()
      })
    })
    return new Promise((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      if (this.server === null) return resolve()
      this.server.closeAllConnections()
      this.server.close(() => resolve())
    })
  }

  private data(file: string): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {}
    } catch {
      return {}
    }
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    if (res.destroyed) return
    const target = req.headers['x-amz-target']
    const accessKeyId = /Credential=([^/]+)\//.exec(String(req.headers.authorization ?? ''))?.[1]
    const json = (status: number, v: unknown, type?: string): void => {
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...(type ? { 'x-amzn-errortype': type } : {}) })
      res.end(JSON.stringify(v))
    }
    const error = (type: string, message: string): void => json(400, { __type: type, message }, type)
    if (typeof target === 'string' && (target.startsWith('secretsmanager.') || target.startsWith('AmazonSSM.'))) {
      const service = target.startsWith('AmazonSSM.') ? 'ssm' : 'secretsmanager'
      const action = target.slice(target.indexOf('.') + 1)
      const input = parseJson(body)
      const secretId = typeof input.SecretId === 'string' ? input.SecretId : undefined
      const call: AwsCall = { service, action, ...(secretId !== undefined ? { secretId } : {}), ...(accessKeyId ? { accessKeyId } : {}) }
      if (VALUE_ACTIONS.has(action) && accessKeyId !== AWS_ESO_ACCESS_KEY) call.violation = true
      this.record(call)
      if (call.violation) return error('AccessDeniedException', `e2e fake: ${action} returns a value; only ESO may call it`)
      if (this.throttleNext > 0) {
        this.throttleNext--
        return error('ThrottlingException', 'Rate exceeded')
      }
      if (service === 'ssm') return this.ssm(action, input, json, error)
      return this.secretsManager(action, input, json, error)
    }
    const form = new URLSearchParams(body)
    const action = form.get('Action') ?? new URL(req.url ?? '/', 'http://aws').searchParams.get('Action') ?? ''
    if (action === 'AssumeRoleWithWebIdentity') {
      this.record({ service: 'sts', action })
      res.writeHead(200, { 'content-type': 'text/xml' })
      res.end(`<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>${AWS_ESO_ACCESS_KEY}</AccessKeyId>
      <SecretAccessKey>e2e-fake-secret</SecretAccessKey>
      <SessionToken>e2e-fake-session</SessionToken>
      <Expiration>2099-01-01T00:00:00Z</Expiration>
    </Credentials>
    <SubjectFromWebIdentityToken>system:serviceaccount:e2e</SubjectFromWebIdentityToken>
    <AssumedRoleUser>
      <Arn>arn:aws:sts::123456789012:assumed-role/e2e/session</Arn>
      <AssumedRoleId>AROAE2E:session</AssumedRoleId>
    </AssumedRoleUser>
    <Audience>sts.amazonaws.com</Audience>
  </AssumeRoleWithWebIdentityResult>
  <ResponseMetadata><RequestId>e2e</RequestId></ResponseMetadata>
</AssumeRoleWithWebIdentityResponse>`)
      return
    }
    this.record({ service: 'other', action })
    res.writeHead(400, { 'content-type': 'text/xml' })
    res.end('<ErrorResponse><Error><Code>InvalidAction</Code><Message>e2e fake</Message></Error></ErrorResponse>')
  }

  private secretsManager(
    action: string,
    input: Record<string, unknown>,
    json: (status: number, v: unknown) => void,
    error: (type: string, message: string) => void
  ): void {
    const secrets = this.data(this.secretsFile)
    const arn = (name: string): string => `arn:aws:secretsmanager:us-east-1:123456789012:secret:${name}-AbCdEf`
    const byId = (id: unknown): string | undefined =>
      typeof id === 'string' ? Object.keys(secrets).find((n) => n === id || arn(n) === id) : undefined
    const notFound = (): void => error('ResourceNotFoundException', "Secrets Manager can't find the specified secret.")
    const meta = (name: string): Record<string, unknown> => ({
      ARN: arn(name),
      Name: name,
      CreatedDate: 1767225600,
      ...(this.deleted.has(name) ? { DeletedDate: 1767312000 } : {})
    })
    if (action === 'GetSecretValue') {
      const name = byId(input.SecretId)
      if (name === undefined || this.deleted.has(name)) return notFound()
      return json(200, { ...meta(name), SecretString: secrets[name], VersionId: 'e2e-v1', VersionStages: ['AWSCURRENT'] })
    }
    if (action === 'DescribeSecret') {
      const id = typeof input.SecretId === 'string' ? input.SecretId : ''
      if (this.deny.has('*') || this.deny.has(id))
        return error(
          'AccessDeniedException',
          `User: arn:aws:sts::123456789012:assumed-role/ci is not authorized to perform: secretsmanager:DescribeSecret`
        )
      const name = byId(id)
      return name === undefined ? notFound() : json(200, meta(name))
    }
    if (action === 'ListSecrets') {
      if (this.deny.has('*') || this.deny.has('ListSecrets'))
        return error(
          'AccessDeniedException',
          'User: arn:aws:sts::123456789012:assumed-role/ci is not authorized to perform: secretsmanager:ListSecrets'
        )
      const names = Object.keys(secrets)
        .filter((n) => input.IncludePlannedDeletion === true || !this.deleted.has(n))
        .sort()
      return json(200, page(names.map(meta), input, 100))
    }
    error('InvalidRequestException', `e2e fake: ${action} not supported`)
  }

  private ssm(
    action: string,
    input: Record<string, unknown>,
    json: (status: number, v: unknown) => void,
    error: (type: string, message: string) => void
  ): void {
    if (action !== 'DescribeParameters') return error('InvalidRequestException', `e2e fake: ${action} not supported`)
    if (this.deny.has('*'))
      return error(
        'AccessDeniedException',
        'User: arn:aws:sts::123456789012:assumed-role/ci is not authorized to perform: ssm:DescribeParameters'
      )
    const filters = Array.isArray(input.ParameterFilters) ? input.ParameterFilters : []
    let names = Object.keys(this.data(this.parametersFile)).sort()
    for (const f of filters) {
      const filter = f !== null && typeof f === 'object' ? (f as Record<string, unknown>) : {}
      const values = Array.isArray(filter.Values) ? filter.Values : []
      if (filter.Key !== 'Name' || filter.Option !== 'Equals') return error('InvalidFilterKey', 'e2e fake: only Name Equals')
      if (values.length > 50) return error('ValidationException', 'e2e fake: at most 50 filter values')
      names = names.filter((n) => values.includes(n))
    }
    json(
      200,
      page(
        names.map((Name) => ({ Name, Type: 'SecureString', Version: 1 })),
        input,
        50,
        'Parameters'
      )
    )
  }
}

/** One page of a listing: NextToken is the index of the next item. */
function page(items: unknown[], input: Record<string, unknown>, max: number, key = 'SecretList'): Record<string, unknown> {
  const size = typeof input.MaxResults === 'number' ? Math.min(input.MaxResults, max) : max
  const start = typeof input.NextToken === 'string' ? Number(input.NextToken) : 0
  const next = start + size
  return { [key]: items.slice(start, next), ...(next < items.length ? { NextToken: String(next) } : {}) }
}

function parseJson(body: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(body || '{}')
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}
