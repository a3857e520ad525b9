/**
 * Module layering checks that ESLint's import-x/no-cycle cannot make: it
 * skips type-only imports, and a cycle through a type is still two modules
 * that cannot be understood one without the other. `npm run lint` runs both.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must form a tree; type-only imports count.',
      from: {},
      to: { circular: true }
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment: 'The core (parse, lint, render, diff, format) never touches @actions/*, the network or the disk.',
      from: { path: '^src/core/' },
      to: {
        path: '^(node_modules/@actions/|node_modules/@octokit/|node_modules/@kubernetes/|node_modules/@azure/|node_modules/@aws-sdk/)|^(node:)?(fs|fs/promises|child_process|net|http|https|tls|dgram)$',
        dependencyTypesNot: ['type-only']
      }
    },
    {
      name: 'core-does-not-import-shells',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { path: '^src/(?!core/)' }
    },
    {
      name: 'one-github-client',
      severity: 'error',
      comment: 'Octokit is built in one place (retry, throttling, request count); everything else uses the GitHubApi port.',
      from: { path: '^src/', pathNot: '^src/github/client\\.ts$' },
      to: { path: '^node_modules/(@actions/github|@octokit)/' }
    },
    {
      name: 'one-process-funnel',
      severity: 'error',
      comment:
        'Child processes start in the wrapper of their outside system only (git: src/git/git.ts), where timeouts, ' +
        'environment and credentials are handled once. A new wrapper adds its own file here.',
      from: { path: '^src/', pathNot: '^src/git/git\\.ts$' },
      to: { path: '^(node:)?child_process$' }
    }
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js', '.json']
    }
  }
}
