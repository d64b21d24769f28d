package io.aigcfactory.creative.media.fetch;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Finds the addresses of a host name; the system's resolver unless a test says otherwise.
 */
@FunctionalInterface
public interface HostResolver {

	/**
	 * @throws UnknownHostException when the name has no address
	 */
	List<InetAddress> resolve(String host) throws UnknownHostException;

	/** The JVM's resolver, {@link InetAddress#getAllByName(String)}. */
	static HostResolver system() {
		return (host) -> List.of(InetAddress.getAllByName(host));
	}

}
