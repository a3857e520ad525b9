import * as core from '@actions/core'
import { tmpdir } from 'node:os'
import { parseSettings, type Settings } from './settings.js'

/**
 * The one place that reads action inputs. Every input goes through
 * `parseSettings`, which applies defaults and validation; the token is masked
 * before anything could print it.
 */
export function getSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const settings = parseSettings((name) => core.getInput(name), {
    runnerTemp: env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : tmpdir()
  })
  if (settings.token !== '') core.setSecret(settings.token)
  return settings
}
