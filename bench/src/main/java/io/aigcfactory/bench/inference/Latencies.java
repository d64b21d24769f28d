package io.aigcfactory.bench.inference;

import java.util.Arrays;

/**
 * Collects latencies from many threads and summarises them.
 */
final class Latencies {

	private long[] samples = new long[1 << 14];

	private int count;

	synchronized void add(long nanos) {
		if (this.count == this.samples.length) {
			this.samples = Arrays.copyOf(this.samples, this.count * 2);
		}
		this.samples[this.count++] = nanos;
	}

	synchronized int count() {
		return this.count;
	}

	synchronized double percentileMillis(double percentile) {
		if (this.count == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(this.samples, this.count);
		Arrays.sort(sorted);
		int index = (int) Math.min(this.count - 1, Math.ceil(percentile / 100.0 * this.count) - 1);
		return sorted[Math.max(0, index)] / 1e6;
	}

	synchronized double meanMillis() {
		if (this.count == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (int i = 0; i < this.count; i++) {
			sum += this.samples[i];
		}
		return sum / this.count / 1e6;
	}

	synchronized double maxMillis() {
		long max = 0;
		for (int i = 0; i < this.count; i++) {
			max = Math.max(max, this.samples[i]);
		}
		return max / 1e6;
	}

}
