import { paraglideVitePlugin } from '@inlang/paraglide-js';
import adapter from '@sveltejs/adapter-node';
import { sveltekit } from '@sveltejs/kit/vite';
import { existsSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { sourceHash, writeStamp } from './scripts/build-stamp.ts';

/** Stamps a finished build with the hash of its sources (npm start skips a build that is current). */
function buildStamp(): Plugin {
	let hash = '';
	return {
		name: 'sapar-build-stamp',
		apply: 'build',
		config() {
			hash = sourceHash(); // the sources as the build starts reading them
		},
		// after SvelteKit's adapter, which also runs as a 'post' buildApp hook (plugins run in order)
		buildApp: {
			order: 'post',
			async handler() {
				if (hash && existsSync('build/handler.js')) writeStamp(hash);
			}
		}
	};
}

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// the locale is chosen per request in hooks.server.ts (overwriteGetLocale)
			strategy: ['globalVariable', 'baseLocale'],
			emitGitIgnore: false
		}),
		sveltekit({
			adapter: adapter({ precompress: true }),
			csp: {
				mode: 'nonce',
				directives: {
					'default-src': ['self'],
					'script-src': ['self'],
					'style-src': ['self'],
					'img-src': ['self', 'data:'],
					'font-src': ['self'],
					'connect-src': ['self'],
					'form-action': ['self'],
					'frame-ancestors': ['none'],
					'base-uri': ['self'],
					'object-src': ['none']
				}
			}
		}),
		buildStamp()
	],
	server: { fs: { allow: ['messages'] } }
});
