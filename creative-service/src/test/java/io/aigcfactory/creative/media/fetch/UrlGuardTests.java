package io.aigcfactory.creative.media.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The guard with a stub resolver: every name resolves to the address the test chose, and
 * nothing is looked up or connected to.
 */
class UrlGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "0.0.0.0", "127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.254",
			"192.168.1.1", "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "224.0.0.1",
			"239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.0.170", "198.18.0.1", "::", "::1", "fc00::1",
			"fd00:ec2::254", "fe80::1", "febf::1", "ff02::1", "::ffff:10.0.0.1", "::ffff:127.0.0.1",
			"::ffff:169.254.169.254", "::10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:c0a8:0101::1",
			"2002:7f00:0001::" })
	void refusesInternalAddresses(String address) throws Exception {
		UrlGuard guard = new UrlGuard(resolvingTo(address), false);
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> guard.check(URI.create("https://photos.example.com/cup.png")))
			.withMessageContaining("may not be fetched");
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.215.14", "100.63.255.255", "100.128.0.1", "172.15.0.1", "172.32.0.1", "8.8.8.8",
			"2606:4700::1111", "64:ff9b::808:808" })
	void letsPublicAddressesThrough(String address) throws Exception {
		UrlGuard guard = new UrlGuard(resolvingTo(address), false);
		UrlGuard.Target target = guard.check(URI.create("https://photos.example.com/cup.png"));
		assertThat(target.address()).isEqualTo(InetAddress.getByName(address));
		assertThat(target.port()).isEqualTo(443);
		assertThat(target.host()).isEqualTo("photos.example.com");
	}

	@Test
	void refusesWhenAnyOfTheAddressesIsInternal() throws Exception {
		UrlGuard guard = new UrlGuard(
				(host) -> List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.1.1")), false);
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> guard.check(URI.create("http://photos.example.com/a.png")))
			.withMessageContaining("10.1.1.1");
	}

	@Test
	void refusesSchemesOtherThanHttp() {
		UrlGuard guard = new UrlGuard(resolvingTo("93.184.215.14"), false);
		for (String url : List.of("file:///etc/passwd", "ftp://photos.example.com/a.png", "gopher://x/", "jar:x!/")) {
			assertThatExceptionOfType(FetchRefused.class).isThrownBy(() -> guard.check(URI.create(url)))
				.withMessage("must be an http or https URL");
		}
	}

	@Test
	void refusesUserInfoAndUnknownHosts() {
		UrlGuard guard = new UrlGuard((host) -> {
			throw new UnknownHostException(host);
		}, false);
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> guard.check(URI.create("http://user:pw@photos.example.com/a.png")))
			.withMessageContaining("user information");
		assertThatExceptionOfType(FetchRefused.class)
			.isThrownBy(() -> guard.check(URI.create("http://nowhere.example/a.png")))
			.withMessageContaining("cannot be resolved");
	}

	@Test
	void theLoopbackEscapeHatchOpensLoopbackOnly() throws Exception {
		assertThat(new UrlGuard(resolvingTo("127.0.0.1"), true).check(URI.create("http://localhost:8080/a.png")).port())
			.isEqualTo(8080);
		assertThat(new UrlGuard(resolvingTo("::1"), true).check(URI.create("http://[::1]/a.png"))
			.address()
			.isLoopbackAddress()).isTrue();
		for (String address : List.of("10.0.0.1", "169.254.169.254", "192.168.0.1", "fc00::1")) {
			assertThatExceptionOfType(FetchRefused.class).isThrownBy(
					() -> new UrlGuard(resolvingTo(address), true).check(URI.create("http://internal.example/")));
		}
	}

	static HostResolver resolvingTo(String address) {
		return (host) -> List.of(InetAddress.getByName(address));
	}

}
