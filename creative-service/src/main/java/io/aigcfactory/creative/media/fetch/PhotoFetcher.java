package io.aigcfactory.creative.media.fetch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;

import io.aigcfactory.creative.media.MediaSettings;
import io.aigcfactory.creative.media.fetch.UrlGuard.Target;

/**
 * Downloads a photo from a merchant's URL. Redirects are followed by hand, up to a limit,
 * and every hop goes through the {@link UrlGuard} again before anything connects to it.
 */
public class PhotoFetcher {

	private final UrlGuard guard;

	private final HttpGet http;

	private final int maxRedirects;

	private final Duration deadline;

	public PhotoFetcher(UrlGuard guard, MediaSettings settings) {
		this.guard = guard;
		this.http = new HttpGet(settings.connectTimeout(), settings.readTimeout(), settings.maxBytes().toBytes());
		this.maxRedirects = settings.maxRedirects();
		this.deadline = settings.fetchDeadline();
	}

	/**
	 * The bytes at the URL.
	 * @throws FetchRefused when the URL, or a redirect, may not be fetched, or the
	 * download fails, is too large or too slow
	 */
	public byte[] fetch(String url) {
		URI current = parse(url);
		Instant until = Instant.now().plus(this.deadline);
		for (int hop = 0; hop <= this.maxRedirects; hop++) {
			Target target = this.guard.check(current);
			HttpGet.Response response;
			try {
				response = this.http.get(target, until);
			}
			catch (IOException ex) {
				throw new FetchRefused("cannot be downloaded: " + ex.getClass().getSimpleName()
						+ ((ex.getMessage() != null) ? " " + ex.getMessage() : ""), ex);
			}
			if (response.status() == 200) {
				return response.body();
			}
			String location = response.headers().get("location");
			if (response.status() >= 300 && response.status() < 400 && location != null) {
				current = current.resolve(parse(location));
				continue;
			}
			throw new FetchRefused("answered HTTP " + response.status());
		}
		throw new FetchRefused("redirects more than " + this.maxRedirects + " times");
	}

	private static URI parse(String url) {
		try {
			return new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new FetchRefused("is not a valid URL");
		}
	}

}
