package io.aigcfactory.events;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Guards used by the event records' compact constructors. */
final class Contracts {

	private Contracts() {
	}

	static String requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	static <T> List<T> copyOf(List<T> values, String name) {
		Objects.requireNonNull(values, name);
		return List.copyOf(values);
	}

	/**
	 * A copy of the list, empty where the field was absent (older producers left it out).
	 */
	static <T> List<T> copyOrEmpty(@Nullable List<T> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

	static int requirePositive(int value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be > 0");
		}
		return value;
	}

	static long requirePositive(long value, String name) {
		if (value <= 0) {
			throw new IllegalArgumentException(name + " must be > 0");
		}
		return value;
	}

	static long requireNonNegative(long value, String name) {
		if (value < 0) {
			throw new IllegalArgumentException(name + " must be >= 0");
		}
		return value;
	}

}
