package io.aigcfactory.gateway.limits;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Takes one request's token from the bucket of a credential. */
interface RateLimits {

	Mono<Decision> take(String key);

	/**
	 * @param allowed whether the request may go on
	 * @param retryAfter when a refused caller may try again
	 */
	record Decision(boolean allowed, Duration retryAfter) {

		static Decision allow() {
			return new Decision(true, Duration.ZERO);
		}

	}

}
