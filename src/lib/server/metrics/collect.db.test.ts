import { describe, expect, it } from 'vitest';
import { getQueue } from '../jobs/queue';
import { renderMetrics } from './collect';
import { metrics } from './registry';

describe('/metrics content', () => {
	it('reports request durations by route, the pool, the database, job queues and messages', async () => {
		await getQueue();
		metrics().httpDuration.observe({ method: 'GET', route: '/[lang=lang]/help', status: '200' }, 0.012);
		const { body, contentType } = await renderMetrics();
		expect(contentType).toMatch(/^text\/plain/);
		expect(body).toMatch(/sapar_http_request_duration_seconds_bucket\{le="0\.025",method="GET",route="\/\[lang=lang\]\/help",status="200"\} 1/);
		expect(body).toMatch(/sapar_db_pool_connections\{state="total"\} \d+/);
		expect(body).toMatch(/sapar_database_up 1/);
		expect(body).toContain('# TYPE sapar_jobs gauge');
		expect(body).toContain('# TYPE sapar_messages gauge');
		expect(body).toContain('sapar_jobs_failed_total');
		expect(body).toContain('# TYPE sapar_page_cache_requests_total counter');
		expect(body).toContain('sapar_process_resident_memory_bytes');
	});
});
