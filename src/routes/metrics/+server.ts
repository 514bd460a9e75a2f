import { metricsAccess, renderMetrics } from '#lib/server/metrics/collect';

/** Prometheus metrics: METRICS_TOKEN as a bearer token, or (outside production, without it) loopback only. */
export const GET = async ({ request, getClientAddress }) => {
	const access = metricsAccess(request.headers, getClientAddress());
	if (access === 'unauthorised') return new Response('unauthorised\n', { status: 401, headers: { 'www-authenticate': 'Bearer', 'cache-control': 'no-store' } });
	if (access === 'hidden') return new Response('Not found\n', { status: 404, headers: { 'cache-control': 'no-store' } });
	const { body, contentType } = await renderMetrics();
	return new Response(body, { headers: { 'content-type': contentType, 'cache-control': 'no-store' } });
};
