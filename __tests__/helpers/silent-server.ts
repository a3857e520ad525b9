import { createServer, type Socket } from 'node:net'

/**
 * A TCP server that accepts every connection, reads what the client sends and
 * never answers: an API or git remote behind a stuck proxy. Tests use it to
 * prove that every wait has a deadline.
 */
export interface SilentServer {
  /** http://127.0.0.1:PORT */
  url: string
  port: number
  /** Connections accepted so far. */
  connections(): number
  /** Bytes received so far (a client that never sends its request is stuck before the server is). */
  bytesReceived(): number
  close(): Promise<void>
}

export async function startSilentServer(): Promise<SilentServer> {
  const sockets = new Set<Socket>()
  let accepted = 0
  let received = 0
  const server = createServer((socket) => {
    accepted++
    sockets.add(socket)
    socket.on('data', (chunk: Buffer) => (received += chunk.length))
    socket.on('error', () => undefined)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('server has no TCP address')
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    connections: () => accepted,
    bytesReceived: () => received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      })
  }
}
