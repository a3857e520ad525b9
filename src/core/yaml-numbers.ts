/** Plain scalars the YAML 1.2 core schema reads as numbers (the same patterns as the `yaml` package's core tags). */
export const CORE_NUMBER = new RegExp(
  `^(?:${[
    '[-+]?[0-9]+',
    '0o[0-7]+',
    '0x[0-9a-fA-F]+',
    '[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?',
    '[-+]?\\.(?:inf|Inf|INF)',
    '\\.(?:nan|NaN|NAN)'
  ].join('|')})$`
)

/**
 * The numbers the quick readers take: decimal integers of up to 15 digits,
 * which js-yaml and the `yaml` Document turn into the same JavaScript number.
 * Other numbers (floats, hex, octal) part the readers at the edges, such as
 * `1e400`, and values files have no use for them: the readers decline them.
 */
export const SAFE_INTEGER = /^-?(?:0|[1-9][0-9]{0,14})$/
