import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Files the API server and its clients need, all inside one work directory. */
export interface Pki {
  caCert: string
  serverCert: string
  serverKey: string
  saKey: string
  saPub: string
  tokenFile: string
  /** Bearer token of a system:masters user, for the test client, KCM and ESO. */
  adminToken: string
}

function openssl(args: string[], cwd: string): void {
  execFileSync('openssl', args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
}

/**
 * A throw-away CA (`ca.crt`, `ca.key` in `dir`) and a serving certificate for
 * `sans` (openssl subjectAltName items, e.g. `DNS:*.vault.azure.test`) signed
 * by it: `server.crt`, `server.key`. Valid for two days.
 */
export function makeServingCert(dir: string, sans: string[], commonName: string): { caCert: string; cert: string; key: string } {
  openssl(
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=e2e-ca', '-keyout', 'ca.key', '-out', 'ca.crt'],
    dir
  )
  writeFileSync(join(dir, 'san.cnf'), `subjectAltName=${sans.join(',')}\nextendedKeyUsage=serverAuth\n`)
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${commonName}`, '-keyout', 'server.key', '-out', 'server.csr'], dir)
  openssl(
    [
      'x509',
      '-req',
      '-in',
      'server.csr',
      '-CA',
      'ca.crt',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      'san.cnf',
      '-out',
      'server.crt'
    ],
    dir
  )
  return { caCert: join(dir, 'ca.crt'), cert: join(dir, 'server.crt'), key: join(dir, 'server.key') }
}

/**
 * Make a throw-away CA, a serving certificate for 127.0.0.1, a
 * service-account signing key and a static token file. openssl is used
 * because Node's crypto can make keys but not sign X.509 certificates.
 */
export function makePki(dir: string): Pki {
  makeServingCert(dir, ['IP:127.0.0.1', 'DNS:localhost', 'DNS:kubernetes.default.svc'], 'kube-apiserver')
  openssl(['genrsa', '-out', 'sa.key', '2048'], dir)
  openssl(['rsa', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir)
  const adminToken = randomBytes(24).toString('hex')
  writeFileSync(join(dir, 'tokens.csv'), `${adminToken},e2e-admin,e2e-admin,"system:masters"\n`)
  return {
    caCert: join(dir, 'ca.crt'),
    serverCert: join(dir, 'server.crt'),
    serverKey: join(dir, 'server.key'),
    saKey: join(dir, 'sa.key'),
    saPub: join(dir, 'sa.pub'),
    tokenFile: join(dir, 'tokens.csv'),
    adminToken
  }
}

/** A kubeconfig with the admin token, for kube-controller-manager and ESO. */
export function writeKubeconfig(path: string, server: string, pki: Pki): void {
  writeFileSync(
    path,
    `apiVersion: v1
kind: Config
clusters:
- name: e2e
  cluster:
    server: ${server}
    certificate-authority: ${pki.caCert}
users:
- name: admin
  user:
    token: ${pki.adminToken}
contexts:
- name: e2e
  context: {cluster: e2e, user: admin}
current-context: e2e
`
  )
}
