/**
 * The per-namespace Secret diff (SPEC.md section 6): pure functions over the
 * normalized model. Names are frozen in notes/CONTRACTS.md.
 */
export { describeSecrets } from './describe.js'
export { diffReleases } from './diff.js'
export { diffToJson, DIFF_JSON_VERSION } from './json.js'
export { parseNamespaceInventory } from './inventory.js'
export { selectorToString, matchesSelector } from './selector.js'
export type { DiffResult, FieldChange, NamespaceInventory, SecretChange, SecretRecord, StoreChange } from './types.js'
