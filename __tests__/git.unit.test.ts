import { describe, expect, it } from 'vitest'
import { redact, tokenAuthConfig } from '../src/git/git.js'

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
