// A sending process for crash tests: a dispatcher with SMS over SMPP to SMSC_URL, killed from outside.
const { getDb } = await import('../../src/lib/server/db/client');
const { Dispatcher } = await import('../../src/lib/server/channels/dispatcher');
const { SmppAdapter } = await import('../../src/lib/server/channels/adapters/smpp.adapter');

const d = new Dispatcher(getDb(), {
	adapters: { sms: new SmppAdapter({ url: process.env.SMSC_URL!, source: 'Sapar', window: 10, ratePerSecond: Number(process.env.RATE ?? 200) }) },
	window: Number(process.env.WINDOW ?? 20),
	claimBatch: Number(process.env.WINDOW ?? 20),
	pollMs: 50,
	flushMs: 10
});
await d.start();
process.send?.('started');
