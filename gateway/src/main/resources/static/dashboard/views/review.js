// The review queue: each open item's asset beside its findings; claim, then approve or
// reject with a reason.
import { getJson, objectUrl, postJson } from '../api.js';
import { t } from '../i18n.js';
import { el, failure, show, table, time } from '../dom.js';

const REVIEWER = 'aigc.dashboard.reviewer';

async function picture(assetId) {
	const details = await getJson(`/api/v1/assets/${assetId}`);
	const image = Object.entries(details.links).find(([name]) => /\.(png|jpe?g|webp)$/i.test(name));
	const img = el('img', { alt: details.asset.headline, id: 'review-image' });
	if (image) {
		img.src = await objectUrl(image[1]);
	}
	return el('div', {}, img, el('p', {}, details.asset.headline));
}

async function decide(item, pane, reload) {
	const reviewer = el('input', { id: 'reviewer', value: localStorage.getItem(REVIEWER) ?? 'operator' });
	const reason = el('textarea', { id: 'review-reason', rows: 3 });
	const message = el('p', { role: 'status', id: 'review-result' });
	const act = (action) => async () => {
		localStorage.setItem(REVIEWER, reviewer.value);
		try {
			const decided = await postJson(`/api/v1/reviews/${item.assetId}/${action}`,
				{ reviewer: reviewer.value, reason: reason.value || null });
			message.className = '';
			message.textContent = `${t('review.decided')}: ${decided.status}`;
			reload();
		}
		catch (error) {
			message.className = 'error';
			message.textContent = error.message;
		}
	};
	// A claim holds the item for this reviewer while they look; it fails harmlessly when
	// another reviewer holds it, and the decision then says so.
	postJson(`/api/v1/reviews/${item.assetId}/claim`, { reviewer: reviewer.value }).catch(() => {});
	let asset;
	try {
		asset = await picture(item.assetId);
	}
	catch (error) {
		asset = failure(error);
	}
	pane.replaceChildren(el('div', { class: 'pair', id: 'review-item', 'data-asset': item.assetId }, asset,
		el('div', {},
			el('h3', {}, t('review.reasons')), el('p', {}, item.reasons.join(', ')),
			table([[t('col.stage'), (f) => f.stage], ['code', (f) => f.code], [t('col.detail'), (f) => f.detail],
				['evidence', (f) => f.evidence ?? '']], item.findings),
			el('p', {}, el('label', { for: 'reviewer' }, t('review.reviewer')), ' ', reviewer),
			el('p', {}, el('label', { for: 'review-reason' }, t('review.reason'))), reason,
			el('p', {}, el('button', { type: 'button', class: 'primary', id: 'approve', onclick: act('approve') }, t('review.approve')),
				' ', el('button', { type: 'button', class: 'danger', id: 'reject', onclick: act('reject') }, t('review.reject'))),
			message)));
}

export async function render(view) {
	const pane = el('div', { class: 'card' });
	const load = async () => {
		try {
			const items = await getJson('/api/v1/reviews');
			const list = items.length === 0 ? el('p', { class: 'hint', id: 'review-empty' }, t('review.none'))
				: table([
					[t('col.asset'), (item) => el('a', { href: '#review', 'data-asset': item.assetId,
						onclick: (e) => { e.preventDefault(); decide(item, pane, load); } }, item.assetId.slice(0, 8))],
					[t('col.status'), (item) => el('span', { class: `badge ${item.status}` }, item.status)],
					[t('review.reasons'), (item) => item.reasons.join(', ')],
					[t('col.time'), (item) => time(item.createdAt)]], items, { id: 'review-queue' });
			show(view, el('div', { class: 'card' }, el('h2', {}, t('nav.review')), list), pane);
		}
		catch (error) {
			show(view, failure(error));
		}
	};
	await load();
}
