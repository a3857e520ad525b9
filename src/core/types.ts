/**
 * Severity of a lint finding. Errors block render, publish and comments;
 * warnings do not; an info is a note that needs no action (it never fails a
 * run and is not counted as a warning).
 */
export type Severity = 'error' | 'warning' | 'info'

/** A 1-based place in a source file. */
export interface Position {
  line: number
  column: number
}

/**
 * One problem found in a values file. Errors are data with a location, never
 * exceptions: every layer returns findings and the shells decide what to do.
 */
export interface Finding {
  file: string
  line: number
  column: number
  severity: Severity
  /** Stable kebab-case id, documented in docs/lint-rules.md. */
  rule: string
  message: string
  /**
   * The exact correction, when the rule knows it (a did-you-mean key or
   * store name, the required TLS key name): the whole text of line `line`
   * with the mistake replaced. Shells turn it into a one-click suggestion.
   */
  fix?: Fix
}

/** A replacement for one source line. */
export interface Fix {
  /** 1-based line the replacement is for (the finding's line). */
  line: number
  /** The new text of that line, without its line break. */
  text: string
}

/**
 * Something lint found an error in and the diff therefore leaves out of
 * every comparison: one entry of `externalsecrets`, one store, or a whole
 * file (it does not parse, or the error is outside any entry or store).
 * The place and rule are those of the first error in it.
 */
export interface InvalidItem {
  file: string
  line: number
  column: number
  scope: 'file' | 'entry' | 'store'
  /** For an entry: its ClusterExternalSecret name when it has a usable one, else null. */
  externalSecret: string | null
  /** For a store: its name (the default name when it sets none). */
  store: string | null
  /** For an entry: its index in `externalsecrets`. */
  index: number | null
  rule: string
  message: string
}

/** A values file as the shells hand it to the core: a name and its text. */
export interface SourceFile {
  /** Path as the user wrote it; used verbatim in findings. */
  name: string
  text: string
  /**
   * Set by a shell that refused to read the file (a link out of the
   * workspace or into .git, a device, a file over the size limit): the
   * finding says why, and `text` is empty and never looked at.
   */
  refused?: { rule: 'unsafe-file' | 'limit-exceeded'; reason: string }
}

/** A path into the parsed values, e.g. ['externalsecrets', 3, 'namespace']. */
export type ValuePath = ReadonlyArray<string | number>
