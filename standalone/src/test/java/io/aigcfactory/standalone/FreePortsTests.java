package io.aigcfactory.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Scanner;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FreePortsTests {

	@Test
	void takesAPortBelowTheEphemeralRangeThatIsFree() {
		int port = FreePorts.next(32768, (candidate) -> true, "a test");
		assertThat(port).isBetween(10000, 32767);
	}

	@Test
	void skipsPortsInUse() {
		Set<Integer> asked = new HashSet<>();
		int port = FreePorts.next(32768, (candidate) -> asked.add(candidate) && asked.size() > 3, "a test");
		assertThat(asked).hasSize(4).contains(port);
		assertThat(port).isBetween(10000, 32767);
	}

	@Test
	void fallsBackToAnEphemeralPortWhenNoneBelowIsFree() throws IOException {
		int port = FreePorts.next(32768, (candidate) -> false, "a test");
		assertThat(port).isGreaterThan(0);
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

	@Test
	void fallsBackToAnEphemeralPortWhenTheRangeStartsLow() {
		assertThat(FreePorts.next(5000, (candidate) -> {
			throw new AssertionError("no port below 10000 is tried");
		}, "a test")).isGreaterThan(0);
	}

	@Test
	void readsTheKernelsEphemeralRangeAndChoosesBelowIt() throws IOException {
		Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
		assumeTrue(Files.isReadable(range), "a Linux kernel's port range");
		int low;
		try (Scanner scanner = new Scanner(range)) {
			low = scanner.nextInt();
		}
		assertThat(FreePorts.ephemeralLow()).isEqualTo(low);
		assumeTrue(low > 10000, "a range that leaves ports below it");
		assertThat(FreePorts.next("a test")).isBetween(10000, low - 1);
	}

	@Test
	void theChosenPortCanBeBound() throws IOException {
		int port = FreePorts.next("a test");
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

}
