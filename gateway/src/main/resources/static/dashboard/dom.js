// Small helpers to build the views' elements and charts.
import * as echarts from '/webjars/echarts/dist/echarts.esm.min.js';

/** An element with attributes (on* are listeners) and children (strings become text). */
export function el(tag, attributes = {}, ...children) {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === null || value === false) {
			continue;
		}
		if (name.startsWith('on')) {
			element.addEventListener(name.slice(2), value);
		}
		else {
			element.setAttribute(name, value === true ? '' : value);
		}
	}
	element.append(...children.flat().filter((child) => child !== null && child !== undefined));
	return element;
}

/** A table of rows, one column per [heading, value(row)] pair. */
export function table(columns, rows, attributes = {}) {
	return el('table', attributes,
		el('thead', {}, el('tr', {}, columns.map(([heading]) => el('th', {}, heading)))),
		el('tbody', {}, rows.map((row) => el('tr', {}, columns.map(([, value]) => el('td', {}, value(row) ?? ''))))));
}

export function time(value) {
	return value ? new Date(value).toLocaleString() : '';
}

export function percent(value) {
	return `${(100 * (value ?? 0)).toFixed(2)}%`;
}

/** Replaces the content of a view with the given children. */
export function show(view, ...children) {
	view.replaceChildren(...children.flat());
}

/** A message naming a failed call. */
export function failure(error) {
	return el('p', { class: 'error', role: 'alert' }, String(error.message ?? error));
}

/** An ECharts chart in a new box; it is disposed of when the box leaves the page. */
export function chart(option, attributes = {}) {
	const box = el('div', { class: 'chart', ...attributes });
	requestAnimationFrame(() => {
		const instance = echarts.init(box, null, { renderer: 'canvas' });
		instance.setOption({ animation: false, tooltip: { trigger: 'axis' }, ...option });
		const observer = new MutationObserver(() => {
			if (!box.isConnected) {
				instance.dispose();
				observer.disconnect();
			}
		});
		observer.observe(document.body, { childList: true, subtree: true });
	});
	return box;
}
