// Splices the generated docs (docs/*.md, themselves generated from the JSON
// Schema, the lint rule registry and action.yml) into README.md between
// <!-- BEGIN GENERATED: docs/X.md --> and <!-- END GENERATED: docs/X.md -->.
// `--check` exits 1 when README.md is not up to date (used by the tests).
import { readFileSync, writeFileSync, existsSync } from 'node:fs'

export function spliceReadme(readme, read) {
  return readme.replace(
    /(<!-- BEGIN GENERATED: (\S+) -->\n)[\s\S]*?(<!-- END GENERATED: \2 -->)/g,
    (_m, begin, file, end) => `${begin}${shiftHeadings(read(file)).trimEnd()}\n${end}`
  )
}

// Generated docs start with a '# Title' line, which the README's own section
// heading replaces; their other headings move down under that '##' section.
function shiftHeadings(md) {
  let inFence = false
  return md
    .replace(/^# [^\n]*\n+/, '')
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence
      if (!inFence && /^#{2,5} /.test(line)) return `#${line}`
      return line
    })
    .join('\n')
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ''))
if (isMain) {
  const readme = readFileSync('README.md', 'utf8')
  const next = spliceReadme(readme, (f) => (existsSync(f) ? readFileSync(f, 'utf8') : ''))
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md is out of date: run npm run docs')
      process.exit(1)
    }
  } else writeFileSync('README.md', next)
}
