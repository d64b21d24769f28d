package io.aigcfactory.creative.media.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The addresses a fetch must never reach: this host, private networks, link-local ones
 * (where cloud metadata services answer), carrier-grade NAT, and addresses that are not
 * one host. IPv6 forms that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are
 * judged by the IPv4 address they carry.
 */
final class InternalAddresses {

	private InternalAddresses() {
	}

	/** Why the address is internal, or empty when it is a public unicast address. */
	static Optional<String> reason(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (address instanceof Inet4Address) {
			return ipv4(bytes);
		}
		if (address instanceof Inet6Address) {
			return ipv6(bytes);
		}
		return Optional.of("is not an IP address");
	}

	static boolean loopback(InetAddress address) {
		byte[] bytes = address.getAddress();
		byte[] ipv4 = (bytes.length == 4) ? bytes : embeddedIpv4(bytes);
		if (ipv4 != null) {
			return (ipv4[0] & 0xFF) == 127;
		}
		return address.isLoopbackAddress();
	}

	private static Optional<String> ipv4(byte[] b) {
		int a0 = b[0] & 0xFF;
		int a1 = b[1] & 0xFF;
		int a2 = b[2] & 0xFF;
		if (a0 == 0) {
			return Optional.of("is an unspecified address (0.0.0.0/8)");
		}
		if (a0 == 127) {
			return Optional.of("is a loopback address (127.0.0.0/8)");
		}
		if (a0 == 10 || (a0 == 172 && (a1 & 0xF0) == 16) || (a0 == 192 && a1 == 168)) {
			return Optional.of("is a private address (RFC 1918)");
		}
		if (a0 == 169 && a1 == 254) {
			return Optional.of("is a link-local address (169.254.0.0/16, cloud metadata)");
		}
		if (a0 == 100 && (a1 & 0xC0) == 64) {
			return Optional.of("is a carrier-grade NAT address (100.64.0.0/10)");
		}
		if (a0 == 192 && a1 == 0 && a2 == 0) {
			return Optional.of("is an IETF protocol address (192.0.0.0/24)");
		}
		if (a0 == 198 && (a1 & 0xFE) == 18) {
			return Optional.of("is a benchmarking address (198.18.0.0/15)");
		}
		if (a0 >= 224 && a0 <= 239) {
			return Optional.of("is a multicast address (224.0.0.0/4)");
		}
		if (a0 >= 240) {
			return Optional.of("is a reserved or broadcast address (240.0.0.0/4)");
		}
		return Optional.empty();
	}

	private static Optional<String> ipv6(byte[] b) {
		byte[] ipv4 = embeddedIpv4(b);
		if (ipv4 != null) {
			return ipv4(ipv4).map((reason) -> reason + ", inside an IPv6 address");
		}
		if (allZero(b, 0, 16)) {
			return Optional.of("is the unspecified address (::)");
		}
		if (allZero(b, 0, 15) && b[15] == 1) {
			return Optional.of("is the loopback address (::1)");
		}
		int first = b[0] & 0xFF;
		if ((first & 0xFE) == 0xFC) {
			return Optional.of("is a unique local address (fc00::/7)");
		}
		if (first == 0xFE && (b[1] & 0xC0) == 0x80) {
			return Optional.of("is a link-local address (fe80::/10)");
		}
		if (first == 0xFE && (b[1] & 0xC0) == 0xC0) {
			return Optional.of("is a site-local address (fec0::/10)");
		}
		if (first == 0xFF) {
			return Optional.of("is a multicast address (ff00::/8)");
		}
		return Optional.empty();
	}

	/**
	 * The IPv4 address inside an IPv6 one: mapped ({@code ::ffff:a.b.c.d}), compatible
	 * ({@code ::a.b.c.d}), NAT64 ({@code 64:ff9b::a.b.c.d}) or 6to4
	 * ({@code 2002:aabb:ccdd::}); null for any other.
	 */
	private static byte @Nullable [] embeddedIpv4(byte[] b) {
		if (b.length != 16) {
			return null;
		}
		boolean mapped = allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
		boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 16) && !(allZero(b, 12, 15) && b[15] == 1);
		boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B
				&& allZero(b, 4, 12);
		if (mapped || compatible || nat64) {
			return new byte[] { b[12], b[13], b[14], b[15] };
		}
		if (b[0] == 0x20 && b[1] == 0x02) {
			return new byte[] { b[2], b[3], b[4], b[5] };
		}
		return null;
	}

	private static boolean allZero(byte[] b, int from, int to) {
		for (int i = from; i < to; i++) {
			if (b[i] != 0) {
				return false;
			}
		}
		return true;
	}

}
