import { describe, expect, it } from 'vitest'
import { redact, remoteAuth, remoteFailure, remoteMessage, tokenAuthConfig } from '../src/git/git.js'

describe('redact', () => {
  it('hides URL credentials, Authorization header values and known secrets', () => {
    expect(redact("fatal: repository 'https://x-access-token:ghs_abc123@github.com/o/r.git/' not found")).toBe(
      "fatal: repository 'https://***@github.com/o/r.git/' not found"
    )
    expect(redact('http.extraheader=AUTHORIZATION: basic eC1hY2Nlc3M6dG9rZW4=')).toBe('http.extraheader=AUTHORIZATION: basic ***')
    expect(redact('Authorization: Bearer abc.def.ghi')).toBe('Authorization: Bearer ***')
    expect(redact('token is s3cr3t-value here', ['s3cr3t-value'])).toBe('token is *** here')
  })
})

describe('tokenAuthConfig', () => {
  it('scopes the header to the remote origin and lists both token forms as secrets', () => {
    const { config, secrets } = tokenAuthConfig('https://github.com/acme/infra.git', 'tok-123')
    const basic = Buffer.from('x-access-token:tok-123').toString('base64')
    expect(config).toEqual([['http.https://github.com/.extraheader', `AUTHORIZATION: basic ${basic}`]])
    expect(secrets).toEqual(['tok-123', basic])
  })

  it('keeps a GHES host and port in the scope', () => {
    expect(tokenAuthConfig('https://ghe.example:8443/a/b.git', 't')?.config[0]?.[0]).toBe('http.https://ghe.example:8443/.extraheader')
  })
})

describe('remoteAuth', () => {
  it('takes user:password out of an HTTP(S) URL and sends it as a header scoped to the origin', () => {
    const auth = remoteAuth('https://deploy:p%40ss-word@ghe.example:8443/a/b.git')
    const basic = Buffer.from('deploy:p@ss-word').toString('base64')
    expect(auth.url).toBe('https://ghe.example:8443/a/b.git')
    expect(auth.config).toEqual([['http.https://ghe.example:8443/.extraheader', `AUTHORIZATION: basic ${basic}`]])
    expect(auth.secrets).toEqual(expect.arrayContaining(['p%40ss-word', 'p@ss-word', basic]))
    expect(auth.credentials).toBe(true)
  })
  it('lets an explicit token win, still stripping and hiding the URL credentials', () => {
    const auth = remoteAuth('http://user:old-secret@127.0.0.1:9/x.git', 'tok-123')
    expect(auth.url).toBe('http://127.0.0.1:9/x.git')
    expect(auth.config[0]?.[1]).toBe(`AUTHORIZATION: basic ${Buffer.from('x-access-token:tok-123').toString('base64')}`)
    expect(auth.secrets).toContain('old-secret')
  })
  it('leaves URLs without credentials, ssh and scp-like remotes exactly as given', () => {
    for (const url of ['https://github.com/a/b.git', 'ssh://git@github.com/a/b.git', 'git@github.com:a/b.git', '/srv/repo.git']) {
      expect(remoteAuth(url)).toEqual({ url, config: [], secrets: [], credentials: false })
    }
  })
})

describe('remoteFailure', () => {
  it('reads the HTTP status before the words git adds around it', () => {
    const refused =
      'error: RPC failed; HTTP 403 curl 22 The requested URL returned error: 403\n' +
      'send-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly'
    expect(remoteFailure(refused)).toEqual({ kind: 'http', status: 403 })
    expect(remoteFailure("fatal: unable to access 'x': The requested URL returned error: 502")).toEqual({ kind: 'http', status: 502 })
    expect(remoteFailure("fatal: could not read Username for 'http://h': terminal prompts disabled")).toEqual({ kind: 'http', status: 401 })
    expect(remoteFailure("fatal: unable to access 'x': Operation too slow. Less than 1000 bytes/sec")).toEqual({ kind: 'stalled' })
    expect(remoteFailure('fatal: the remote end hung up unexpectedly')).toEqual({ kind: 'transient' })
    expect(remoteFailure("fatal: repository 'x' does not exist")).toEqual({ kind: 'other' })
  })
  it("keeps the remote's own lines, on one bounded line", () => {
    expect(remoteMessage('remote: error: GH006: Protected branch\nremote: rules here\nTo x\n ! [remote rejected]')).toBe(
      'error: GH006: Protected branch rules here'
    )
    expect(remoteMessage(`remote: ${'x'.repeat(5000)}`)).toHaveLength(1001)
  })
})
