// The dashboard's shell: sign-in, language, and one view at a time by the URL's hash.
import { credential, getJson, signIn, signOut } from './api.js';
import { language, setLanguage, t, translate } from './i18n.js';
import { failure, show } from './dom.js';

const views = {
	overview: () => import('./views/overview.js'),
	requirements: () => import('./views/requirements.js'),
	gallery: () => import('./views/gallery.js'),
	review: () => import('./views/review.js'),
	channels: () => import('./views/channels.js'),
	effects: () => import('./views/effects.js'),
	'dead-letters': () => import('./views/dead-letters.js'),
};

const login = document.getElementById('login');
const nav = document.getElementById('nav');
const view = document.getElementById('view');
const signOutButton = document.getElementById('sign-out');
let leave = null;

async function route() {
	if (leave) {
		leave();
		leave = null;
	}
	const signedIn = credential() !== null;
	login.hidden = signedIn;
	nav.hidden = !signedIn;
	signOutButton.hidden = !signedIn;
	if (!signedIn) {
		show(view);
		return;
	}
	const name = views[location.hash.slice(1)] ? location.hash.slice(1) : 'overview';
	nav.querySelectorAll('a').forEach((link) => link.classList.toggle('active', link.dataset.view === name));
	view.dataset.view = name;
	view.dataset.ready = 'false';
	try {
		const module = await views[name]();
		leave = (await module.render(view)) ?? null;
	}
	catch (error) {
		show(view, failure(error));
	}
	// Marks that the view has drawn what it loaded (the browser test waits for it).
	view.dataset.ready = 'true';
}

login.addEventListener('submit', async (event) => {
	event.preventDefault();
	const error = document.getElementById('login-error');
	signIn(document.getElementById('credential').value);
	try {
		// Any read proves the credential; the overview is the first view anyway.
		await getJson('/api/v1/overview');
		error.hidden = true;
		document.getElementById('credential').value = '';
		route();
	}
	catch (failed) {
		signOut();
		error.textContent = `${t('login.failed')}: ${failed.message}`;
		error.hidden = false;
	}
});

signOutButton.addEventListener('click', () => {
	signOut();
	route();
});

document.getElementById('language').addEventListener('click', () => {
	setLanguage(language() === 'zh' ? 'en' : 'zh');
	translate();
	route();
});

window.addEventListener('hashchange', route);
setLanguage(language());
translate();
route();
