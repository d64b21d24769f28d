// Every asset of the latest requirements: its renditions, verdict, findings, and the
// labels its files carry (checked by the verification API).
import { blob, getJson, objectUrl, postForm } from '../api.js';
import { t } from '../i18n.js';
import { el, failure, show, table, time } from '../dom.js';

/** The most thumbnails loaded at once: each is one call under the credential's rate. */
const THUMBNAILS = 24;

function renditionLinks(asset) {
	return Object.entries(asset.links).filter(([name]) => name !== 'self');
}

function firstImage(asset) {
	return renditionLinks(asset).find(([name]) => /\.(png|jpe?g|webp)$/i.test(name));
}

function findings(list) {
	return table([[t('col.stage'), (f) => f.stage], ['code', (f) => f.code], [t('col.detail'), (f) => f.detail]],
		list, { class: 'findings' });
}

async function labels(path) {
	try {
		const form = new FormData();
		form.append('file', await blob(path), path.split('/').pop());
		const verification = await postForm('/api/v1/verifications', form);
		return el('pre', { id: 'labels' }, JSON.stringify(verification, null, 2));
	}
	catch (error) {
		return failure(error);
	}
}

async function open(asset) {
	const dialog = el('dialog', { id: 'asset-detail', 'data-asset': asset.assetId });
	document.body.append(dialog);
	dialog.addEventListener('close', () => dialog.remove());
	const image = firstImage(asset);
	const [details, inspection] = await Promise.all([
		getJson(`/api/v1/assets/${asset.assetId}`).catch((error) => ({ error })),
		getJson(`/api/v1/inspections/${asset.assetId}`).catch(() => null),
	]);
	const picture = image ? el('img', { alt: image[0], id: 'asset-image' }) : null;
	if (picture) {
		objectUrl(image[1]).then((url) => { picture.src = url; }).catch(() => {});
	}
	const renditions = details.asset?.renditions ?? [];
	dialog.append(
		el('h2', {}, details.asset?.headline ?? asset.assetId),
		el('p', {}, `${t('gallery.verdict')}: `, el('span', { class: `badge ${asset.status}`, id: 'asset-verdict' },
			asset.status), inspection?.qualityScore != null ? ` · Q ${inspection.qualityScore}` : ''),
		el('div', { class: 'pair' }, el('div', {}, picture),
			el('div', {},
				el('h3', {}, t('gallery.findings')), findings(inspection?.findings ?? asset.findings),
				el('h3', {}, t('gallery.publications')),
				table([[t('col.channel'), (p) => p.channel], [t('col.status'), (p) => p.outcome],
					[t('col.location'), (p) => p.location ?? p.reason ?? '']], asset.publications))),
		el('h3', {}, t('gallery.renditions')),
		table([['name', (r) => el('a', { href: '#gallery', onclick: async (e) => {
			e.preventDefault();
			window.open(await objectUrl(`/api/v1/assets/${asset.assetId}/renditions/${r.name}`), '_blank');
		} }, r.name)], [t('col.kind'), (r) => r.kind], ['size', (r) => (r.width > 0 ? `${r.width}×${r.height}` : '')],
		['bytes', (r) => String(r.bytes)], [t('col.channel'), (r) => r.channels.join(', ')]], renditions),
		el('h3', {}, t('gallery.labels')),
		image ? await labels(image[1]) : el('p', { class: 'hint' }, '—'),
		el('form', { method: 'dialog' }, el('button', { id: 'close-asset' }, t('gallery.close'))));
	dialog.showModal();
}

export async function render(view) {
	try {
		const { requirements } = await getJson('/api/v1/requirements?limit=20');
		const assets = requirements.flatMap((requirement) => requirement.assets
			.map((asset) => ({ ...asset, title: requirement.title })));
		if (assets.length === 0) {
			show(view, el('p', { class: 'hint' }, t('gallery.none')));
			return;
		}
		show(view, el('div', { class: 'tiles', id: 'gallery' }, assets.map((asset, index) => {
			const image = firstImage(asset);
			const picture = el('img', { alt: asset.angle });
			if (image && index < THUMBNAILS) {
				objectUrl(image[1]).then((url) => { picture.src = url; }).catch(() => {});
			}
			return el('div', { class: 'tile', 'data-asset': asset.assetId, onclick: () => open(asset).catch(() => {}) },
				picture,
				el('div', {}, el('span', { class: `badge ${asset.status}` }, asset.status), ' ', asset.angle),
				el('div', { class: 'hint' }, asset.title, ' · ', time(asset.producedAt)),
				asset.findings.length > 0 ? el('div', { class: 'hint' }, asset.findings.map((f) => f.code).join(', ')) : null);
		})));
	}
	catch (error) {
		show(view, failure(error));
	}
}
