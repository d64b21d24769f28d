package io.aigcfactory.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntPredicate;

/**
 * Free ports for what must know its port before it binds it (the gateway, whose address
 * the services are given first; the broker's listeners), taken below the kernel's
 * ephemeral range. A port the kernel hands out for a bind to port 0 comes from that
 * range, so the services that start meanwhile on port 0 cannot take the port chosen.
 * Where the range cannot be read, the common default (from 32768) is assumed.
 */
final class FreePorts {

	private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");

	private static final int DEFAULT_EPHEMERAL_LOW = 32768;

	private static final int LOWEST = 10000;

	private static final int TRIES = 200;

	private FreePorts() {
	}

	/**
	 * A port that is free now and below the ephemeral range.
	 * @param forWhat what it is for, for the error message
	 */
	static int next(String forWhat) {
		return next(ephemeralLow(), FreePorts::bindable, forWhat);
	}

	/**
	 * A port from {@code [10000, ephemeralLow)} that {@code free} accepts, tried from a
	 * random start; a port from the ephemeral range where that range leaves none below.
	 */
	static int next(int ephemeralLow, IntPredicate free, String forWhat) {
		int span = ephemeralLow - LOWEST;
		if (span > 0) {
			int start = ThreadLocalRandom.current().nextInt(span);
			for (int tried = 0; tried < Math.min(TRIES, span); tried++) {
				int port = LOWEST + (start + tried) % span;
				if (free.test(port)) {
					return port;
				}
			}
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port for " + forWhat, ex);
		}
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket(port)) {
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The first port of the kernel's ephemeral range. */
	static int ephemeralLow() {
		// Read by line: Files.readString gets only the first byte of this procfs file.
		try (BufferedReader reader = Files.newBufferedReader(EPHEMERAL_RANGE)) {
			String[] range = reader.readLine().trim().split("\\s+");
			return Integer.parseInt(range[0]);
		}
		catch (IOException | RuntimeException ex) {
			return DEFAULT_EPHEMERAL_LOW;
		}
	}

}
