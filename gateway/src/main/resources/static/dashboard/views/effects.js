// CTR and CVR by angle for each category, and the angle the figures favour now.
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { chart, el, failure, percent, show, table } from '../dom.js';

function category(insight) {
	const angles = insight.angles;
	// The bandit draws each angle's click-through rate from a Beta posterior; the angle
	// with the highest smoothed rate, (clicks + 1) / (impressions + 2), is the one its
	// draws favour most often.
	const favoured = [...angles].sort((a, b) =>
		(b.clicks + 1) / (b.impressions + 2) - (a.clicks + 1) / (a.impressions + 2))[0];
	return el('div', { class: 'card', 'data-category': insight.category },
		el('h2', {}, `${t('effects.category')}: ${insight.category}`),
		favoured ? el('p', {}, `${t('effects.choice')}: `, el('strong', {}, favoured.label ?? favoured.angle)) : null,
		chart({
			legend: {},
			grid: { left: 48, right: 16, top: 36, bottom: 24 },
			xAxis: { type: 'category', data: angles.map((a) => a.label ?? a.angle) },
			yAxis: { type: 'value', axisLabel: { formatter: (value) => `${(100 * value).toFixed(1)}%` } },
			series: [{ name: t('effects.ctr'), type: 'bar', data: angles.map((a) => a.ctr) },
				{ name: t('effects.cvr'), type: 'bar', data: angles.map((a) => a.cvr) }],
		}),
		table([[t('col.angle'), (a) => a.label ?? a.angle], [t('col.channel'), (a) => a.channel],
			['impressions', (a) => String(a.impressions)], ['clicks', (a) => String(a.clicks)],
			['conversions', (a) => String(a.conversions)], [t('effects.ctr'), (a) => percent(a.ctr)],
			[t('effects.cvr'), (a) => percent(a.cvr)]], angles));
}

export async function render(view) {
	try {
		const { categories } = await getJson('/api/v1/insights');
		if (categories.length === 0) {
			show(view, el('p', { class: 'hint' }, t('effects.none')));
			return;
		}
		const insights = await Promise.all(categories.map((name) =>
			getJson(`/api/v1/insights?category=${encodeURIComponent(name)}`)));
		show(view, el('div', { class: 'grid' }, insights.map(category)));
	}
	catch (error) {
		show(view, failure(error));
	}
}
