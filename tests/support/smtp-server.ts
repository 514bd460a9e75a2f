import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	from: string;
	to: string[];
	raw: string;
}

/** A real SMTP server on loopback (port 0) that keeps every message; `reject` answers RCPT with a code. */
export async function startSmtpServer(opts: { reject?: (address: string) => number | null } = {}) {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onRcptTo(address, _session, callback) {
			const code = opts.reject?.(address.address);
			if (code) return callback(Object.assign(new Error('refused'), { responseCode: code }));
			callback();
		},
		onData(stream, session, callback) {
			let raw = '';
			stream.on('data', (chunk) => (raw += chunk.toString()));
			stream.on('end', () => {
				received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as { port: number }).port;
	return {
		received,
		port,
		url: `smtp://127.0.0.1:${port}`,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}
