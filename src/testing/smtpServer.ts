import { SMTPServer } from 'smtp-server'

export type Mail = { to: string[]; raw: string }

/**
 * A real SMTP server on a free loopback port that keeps what it receives (headers unfolded, so a long
 * Subject reads as one line), for tests of what Warta e-mails.
 */
export const startSmtp = async () => {
  const received: Mail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: raw.replace(/\r?\n[ \t]+/g, ' ') })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  return { server, port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}
