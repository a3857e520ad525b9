import type { FileLint } from '../lint/context.js'
import { withArticle } from '../lint/wording.js'
import type { ExternalSecretBody } from '../render/types.js'
import type { ValuePath } from '../types.js'
import { present } from '../values.js'

/** One `externalsecrets` item as written in the values file (a mapping; its values not yet checked). */
export type EntryValues = Record<string, unknown>

/** The fields of a normalized entry that only some kinds have (normalize sets them from `KindModule.read`). */
export interface KindFields {
  /** Key inside the Secret (`namespacesecretkeyname`), for the kinds that let the user name it. */
  key?: string
  /** Property of the remote JSON secret (`property`). */
  property?: string
  /** Secret type as written (`type`). */
  type?: string
}

/** What a kind needs of an entry to describe and render its Secret. */
export interface KindEntry extends KindFields {
  /** Remote secret name (`keyvaultsecretname`). */
  remoteName: string
  /** The user's labels for the Secret. */
  labels: Record<string, string>
}

/** A values key that only some kinds read. */
export interface KindField {
  key: string
  /** Whether the entry sets it (a value of the wrong type was already reported by the schema). */
  isSet(v: unknown): boolean
  /** Set when the kind cannot do without the key: what it is, for "is required" messages. */
  required?: string
  /** Why the key does nothing on an entry of another kind: the middle of `"key" has no effect …; remove it`. */
  ignoredOn(kindLabel: string, values: EntryValues): string
}

/** What a kind's own lint checks get: the file, the entry as written, where it is and how to name it. */
export interface EntryCheck {
  lint: FileLint
  values: EntryValues
  at(...rest: Array<string | number>): ValuePath
  /** The entry's name in messages, e.g. `externalsecrets[3] ("db")`. */
  me(): string
}

/**
 * Everything one kind of Secret means, in one place: how an entry selects
 * it, which values it reads and checks, and what the Kubernetes Secret looks
 * like (type, key names, remote references, fixed labels, the ExternalSecret
 * body). The diff describes Secrets from the same functions the renderer
 * renders them with, so the two always agree.
 */
export interface KindModule<K extends string = string> {
  kind: K
  /** Human name, for messages and the PR comment ("TLS", "Argo CD repo creds"). */
  label: string
  /**
   * The switch that selects the kind (`type` or a boolean), as messages name
   * it: setting two switches is a conflict lint warns about. Absent for kinds
   * selected by a value (property) or by nothing (single value).
   */
  flag?: { key: string; shown: string }
  /** Whether the entry asks for this kind, given that no kind before it in the decision order matched. */
  selects(values: EntryValues): boolean
  /** The kind's own fields of the normalized entry. */
  read(values: EntryValues): KindFields
  /** The values keys only this kind (and maybe others) reads: required ones are checked, set ones on other kinds warned about. */
  fields: readonly KindField[]
  /** Checks of an entry of this kind beyond its fields. */
  check?(c: EntryCheck): void
  /** Kubernetes Secret type. */
  secretType(e: KindFields): string
  /** Key names of the Secret, sorted; `[ALL_KEYS]` when they are only known at run time. */
  keys(e: KindFields): string[]
  /**
   * What the Secret is read from, as readable references, sorted: `R` (a
   * whole remote secret), `R#prop` (one property of a JSON secret), `R-crt`.
   * Values are never involved.
   */
  remoteRefs(e: KindEntry): string[]
  /** Names of the remote secrets read (the provider must accept each), without properties. */
  remoteSecrets(e: KindEntry): string[]
  /** Labels the Secret always carries besides the user's `labels`. */
  fixedLabels: Readonly<Record<string, string>>
  /** True when a user label of the same key wins over a fixed label (false: the fixed label always wins). */
  userLabelsWin: boolean
  /** The part of the ExternalSecret spec that differs between kinds (data, dataFrom, template). */
  render(e: KindEntry): ExternalSecretBody
}

/** Key list of a Secret that copies every key of the remote JSON: the names are unknown until run time. */
export const ALL_KEYS = '*'

/** `namespacesecretkeyname`: read by the kinds whose single key the user names. */
export const SECRET_KEY_FIELD: KindField = {
  key: 'namespacesecretkeyname',
  isSet: present,
  required: 'the key inside the Secret',
  ignoredOn: (label) => `on ${withArticle(label)} entry (its keys are fixed by the kind)`
}

/** A non-empty string: how `type` and `property` count as set. */
export function isText(v: unknown): v is string {
  return typeof v === 'string' && v !== ''
}
