import { describe, expect, it } from 'vitest'
import { chartValuesYaml } from '../bench/chart-values.mjs'
import { lintAndRender, lintThenRenderEach } from '../src/core/pipeline.js'
import { toYaml, toYamlChunks } from '../src/core/render/yaml.js'

/** `render` to stdout writes resources as they are made; it must write exactly what the whole render would. */
describe('rendering as a stream', () => {
  it('writes the same bytes as rendering everything first', () => {
    const sources = [
      { name: 'a.yaml', text: chartValuesYaml(120) },
      {
        name: 'b.yaml',
        text: chartValuesYaml(30)
          .replaceAll('azure-backend', 'other-backend')
          .replaceAll('secret: ', 'secret: b-')
          .replaceAll('-credentials', '-b')
      }
    ]
    const whole = lintAndRender(sources)
    const stream = lintThenRenderEach(sources)
    expect(stream.findings).toEqual(whole.findings)
    expect(whole.resources).not.toBeNull()
    expect([...toYamlChunks(stream.resources ?? [], 4096)].join('')).toBe(toYaml(whole.resources ?? []))
  })

  it('renders nothing when lint finds an error', () => {
    const sources = [{ name: 'a.yaml', text: 'externalsecrets:\n  - secret: x\n' }]
    expect(lintThenRenderEach(sources).resources).toBeNull()
    expect(lintAndRender(sources).resources).toBeNull()
  })
})
