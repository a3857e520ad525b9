import { beforeEach, describe, expect, test } from 'vitest'
import { Identity } from '../src/action/identity.js'
import { commentMarker, legacyMarkerId, markerId } from '../src/action/marker.js'
import { upsertComment, type CommentTarget } from '../src/action/sticky-comment.js'
import { MemoryIssueComments } from './helpers/issue-comments-memory.js'

/**
 * The sticky comment upsert (find, create, edit, adopt, race) against an
 * in-memory implementation of the GitHub port. The same code runs against the
 * local GitHub API server in action.pr.int.test.ts and action.faults.int.test.ts.
 */

const repo = { owner: 'acme', repo: 'platform' }
const PR = 7
const input = 'values/*.yaml\n# production\nextra/*.yaml'
const ID = markerId('secrets', input)
const LEGACY = legacyMarkerId('secrets', input)
const body = (text: string, id = ID) => `${commentMarker(id)}\n${text}`

let api: MemoryIssueComments
beforeEach(() => {
  api = new MemoryIssueComments(repo)
})

function target(over: Partial<CommentTarget> = {}): CommentTarget {
  const users = { viewerLogin: () => Promise.resolve('github-actions[bot]') }
  return { api, repo, issueNumber: PR, markerIds: [ID, LEGACY], identity: new Identity(users, 'ghs_token'), ...over }
}

describe('upsertComment', () => {
  test('finds nothing and creates one comment, listing again to settle a race', async () => {
    const posted = await upsertComment(target(), body('first'), true)
    expect(posted).toMatchObject({ action: 'created', id: api.comments[0]?.id })
    expect(api.comments.map((c) => c.body)).toEqual([body('first')])
    expect(api.calls).toEqual(['list', 'create', 'list'])
  })

  test('edits its comment in place; the same text again writes nothing', async () => {
    const first = await upsertComment(target(), body('first'), true)
    api.calls.length = 0
    const second = await upsertComment(target(), body('second'), true)
    expect(second).toEqual({ id: first?.id, url: first?.url, action: 'updated' })
    expect(api.calls).toEqual(['list', `update ${first?.id}`])
    api.calls.length = 0
    expect(await upsertComment(target(), body('second'), true)).toMatchObject({ action: 'unchanged', id: first?.id })
    expect(api.calls).toEqual(['list'])
    expect(api.comments).toHaveLength(1)
  })

  test('leaves alone a human quoting the marker and a bot comment of another job', async () => {
    const human = api.seed(PR, `> quoting\n${body('old')}`, { login: 'bob', type: 'User' })
    const other = api.seed(PR, body('other job', markerId('other', input)))
    await upsertComment(target(), body('ours'), true)
    expect(api.comments.find((c) => c.id === human.id)?.body).toBe(`> quoting\n${body('old')}`)
    expect(api.comments.find((c) => c.id === other.id)?.body).toBe(body('other job', markerId('other', input)))
    expect(api.comments).toHaveLength(3)
  })

  test('adopts a comment written under the older marker of the same input: edited, never left behind', async () => {
    expect(LEGACY).not.toBe(ID)
    const old = api.seed(PR, body('written by an older version', LEGACY))
    const posted = await upsertComment(target(), body('now'), true)
    expect(posted).toMatchObject({ id: old.id, action: 'updated' })
    expect(api.comments.map((c) => c.body)).toEqual([body('now')])
  })

  test('keeps the oldest of duplicates and deletes the others', async () => {
    const oldest = api.seed(PR, body('a', LEGACY))
    api.seed(PR, body('b'))
    api.seed(PR, body('c'))
    const posted = await upsertComment(target(), body('d'), true)
    expect(posted?.id).toBe(oldest.id)
    expect(api.comments.map((c) => [c.id, c.body])).toEqual([[oldest.id, body('d')]])
  })

  test('two runs racing, both listing before either creates: one comment survives, both report it', async () => {
    let listed = 0
    let release = (): void => undefined
    const bothListed = new Promise<void>((resolve) => (release = resolve))
    api.afterList = async () => {
      // Only the first listing of each run waits for the other's.
      if (++listed > 2) return
      if (listed === 2) release()
      await bothListed
    }
    const [a, b] = await Promise.all([upsertComment(target(), body('run a'), true), upsertComment(target(), body('run b'), true)])
    expect(api.calls.filter((c) => c === 'create')).toHaveLength(2)
    expect(api.comments).toHaveLength(1)
    const survivor = api.comments[0]?.id
    expect([a?.id, b?.id]).toEqual([survivor, survivor])
    expect([a?.action, b?.action].sort()).toEqual(['created', 'updated'])
  })

  test('deleted between the listing and the edit: a fresh comment is created', async () => {
    const first = await upsertComment(target(), body('first'), true)
    api.afterList = async () => {
      api.afterList = null
      api.comments.length = 0
    }
    const posted = await upsertComment(target(), body('second'), true)
    expect(posted?.action).toBe('created')
    expect(posted?.id).not.toBe(first?.id)
    expect(api.comments.map((c) => c.body)).toEqual([body('second')])
  })

  test('createIfMissing false corrects an existing comment but never adds one', async () => {
    expect(await upsertComment(target(), body('quiet'), false)).toBeNull()
    expect(api.comments).toHaveLength(0)
    api.seed(PR, body('stale'))
    expect(await upsertComment(target(), body('quiet'), false)).toMatchObject({ action: 'updated' })
    expect(api.comments.map((c) => c.body)).toEqual([body('quiet')])
  })

  test('another app’s bot carrying our marker is not us: its comment is neither edited nor deleted, ours is', async () => {
    const foreign = api.seed(PR, body('quoted by another app'), { login: 'summary-app[bot]', type: 'Bot' })
    const mine = api.seed(PR, body('ours'))
    const posted = await upsertComment(target(), body('new'), true)
    expect(posted).toMatchObject({ id: mine.id, action: 'updated' })
    expect(api.comments.map((c) => [c.id, c.body])).toEqual([
      [foreign.id, body('quoted by another app')],
      [mine.id, body('new')]
    ])
  })

  test('when the API cannot name the login, an installation token counts a Bot author as us', async () => {
    const users = { viewerLogin: () => Promise.reject(new Error('HTTP 502')) }
    const mine = api.seed(PR, body('ours'))
    const posted = await upsertComment(target({ identity: new Identity(users, 'ghs_token') }), body('new'), true)
    expect(posted).toMatchObject({ id: mine.id, action: 'updated' })
  })

  test('a personal token: ours is the login the API names, asked once', async () => {
    let asked = 0
    const users = { viewerLogin: () => (asked++, Promise.resolve('alice')) }
    api = new MemoryIssueComments(repo, { login: 'alice', type: 'User' })
    api.seed(PR, body('by bob'), { login: 'bob', type: 'User' })
    const mine = api.seed(PR, body('by alice'))
    const posted = await upsertComment(target({ identity: new Identity(users, 'ghp_alice') }), body('new'), true)
    expect(posted?.id).toBe(mine.id)
    expect(asked).toBe(1)
  })
})
