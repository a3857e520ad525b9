import { cli } from './main.js'

void cli()
