package io.aigcfactory.creative.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.aigcfactory.platform.web.Problems;
import io.aigcfactory.platform.web.TenantHeader;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's overview ({@code GET /api/v1/overview}: the last 30 minutes in one-minute
 * buckets) and the platform's queue lag ({@code GET /api/v1/queues}, which the gateway
 * keeps to administrators).
 */
@RestController
class OverviewController {

	static final Duration WINDOW = Duration.ofMinutes(30);

	static final Duration BUCKET = Duration.ofMinutes(1);

	private final FactoryFigures figures;

	private final QueueLag lag;

	private final Clock clock;

	OverviewController(FactoryFigures figures, QueueLag lag) {
		this.figures = figures;
		this.lag = lag;
		this.clock = Clock.systemUTC();
	}

	@GetMapping("/api/v1/overview")
	Overview overview(@RequestHeader(name = TenantHeader.NAME, required = false) @Nullable String tenant) {
		String tenantId = TenantHeader.resolve(tenant);
		Instant now = this.clock.instant();
		// Whole buckets, the newest ending at the next minute.
		Instant end = now.truncatedTo(ChronoUnit.MINUTES).plus(BUCKET);
		Instant since = end.minus(WINDOW);
		return new Overview(since, BUCKET.toSeconds(), this.figures.throughput(tenantId, since, BUCKET, end),
				this.figures.funnel(tenantId), this.figures.rejections(tenantId), this.figures.failures(tenantId));
	}

	@GetMapping("/api/v1/queues")
	Map<String, Map<String, Map<String, Long>>> queues() {
		return Map.of("groups", this.lag.byGroup());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> brokerUnavailable(QueueLag.BrokerUnavailable failure) {
		ProblemDetail problem = Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "broker-unavailable",
				"Broker unavailable", failure.getMessage());
		return ResponseEntity.status(problem.getStatus()).body(problem);
	}

}
