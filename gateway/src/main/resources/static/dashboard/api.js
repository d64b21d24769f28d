// The public API, called with the operator's credential (kept for this tab only).
const CREDENTIAL = 'aigc.dashboard.credential';

export function credential() {
	return sessionStorage.getItem(CREDENTIAL);
}

export function signIn(value) {
	sessionStorage.setItem(CREDENTIAL, value.trim());
}

export function signOut() {
	sessionStorage.removeItem(CREDENTIAL);
}

/** A failed call: its HTTP status and the problem document's detail. */
export class ApiError extends Error {
	constructor(status, problem) {
		const field = problem?.errors?.[0]?.field;
		super(`${status}: ${problem?.detail ?? problem?.title ?? 'request failed'}${field ? ` (${field})` : ''}`);
		this.status = status;
		this.problem = problem;
	}
}

async function call(path, options = {}) {
	const headers = new Headers(options.headers ?? {});
	headers.set('Authorization', `Bearer ${credential()}`);
	const response = await fetch(path, { ...options, headers });
	if (!response.ok) {
		let problem = null;
		try {
			problem = await response.json();
		}
		catch {
			// not a problem document
		}
		throw new ApiError(response.status, problem);
	}
	return response;
}

export async function getJson(path) {
	return (await call(path)).json();
}

export async function postJson(path, body) {
	const response = await call(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body: JSON.stringify(body ?? {}),
	});
	return response.status === 204 ? null : response.json();
}

export async function postForm(path, form) {
	return (await call(path, { method: 'POST', body: form })).json();
}

/** A file behind the API as a Blob. */
export async function blob(path) {
	return (await call(path)).blob();
}

/** A file behind the API as an object URL (an <img> cannot send the credential itself). */
export async function objectUrl(path) {
	return URL.createObjectURL(await (await call(path)).blob());
}

/**
 * Follows a server-sent event stream (EventSource cannot send the credential): calls
 * onEvent(name, data) per event until the stream ends or signal aborts.
 */
export async function follow(path, onEvent, signal) {
	const response = await call(path, { headers: { Accept: 'text/event-stream' }, signal });
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			return;
		}
		buffer += value.replaceAll('\r\n', '\n');
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			let name = 'message';
			const data = [];
			for (const line of block.split('\n')) {
				if (line.startsWith('event:')) {
					name = line.slice(6).trim();
				}
				else if (line.startsWith('data:')) {
					data.push(line.slice(5).replace(/^ /, ''));
				}
			}
			if (data.length > 0) {
				onEvent(name, data.join('\n'));
			}
		}
	}
}
