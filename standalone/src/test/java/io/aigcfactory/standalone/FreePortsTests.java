package io.aigcfactory.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

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
	void theChosenPortCanBeBound() throws IOException {
		int port = FreePorts.next("a test");
		try (ServerSocket socket = new ServerSocket(port)) {
			assertThat(socket.getLocalPort()).isEqualTo(port);
		}
	}

}
