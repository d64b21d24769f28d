package io.aigcfactory.test.kserve;

/**
 * What one fake model has seen.
 *
 * @param requests inference requests that reached the model
 * @param items items in those requests (batch sizes summed)
 * @param largestBatch the largest batch
 * @param expiredOnArrival requests whose gRPC deadline had already passed on arrival
 * @param failed requests answered with an error
 */
public record ModelStats(long requests, long items, int largestBatch, long expiredOnArrival, long failed) {

	/**
	 * The mean batch size.
	 */
	public double meanBatch() {
		return (this.requests == 0) ? 0 : (double) this.items / this.requests;
	}

}
