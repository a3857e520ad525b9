#!/usr/bin/env node
// The CLI is the committed bundle, so `npx secrets-injector` works from a
// clean clone after `npm ci`, without a build step.
import '../dist/cli/index.js'
