package io.aigcfactory.creative.requirement;

import java.net.URI;
import java.time.Duration;

import io.aigcfactory.platform.web.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A submission past the tenant's variant quota: {@code 429} with {@code Retry-After} and
 * the problem type {@code quota-exceeded}.
 */
public class QuotaSpent extends ErrorResponseException {

	private final HttpHeaders headers = new HttpHeaders();

	QuotaSpent(int limit, int remaining, int wanted, Duration retryAfter) {
		super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, remaining, wanted), null);
		this.headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()));
	}

	private static ProblemDetail problem(int limit, int remaining, int wanted) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS, "The tenant's quota of "
				+ limit + " variants per day has " + remaining + " left; this submission asks for " + wanted);
		problem.setType(URI.create(Problems.TYPE_PREFIX + "quota-exceeded"));
		problem.setTitle("Quota exceeded");
		return problem;
	}

	@Override
	public HttpHeaders getHeaders() {
		return this.headers;
	}

}
