import {
  stringify,
  type DocumentOptions,
  type ScalarTag,
  type SchemaOptions,
  type Tags,
  type ToStringOptions,
  type CreateNodeOptions
} from 'yaml'
import { needsQuotes, quote } from '../../src/core/render/yaml.js'

/**
 * The reference the hand-written writer (src/core/render/yaml.ts) is held to:
 * the `yaml` package's general serializer, with the writer's quoting rule as
 * its string tag, as the renderer used it before the writer existed. Tests
 * only.
 */
const safeString: ScalarTag = {
  identify: (v) => typeof v === 'string',
  default: true,
  tag: 'tag:yaml.org,2002:str',
  resolve: (s) => s,
  stringify: (item) => {
    const s = String(item.value)
    return needsQuotes(s) ? quote(s) : s
  }
}

const OPTIONS: DocumentOptions & SchemaOptions & CreateNodeOptions & ToStringOptions = {
  version: '1.2',
  customTags: (tags: Tags) => tags.map((t) => (typeof t === 'object' && t.tag === 'tag:yaml.org,2002:str' ? safeString : t)),
  aliasDuplicateObjects: false,
  indent: 2,
  lineWidth: 0,
  minContentWidth: 0
}

/** One object as a YAML document, by the general serializer. */
export function referenceYaml(value: unknown): string {
  return stringify(value, OPTIONS)
}
