/**
 * The per-namespace Secret diff: pure functions over the normalized model.
 * The shells import these names, and docs/diff-json.md documents the JSON.
 */
export { describeSecrets } from './describe.js'
export { comparisonOf, diffComparison, diffReleases, diffRecords, diffSides } from './diff.js'
export { essentialComparison } from './comparison.js'
export { diffToJson, DIFF_JSON_VERSION } from './json.js'
export { parseNamespaceInventory } from './inventory.js'
export { selectorCovers, selectorToString, matchesSelector } from './selector.js'
export type {
  Comparison,
  DiffResult,
  DiffSide,
  FieldChange,
  NamespaceInventory,
  RecordSet,
  SecretChange,
  SecretRecord,
  StoreChange,
  StoreSnapshot,
  WithheldItem
} from './types.js'
