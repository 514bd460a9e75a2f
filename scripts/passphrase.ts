import { createInterface } from 'node:readline';

/** SAPAR_BACKUP_PASSPHRASE, or asked for on the terminal without echo. */
export async function passphrase(question: string): Promise<string> {
	if (process.env.SAPAR_BACKUP_PASSPHRASE) return process.env.SAPAR_BACKUP_PASSPHRASE;
	if (!process.stdin.isTTY) throw new Error('set SAPAR_BACKUP_PASSPHRASE (no terminal to ask on)');
	const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
	const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
	let asked = false;
	output._writeToOutput = (s: string) => {
		if (!asked) output.output.write(s);
	};
	return new Promise((resolve) => {
		rl.question(question, (answer) => {
			rl.close();
			process.stdout.write('\n');
			resolve(answer);
		});
		asked = true;
	});
}
