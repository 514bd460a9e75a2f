import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/**
 * The process's Prometheus metrics (served at /metrics, see metrics/endpoint.ts). Shared through
 * globalThis: the start script and the built app load separate copies of this module. Labels never
 * carry personal data: route ids (`/[lang=lang]/help/[ref]`), not paths.
 */
interface Metrics {
	registry: Registry;
	httpDuration: Histogram<'method' | 'route' | 'status'>;
	jobsFailed: Counter<'queue'>;
	jobsCompleted: Counter<'queue'>;
	pageCache: Counter<'result'>;
}

const KEY = Symbol.for('sapar.metrics');

function create(): Metrics {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry, prefix: 'sapar_' });
	return {
		registry,
		httpDuration: new Histogram({
			name: 'sapar_http_request_duration_seconds',
			help: 'Time to answer an HTTP request, by route id (not path), method and status',
			labelNames: ['method', 'route', 'status'],
			buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
			registers: [registry]
		}),
		jobsFailed: new Counter({
			name: 'sapar_jobs_failed_total',
			help: 'Background job attempts that failed, by queue',
			labelNames: ['queue'],
			registers: [registry]
		}),
		jobsCompleted: new Counter({
			name: 'sapar_jobs_completed_total',
			help: 'Background jobs this process ran to completion, by queue',
			labelNames: ['queue'],
			registers: [registry]
		}),
		pageCache: new Counter({
			name: 'sapar_page_cache_requests_total',
			help: 'Cacheable public page requests answered from the page cache (hit) or rendered (miss)',
			labelNames: ['result'],
			registers: [registry]
		})
	};
}

export const metrics = (): Metrics => ((globalThis as Record<symbol, unknown>)[KEY] ??= create()) as Metrics;
