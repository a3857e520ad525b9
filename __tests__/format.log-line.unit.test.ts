import { expect, test } from 'vitest'
import { plainLogText } from '../src/core/format/log-line.js'

test('a plain log line keeps its text but can never be read as a workflow command', () => {
  expect(plainLogText('values files: values/a.yaml')).toBe('values files: values/a.yaml')
  expect(plainLogText('values/a\n::add-mask::x.yaml')).toBe('values/a\\n::add-mask::x.yaml')
  expect(plainLogText('a\r\n::set-output name=x::y')).toBe('a\\r\\n::set-output name=x::y')
  // Leading `::` (blanks first too) and the legacy form anywhere are broken by a zero-width space.
  expect(plainLogText('::error::x')).toBe(':\u200b:error::x')
  expect(plainLogText('  ::warning::x').startsWith('  :\u200b:warning::')).toBe(true)
  expect(plainLogText('see ##[add-mask]x')).toBe('see ##\u200b[add-mask]x')
  // Terminal escapes and Unicode line separators are shown, not obeyed.
  expect(plainLogText('\u001b[31mred\u2028next\ttab')).toBe('\\u001b[31mred\\u2028next\ttab')
  for (const s of ['x\n::a::b', '\r::a::b', '\u0085::a', ' \t::a::b', 'x ##[a]b']) {
    const out = plainLogText(s)
    expect(out.split(/\r\n|\r|\n/)).toHaveLength(1)
    expect(out.trimStart().startsWith('::')).toBe(false)
    expect(out).not.toContain('##[')
  }
})
