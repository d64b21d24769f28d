package io.aigcfactory.creative.media.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL may be fetched: http or https, a host that resolves, and every
 * address it resolves to public. The address it returns is the one to connect to, so a
 * second lookup cannot swap in another.
 */
public final class UrlGuard {

	private final HostResolver resolver;

	private final boolean allowLoopback;

	/**
	 * @param resolver how host names are resolved
	 * @param allowLoopback UNSAFE outside tests: let loopback addresses through
	 */
	public UrlGuard(HostResolver resolver, boolean allowLoopback) {
		this.resolver = resolver;
		this.allowLoopback = allowLoopback;
	}

	/**
	 * The URL's target, checked.
	 * @throws FetchRefused when the URL may not be fetched
	 */
	public Target check(URI url) {
		String scheme = (url.getScheme() != null) ? url.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new FetchRefused("must be an http or https URL");
		}
		if (url.getRawUserInfo() != null) {
			throw new FetchRefused("must not carry user information");
		}
		String host = url.getHost();
		if (host == null || host.isBlank()) {
			throw new FetchRefused("has no host");
		}
		String bareHost = (host.startsWith("[") && host.endsWith("]")) ? host.substring(1, host.length() - 1) : host;
		List<InetAddress> addresses;
		try {
			addresses = this.resolver.resolve(bareHost);
		}
		catch (UnknownHostException ex) {
			throw new FetchRefused("names a host that cannot be resolved: " + bareHost, ex);
		}
		if (addresses.isEmpty()) {
			throw new FetchRefused("names a host that cannot be resolved: " + bareHost);
		}
		for (InetAddress address : addresses) {
			Optional<String> internal = InternalAddresses.reason(address);
			if (internal.isPresent() && !(this.allowLoopback && InternalAddresses.loopback(address))) {
				throw new FetchRefused("resolves to " + address.getHostAddress() + ", which " + internal.get()
						+ " and may not be fetched");
			}
		}
		int port = (url.getPort() != -1) ? url.getPort() : (scheme.equals("https") ? 443 : 80);
		return new Target(url, scheme.equals("https"), bareHost, addresses.getFirst(), port);
	}

	/**
	 * A URL allowed to be fetched.
	 *
	 * @param url the URL
	 * @param secure whether it is https
	 * @param host its host name, for the {@code Host} header and TLS
	 * @param address the checked address to connect to
	 * @param port the port to connect to
	 */
	public record Target(URI url, boolean secure, String host, InetAddress address, int port) {

	}

}
