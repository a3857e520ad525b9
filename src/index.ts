import { run } from './action/main.js'

// The action entry point (bundled to dist/index.js); run() never throws.
void run()
