import { DescribeSecretCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager'
import type { Presence } from '../core/verify/types.js'
import { AWS_REQUEST_HANDLER, awsError } from './aws-errors.js'
import type { SecretDirectory } from './directory.js'

/** ListSecrets' largest page. */
const PAGE_SIZE = 100
const DELETED: Presence = { state: 'missing', note: 'scheduled for deletion' }

/**
 * AWS Secrets Manager, through `DescribeSecret` (one secret's metadata) and
 * `ListSecrets` (metadata of every secret, for large stores). Neither
 * returns a value; `GetSecretValue` and `BatchGetSecretValue` are never
 * called. Credentials and endpoint come from the SDK's default chain and
 * its environment (AWS_ENDPOINT_URL_SECRETS_MANAGER included).
 */
export function secretsManagerDirectory(region: string): SecretDirectory {
  const client = new SecretsManagerClient({ region, requestHandler: AWS_REQUEST_HANDLER })
  return {
    batchSize: 1,
    async check(names, signal) {
      const out = new Map<string, Presence>()
      for (const name of names) {
        try {
          const r = await client.send(new DescribeSecretCommand({ SecretId: name }), { abortSignal: signal })
          // A secret scheduled for deletion still describes, but ESO cannot read it.
          out.set(name, r.DeletedDate !== undefined ? DELETED : { state: 'present' })
        } catch (err) {
          if (err instanceof Error && err.name === 'ResourceNotFoundException') out.set(name, { state: 'missing' })
          else throw awsError(err, `secretsmanager:DescribeSecret on "${name}"`, signal)
        }
      }
      return out
    },
    async *listPages(signal) {
      let token: string | undefined
      do {
        let page
        try {
          page = await client.send(
            new ListSecretsCommand({ MaxResults: PAGE_SIZE, IncludePlannedDeletion: true, ...(token ? { NextToken: token } : {}) }),
            { abortSignal: signal }
          )
        } catch (err) {
          throw awsError(err, 'secretsmanager:ListSecrets', signal)
        }
        const out = new Map<string, Presence>()
        for (const s of page.SecretList ?? []) {
          const p: Presence = s.DeletedDate !== undefined ? DELETED : { state: 'present' }
          if (s.Name !== undefined) out.set(s.Name, p)
          if (s.ARN !== undefined) out.set(s.ARN, p)
        }
        yield out
        token = page.NextToken
      } while (token !== undefined && token !== '')
    },
    // ESO also accepts partial ARNs, which no listed name or ARN equals: those are described one by one.
    listingCovers: (name) => !name.startsWith('arn:')
  }
}
