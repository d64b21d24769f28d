// Throughput per stage, the funnel, rejection reasons, failures by stage and queue lag.
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { chart, el, failure, show, table } from '../dom.js';

function card(title, ...content) {
	return el('div', { class: 'card' }, el('h2', {}, title), ...content);
}

function throughputChart(overview) {
	const buckets = Object.values(overview.throughput)[0]?.length ?? 0;
	const since = new Date(overview.since).getTime();
	const labels = Array.from({ length: buckets }, (_, i) =>
		new Date(since + i * overview.bucketSeconds * 1000).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }));
	return chart({
		legend: {},
		grid: { left: 40, right: 16, top: 36, bottom: 24 },
		xAxis: { type: 'category', data: labels },
		yAxis: { type: 'value', minInterval: 1 },
		series: Object.entries(overview.throughput).map(([stage, counts]) => ({
			name: t(`stage.${stage}`), type: 'line', data: counts, showSymbol: false,
		})),
	}, { id: 'chart-throughput' });
}

function funnelChart(overview) {
	return chart({
		tooltip: { trigger: 'item' },
		series: [{
			type: 'funnel', sort: 'none', left: '10%', width: '80%', minSize: '10%',
			label: { position: 'inside', formatter: '{b}: {c}' },
			data: Object.entries(overview.funnel).map(([stage, count]) => ({ name: t(`funnel.${stage}`), value: count })),
		}],
	}, { id: 'chart-funnel' });
}

function barChart(id, counts) {
	const entries = Object.entries(counts);
	if (entries.length === 0) {
		return el('p', { class: 'hint', id }, t('overview.none'));
	}
	return chart({
		grid: { left: 160, right: 16, top: 8, bottom: 24 },
		xAxis: { type: 'value', minInterval: 1 },
		yAxis: { type: 'category', data: entries.map(([name]) => name), inverse: true },
		series: [{ type: 'bar', data: entries.map(([, count]) => count) }],
	}, { id });
}

async function lagCard() {
	try {
		const lag = await getJson('/api/v1/queues');
		const rows = Object.entries(lag.groups)
			.flatMap(([group, topics]) => Object.entries(topics).map(([topic, behind]) => ({ group, topic, behind })));
		return card(t('overview.lag'), table([['group', (row) => row.group], [t('col.topic'), (row) => row.topic],
			['lag', (row) => String(row.behind)]], rows, { id: 'queue-lag' }));
	}
	catch (error) {
		return card(t('overview.lag'), el('p', { class: 'hint' }, error.status === 403 ? t('overview.lagDenied') : error.message));
	}
}

export async function render(view) {
	const draw = async () => {
		try {
			const [overview, lag] = await Promise.all([getJson('/api/v1/overview'), lagCard()]);
			show(view, el('div', { class: 'grid' },
				card(t('overview.throughput'), throughputChart(overview)),
				card(t('overview.funnel'), funnelChart(overview)),
				card(t('overview.rejections'), barChart('chart-rejections', overview.rejections)),
				card(t('overview.failures'), barChart('chart-failures', overview.failures)),
				lag));
		}
		catch (error) {
			show(view, failure(error));
		}
	};
	await draw();
	const timer = setInterval(draw, 15000);
	return () => clearInterval(timer);
}
