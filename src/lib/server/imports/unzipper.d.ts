// The part of unzipper (exceljs's own zip reader) that the import's first pass uses.
declare module 'unzipper' {
	import type { Duplex, Readable } from 'node:stream';
	export interface Entry extends Readable {
		path: string;
		type: 'File' | 'Directory';
		autodrain(): { promise(): Promise<void> };
	}
	export function Parse(options?: { forceStream?: boolean }): Duplex;
	const unzipper: { Parse: typeof Parse };
	export default unzipper;
}
