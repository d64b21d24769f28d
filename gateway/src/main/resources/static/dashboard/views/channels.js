// The channels and the publications of the latest requirements, with delivery state.
import { getJson } from '../api.js';
import { t } from '../i18n.js';
import { el, failure, show, table, time } from '../dom.js';

export async function render(view) {
	try {
		const [channels, { requirements }] = await Promise.all([getJson('/api/v1/channels'),
			getJson('/api/v1/requirements?limit=10')]);
		const publications = (await Promise.all(requirements.map((requirement) =>
			getJson(`/api/v1/publications?requirementId=${requirement.requirementId}`)
				.then((list) => list.map((publication) => ({ ...publication, title: requirement.title })))))).flat();
		show(view,
			el('div', { class: 'card' }, el('h2', {}, t('channels.catalog')),
				table([['id', (c) => c.id], [t('col.kind'), (c) => c.kind]], channels, { id: 'channels' })),
			el('div', { class: 'card' }, el('h2', {}, t('channels.publications')),
				table([[t('col.title'), (p) => p.title], [t('col.asset'), (p) => p.assetId.slice(0, 8)],
					[t('col.channel'), (p) => p.channel],
					[t('col.status'), (p) => el('span', { class: `badge ${p.status}` }, p.status)],
					[t('col.attempts'), (p) => String(p.attempts)], [t('col.location'), (p) => p.location ?? ''],
					[t('col.error'), (p) => p.lastError ?? ''], [t('col.time'), (p) => time(p.publishedAt ?? p.createdAt)]],
				publications, { id: 'publications' })));
	}
	catch (error) {
		show(view, failure(error));
	}
}
