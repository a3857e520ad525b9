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
}

/** A values file as the shells hand it to the core: a name and its text. */
export interface SourceFile {
  /** Path as the user wrote it; used verbatim in findings. */
  name: string
  text: string
}

/** A path into the parsed values, e.g. ['externalsecrets', 3, 'namespace']. */
export type ValuePath = ReadonlyArray<string | number>
