import { readdirSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { parse } from 'yaml'
import { OUTPUT_NAMES } from '../src/action/outputs.js'
import { INPUT_NAMES } from '../src/action/settings.js'
import { renderActionUsage } from '../scripts/gen-action-docs.js'

/** action.yml, the code and the generated usage docs must agree. */

const actionYml = readFileSync(new URL('../action.yml', import.meta.url), 'utf8')
const action: unknown = parse(actionYml)
const keys = (section: string): string[] => {
  const v: unknown = typeof action === 'object' && action !== null ? Reflect.get(action, section) : undefined
  return typeof v === 'object' && v !== null ? Object.keys(v) : []
}

test('every input of action.yml is read by the settings, and nothing else', () => {
  expect(keys('inputs').sort()).toEqual([...INPUT_NAMES].sort())
})

test('every output of action.yml can be set, and nothing else', () => {
  expect(keys('outputs').sort()).toEqual([...OUTPUT_NAMES].sort())
})

test('runs on node24 from the bundled dist/index.js, with branding', () => {
  expect(action).toMatchObject({
    runs: { using: 'node24', main: 'dist/index.js' },
    branding: { icon: expect.any(String), color: expect.any(String) }
  })
})

test('the issue-mandated inputs and defaults are there', () => {
  expect(action).toMatchObject({
    inputs: {
      values: { required: true },
      'github-token': { default: '${{ github.token }}' },
      'gitops-path': { default: 'manifests' },
      'gitops-on-pull-request': { default: 'false' },
      'gitops-verified': { default: 'false' }
    }
  })
})

test('docs/action-usage.md is generated from action.yml (run: npm run docs)', () => {
  expect(readFileSync(new URL('../docs/action-usage.md', import.meta.url), 'utf8')).toBe(renderActionUsage(actionYml))
})

test('src/action reads inputs only through the input helper', () => {
  const files = readdirSync(new URL('../src/action/', import.meta.url)).filter((f) => f.endsWith('.ts') && f !== 'input-helper.ts')
  expect(files.length).toBeGreaterThan(5)
  for (const file of files) {
    expect(readFileSync(new URL(`../src/action/${file}`, import.meta.url), 'utf8')).not.toMatch(
      /\b(getInput|getBooleanInput|getMultilineInput)\(/
    )
  }
})

test('the Marketplace description fits its 125-character limit', () => {
  const description: unknown = typeof action === 'object' && action !== null ? Reflect.get(action, 'description') : undefined
  expect(typeof description === 'string' && description.length).toBeLessThan(125)
})
