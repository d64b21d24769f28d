// The dead letters of a topic, each with its failure, and re-drive.
import { getJson, postJson } from '../api.js';
import { t } from '../i18n.js';
import { el, failure, show, table, time } from '../dom.js';

const TOPICS = ['aigc.requirement.v1', 'aigc.concept.v1', 'aigc.asset.v1', 'aigc.inspection.v1',
	'aigc.publication.v1', 'aigc.feedback.v1', 'aigc.insight.v1', 'aigc.failure.v1', 'aigc.video.v1'];

export async function render(view) {
	const picker = el('select', { id: 'dead-letter-topic' }, TOPICS.map((topic) => el('option', { value: topic }, topic)));
	const list = el('div');
	const load = async () => {
		try {
			const letters = await getJson(`/api/v1/dead-letters?topic=${encodeURIComponent(picker.value)}`);
			list.replaceChildren(letters.length === 0 ? el('p', { class: 'hint' }, t('deadLetters.none'))
				: table([[t('col.offset'), (d) => `${d.partition}/${d.offset}`], [t('col.key'), (d) => d.key ?? ''],
					[t('col.time'), (d) => time(d.timestamp)],
					[t('col.error'), (d) => Object.entries(d.headers).find(([name]) => name.endsWith('exception-message'))?.[1] ?? ''],
					[t('col.preview'), (d) => d.preview],
					['', (d) => d.redrivenAt ? `${t('deadLetters.redriven')} ${time(d.redrivenAt)}`
						: el('button', { type: 'button', onclick: async () => {
							await postJson(`/api/v1/dead-letters/${d.topic}/${d.partition}/${d.offset}/redrive`)
								.catch((error) => list.prepend(failure(error)));
							load();
						} }, t('deadLetters.redrive'))]], letters, { id: 'dead-letters' }));
		}
		catch (error) {
			list.replaceChildren(error.status === 403 ? el('p', { class: 'hint' }, t('deadLetters.denied')) : failure(error));
		}
	};
	picker.addEventListener('change', load);
	show(view, el('div', { class: 'card' }, el('h2', {}, t('nav.deadLetters')), el('p', {}, picker), list));
	await load();
}
