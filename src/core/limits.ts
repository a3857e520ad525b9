/**
 * Every dimension of a values file has a bound, so a hostile pull request can
 * neither exhaust memory nor keep lint busy. The numbers leave room: the
 * benchmark's 10,000-entry file (2.2 MB, about 175,000 YAML nodes) passes
 * them all. A file over a limit gets one `limit-exceeded` finding (or
 * `yaml-alias-bomb` for aliases) that names the limit, and is not read further.
 */
export const LIMITS = {
  /** Bytes of one values file; a shell never reads more than this. */
  fileBytes: 16 * 1024 * 1024,
  /** YAML nodes written in the file (scalars, collections, aliases). */
  nodes: 250_000,
  /** Nodes the file expands to once aliases and merge keys are resolved. */
  expandedNodes: 1_000_000,
  /** Nesting of mappings and lists, aliases included. */
  depth: 64,
  /** Keys of one mapping. */
  keysPerMapping: 1_000,
  /** Items of one list (the `externalsecrets` entries among them). */
  itemsPerList: 20_000,
  /** Characters of one key or string value. */
  stringLength: 16 * 1024,
  /** Labels of one entry or one selector. */
  labels: 100,
  /** Namespace names, regexes and selectors in the conditions of one store. */
  conditionItems: 100,
  /**
   * RE2 instructions one store condition regex may compile to, estimated from
   * its text before compiling. RE2 itself accepts about 1.4 million (a 16 KB
   * pattern of repeats: 1.2 s and 100 MB to compile); a namespace name has at
   * most 63 characters, so a real pattern needs a few hundred.
   */
  regexInstructions: 10_000,
  /** The same estimate summed over every distinct condition regex of one run (all files). */
  regexInstructionsPerRun: 100_000
} as const
