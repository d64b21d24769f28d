// Submit a product; the tenant's latest requirements; one requirement's live progress
// (server-sent events) with its failures named by stage, and retry.
import { follow, getJson, postJson } from '../api.js';
import { t } from '../i18n.js';
import { el, failure, show, table, time } from '../dom.js';

const SAMPLE = {
	sku: 'AUD-1001', title: '声悦 Pro 主动降噪蓝牙耳机', brand: '声悦', category: '数码/耳机', price: '299',
	sellingPoints: '40dB 主动降噪\n30 小时长续航\n蓝牙 5.3 低延迟', audience: '通勤上班族',
	description: '入耳式设计，佩戴稳固，通话降噪清晰。', channels: 'taobao, jd', variantCount: '1',
};

function field(name, key, value, multiline = false) {
	const input = multiline
		? el('textarea', { name, rows: 3 }, value)
		: el('input', { name, value });
	return [el('label', { for: `product-${name}` }, t(key)), Object.assign(input, { id: `product-${name}` })];
}

function productForm(onAccepted) {
	const message = el('p', { id: 'submit-result', role: 'status' });
	const form = el('form', { class: 'product', id: 'product-form' },
		field('sku', 'submit.sku', SAMPLE.sku),
		field('title', 'submit.productTitle', SAMPLE.title),
		field('brand', 'submit.brand', SAMPLE.brand),
		field('category', 'submit.category', SAMPLE.category),
		field('price', 'submit.price', SAMPLE.price),
		field('sellingPoints', 'submit.sellingPoints', SAMPLE.sellingPoints, true),
		field('audience', 'submit.audience', SAMPLE.audience),
		field('description', 'submit.description', SAMPLE.description, true),
		field('channels', 'submit.channels', SAMPLE.channels),
		field('variantCount', 'submit.variants', SAMPLE.variantCount),
		el('span'), el('button', { type: 'submit', class: 'primary', id: 'submit-product' }, t('submit.send')));
	form.addEventListener('submit', async (event) => {
		event.preventDefault();
		const data = new FormData(form);
		const list = (value, separator) => String(value).split(separator).map((item) => item.trim()).filter(Boolean);
		const product = {
			sku: data.get('sku'), title: data.get('title'), brand: data.get('brand'), category: data.get('category'),
			price: Number(data.get('price')), sellingPoints: list(data.get('sellingPoints'), '\n'),
			audience: data.get('audience'), description: data.get('description'),
			channels: list(data.get('channels'), ','), variantCount: Number(data.get('variantCount')),
		};
		try {
			const accepted = await postJson('/api/v1/requirements', product);
			message.className = '';
			message.textContent = `${t('submit.accepted')}: ${accepted.requirementId}`;
			onAccepted(accepted.requirementId);
		}
		catch (error) {
			message.className = 'error';
			message.textContent = error.message;
		}
	});
	return el('div', { class: 'card' }, el('h2', {}, t('submit.title')), form, message);
}

function stages(progress) {
	const s = progress.stages;
	const stage = (key, count, done, failed = false) => el('span',
		{ class: `stage${done ? ' done' : ''}${failed ? ' failed' : ''}`, 'data-stage': key }, `${t(`stage.${key}`)} ${count}`);
	const inspected = s.approved + s.rejected;
	return el('div', { class: 'stages' },
		stage('written', s.concepts, s.concepts > 0),
		stage('produced', s.produced, s.produced > 0),
		stage('inspected', `${inspected} (✓${s.approved} ✗${s.rejected} ?${s.inReview})`, inspected > 0),
		stage('published', s.published, s.published > 0, s.publicationFailures > 0),
		s.failed > 0 ? el('span', { class: 'stage failed' }, `${t('requirements.failures')} ${s.failed}`) : null);
}

function detail(progress, onRetry) {
	const failures = progress.failures.length === 0 ? null : el('div', {},
		el('h3', {}, t('requirements.failures')),
		table([[t('col.stage'), (f) => f.stage], [t('col.reason'), (f) => f.reason], [t('col.detail'), (f) => f.detail],
			[t('col.attempts'), (f) => String(f.attempts)], [t('col.time'), (f) => time(f.failedAt)]],
		progress.failures, { id: 'failures' }),
		progress.links.retry ? el('button', { type: 'button', onclick: onRetry }, t('requirements.retry')) : null);
	return el('div', { id: 'progress', 'data-requirement': progress.requirementId, 'data-status': progress.status,
		'data-settled': String(progress.settled) },
	el('p', {}, el('strong', {}, progress.title), ' ', el('span', { class: `badge ${progress.status}`, id: 'progress-status' },
		progress.status)),
	stages(progress), failures);
}

export async function render(view) {
	const live = el('div', { class: 'card' }, el('h2', {}, t('requirements.live')), el('p', { class: 'hint' }, '—'));
	const latest = el('div', { class: 'card' }, el('h2', {}, t('requirements.latest')));
	let following = null;

	const refreshLatest = async () => {
		try {
			const { requirements } = await getJson('/api/v1/requirements?limit=20');
			latest.replaceChildren(el('h2', {}, t('requirements.latest')), requirements.length === 0
				? el('p', { class: 'hint' }, t('requirements.none'))
				: table([
					[t('col.title'), (r) => el('a', { href: '#requirements', onclick: (e) => { e.preventDefault(); watch(r.requirementId); } }, r.title)],
					[t('col.status'), (r) => el('span', { class: `badge ${r.status}` }, r.status)],
					[t('col.stage'), (r) => stages(r)],
					[t('col.accepted'), (r) => time(r.acceptedAt)]], requirements, { id: 'requirements' }));
		}
		catch (error) {
			latest.replaceChildren(failure(error));
		}
	};

	const watch = (id) => {
		following?.abort();
		const controller = new AbortController();
		following = controller;
		const retry = async () => {
			try {
				await postJson(`/api/v1/requirements/${id}/retry`);
			}
			catch (error) {
				live.append(failure(error));
			}
			watch(id);
		};
		(async () => {
			let settled = false;
			// The server ends each stream after a while; follow again until settled.
			while (!settled && !controller.signal.aborted) {
				try {
					await follow(`/api/v1/requirements/${id}/events`, (name, data) => {
						if (name === 'progress') {
							const progress = JSON.parse(data);
							live.replaceChildren(el('h2', {}, t('requirements.live')), detail(progress, retry));
						}
						else if (name === 'settled') {
							settled = true;
							refreshLatest();
						}
					}, controller.signal);
				}
				catch (error) {
					if (!controller.signal.aborted) {
						live.append(failure(error));
					}
					return;
				}
			}
		})();
	};

	show(view, el('div', { class: 'grid' }, productForm((id) => {
		watch(id);
		refreshLatest();
	}), live), latest);
	await refreshLatest();
	return () => following?.abort();
}
