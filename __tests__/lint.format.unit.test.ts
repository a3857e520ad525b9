import { describe, expect, it } from 'vitest'
import { countFindings, formatFindingsJson, formatFindingsText, hasErrors } from '../src/core/lint/index.js'
import type { Finding } from '../src/core/types.js'

const f = (over: Partial<Finding> = {}): Finding => ({
  file: 'v.yaml',
  line: 3,
  column: 7,
  severity: 'error',
  rule: 'wrong-type',
  message: 'x must be y',
  ...over
})

describe('formatFindingsText', () => {
  it('one finding per line: file:line:col: severity: message [rule-id]', () => {
    expect(formatFindingsText([f(), f({ severity: 'warning', rule: 'unknown-store', line: 9, column: 1, message: 'hm' })])).toBe(
      'v.yaml:3:7: error: x must be y [wrong-type]\nv.yaml:9:1: warning: hm [unknown-store]\n'
    )
  })
  it('keeps a multi-line message on its line', () => {
    expect(formatFindingsText([f({ message: 'a\nb' })])).toBe('v.yaml:3:7: error: a b [wrong-type]\n')
  })
  it('prints nothing for no findings', () => {
    expect(formatFindingsText([])).toBe('')
  })
})

describe('formatFindingsJson', () => {
  it('is an array of findings with a stable key order', () => {
    const shuffled = { message: 'm', rule: 'r', severity: 'warning', column: 2, line: 1, file: 'a' } as const
    expect(formatFindingsJson([shuffled])).toBe(
      '[\n  {\n    "file": "a",\n    "line": 1,\n    "column": 2,\n    "severity": "warning",\n   ' +
        ' "rule": "r",\n    "message": "m"\n  }\n]\n'
    )
    expect(JSON.parse(formatFindingsJson([]))).toEqual([])
  })
  it('carries the exact fix of a finding that has one, and nothing else of it', () => {
    const withFix = { ...f(), fix: { line: 3, text: '    property: x' }, extra: 'dropped' }
    expect(JSON.parse(formatFindingsJson([withFix]))).toEqual([{ ...f(), fix: { line: 3, text: '    property: x' } }])
  })
})

describe('hasErrors', () => {
  it('is true only when an error is present', () => {
    expect(hasErrors([])).toBe(false)
    expect(hasErrors([f({ severity: 'warning' })])).toBe(false)
    expect(hasErrors([f({ severity: 'warning' }), f()])).toBe(true)
    expect(hasErrors([f({ severity: 'info' })])).toBe(false)
  })
})

describe('countFindings', () => {
  it('counts an info apart from errors and warnings', () => {
    expect(countFindings([f(), f({ severity: 'warning' }), f({ severity: 'info' }), f({ severity: 'info' })])).toEqual({
      errors: 1,
      warnings: 1,
      infos: 2
    })
    expect(formatFindingsText([f({ severity: 'info', rule: 'aws-controller-credentials', message: 'note' })])).toBe(
      'v.yaml:3:7: info: note [aws-controller-credentials]\n'
    )
  })
})
