import { DescribeParametersCommand, SSMClient } from '@aws-sdk/client-ssm'
import type { Presence } from '../core/verify/types.js'
import { AWS_REQUEST_HANDLER, awsError } from './aws-errors.js'
import type { SecretDirectory } from './directory.js'

/** DescribeParameters takes at most 50 values in one filter and returns at most 50 parameters a page. */
const BATCH = 50
/** Parameter Store may page even a filtered answer; a bound keeps a broken endpoint from paging forever. */
const MAX_PAGES = 50

/**
 * AWS Systems Manager Parameter Store, through `DescribeParameters` with a
 * `Name Equals` filter: metadata of up to 50 named parameters per call, no
 * value (`GetParameter` and `GetParameters` are never called). One call per
 * 50 names is already cheaper than listing the account, so there is no
 * listing mode.
 */
export function parameterStoreDirectory(region: string): SecretDirectory {
  const client = new SSMClient({ region, requestHandler: AWS_REQUEST_HANDLER })
  return {
    batchSize: BATCH,
    async check(names, signal) {
      const found = new Set<string>()
      let token: string | undefined
      let pages = 0
      do {
        if (++pages > MAX_PAGES)
          throw awsError(new Error(`more than ${MAX_PAGES} pages for ${names.length} names`), 'ssm:DescribeParameters', signal)
        let page
        try {
          page = await client.send(
            new DescribeParametersCommand({
              ParameterFilters: [{ Key: 'Name', Option: 'Equals', Values: names }],
              MaxResults: BATCH,
              ...(token ? { NextToken: token } : {})
            }),
            { abortSignal: signal }
          )
        } catch (err) {
          throw awsError(err, 'ssm:DescribeParameters', signal)
        }
        for (const p of page.Parameters ?? []) if (p.Name !== undefined) found.add(p.Name)
        token = page.NextToken
      } while (token !== undefined && token !== '')
      return new Map(names.map((n): [string, Presence] => [n, found.has(n) ? { state: 'present' } : { state: 'missing' }]))
    }
  }
}
