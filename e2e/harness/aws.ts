import { appendFileSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'

export const AWS_SECRETS_FILE = 'aws-secrets.json'
export const AWS_CALLS_FILE = 'aws-calls.jsonl'

/** One request the fake AWS endpoint answered. */
export interface AwsCall {
  service: 'sts' | 'secretsmanager' | 'other'
  action: string
  secretId?: string
}

/**
 * A loopback stand-in for the two AWS APIs ESO's aws provider calls with IRSA
 * (`auth.jwt`) and Secrets Manager: STS AssumeRoleWithWebIdentity (query
 * protocol, XML answer) and secretsmanager.GetSecretValue (JSON 1.1). ESO is
 * pointed at it with AWS_STS_ENDPOINT and AWS_SECRETSMANAGER_ENDPOINT. The
 * secrets are read from `aws-secrets.json` (`{name: value}`) in `dir` on every
 * call and each call is appended to `aws-calls.jsonl` there, so a test in
 * another process than the one serving can set the data and see the calls.
 */
export class FakeAws {
  private server: Server | null = null
  readonly secretsFile: string
  readonly callsFile: string

  constructor(dir: string) {
    this.secretsFile = join(dir, AWS_SECRETS_FILE)
    this.callsFile = join(dir, AWS_CALLS_FILE)
  }

  private record(call: AwsCall): void {
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
      req.on('end', () => this.handle(req, Buffer.concat(chunks).toString('utf8'), res))
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

  private secrets(): Record<string, string> {
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.secretsFile, 'utf8'))
      return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {}
    } catch {
      return {}
    }
  }

  private handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    const target = req.headers['x-amz-target']
    if (typeof target === 'string' && target.startsWith('secretsmanager.')) {
      const action = target.slice('secretsmanager.'.length)
      const input = JSON.parse(body || '{}') as { SecretId?: string }
      this.record({ service: 'secretsmanager', action, secretId: input.SecretId })
      const json = (status: number, v: unknown, type?: string): void => {
        res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1', ...(type ? { 'x-amzn-errortype': type } : {}) })
        res.end(JSON.stringify(v))
      }
      const value = input.SecretId === undefined ? undefined : this.secrets()[input.SecretId]
      if (action !== 'GetSecretValue')
        return json(400, { __type: 'InvalidRequestException', message: `e2e fake: ${action} not supported` }, 'InvalidRequestException')
      if (value === undefined)
        return json(
          400,
          { __type: 'ResourceNotFoundException', message: "Secrets Manager can't find the specified secret." },
          'ResourceNotFoundException'
        )
      return json(200, {
        ARN: `arn:aws:secretsmanager:us-east-1:123456789012:secret:${input.SecretId}`,
        Name: input.SecretId,
        SecretString: value,
        VersionId: 'e2e-v1',
        VersionStages: ['AWSCURRENT'],
        CreatedDate: 1767225600
      })
    }
    const form = new URLSearchParams(body)
    const action = form.get('Action') ?? new URL(req.url ?? '/', 'http://aws').searchParams.get('Action') ?? ''
    if (action === 'AssumeRoleWithWebIdentity') {
      this.record({ service: 'sts', action })
      res.writeHead(200, { 'content-type': 'text/xml' })
      res.end(`<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
  <AssumeRoleWithWebIdentityResult>
    <Credentials>
      <AccessKeyId>ASIAE2EFAKE</AccessKeyId>
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
}
