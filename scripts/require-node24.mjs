// The action runs on GitHub's node24 runtime, so tests must too. npm puts
// node_modules/.bin first on PATH, where the `node` dev dependency installs
// the Node 24 binary; this guard fails loudly if that ever stops being true.
const major = Number(process.versions.node.split('.')[0])
if (major !== 24) {
  console.error(
    `Tests must run under Node 24 (the action's runtime); this is Node ` +
      `${process.versions.node}. Run them through npm (npm test), which uses the node dev dependency.`
  )
  process.exit(1)
}
