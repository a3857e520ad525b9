import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { kubeconfigCredentials } from '../kube/credentials.js'
import { parseSettings, type Settings } from './settings.js'

/**
 * The one place that reads action inputs. Every input goes through
 * `parseSettings`, which applies defaults and validation; the token and
 * every credential of a kubeconfig given as content are masked before
 * anything could print them.
 */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const settings = parseSettings((name) => core.getInput(name), {
    runnerTemp: env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir()
  })
  if (settings.token !== '') core.setSecret(settings.token)
  if (settings.kubeconfig?.kind === 'content') for (const c of kubeconfigCredentials(settings.kubeconfig.text)) core.setSecret(c)
  return settings
}
